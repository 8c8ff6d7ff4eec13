"""The command line: check, print, new-year (import/export/schema in cli_workbooks); the only terminal writer."""

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, cli_summary, cli_workbooks
from .model import plain, tidy
from .model.limits import MAX_YEAR, LimitError
from .startup import loaded
from .storage import LoadError, SaveError, load, save

if TYPE_CHECKING:
    from .rules.findings import Finding

# Each command imports the rest of what it needs when it runs: `check` never loads reportlab, `print` never
# the checks, a fresh `zydesk print` starts sooner.

EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2
RATE_PLACES = Decimal("0.000001")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on bad usage, which is our contract too
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"zydesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zydesk", description="项目支出绩效自评表：检查、打印、新年度、导入导出工作簿")
    parser.add_argument("--version", action="version", version=f"zydesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="检查文件中的每一张表")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--json", action="store_true", help="以 JSON 输出")
    printing = sub.add_parser("print", help="按正式版式输出 PDF")
    printing.add_argument("file", metavar="FILE")
    printing.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    printing.add_argument("--forms", metavar="1,3", help="只打印这些表（从 1 开始编号）")
    printing.add_argument("--no-signatures", action="store_true", help="不打印签字栏")
    new_year = sub.add_parser("new-year", help="由本年度文件生成下一年度文件")
    new_year.add_argument("file", metavar="FILE")
    new_year.add_argument("-o", "--output", required=True, metavar="OUT")
    new_year.add_argument("--year", type=_year_argument, help="新年度（默认为原年度 + 1）")
    cli_workbooks.add_parsers(sub)
    cli_summary.add_parser(sub)
    return parser


def _year_argument(text: str) -> int:
    text = text.strip()
    if len(text) > 5 or not text.lstrip("-").isdigit() or abs(int(text)) > MAX_YEAR:
        raise argparse.ArgumentTypeError("年度应为不超过 4 位的整数")
    return int(text)


def main(argv: list[str]) -> int:
    # A file name that is not valid text (surrogate-escaped bytes) or a console without some character must
    # not turn a report into a crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    # Every handler imports what it needs, then calls loaded(): the garbage collector runs from there on.
    if args.command in cli_workbooks.COMMANDS:
        loaded()
        return cli_workbooks.run(args, print_findings, parse_form_numbers)
    handler = {"check": _check, "print": _print, "new-year": _new_year, "summary": cli_summary.run}[args.command]
    return handler(args)


def _fail(path: str, reason: str) -> int:
    print(f"zydesk: {path}: {reason}", file=sys.stderr)
    return EXIT_UNUSABLE


def _form_report(bundle, index: int) -> tuple[dict, list]:
    from .rules.checks import check_form
    from .rules.policy import load_policy
    from .rules.scoring import score_form

    policy = load_policy(bundle.policy)
    form = bundle.forms[index]
    scores = score_form(form, policy)
    findings = check_form(bundle, index, policy)
    rate = scores.execution_rate
    report = {
        "index": index + 1,
        "id": form.id,
        "project_name": form.project_name,
        "execution_rate": None if rate is None else plain(rate.quantize(RATE_PLACES)),
        "execution_score_computed": None if scores.execution_score is None else plain(scores.execution_score),
        "total_weight": tidy(scores.total_weight),
        "total_score": tidy(scores.total_score),
        "grade": scores.grade,
        "findings": [f.as_dict() for f in findings],
    }
    return report, findings


def _check(args) -> int:
    from .rules.checks import check_form  # noqa: F401 (loaded before the collector runs)
    from .rules.findings import count

    loaded()
    files, all_findings, unreadable = [], [], False
    for name in args.files:
        try:
            bundle = load(name)
        except LoadError as exc:
            _fail(name, exc.reason)
            unreadable = True
            continue
        forms = []
        for index in range(len(bundle.forms)):
            report, findings = _form_report(bundle, index)
            forms.append(report)
            all_findings += findings
        files.append({"path": name, "forms": forms})
    if args.json:
        print(json.dumps({"files": files}, ensure_ascii=False, indent=2))
    else:
        for entry in files:
            _print_text(entry)
        errors, warnings = count(all_findings, "error"), count(all_findings, "warning")
        print(f"共 {sum(len(f['forms']) for f in files)} 张表：{errors} 个错误，{warnings} 个警告")
    if unreadable:
        return EXIT_UNUSABLE
    return EXIT_ERRORS if count(all_findings, "error") else EXIT_OK


def print_findings(path: str, bundle) -> "list[Finding]":
    """The findings summary of `check` for one bundle (import prints it for what it made)."""
    from .rules.findings import count

    forms, findings = [], []
    for index in range(len(bundle.forms)):
        report, found = _form_report(bundle, index)
        forms.append(report)
        findings += found
    _print_text({"path": path, "forms": forms})
    print(f"共 {len(forms)} 张表：{count(findings, 'error')} 个错误，{count(findings, 'warning')} 个警告")
    return findings


def _print_text(entry: dict) -> None:
    from .rules.checks import percent
    from .rules.findings import SEVERITY_LABELS

    print(entry["path"])
    for form in entry["forms"]:
        name = form["project_name"] or "（未填写项目名称）"
        print(f"  表 {form['index']}：{name}")
        rate = form["execution_rate"]
        rate_text = "—" if rate is None else percent(Decimal(rate))
        computed = form["execution_score_computed"] or "—"
        print(f"    分值合计 {form['total_weight']}　得分合计 {form['total_score']}　等级 {form['grade']}"
              f"　执行率 {rate_text}（按执行率计算得分 {computed}）")
        if not form["findings"]:
            print("    未发现问题")
        for finding in form["findings"]:
            label = SEVERITY_LABELS[finding["severity"]]
            print(f"    {label} {finding['code']} {finding['path']}：{finding['message']}")


def parse_form_numbers(text: str | None, count_forms: int) -> list[int] | None:
    if text is None:
        return None
    numbers = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part.isdigit() or not 1 <= int(part) <= count_forms:
            raise ValueError(f"--forms：“{part}”不是 1–{count_forms} 之间的表号")
        numbers.append(int(part))
    return numbers


def _print(args) -> int:
    from .printing import PrintError, PrintOptions, render_pdf

    loaded()
    try:
        bundle = load(args.file)
    except LoadError as exc:
        return _fail(args.file, exc.reason)
    try:
        numbers = parse_form_numbers(args.forms, len(bundle.forms))
    except ValueError as exc:
        return _fail(args.file, str(exc))
    options = PrintOptions(forms=numbers, signatures=not args.no_signatures)
    try:
        result = render_pdf(bundle, Path(args.output), options)
    except PrintError as exc:
        return _fail(args.output, str(exc))
    for warning in result.warnings:
        print(f"zydesk: 注意：{warning}", file=sys.stderr)
    print(f"已输出 {args.output}（{result.pages} 页）")
    return EXIT_OK


def _new_year(args) -> int:
    from .model.rollover import roll_over

    loaded()
    out = Path(args.output)
    try:
        bundle = load(args.file)
    except LoadError as exc:
        return _fail(args.file, exc.reason)
    if out.exists():
        return _fail(args.output, "文件已存在，不会覆盖（请换一个文件名）")
    try:
        next_bundle = roll_over(bundle, args.year)
    except LimitError as exc:
        return _fail(args.file, f"无法生成下一年度：{exc}")
    try:
        save(next_bundle, out)
    except SaveError as exc:
        return _fail(args.output, exc.reason)
    print(f"已生成 {next_bundle.year} 年度文件 {args.output}（{len(next_bundle.forms)} 张表）")
    return EXIT_OK
