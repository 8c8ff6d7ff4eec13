"""Writes bench/data/xiaoguan-2021.xlsx: the example's four forms as a print-ready workbook, the LibreOffice anchor.

The workbook is the same paper a finance office would keep in Excel: one sheet per form with the title, the
header, the funds table, the goals, the indicator table with merged 一级/二级 cells, totals and signatures,
borders, wrapped text, A4 portrait fitted to the page width. `bench.bench_print` times LibreOffice turning it
into a PDF next to `zydesk print` of the same forms.

Bench-only; needs openpyxl (`.venv/bin/pip install openpyxl`), then
`.venv/bin/python -m bench.anchor_workbook`. The file it writes is committed, so the bench itself does not.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from zydesk.model import ASSESSMENT_LABELS, CATEGORY_BY_CODE, FUND_ROWS, LEVEL1S, Form, categories_of, tidy
from zydesk.storage import load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
OUT = Path(__file__).resolve().parent / "data" / "xiaoguan-2021.xlsx"
WIDTHS = (9, 11, 16, 14, 14, 7, 7, 18, 10)  # A..I, in characters
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")
FONT = Font(name="宋体", size=10)


def _cell(sheet: Worksheet, row: int, col: int, value, *, span: int = 1, down: int = 1, left: bool = False) -> None:
    sheet.cell(row, col, value)
    for r in range(row, row + down):
        for c in range(col, col + span):
            target = sheet.cell(r, c)
            target.border, target.font = BOX, FONT
            target.alignment = WRAP_LEFT if left else WRAP
    if span > 1 or down > 1:
        sheet.merge_cells(start_row=row, start_column=col, end_row=row + down - 1, end_column=col + span - 1)


def _text(value) -> str:
    return "" if value is None else tidy(value) if not isinstance(value, str) else value


def _form_sheet(sheet: Worksheet, form: Form, title: str, year) -> None:
    for i, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.cell(1, 1, title).font = Font(name="宋体", size=16, bold=True)
    sheet.merge_cells("A1:I1")
    sheet.cell(1, 1).alignment = WRAP
    sheet.cell(2, 1, f"（{year}年度）").alignment = WRAP
    sheet.merge_cells("A2:I2")
    row = 3
    for label, value in (("项目名称", form.project_name), ("主管部门", form.department),
                         ("实施单位", form.implementer)):
        _cell(sheet, row, 1, label, span=2)
        _cell(sheet, row, 3, value, span=7, left=True)
        row += 1
    _cell(sheet, row, 1, "项目负责人", span=2)
    _cell(sheet, row, 3, form.leader, span=2)
    _cell(sheet, row, 5, "联系电话", span=2)
    _cell(sheet, row, 7, form.phone, span=3)
    row += 1
    _cell(sheet, row, 1, "项目资金（万元）", span=2, down=len(FUND_ROWS) + 1)
    for col, label in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), start=3):
        _cell(sheet, row, col, label)
    for code, label in FUND_ROWS:
        row += 1
        fund = getattr(form.funds, code)
        _cell(sheet, row, 3, label)
        for col, value in enumerate((fund.initial, fund.annual, fund.executed), start=4):
            _cell(sheet, row, col, _text(value))
        total = code == "total"
        _cell(sheet, row, 7, _text(form.execution.weight) if total else "—")
        _cell(sheet, row, 8, "")
        _cell(sheet, row, 9, _text(form.execution.score) if total else "—")
    row += 1
    _cell(sheet, row, 1, "年度总体目标", span=2, down=2)
    _cell(sheet, row, 3, "预期目标", span=4)
    _cell(sheet, row, 7, "实际完成情况", span=3)
    _cell(sheet, row + 1, 3, form.goal.expected, span=4, left=True)
    _cell(sheet, row + 1, 7, form.goal.actual, span=3, left=True)
    sheet.row_dimensions[row + 1].height = 60
    row += 2
    for col, label in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                 "偏差原因分析及改进措施", "评价"), start=1):
        _cell(sheet, row, col, label)
    row += 1
    number = 0
    for level1 in LEVEL1S:
        first = row
        for category in categories_of(level1.code):
            rows = [i for i in form.indicators if CATEGORY_BY_CODE[i.category] is category] or [None]
            _cell(sheet, row, 2, category.label, down=len(rows))
            for indicator in rows:
                if indicator is not None:
                    number += 1
                    values = (f"指标{number}：{indicator.name}", indicator.target, indicator.actual,
                              _text(indicator.weight), _text(indicator.score), indicator.deviation,
                              ASSESSMENT_LABELS.get(indicator.assessment or "", ""))
                else:
                    values = ("",) * 7
                for col, value in enumerate(values, start=3):
                    _cell(sheet, row, col, value, left=col in (3, 8))
                row += 1
        _cell(sheet, first, 1, level1.label, down=row - first)
    _cell(sheet, row, 1, "总分", span=5)
    _cell(sheet, row, 6, _text(sum((i.weight or 0) for i in form.indicators) + (form.execution.weight or 0)))
    _cell(sheet, row, 7, _text(sum((i.score or 0) for i in form.indicators) + (form.execution.score or 0)))
    _cell(sheet, row, 8, "", span=2)
    row += 2
    sheet.cell(row, 1, "填表人：")
    sheet.cell(row, 4, "审核人：")
    sheet.cell(row, 7, "单位负责人：")
    sheet.cell(row + 1, 1, "联系电话：")
    sheet.cell(row + 1, 7, "填表日期：")
    setup = sheet.page_setup
    setup.paperSize, setup.orientation = sheet.PAPERSIZE_A4, "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True


def main() -> None:
    bundle = load(EXAMPLE)
    book = Workbook()
    book.remove(book.active)
    for number, form in enumerate(bundle.forms, start=1):
        _form_sheet(book.create_sheet(f"表{number}"), form, bundle.title, bundle.year)
    OUT.parent.mkdir(exist_ok=True)
    book.save(OUT)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(bundle.forms)} sheets)")


if __name__ == "__main__":
    main()
