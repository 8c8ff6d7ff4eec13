"""One form written as a sheet in the paper layout: merged 一级/二级 cells, formulas with stored values."""

from decimal import Decimal
from itertools import groupby

from ..model import CATEGORY_BY_CODE, FUND_COLUMNS, FUND_ROWS, Bundle, Form, tidy
from ..rules.policy import Policy
from ..rules.scoring import row_rate, total_score, total_weight
from .styles import WIDTHS, Formats, lines_needed, row_height

COLS = len(WIDTHS)
FUNDS_HEADERS = (*(label for _, label in FUND_COLUMNS), "分值", "执行率", "得分")
INDICATOR_HEADERS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                     "偏差原因分析及改进措施")
SIGNATURES = (("preparer", "填报人："), ("reviewer", "审核人："), ("unit_head", "单位负责人："), ("date", "填报日期："))
MAX_EXACT_DIGITS = 15


def fits_double(value: Decimal) -> bool:
    """Whether a spreadsheet's binary double carries `value` exactly, trailing zeros included (read back equal)."""
    return len(value.as_tuple().digits) <= MAX_EXACT_DIGITS


# Width in character units of columns c..last, looked up once per cell instead of summed.
_UNITS = [[sum(WIDTHS[c:last + 1]) for last in range(COLS)] for c in range(COLS)]


def col_letter(c: int) -> str:
    return chr(65 + c)


class SheetWriter:
    """Writes cells and merged ranges while keeping the height each row needs to show all its lines."""

    def __init__(self, sheet, formats: Formats):
        self.sheet, self.f = sheet, formats
        self.lines: dict[int, int] = {}

    def text(self, r: int, c: int, text: str, style: str = "text", last_col: int | None = None,
             last_row: int | None = None) -> None:
        last_col = c if last_col is None else last_col
        last_row = r if last_row is None else last_row
        fmt = self.f.get(style)
        if last_row != r or last_col != c:
            self.sheet.merge_range(r, c, last_row, last_col, text, fmt)  # a text, never a formula or a URL
        elif text:
            self.sheet.write_string(r, c, text, fmt)
        else:
            self.sheet.write_blank(r, c, None, fmt)
        if last_row == r:
            needed = lines_needed(text, _UNITS[c][last_col]) if text else 1
            if needed > self.lines.get(r, 1):
                self.lines[r] = needed
            else:
                self.lines.setdefault(r, 1)

    def number(self, r: int, c: int, value: Decimal | None) -> None:
        fmt = self.f.number(value)
        if value is None:
            self.sheet.write_blank(r, c, None, fmt)
        elif fits_double(value):
            self.sheet.write_number(r, c, float(value), fmt)
        else:  # a double cannot carry it: exact text, read back exactly
            self.sheet.write_string(r, c, format(value, "f"), self.f.get("number"))

    def finish(self) -> None:
        for r, lines in self.lines.items():
            self.sheet.set_row(r, row_height(lines))


def write_form(sheet, formats: Formats, bundle: Bundle, form: Form, policy: Policy) -> None:
    w = SheetWriter(sheet, formats)
    for c, width in enumerate(WIDTHS):
        sheet.set_column(c, c, width)
    w.text(0, 0, bundle.title, "title", COLS - 1)
    w.text(1, 0, f"（{bundle.year if bundle.year is not None else '    '}年度）", "year", COLS - 1)
    w.text(2, 0, "项目名称", "label", 1)
    w.text(2, 2, form.project_name, "text", COLS - 1)
    for r, pairs in ((3, (("主管部门", form.department), ("实施单位", form.implementer))),
                     (4, (("项目负责人", form.leader), ("联系电话", form.phone)))):
        w.text(r, 0, pairs[0][0], "label", 1)
        w.text(r, 2, pairs[0][1], "text", 4)
        w.text(r, 5, pairs[1][0], "label", 6)
        w.text(r, 7, pairs[1][1], "text", 8)
    _funds(w, form, policy, 5)
    w.text(10, 0, "年度总体目标", "label", last_row=11)
    w.text(10, 1, "预期目标", "label", 4)
    w.text(10, 5, "实际完成情况", "label", 8)
    w.text(11, 1, form.goal.expected, "text", 4)
    w.text(11, 5, form.goal.actual, "text", 8)
    end = _indicators(w, form, 12)
    for i, (key, label) in enumerate(SIGNATURES):
        w.text(end + 1, 1 + 2 * i, label + getattr(bundle.signatures, key), "plain", 2 + 2 * i)
    w.finish()
    sheet.repeat_rows(12)
    sheet.set_paper(9)
    sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.center_horizontally()
    sheet.print_area(0, 0, end + 1, COLS - 1)


