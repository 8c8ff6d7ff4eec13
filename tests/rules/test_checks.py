"""The catalogue of checks (FORM.md §3): the example's findings, and each code at and across its boundary."""

from collections import Counter

import pytest

from conftest import D, bundle_of, clean_form
from zydesk.model import FundRow, Indicator
from zydesk.model.rollover import roll_over
from zydesk.rules.checks import check_bundle, check_form
from zydesk.rules.policy import load_policy


def findings(form, year=2021, policy="mof-2020"):
    bundle = bundle_of(form, year=year, policy=policy)
    return check_form(bundle, 0, load_policy(policy))


def codes(form, **kwargs):
    return Counter(f.code for f in findings(form, **kwargs))


def test_clean_form_has_no_findings():
    assert findings(clean_form()) == []


def test_example_gives_exactly_the_documented_findings(example):
    got = [sorted((f.code, f.severity) for f in form) for form in check_bundle(example)]
    assert got[0] == sorted([("weights.level1", "warning")] * 2 + [("cost.over_budget", "warning")])
    assert got[1] == []
    assert got[2] == [("execution.score_mismatch", "warning")]
    assert got[3] == sorted([("weights.total", "error"), ("indicator.empty_weighted", "error"),
                             ("weights.level1", "warning")])


def test_example_messages_name_the_numbers(example):
    all_findings = check_bundle(example)
    messages = {f.message for form in all_findings for f in form}
    assert "产出指标分值合计 60，应为 50" in messages
    assert "效益指标分值合计 20，应为 30" in messages
    assert "效益指标分值合计 40，应为 30" in messages
    assert "分值合计 110，应为 100" in messages
    assert "成本指标金额合计 14215.686998 万元，超过全年预算数 3248.639548 万元" in messages
    assert any("10" in m and "9.29" in m for m in messages)
    paths = {f.path for form in all_findings for f in form}
    assert "forms[2].execution.score" in paths
    assert "forms[3].indicators[7].name" in paths


def test_header_required_one_per_field():
    form = clean_form(project_name=" ", department="")
    found = findings(form)
    assert [f.path for f in found if f.code == "header.required"] == ["forms[0].project_name", "forms[0].department"]
    assert all(f.severity == "error" for f in found)


def test_header_contact_is_a_warning():
    found = findings(clean_form(leader="", phone=""))
    assert [(f.code, f.severity, f.path) for f in found] == [
        ("header.contact", "warning", "forms[0].leader"), ("header.contact", "warning", "forms[0].phone")]


@pytest.mark.parametrize("phone", ["84856685", "1234567", "12345678901234567890", "(010) 8485-6685",
                                   "+86 138 0013 8000", "84856685、84856686", "84856685；13800138000",
                                   "8485 6685/8485 6686"])
def test_phone_accepted(phone):
    assert codes(clean_form(phone=phone))["header.phone"] == 0


@pytest.mark.parametrize("phone", ["123456", "123456789012345678901", "8485x685", "84856685,123", "电话",
                                   "8485 6685/6686"])
def test_phone_refused(phone):
    assert codes(clean_form(phone=phone))["header.phone"] == 1


@pytest.mark.parametrize(("year", "expected"), [(None, 1), (1999, 1), (2000, 0), (2100, 0), (2101, 1)])
def test_year_invalid_reported_with_every_form(year, expected):
    bundle = bundle_of(clean_form(), clean_form(), year=year)
    per_form = check_bundle(bundle)
    for form_findings in per_form:
        assert [f.path for f in form_findings if f.code == "year.invalid"] == ["year"] * expected


def test_negative_amounts_one_per_cell():
    form = clean_form()
    form.funds.other = FundRow(initial=D("-1"), annual=D("-1"), executed=None)
    form.funds.total = FundRow(initial=D("99"), annual=D("99"), executed=D("95"))
    found = [f for f in findings(form) if f.code == "funds.negative"]
    assert [f.path for f in found] == ["forms[0].funds.other.initial", "forms[0].funds.other.annual"]


def test_zero_is_not_negative():
    form = clean_form()
    form.funds.carryover = FundRow(initial=D("0"), annual=D("0"), executed=D("0"))
    assert findings(form) == []


def test_sum_mismatch_one_per_column_exact_decimal():
    form = clean_form()
    form.funds.fiscal = FundRow(initial=D("99.999999"), annual=D("100"), executed=D("95"))
    found = [f for f in findings(form) if f.code == "funds.sum_mismatch"]
    assert [f.path for f in found] == ["forms[0].funds.total.initial"]
    assert "99.999999" in found[0].message


def test_sum_blank_sources_are_zero_and_blank_columns_skipped():
    form = clean_form()
    form.funds.fiscal = FundRow(initial=D("60"), annual=None, executed=None)
    form.funds.other = FundRow(initial=D("40"), annual=None, executed=None)
    form.funds.total = FundRow(initial=D("100"), annual=D("100"), executed=D("95"))
    assert codes(form)["funds.sum_mismatch"] == 0  # annual/executed: no source filled, not checked
    form.funds.total = FundRow(initial=None, annual=D("100"), executed=D("95"))
    assert codes(form)["funds.sum_mismatch"] == 1  # blank total vs 100 of sources


