"""`zydesk summary`: the summary table (汇总) over files and folders, written as PDF, Excel or CSV."""

import argparse
import sys
from pathlib import Path

from .startup import loaded

# The summary's modules load when the command runs (they bring the checks), not whenever the CLI starts.
GROUPS = ("department", "implementer")  # keys of summary.table.GROUP_LABELS, held equal by a test

EXIT_OK, EXIT_UNUSABLE = 0, 2


def add_parser(sub) -> None:
    parser = sub.add_parser("summary", help="把多个文件、文件夹中的表汇总为一张表（PDF、Excel 或 CSV）")
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_FOLDER", help="文件或文件夹（含子文件夹）")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf|.xlsx|.csv")
    parser.add_argument("--by", choices=GROUPS, help="按主管部门或实施单位分组小计")
    parser.add_argument("--year", type=int, help="只汇总这一年度的表")


def run(args: argparse.Namespace) -> int:
    from .summary import OutputError, build_summary, write_summary
    from .summary.collect import Skipped
    from .summary.gather import gather
    from .summary.output import check_output

    loaded()
    out = Path(args.output)
    try:
        check_output(out)
    except OutputError as exc:
        print(f"zydesk: {args.output}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE

    def skipped(item: Skipped) -> None:
        print(f"zydesk: 已跳过 {item.path}：{item.reason}", file=sys.stderr)

    found = gather(args.inputs, exclude=out, on_skip=skipped)
    if not found.files:
        print("zydesk: 没有读到任何 zydesk 文件，未输出汇总", file=sys.stderr)
        return EXIT_UNUSABLE
    summary = build_summary(found.rows, year=args.year, by=args.by)
    if not summary.rows:
        print(f"zydesk: 注意：读到的文件中没有{'' if args.year is None else f' {args.year} 年度的'}表，汇总表是空的",
              file=sys.stderr)
    for row in summary.rows:
        if row.duplicate:
            print(f"zydesk: 注意：{row.file_path} 第 {row.form_index + 1} 张表（{row.project_name[:40]}）"
                  f"的表 id 在 {row.year} 年度重复出现，已标为“重复”", file=sys.stderr)
    try:
        write_summary(summary, out)
    except OutputError as exc:
        print(f"zydesk: {args.output}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    year_note = f"（{args.year} 年度）" if args.year is not None else ""
    print(f"已输出 {args.output}：{found.files} 个文件{year_note}，{summary.total.forms} 张表"
          + (f"，跳过 {len(found.skipped)} 个文件" if found.skipped else ""))
    return EXIT_OK