def _funds(w: SheetWriter, form: Form, policy: Policy, top: int) -> None:
    w.text(top, 0, "项目资金（万元）", "label", last_row=top + len(FUND_ROWS))
    w.text(top, 1, "", "label", 2)
    for c, label in enumerate(FUNDS_HEADERS, start=3):
        w.text(top, c, label, "label")
    budget = "E" if policy.execution_denominator == "annual" else "D"
    for i, (key, label) in enumerate(FUND_ROWS, start=1):
        r, row = top + i, getattr(form.funds, key)
        n = r + 1
        w.text(r, 1, label, "label", 2)
        for c, (col, _) in enumerate(FUND_COLUMNS, start=3):
            w.number(r, c, getattr(row, col))
        rate = row_rate(row, policy)
        formula = f'=IF(AND(ISNUMBER({budget}{n}),{budget}{n}<>0,ISNUMBER(F{n})),F{n}/{budget}{n},"")'
        w.sheet.write_formula(r, 7, formula, w.f.percent(), "" if rate is None else float(rate))
        if key == "total":
            w.number(r, 6, form.execution.weight)
            w.number(r, 8, form.execution.score)
        else:
            w.text(r, 6, "—", "center")
            w.text(r, 8, "—", "center")


def _indicators(w: SheetWriter, form: Form, top: int) -> int:
    """The indicator block from row `top`; returns the 总分 row."""
    indicators = form.indicators
    w.text(top, 0, "绩效指标", "label", last_row=top + len(indicators) + 1)
    for c, label in enumerate(INDICATOR_HEADERS, start=1):
        w.text(top, c, label, "label")
    r = top + 1
    level1 = lambda i: CATEGORY_BY_CODE[indicators[i].category].level1  # noqa: E731
    for group1, run in groupby(range(len(indicators)), key=level1):
        rows = list(run)
        weights = [indicators[i].weight for i in rows if indicators[i].weight is not None]
        label = group1.label + (f"（{tidy(sum(weights, Decimal(0)))}分）" if weights else "")
        w.text(r, 1, label, "label", last_row=r + len(rows) - 1)
        for category, group in groupby(rows, key=lambda i: indicators[i].category):
            members = list(group)
            w.text(r, 2, CATEGORY_BY_CODE[category].label, "label", last_row=r + len(members) - 1)
            for k, i in enumerate(members, start=1):
                ind = indicators[i]
                w.text(r, 3, f"指标{k}：{ind.name}")
                w.text(r, 4, ind.target, "center")
                w.text(r, 5, ind.actual, "center")
                w.number(r, 6, ind.weight)
                w.number(r, 7, ind.score)
                w.text(r, 8, ind.deviation)
                r += 1
    last = r - 1
    w.text(r, 1, "总分", "label", 5)
    weights = f"G{top - 5}" + (f",G{top + 2}:G{last + 1}" if indicators else "")
    scores = f"I{top - 5}" + (f",H{top + 2}:H{last + 1}" if indicators else "")
    w.sheet.write_formula(r, 6, f"=SUM({weights})", w.f.number(total_weight(form)), float(total_weight(form)))
    w.sheet.write_formula(r, 7, f"=SUM({scores})", w.f.number(total_score(form)), float(total_score(form)))
    w.text(r, 8, "")
    return r