@pytest.mark.parametrize(("annual", "executed", "expected"), [(None, "5", 1), ("0", "5", 1), ("0", "0", 0),
                                                              (None, None, 0), ("1", "5", 0)])
def test_no_budget(annual, executed, expected):
    form = clean_form()
    form.funds.total = FundRow(initial=D("1"), annual=D(annual), executed=D(executed))
    form.funds.fiscal = FundRow()
    assert codes(form)["funds.no_budget"] == expected


def _with_rate(executed, score=None):
    form = clean_form()
    form.funds.total = FundRow(initial=D("100"), annual=D("100"), executed=D(executed))
    form.funds.fiscal = FundRow(initial=D("100"), annual=D("100"), executed=D(executed))
    form.execution.score = D(score) if score else D("10")
    return form


def test_over_budget_boundary():
    assert codes(_with_rate("100"))["execution.over_budget"] == 0
    assert codes(_with_rate("100.000001"))["execution.over_budget"] == 1


def test_execution_low_boundary():
    assert codes(_with_rate("90", "9"))["execution.low"] == 0
    assert codes(_with_rate("89.999999", "9"))["execution.low"] == 1


def test_execution_score_tolerance():
    assert codes(_with_rate("92.88", "9.30"))["execution.score_mismatch"] == 0   # 9.29 ± 0.01
    assert codes(_with_rate("92.88", "9.28"))["execution.score_mismatch"] == 0
    assert codes(_with_rate("92.88", "9.31"))["execution.score_mismatch"] == 1
    assert codes(_with_rate("92.88", "9.27"))["execution.score_mismatch"] == 1


def test_weights_total_and_level1():
    form = clean_form()
    form.indicators[0].weight = D("25")
    form.indicators[0].score = D("25")
    found = codes(form)
    assert found["weights.total"] == 1 and found["weights.level1"] == 1
    form.execution.weight = D("5")
    form.execution.score = D("5")
    found = findings(form)
    assert [f.path for f in found if f.code == "weights.level1"] == [
        "forms[0].execution.weight", "forms[0].indicators[0].weight"]
    assert not any(f.code == "weights.total" for f in found)  # 5 + 95 = 100


def test_absent_group_counts_as_zero_with_the_block_as_path():
    form = clean_form()
    form.indicators = [i for i in form.indicators if i.category != "satisfaction"]
    found = findings(form)
    assert [(f.path, f.message) for f in found if f.code == "weights.level1"] == [
        ("forms[0].indicators", "满意度指标没有指标（分值合计 0），应为 10")]
    assert codes(form)["weights.total"] == 1


def test_form_without_indicators_has_one_level1_finding_per_group():
    form = clean_form(indicators=[])
    level1 = [f for f in findings(form) if f.code == "weights.level1"]
    assert [(f.path, f.severity) for f in level1] == [("forms[0].indicators", "warning")] * 3
    assert [f.message[:4] for f in level1] == ["产出指标", "效益指标", "满意度指"]


def test_group_of_zero_weight_rows_is_not_absent():
    form = clean_form()
    for ind in form.indicators:
        if ind.category == "satisfaction":
            ind.weight = ind.score = D("0")
    paths = [f.path for f in findings(form) if f.code == "weights.level1"]
    assert paths == ["forms[0].indicators[5].weight"]


@pytest.mark.parametrize(("target", "year", "expected"), [
    ("2021年12月", 2022, 1),
    ("2021 年 12 月前完成", 2022, 1),
    ("２０２１年底", 2022, 1),
    ("2020年至2022年", 2022, 1),
    ("2021年12月", 2021, 0),      # the bundle's own year is not stale
    ("2022年12月", 2021, 0),
    ("12021年", 2022, 0),         # not four digits
    ("2021-12", 2022, 0),         # no 年
    ("100 个", 2022, 0),
    ("2021年12月", None, 0),      # no year to compare with (year.invalid says so)
])
def test_stale_year_boundaries(target, year, expected):
    form = clean_form()
    form.indicators[2].target, form.indicators[2].actual = target, ""
    found = [f for f in findings(form, year=year) if f.code == "indicator.stale_year"]
    assert len(found) == expected
    if expected:
        assert found[0].severity == "warning" and found[0].path == "forms[0].indicators[2].target"
        assert target.strip() in found[0].message and str(year) in found[0].message


@pytest.mark.parametrize("actual", ["2021年12月完成", "按时", "无"])
def test_stale_year_only_while_actual_is_blank(actual):
    form = clean_form()
    form.indicators[2].target, form.indicators[2].actual = "2021年12月", actual
    assert codes(form, year=2022)["indicator.stale_year"] == 0
    form.indicators[2].actual = "  "
    assert codes(form, year=2022)["indicator.stale_year"] == 1


