"""The summary table: rows in order, `--year`, subtotals per group, the 合计 row, duplicate ids flagged."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..rules.scoring import ZERO, round_score
from .rows import FormRow

GroupBy = Literal["department", "implementer"]
GROUP_LABELS: dict[str, str] = {"department": "主管部门", "implementer": "实施单位"}
GRADE_ORDER = ("优", "良", "中", "差")
BLANK_GROUP = "（未填写）"
TOTAL_LABEL = "合计"
SUBTOTAL_LABEL = "小计"


@dataclass
class TotalRow:
    """合计 (or a group's 小计): exact sums, the weighted 执行率, the mean score, the forms per grade."""

    label: str
    group: str
    initial: Decimal
    annual: Decimal
    executed: Decimal
    execution_rate: Decimal | None  # Σ 全年执行数 ÷ Σ each form's policy denominator
    forms: int
    mean_score: Decimal | None
    grades: dict[str, int]
    errors: int
    warnings: int
    files: int

    def grade_text(self) -> str:
        return "，".join(f"{grade} {n}" for grade, n in self.grades.items())


@dataclass
class Summary:
    entries: list[FormRow | TotalRow]  # in display order: rows, a 小计 after each group, 合计 last
    total: TotalRow
    years: list[int] = field(default_factory=list)
    by: GroupBy | None = None

    @property
    def rows(self) -> list[FormRow]:
        return [e for e in self.entries if isinstance(e, FormRow)]

    def title(self) -> str:
        return f"{years_label(self.years)}年度项目支出绩效自评结果汇总表"


def years_label(years: list[int]) -> str:
    """`2021`, `2020—2021` for consecutive years, `2019、2021` otherwise; blank when no year is known."""
    if not years:
        return ""
    if len(years) == 1:
        return str(years[0])
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}—{years[-1]}"
    return "、".join(str(y) for y in years)


def _value(d: Decimal | None) -> Decimal:
    return ZERO if d is None else d


def total_of(rows: list[FormRow], label: str = TOTAL_LABEL, group: str = "") -> TotalRow:
    executed = sum((_value(r.executed) for r in rows), ZERO)
    base = sum((_value(r.rate_denominator) for r in rows), ZERO)
    grades = dict.fromkeys(GRADE_ORDER, 0)
    for row in rows:
        grades[row.grade] = grades.get(row.grade, 0) + 1
    scores = sum((r.total_score for r in rows), ZERO)
    return TotalRow(
        label=label, group=group,
        initial=sum((_value(r.initial) for r in rows), ZERO),
        annual=sum((_value(r.annual) for r in rows), ZERO),
        executed=executed, execution_rate=executed / base if base else None, forms=len(rows),
        mean_score=round_score(scores / len(rows)) if rows else None, grades=grades,
        errors=sum(r.errors for r in rows), warnings=sum(r.warnings for r in rows),
        files=len({r.file_path for r in rows}),
    )


def flag_duplicates(rows: list[FormRow]) -> list[list[FormRow]]:
    """Mark rows whose form id occurs more than once in one year; returns the groups of duplicates.

    Keyed by (year, id): a new-year roll-over keeps each form's id, so last year's file and this year's
    share ids by design; the same id twice in one year is the same project handed in twice.
    """
    seen: dict[tuple[int | None, str], list[FormRow]] = {}
    for row in rows:
        seen.setdefault((row.year, row.form_id), []).append(row)
    groups = [group for group in seen.values() if len(group) > 1]
    for group in groups:
        for row in group:
            row.duplicate = True
    return groups


def _group_key(row: FormRow, by: GroupBy) -> str:
    return getattr(row, by).strip() or BLANK_GROUP


def build_summary(rows: Iterable[FormRow], year: int | None = None, by: GroupBy | None = None) -> Summary:
    """The table over `rows` (file order kept within each group; groups in order of first appearance)."""
    kept = [r for r in rows if year is None or r.year == year]
    flag_duplicates(kept)
    entries: list[FormRow | TotalRow] = []
    if by is None:
        entries += kept
    else:
        groups: dict[str, list[FormRow]] = {}
        for row in kept:
            groups.setdefault(_group_key(row, by), []).append(row)
        for name, members in groups.items():
            entries += members
            entries.append(total_of(members, SUBTOTAL_LABEL, name))
    number = 0
    for entry in entries:
        if isinstance(entry, FormRow):
            number += 1
            entry.number = number
    total = total_of(kept)
    entries.append(total)
    years = sorted({r.year for r in kept if r.year is not None}) or ([year] if year is not None else [])
    return Summary(entries, total, years, by)
