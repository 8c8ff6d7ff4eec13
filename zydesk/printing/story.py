"""Build the story: one form's printed table as a TableSpec (texts, spans, styles), separate from rendering.

Everything the paper says is decided here: section order and words (FORM.md §1), how amounts, rates and
scores read (blank stays blank, 0 stays 0, amounts exactly as stored), indicator grouping and numbering.
"""

from decimal import Decimal
from typing import NamedTuple

from ..model import CATEGORY_BY_CODE, FUND_COLUMNS, FUND_ROWS, Bundle, Form, Indicator, plain, tidy
from ..rules.policy import Policy
from ..rules.scoring import rate_percent, row_rate, total_score, total_weight
from . import geometry as geo
from .fingerprint import fingerprint
from .options import PrintOptions
from .spec import Cell, SectionBuilder, Signature, TableSpec

DASH = "—"
BLANK_YEAR = "    "

# Fixed words of the form, as printed on the published paper.
FUNDS_LABEL = "项目资金\n（万元）"
GOAL_LABEL = "年度\n总体\n目标"
INDICATORS_LABEL = "绩\n效\n指\n标"
INDICATOR_HEADERS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                     "偏差原因分析\n及改进措施")
FUNDS_HEADERS = (*(label for _, label in FUND_COLUMNS), "分值", "执行率", "得分")
SIGNATURE_LABELS = (("preparer", "填报人："), ("reviewer", "审核人："), ("unit_head", "单位负责人："),
                    ("date", "填报日期："))
STAMP_LABEL = "单位（盖章）"
CONTINUED = "项目名称：{name} （续）"

# Identical consecutive 实际完成值 cells of one 二级 group print as one merged cell when there are at least
# this many of them and the text is short (seed form 1: eight cost rows "拨付资金已全部支出"; its pairs of
# "无偏差" and "完成" print separately).
MERGE_MIN_RUN = 3
MERGE_MAX_CHARS = 40


def amount(value: Decimal | None) -> str:
    """An amount, weight or score exactly as stored; blank stays blank."""
    return "" if value is None else plain(value)


def rate_text(rate: Decimal | None, decimals: int = 0) -> str:
    """执行率 as a percent, half-up: 0.928828 -> 93% (decimals=0) or 92.88% (decimals=2); "" when undefined."""
    return "" if rate is None else f"{plain(rate_percent(rate, max(decimals, 0)))}%"


def year_line(year: int | None) -> str:
    return f"（{BLANK_YEAR if year is None else year}年度）"


def form_number(bundle: Bundle, form: Form) -> int:
    for index, candidate in enumerate(bundle.forms):
        if candidate is form:
            return index + 1
    return 0


def build_form_table(bundle: Bundle, form: Form, policy: Policy, options: PrintOptions | None = None,
                     number: int | None = None) -> TableSpec:
    """The printed content of one form: title lines, the four table sections, the signature block."""
    options = options or PrintOptions()
    sections = (
        _header_section(form),
        _funds_section(form, policy, options.rate_decimals),
        _goal_section(form),
        _indicator_section(form, policy),
    )
    return TableSpec(
        number=form_number(bundle, form) if number is None else number,
        title=bundle.title,
        year_line=year_line(bundle.year),
        sections=sections,
        signatures=_signatures(bundle, form) if options.signatures else None,
        fingerprint=fingerprint(form),
        continued=CONTINUED.format(name=form.project_name.strip()),
    )


def _header_section(form: Form):
    b = SectionBuilder("header", geo.HEADER_COLUMNS)
    b.add_row(Cell("项目名称", "label"), Cell(form.project_name, "text", colspan=3, field="项目名称"))
    b.add_row(Cell("主管部门", "label"), Cell(form.department, "text", field="主管部门"),
              Cell("实施单位", "label"), Cell(form.implementer, "text", field="实施单位"))
    b.add_row(Cell("项目负责人", "label"), Cell(form.leader, "text", field="项目负责人"),
              Cell("联系电话", "label"), Cell(form.phone, "text", field="联系电话"))
    return b.build()


def _funds_section(form: Form, policy: Policy, decimals: int):
    b = SectionBuilder("funds", geo.FUNDS_COLUMNS, repeat_rows=1)
    b.add_row(Cell(FUNDS_LABEL, "vlabel", rowspan=1 + len(FUND_ROWS)), Cell("", "label"),
              *(Cell(h, "label") for h in FUNDS_HEADERS))
    for key, label in FUND_ROWS:
        row = getattr(form.funds, key)
        amounts = [Cell(amount(getattr(row, col)), "number", field=f"{label} {col_label}")
                   for col, col_label in FUND_COLUMNS]
        # An undefined rate prints `—` in every row, as the editor shows it.
        rate = Cell(rate_text(row_rate(row, policy), decimals) or DASH, "number")
        if key == "total":
            tail = (Cell(amount(form.execution.weight), "number", field="执行率分值"), rate,
                    Cell(amount(form.execution.score), "number", field="执行率得分"))
        else:
            tail = (Cell(DASH, "number"), rate, Cell(DASH, "number"))
        b.add_row(Cell(label, "label"), *amounts, *tail)
    return b.build()