@pytest.mark.parametrize(("score", "expected"), [("0", 0), ("20", 0), ("-0.01", 1), ("20.01", 1)])
def test_score_range_boundary(score, expected):
    form = clean_form()
    form.indicators[0].target, form.indicators[0].actual = "多", "多"
    form.indicators[0].score = D(score)
    form.indicators[0].deviation = "原因"
    assert codes(form)["score.range"] == expected


def test_execution_score_range():
    assert codes(_with_rate("100", "10.5"))["score.range"] == 1


def test_score_missing():
    form = clean_form()
    form.indicators[1].score = None
    form.indicators.append(Indicator(category="economic", name="无", target="无", weight=D("0")))
    found = findings(form)
    assert [(f.code, f.path) for f in found] == [("score.missing", "forms[0].indicators[1].score")]
    form.execution.score = None
    assert codes(form)["score.missing"] == 2


@pytest.mark.parametrize("name", ["", " ", "无", "/", "—", "-", "*"])
def test_empty_weighted_indicator(name):
    form = clean_form()
    form.indicators[1].name = name
    assert codes(form)["indicator.empty_weighted"] == 1
    form.indicators[1].weight, form.indicators[1].score = D("0"), D("0")
    assert codes(form)["indicator.empty_weighted"] == 0


def test_indicator_score_mismatch_tolerance():
    form = clean_form()
    form.indicators[0].actual = "80 个"   # suggested 16.00
    form.indicators[0].deviation = "原因"
    for score, expected in (("16.01", 0), ("15.99", 0), ("16.02", 1), ("20", 1)):
        form.indicators[0].score = D(score)
        assert codes(form)["indicator.score_mismatch"] == expected, score


def test_tier_band_for_qualitative_only():
    form = clean_form()
    ind = form.indicators[1]  # qualitative, weight 10
    ind.deviation = "原因"
    for tier, score, expected in (("achieved", "8", 0), ("achieved", "7.99", 1), ("achieved", "10", 0),
                                  ("partial", "6", 0), ("partial", "8", 1), ("partial", "5.99", 1),
                                  ("not_achieved", "0", 0), ("not_achieved", "6", 1)):
        ind.assessment, ind.score = tier, D(score)
        assert codes(form)["indicator.tier_band"] == expected, (tier, score)
    ind.assessment = None
    quantitative = form.indicators[0]
    quantitative.assessment = "not_achieved"
    assert codes(form)["indicator.tier_band"] == 0


def test_tier_bands_follow_policy():
    form = clean_form()
    ind = form.indicators[1]
    ind.assessment, ind.score, ind.deviation = "partial", D("5"), "原因"
    assert codes(form, policy="mof-2020")["indicator.tier_band"] == 1
    assert codes(form, policy="haidian-2016")["indicator.tier_band"] == 0


def test_overshoot_boundary_and_deviation():
    form = clean_form()
    ind = form.indicators[0]  # 100 个
    ind.actual = "119.99 个"
    assert codes(form)["indicator.overshoot"] == 0
    ind.actual = "120 个"
    assert codes(form)["indicator.overshoot"] == 1
    ind.deviation = "超额完成，因需求增加"
    assert codes(form)["indicator.overshoot"] == 0
    reverse = form.indicators[3]  # ≤ 50 万元
    reverse.actual = "10 万元"
    assert codes(form)["indicator.overshoot"] == 0


def test_deviation_missing():
    form = clean_form()
    ind = form.indicators[1]
    ind.score = D("9")
    for deviation, expected in (("", 1), ("无", 1), ("—", 1), ("资金晚到", 0)):
        ind.deviation = deviation
        assert codes(form)["deviation.missing"] == expected


def test_goal_required_one_per_field():
    form = clean_form()
    form.goal.expected, form.goal.actual = "", " "
    assert [f.path for f in findings(form)] == ["forms[0].goal.expected", "forms[0].goal.actual"]


def test_cost_over_budget_boundary_and_units():
    form = clean_form()
    form.indicators[3].target = "100 万元"        # equals 全年预算数 100
    form.indicators[3].actual = "100 万元"
    assert codes(form)["cost.over_budget"] == 0
    form.indicators.insert(4, Indicator(category="cost", name="其他", target="100 元", actual="100 元",
                                        weight=D("0"), score=D("0")))
    found = [f for f in findings(form) if f.code == "cost.over_budget"]
    assert len(found) == 1 and "100.01" in found[0].message
    assert found[0].path == "forms[0].indicators[3].target"


def test_rolled_over_example_warns_of_its_dated_targets(example):
    stale = [[f.path for f in form if f.code == "indicator.stale_year"] for form in check_bundle(roll_over(example))]
    assert stale == [["forms[0].indicators[3].target", "forms[0].indicators[4].target"], [], [], []]
    assert all(f.code != "indicator.stale_year" for form in check_bundle(example) for f in form)
