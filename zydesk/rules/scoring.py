"""Scores computed from a form under a policy (FORM.md §2): execution rate, suggestions, totals, grade."""

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from ..model import CATEGORY_BY_CODE, LEVEL1S, Form, FundRow, Indicator
from .numbers import POSITIVE_COMPARATORS, comparable, parse_quantity
from .policy import Policy

CENT = Decimal("0.01")
ZERO = Decimal(0)
ONE = Decimal(1)


def round_score(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def rate_percent(fraction: Decimal, places: int = 2) -> Decimal:
    """A fraction as a percentage rounded half-up to `places` (0.928828 -> 92.88), as paper and screen show it."""
    return (fraction * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def denominator(row: FundRow, policy: Policy) -> Decimal | None:
    return row.annual if policy.execution_denominator == "annual" else row.initial


def row_rate(row: FundRow, policy: Policy) -> Decimal | None:
    """全年执行数 ÷ the policy's budget column; None when undefined (blank or zero budget, blank spend)."""
    budget = denominator(row, policy)
    if budget is None or budget == 0 or row.executed is None:
        return None
    return row.executed / budget


def execution_rate(form: Form, policy: Policy) -> Decimal | None:
    return row_rate(form.funds.total, policy)


def execution_score(form: Form, policy: Policy) -> Decimal | None:
    """min(rate, 1) × 分值, half-up to 2 decimals; None when the rate is undefined."""
    rate = execution_rate(form, policy)
    if rate is None:
        return None
    return round_score(max(ZERO, min(rate, ONE)) * form.execution.weight)


class QuantitativeReading(NamedTuple):
    """An indicator whose 年度指标值 and 实际完成值 both read as quantities in one unit."""

    positive: bool
    target: Decimal
    actual: Decimal


@lru_cache(maxsize=4096)
def _read(category: str, target_text: str, actual_text: str) -> QuantitativeReading | None:
    # Cached on the texts: re-checking on every keystroke re-reads the same unchanged values.
    target = parse_quantity(target_text)
    actual = parse_quantity(actual_text)
    if target is None or actual is None:
        return None
    values = comparable(target, actual)
    if values is None:
        return None
    # Cost is "the less the better" unless the text says otherwise.
    no_comparator = target.comparator is None
    positive = category != "cost" if no_comparator else target.comparator in POSITIVE_COMPARATORS
    return QuantitativeReading(positive, values[0], values[1])


def read_indicator(indicator: Indicator) -> QuantitativeReading | None:
    """The quantitative reading of an indicator, or None when it is qualitative (FORM.md §4)."""
    return _read(indicator.category, indicator.target, indicator.actual)


def suggested_score(indicator: Indicator) -> Decimal | None:
    """The score a quantitative indicator's figures imply; None for qualitative ones or a blank 分值."""
    if indicator.weight is None:
        return None
    return _suggested(indicator.category, indicator.target, indicator.actual, indicator.weight)


@lru_cache(maxsize=8192)
def _suggested(category: str, target_text: str, actual_text: str, weight: Decimal) -> Decimal | None:
    reading = _read(category, target_text, actual_text)
    if reading is None:
        return None
    target, actual = reading.target, reading.actual
    if reading.positive:
        fraction = ONE if target == 0 else min(ONE, actual / target)
    else:
        fraction = ONE if actual == 0 else min(ONE, target / actual)
    return round_score(max(ZERO, fraction) * weight)


def achievement(indicator: Indicator) -> Decimal | None:
    """actual ÷ target of a positive quantitative indicator (for the overshoot check)."""
    reading = read_indicator(indicator)
    if reading is None or not reading.positive or reading.target == 0:
        return None
    return reading.actual / reading.target


def _value(d: Decimal | None) -> Decimal:
    return ZERO if d is None else d


_LEVEL1_OF = {code: category.level1.code for code, category in CATEGORY_BY_CODE.items()}


def _by_level1(form: Form, field: str) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for ind in form.indicators:
        value = getattr(ind, field)
        code = _LEVEL1_OF[ind.category]
        totals[code] = totals.get(code, ZERO) + (ZERO if value is None else value)
    return {g.code: totals[g.code] for g in LEVEL1S if g.code in totals}


def level1_weights(form: Form) -> dict[str, Decimal]:
    """Σ 分值 per 一级 group that the form uses (groups with no rows are absent)."""
    return _by_level1(form, "weight")


def level1_scores(form: Form) -> dict[str, Decimal]:
    return _by_level1(form, "score")


def total_weight(form: Form) -> Decimal:
    return form.execution.weight + sum((_value(i.weight) for i in form.indicators), ZERO)


def total_score(form: Form) -> Decimal:
    return _value(form.execution.score) + sum((_value(i.score) for i in form.indicators), ZERO)


class FormScores(NamedTuple):
    """Everything computed for one form, for the CLI, the printer and the editor."""

    execution_rate: Decimal | None
    execution_score: Decimal | None
    total_weight: Decimal
    total_score: Decimal
    grade: str
    level1_weights: dict[str, Decimal]
    suggestions: tuple[Decimal | None, ...]


def score_form(form: Form, policy: Policy) -> FormScores:
    score = total_score(form)
    return FormScores(
        execution_rate=execution_rate(form, policy),
        execution_score=execution_score(form, policy),
        total_weight=total_weight(form),
        total_score=score,
        grade=policy.grade(score),
        level1_weights=level1_weights(form),
        suggestions=tuple(suggested_score(i) for i in form.indicators),
    )
