"""New, empty forms and bundles as a user starts them: all nine 二级 groups, policy weights filled in."""

from collections.abc import Mapping
from decimal import Decimal

from .bundle import DEFAULT_POLICY, DEFAULT_TITLE, Bundle, Execution, Form, Indicator, new_id
from .categories import CATEGORIES, CATEGORY_BY_CODE
from .decimals import tidy


def new_form(level1_weights: Mapping[str, Decimal], execution_weight: Decimal) -> Form:
    """One row per 二级 group; each group's weight is its 一级 weight shared evenly (2 decimals)."""
    indicators = []
    for category in CATEGORIES:
        siblings = [c for c in CATEGORIES if c.level1 is category.level1]
        share = level1_weights.get(category.level1.code, Decimal(0)) / len(siblings)
        weight = Decimal(tidy(share.quantize(Decimal("0.01"))))
        indicators.append(Indicator(category=category.code, weight=weight))
    _fix_rounding(indicators, level1_weights)
    return Form(id=new_id(), execution=Execution(weight=execution_weight), indicators=indicators)


def _fix_rounding(indicators: list[Indicator], level1_weights: Mapping[str, Decimal]) -> None:
    # Evenly shared weights may not add up (e.g. 10/3); give the remainder to the group's first row.
    for level1, expected in level1_weights.items():
        rows = [i for i in indicators if CATEGORY_BY_CODE[i.category].level1.code == level1]
        if not rows:
            continue
        diff = expected - sum((r.weight or Decimal(0)) for r in rows)
        if diff:
            rows[0].weight = (rows[0].weight or Decimal(0)) + diff


def new_bundle(year: int | None, title: str = DEFAULT_TITLE, policy: str = DEFAULT_POLICY) -> Bundle:
    return Bundle(title=title, year=year, policy=policy, forms=[])
