"""The command line for workbooks and the format: import, export, schema (EXCEL.md, FILE-FORMAT.md)."""

import json
import sys
from collections.abc import Callable
from pathlib import Path

from . import storage
from .atomicfile import write_file

COMMANDS = ("import", "export", "schema")
EXIT_OK, EXIT_UNUSABLE = 0, 2


def add_parsers(sub) -> None:
    importing = sub.add_parser("import", help="把 Excel/WPS 工作簿中的自评表导入为 zydesk 文件")
    importing.add_argument("workbooks", nargs="+", metavar="WORKBOOK")
    importing.add_argument("-o", "--output", required=True, metavar="OUT")
    importing.add_argument("--year", type=int, help="年度（工作簿中没有年度时必须给出）")
    importing.add_argument("--title", help="标题（默认取工作簿中的标题）")
    importing.add_argument("--report", metavar="REPORT.json", help="把导入报告写成 JSON")
    exporting = sub.add_parser("export", help="把 zydesk 文件导出为 Excel 工作簿（.xlsx）")
    exporting.add_argument("file", metavar="FILE")
    exporting.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    exporting.add_argument("--forms", metavar="1,3", help="只导出这些表（从 1 开始编号）")
    sub.add_parser("schema", help="输出文件格式的 JSON Schema")


def run(args, print_findings: Callable, parse_form_numbers: Callable) -> int:
    """Run a workbook command; cli.py hands over its findings printer and its --forms reader."""
    if args.command == "import":
        return _import(args, print_findings)
    if args.command == "export":
        return _export(args, parse_form_numbers)
    return _schema()


def _fail(path: str, reason: str) -> int:
    print(f"zydesk: {path}: {reason}", file=sys.stderr)
    return EXIT_UNUSABLE


def _import(args, print_findings: Callable) -> int:
    from .workbooks import WorkbookError, import_workbooks, report_json, sheet_line, unplaced_line

    out = Path(args.output)
    if out.exists():
        return _fail(args.output, "文件已存在，不会覆盖（请换一个文件名）")
    if args.year is not None and not 0 <= args.year <= 9999:
        return _fail(args.output, f"--year：“{args.year}”不是有效的年度")
    try:
        result = import_workbooks(args.workbooks, year=args.year, title=args.title)
    except WorkbookError as exc:
        return _fail(exc.path, exc.reason)
    try:
        storage.write_atomic(out, storage.dumps(result.bundle), keep_backup=False)
    except storage.SaveError as exc:
        return _fail(args.output, exc.reason)
    if args.report:
        try:
            text = json.dumps(report_json(result), ensure_ascii=False, indent=2) + "\n"
            write_file(Path(args.report), text.encode("utf-8"))
        except OSError as exc:
            out.unlink(missing_ok=True)  # all or nothing: the bundle we just wrote goes too
            return _fail(args.report, f"无法写入报告（{exc.strerror or exc}），未导入")
    for book in result.workbooks:
        print(book.path)
        for sheet in book.sheets:
            print(f"  {sheet_line(sheet)}")
    unplaced = [(sheet, item) for book in result.workbooks for sheet in book.sheets for item in sheet.unplaced]
    if unplaced:
        print(f"未能放入表中的单元格（{len(unplaced)} 个）：")
        for sheet, item in unplaced:
            print(f"  {unplaced_line(sheet, item)}")
    print(f"已导入 {args.output}（{len(result.bundle.forms)} 张表，{result.bundle.year} 年度）")
    print_findings(args.output, result.bundle)
    return EXIT_OK


def _export(args, parse_form_numbers: Callable) -> int:
    from .workbooks import ExportError, export_workbook

    try:
        bundle = storage.load(args.file)
    except storage.LoadError as exc:
        return _fail(args.file, exc.reason)
    try:
        numbers = parse_form_numbers(args.forms, len(bundle.forms))
    except ValueError as exc:
        return _fail(args.file, str(exc))
    if not bundle.forms:
        return _fail(args.file, "文件中没有表，无可导出")
    try:
        export_workbook(bundle, args.output, numbers)
    except ExportError as exc:
        return _fail(args.output, exc.reason)
    count = len(numbers) if numbers else len(bundle.forms)
    print(f"已导出 {args.output}（{count} 张表，另有“指标明细”表）")
    return EXIT_OK


def _schema() -> int:
    from .schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK
