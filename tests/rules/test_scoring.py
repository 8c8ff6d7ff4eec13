"""Scoring (FORM.md §2): execution rate and score, suggestions, totals and grade, under both policies."""

from decimal import Decimal

import pytest

from conftest import D, clean_form
from zydesk.model import FundRow, Indicator
from zydesk.rules.policy import load_policy, policy_ids
from zydesk.rules.scoring import (
    execution_rate,
    execution_score,
    level1_weights,
    score_form,
    suggested_score,
    total_score,
    total_weight,
)

MOF = load_policy("mof-2020")
HAIDIAN = load_policy("haidian-2016")


def test_policies_are_data():
    assert policy_ids() == ["haidian-2016", "mof-2020"]
    assert MOF.weights == {"execution": 10, "output": 50, "effect": 30, "satisfaction": 10}
    assert HAIDIAN.execution_denominator == "initial"


def test_seed_form_3_execution(example):
    form = example.forms[2]
    assert execution_rate(form, MOF).quantize(Decimal("0.000001")) == Decimal("0.928828")
    assert execution_score(form, MOF) == Decimal("9.29")


@pytest.mark.parametrize(("annual", "executed"), [(None, "5"), ("0", "5"), ("10", None)])
def test_rate_undefined(annual, executed):
    form = clean_form()
    form.funds.total = FundRow(initial=D("10"), annual=D(annual), executed=D(executed))
    assert execution_rate(form, MOF) is None
    assert execution_score(form, MOF) is None


def test_rate_capped_and_rounded_half_up():
    form = clean_form()
    form.funds.total = FundRow(annual=D("100"), executed=D("120"))
    assert execution_score(form, MOF) == Decimal("10.00")
    form.funds.total = FundRow(annual=D("1000"), executed=D("924.5"))  # 9.245 -> 9.25 half-up
    assert execution_score(form, MOF) == Decimal("9.25")


def test_haidian_divides_by_initial_budget():
    form = clean_form()
    form.funds.total = FundRow(initial=D("80"), annual=D("100"), executed=D("80"))
    assert execution_rate(form, MOF) == Decimal("0.8")
    assert execution_rate(form, HAIDIAN) == Decimal("1")


def _ind(target, actual, category="quantity", weight="10"):
    return Indicator(category=category, name="x", target=target, actual=actual, weight=D(weight))


@pytest.mark.parametrize(("target", "actual", "category", "expected"), [
    ("100 个", "80 个", "quantity", "8.00"),
    ("100 个", "120 个", "quantity", "10.00"),
    ("≥95%", "90%", "quality", "9.47"),
    ("0 个", "5 个", "quantity", "10.00"),
    ("≤50万元", "60万元", "cost", "8.33"),
    ("50万元", "60万元", "cost", "8.33"),           # cost without comparator is reverse
    ("50万元", "500000元", "cost", "10.00"),        # units convert
    ("≤ 5", "0", "quantity", "10.00"),               # reverse with actual 0: full marks
    ("<10 天", "20 天", "timeliness", "5.00"),
    ("=3 次", "2 次", "quantity", "6.67"),
])
def test_quantitative_suggestions(target, actual, category, expected):
    assert suggested_score(_ind(target, actual, category)) == Decimal(expected)


@pytest.mark.parametrize(("target", "actual"), [("合格", "合格"), ("100 个", "100 户"), ("100 个", "完成")])
def test_qualitative_has_no_suggestion(target, actual):
    assert suggested_score(_ind(target, actual)) is None


def test_no_suggestion_without_weight():
    assert suggested_score(_ind("100", "50", weight=None)) is None


def test_totals_and_grade(example):
    scores = score_form(example.forms[3], MOF)
    assert scores.total_weight == Decimal("110")
    assert scores.level1_weights == {"output": 50, "effect": 40, "satisfaction": 10}
    assert scores.grade == "优"
    form = clean_form()
    assert total_weight(form) == 100 and total_score(form) == Decimal("99.5")
    assert level1_weights(form) == {"output": 50, "effect": 30, "satisfaction": 10}


@pytest.mark.parametrize(("score", "mof", "haidian"), [
    ("90", "优", "优"), ("89.99", "良", "优"), ("80", "良", "优"), ("79.99", "中", "良"),
    ("70", "中", "良"), ("60", "中", "中"), ("59.99", "差", "差"), ("0", "差", "差"),
])
def test_grade_bands(score, mof, haidian):
    assert MOF.grade(Decimal(score)) == mof
    assert HAIDIAN.grade(Decimal(score)) == haidian
