"""The columns of the summary and each entry's cells: typed values for Excel, texts for CSV, PDF and screen."""

from decimal import Decimal
from typing import Literal, NamedTuple

from ..model import plain, tidy
from ..rules.scoring import rate_percent
from .rows import FormRow
from .table import TOTAL_LABEL, TotalRow

COLUMNS = ("序号", "年度", "项目名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年执行数",
           "执行率", "分值合计", "自评得分", "等级", "错误", "警告", "主要偏差原因", "文件")
Kind = Literal["int", "amount", "rate", "score", "text"]
KINDS: tuple[Kind, ...] = ("int", "int", "text", "text", "text", "amount", "amount", "amount",
                           "rate", "score", "score", "text", "int", "int", "text", "text")
NUMERIC_KINDS = frozenset({"int", "amount", "rate", "score"})
RATE_PLACES = 2
DUPLICATE_MARK = "（重复）"


class Cell(NamedTuple):
    """One cell: `value` is None (blank), an int, a Decimal (amount, score, or the rate as a fraction) or text.

    A total's label sits in a numeric column (序号 `合计`), so a cell's own value type decides, not the column.
    A named tuple: a district's summary makes 144,000 of them, and a frozen dataclass takes twice as long.
    """

    value: int | Decimal | str | None
    kind: Kind

    @property
    def text(self) -> str:
        return cell_text(self.value, self.kind)


def cell_text(value: int | Decimal | str | None, kind: Kind) -> str:
    """A cell's text as the CSV, the PDF and the screen show it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if kind == "rate":
        return rate_text(value)
    return plain(value) if kind == "amount" else tidy(value)


def rate_text(fraction: Decimal) -> str:
    """0.928828 -> `92.88%` (two decimals, half-up, as the checks and the print round)."""
    return f"{plain(rate_percent(fraction, RATE_PLACES))}%"


def rate_value(fraction: Decimal) -> Decimal:
    """The fraction a spreadsheet shows with `0.00%` as exactly the text above (0.928828 -> 0.9288)."""
    return rate_percent(fraction, RATE_PLACES) / 100


def form_cells(row: FormRow) -> list[Cell]:
    return [Cell(v, k) for v, k in zip(form_values(row), KINDS, strict=True)]


def form_values(row: FormRow) -> tuple:
    """The cells' values of a form's row, in column order (their kinds are KINDS)."""
    file_name = row.file_name + (DUPLICATE_MARK if row.duplicate else "")
    return (row.number, row.year, row.project_name, row.department, row.implementer, row.initial, row.annual,
            row.executed, row.execution_rate, row.total_weight, row.total_score, row.grade, row.errors,
            row.warnings, row.deviation, file_name)


def total_cells(total: TotalRow) -> list[Cell]:
    return [Cell(v, k) for v, k in zip(total_values(total), KINDS, strict=True)]


def total_values(total: TotalRow) -> tuple:
    if total.label == TOTAL_LABEL:
        what = f"共 {total.forms} 张表（自评得分为平均分）"
    else:
        what = f"{total.group}：{total.forms} 张表（自评得分为平均分）"
    files = f"共 {total.files} 个文件" if total.label == TOTAL_LABEL else None
    return (total.label, None, what, None, None, total.initial, total.annual, total.executed,
            total.execution_rate, None, total.mean_score, total.grade_text(), total.errors, total.warnings,
            None, files)


def entry_cells(entry: FormRow | TotalRow) -> list[Cell]:
    return form_cells(entry) if isinstance(entry, FormRow) else total_cells(entry)


def entry_values(entry: FormRow | TotalRow) -> tuple:
    """The values of entry_cells() without making a Cell each (a district's workbook has 144,000 cells)."""
    return form_values(entry) if isinstance(entry, FormRow) else total_values(entry)