def _goal_section(form: Form):
    b = SectionBuilder("goal", geo.GOAL_COLUMNS, repeat_rows=1)
    b.add_row(Cell(GOAL_LABEL, "vlabel", rowspan=2), Cell("预期目标", "label"), Cell("实际完成情况", "label"))
    b.add_row(Cell(form.goal.expected, "text", field="预期目标"), Cell(form.goal.actual, "text", field="实际完成情况"))
    return b.build()


class _Group(NamedTuple):
    """A run of consecutive indicators of one 二级 category (file order), with their 0-based indexes."""

    category: str
    indexes: list[int]


def _groups(indicators: list[Indicator]) -> list[list[_Group]]:
    """Consecutive 二级 runs, gathered into consecutive runs of the same 一级: [[group, …], …]."""
    level1_runs: list[list[_Group]] = []
    for i, ind in enumerate(indicators):
        level1 = CATEGORY_BY_CODE[ind.category].level1.code
        if level1_runs and CATEGORY_BY_CODE[level1_runs[-1][-1].category].level1.code == level1:
            groups = level1_runs[-1]
            if groups[-1].category == ind.category:
                groups[-1].indexes.append(i)
            else:
                groups.append(_Group(ind.category, [i]))
        else:
            level1_runs.append([_Group(ind.category, [i])])
    return level1_runs


def level1_label(category: str, indicators: list[Indicator], policy: Policy) -> str:
    """`效益指标（30分）`: the 一级 name with the policy's weight, as the published forms and the template print it
    (rows that add up to something else are a `weights.level1` finding, not a different label). A policy without
    a weight for the group prints the Σ 分值 of its rows; no number when every 分值 is blank."""
    level1 = CATEGORY_BY_CODE[category].level1
    weight = policy.weights.get(level1.code)
    if weight is None:
        weights = [i.weight for i in indicators if i.weight is not None]
        if not weights:
            return level1.label
        weight = sum(weights, Decimal(0))
    return f"{level1.label}（{tidy(weight)}分）"


def _merged_actuals(form: Form, group: _Group) -> dict[int, int]:
    """Row index -> rowspan for merged 实际完成值 cells; rows covered by a merge map to 0."""
    spans: dict[int, int] = {}
    rows = group.indexes
    start = 0
    while start < len(rows):
        text = form.indicators[rows[start]].actual
        end = start + 1
        while end < len(rows) and form.indicators[rows[end]].actual == text:
            end += 1
        run = end - start
        if run >= MERGE_MIN_RUN and text.strip() and len(text) <= MERGE_MAX_CHARS:
            spans[rows[start]] = run
            for k in range(start + 1, end):
                spans[rows[k]] = 0
        start = end
    return spans


def _indicator_section(form: Form, policy: Policy):
    indicators = form.indicators
    b = SectionBuilder("indicators", geo.INDICATOR_COLUMNS, repeat_rows=1, tail_rows=1)
    b.add_row(Cell(INDICATORS_LABEL, "vlabel", rowspan=1 + len(indicators)),
              *(Cell(h, "label") for h in INDICATOR_HEADERS))
    for run in _groups(indicators):
        run_rows = [i for group in run for i in group.indexes]
        first_of_run = True
        for group in run:
            merged = _merged_actuals(form, group)
            for k, i in enumerate(group.indexes):
                ind = indicators[i]
                cells: list[Cell] = []
                if first_of_run:
                    label = level1_label(group.category, [indicators[j] for j in run_rows], policy)
                    cells.append(Cell(label, "label", rowspan=len(run_rows)))
                    first_of_run = False
                if k == 0:
                    cells.append(Cell(CATEGORY_BY_CODE[group.category].label, "label", rowspan=len(group.indexes)))
                where = f"指标 {i + 1}"
                cells.append(Cell(f"指标{k + 1}：{ind.name}", "text", field=f"{where} 三级指标"))
                cells.append(Cell(ind.target, "center", field=f"{where} 年度指标值"))
                span = merged.get(i, 1)
                if span:
                    cells.append(Cell(ind.actual, "center", rowspan=span, field=f"{where} 实际完成值"))
                cells.append(Cell(amount(ind.weight), "number", field=f"{where} 分值"))
                cells.append(Cell(amount(ind.score), "number", field=f"{where} 得分"))
                cells.append(Cell(ind.deviation, "text", field=f"{where} 偏差原因分析及改进措施"))
                b.add_row(*cells)
    scored = form.execution.score is not None or any(i.score is not None for i in indicators)
    b.add_row(Cell("总分", "label", colspan=6), Cell(tidy(total_weight(form)), "total"),
              Cell(tidy(total_score(form)) if scored else "", "total"), Cell("", "text"))
    return b.build()


def _signatures(bundle: Bundle, form: Form) -> tuple[Signature, ...]:
    sigs = bundle.signatures
    # A bundle of several units' forms is stamped by each form's own unit: name it under 单位（盖章）.
    units = {f.implementer.strip() for f in bundle.forms} - {""}
    stamp = form.implementer.strip() if len(units) > 1 else ""
    return (*(Signature(label, getattr(sigs, key)) for key, label in SIGNATURE_LABELS), Signature(STAMP_LABEL, stamp))
