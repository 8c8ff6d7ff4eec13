"""The bundle model: exact decimals, unknown keys refused, new forms, roll-over to a new year."""

from decimal import Decimal

import pytest
from pydantic import ValidationError

from zydesk.model import Bundle, Execution, Form, FundRow, Indicator, plain, tidy
from zydesk.model.factory import new_form
from zydesk.model.rollover import roll_over
from zydesk.rules.checks import check_form
from zydesk.rules.policy import load_policy


def test_decimals_are_exact_and_written_plain():
    row = FundRow(executed="3248.639548", annual=Decimal("1E+3"))
    assert row.executed == Decimal("3248.639548")
    dumped = row.model_dump(mode="json")
    assert dumped["executed"] == "3248.639548" and dumped["annual"] == "1000"


@pytest.mark.parametrize("bad", [1.5, True, "abc", "NaN", "Infinity", [], {}])
def test_decimal_refuses_floats_and_junk(bad):
    with pytest.raises(ValidationError):
        Indicator(category="cost", weight=bad)


def test_unknown_keys_are_refused():
    with pytest.raises(ValidationError, match="extra"):
        Execution(weight="10", bonus="1")


def test_unknown_category_refused():
    with pytest.raises(ValidationError):
        Indicator(category="fun")


def test_list_fields_start_empty_and_each_object_has_its_own():
    first, second = Bundle(), Bundle()
    assert first.forms == [] and first.forms is not second.forms
    form = Form(id="a", execution=Execution(weight="10"))
    form.indicators.append(Indicator(category="cost"))
    assert Form(id="b", execution=Execution(weight="10")).indicators == []
    assert "default" not in Bundle.model_json_schema()["properties"]["forms"]   # a factory, not a value


def test_plain_and_tidy():
    assert plain(Decimal("1000")) == "1000" and plain(Decimal("1E+3")) == "1000"
    assert plain(Decimal("10.50")) == "10.50" and tidy(Decimal("10.50")) == "10.5"
    assert tidy(Decimal("100.00")) == "100" and tidy(Decimal("-0.0")) == "0"


def test_new_form_has_nine_groups_with_policy_weights():
    policy = load_policy("mof-2020")
    weights = {k: v for k, v in policy.weights.items() if k != "execution"}
    form = new_form(weights, policy.weights["execution"])
    assert [i.category for i in form.indicators] == [
        "quantity", "quality", "timeliness", "cost", "economic", "social", "ecological", "sustainability",
        "satisfaction"]
    bundle = Bundle(year=2022, forms=[form])
    found = {f.code for f in check_form(bundle, 0, policy)}
    assert "weights.total" not in found and "weights.level1" not in found
    odd = new_form({"output": Decimal("10"), "effect": Decimal("10"), "satisfaction": Decimal("10")}, Decimal(70))
    assert sum(i.weight for i in odd.indicators[:4]) == 10
    assert plain(odd.indicators[0].weight) == "2.5"


def test_roll_over_keeps_plans_and_clears_figures(example):
    nxt = roll_over(example)
    assert nxt.year == 2022 and nxt.title == example.title and nxt.policy == example.policy
    for old, new in zip(example.forms, nxt.forms, strict=True):
        assert new.id == old.id and new.project_name == old.project_name and new.phone == old.phone
        assert new.goal.expected == old.goal.expected and new.goal.actual == ""
        assert new.execution.weight == old.execution.weight and new.execution.score is None
        for row in ("total", "fiscal", "carryover", "other"):
            assert getattr(new.funds, row).model_dump() == {"initial": None, "annual": None, "executed": None}
        for a, b in zip(old.indicators, new.indicators, strict=True):
            assert (b.category, b.name, b.target, b.weight) == (a.category, a.name, a.target, a.weight)
            assert (b.actual, b.score, b.deviation, b.assessment) == ("", None, "", None)
    assert nxt.signatures.model_dump() == {"preparer": "", "reviewer": "", "unit_head": "", "date": ""}
    assert example.forms[0].funds.total.executed is not None  # the source is untouched
    assert roll_over(example, 2030).year == 2030


def test_roll_over_form_is_independent_copy(example):
    nxt = roll_over(example)
    nxt.forms[0].indicators[0].name = "改"
    assert example.forms[0].indicators[0].name == "抗震加固"
    assert isinstance(nxt.forms[0], Form)
