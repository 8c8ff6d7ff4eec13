"""Tests for zydesk/model/edits.py: path-addressed mutators used by the editor's undo commands."""

from decimal import Decimal

import pytest
from pydantic import ValidationError

from zydesk.model import Indicator, edits
from zydesk.model.factory import new_form
from zydesk.rules.checks import check_form
from zydesk.rules.policy import load_policy


def test_split_and_join_round_trip():
    parts = edits.split_path("forms[2].indicators[10].score")
    assert parts == ("forms", 2, "indicators", 10, "score")
    assert edits.join_path(parts) == "forms[2].indicators[10].score"


@pytest.mark.parametrize("path", ["", "forms[x]", "forms.[1]", "1abc"])
def test_bad_paths_are_refused(path):
    with pytest.raises(edits.PathError):
        edits.split_path(path)


def test_get_and_set_a_fund_cell(example):
    old = edits.set_value(example, "forms[2].funds.total.executed", Decimal("1"))
    assert old == Decimal("1665.328918")
    assert example.forms[2].funds.total.executed == Decimal("1")
    assert edits.get_value(example, "forms[2].funds.total.executed") == Decimal("1")


def test_set_returns_old_value_for_undo(example):
    old = edits.set_value(example, "forms[0].project_name", "新名称")
    edits.set_value(example, "forms[0].project_name", old)
    assert example.forms[0].project_name == "老旧小区综合整治项目"


def test_set_is_validated_by_the_model(example):
    with pytest.raises(ValidationError):
        edits.set_value(example, "forms[0].indicators[0].assessment", "excellent")
    assert example.forms[0].indicators[0].assessment is None


def test_bundle_level_field(example):
    assert edits.set_value(example, "year", 2022) == 2021
    assert edits.form_index("year") is None
    assert edits.form_index("forms[3].goal.actual") == 3


@pytest.mark.parametrize("path", ["forms[9].project_name", "forms[0].nope", "forms[0].funds.total.executed.x",
                                  "forms[0]"])
def test_unknown_fields_raise_path_error(example, path):
    with pytest.raises(edits.PathError):
        edits.set_value(example, path, "x")


def test_every_finding_path_of_the_example_names_a_field(example):
    # The editor jumps to findings by path, so every path must resolve.
    policy = load_policy(example.policy)
    for index in range(len(example.forms)):
        for finding in check_form(example, index, policy):
            edits.get_value(example, finding.path)


def _form():
    return new_form({"output": Decimal(50), "effect": Decimal(30), "satisfaction": Decimal(10)}, Decimal(10))


def test_append_position_goes_after_the_group():
    form = _form()
    assert edits.append_position(form, "quality") == 2
    edits.insert_indicator(form, 2, Indicator(category="quality", name="b"))
    assert edits.group_indices(form, "quality") == [1, 2]
    assert edits.append_position(form, "quality") == 3


def test_append_position_of_an_empty_group_keeps_printed_order():
    form = _form()
    edits.remove_indicator(form, edits.group_indices(form, "economic")[0])
    position = edits.append_position(form, "economic")
    assert form.indicators[position].category == "social"
    form.indicators = [i for i in form.indicators if i.category != "satisfaction"]
    assert edits.append_position(form, "satisfaction") == len(form.indicators)


def test_swap_and_neighbours():
    form = _form()
    edits.insert_indicator(form, 1, Indicator(category="quantity", name="second"))
    assert edits.neighbour_in_group(form, 0, -1) is None
    assert edits.neighbour_in_group(form, 0, +1) == 1
    assert edits.neighbour_in_group(form, 1, +1) is None
    edits.swap_indicators(form, 0, 1)
    assert form.indicators[0].name == "second"


def test_form_list_mutators(example):
    ids = [f.id for f in example.forms]
    edits.move_form(example, 0, 3)
    assert [f.id for f in example.forms] == ids[1:] + ids[:1]
    removed = edits.remove_form(example, 3)
    edits.insert_form(example, 0, removed)
    assert [f.id for f in example.forms] == ids


def test_duplicate_gets_a_new_id_and_is_independent(example):
    copy = edits.duplicate_form(example.forms[0], "（副本）")
    assert copy.id != example.forms[0].id
    assert copy.project_name == "老旧小区综合整治项目（副本）"
    copy.indicators[0].name = "changed"
    assert example.forms[0].indicators[0].name == "抗震加固"
