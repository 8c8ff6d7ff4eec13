"""Tests for zydesk/gui/document.py and commands.py: every edit one undo step, merged typing, analysis."""

from decimal import Decimal

import pytest

from zydesk import storage
from zydesk.gui.document import Document

from .conftest import EXAMPLE


@pytest.fixture
def document(qapp):
    return Document(storage.load(EXAMPLE))


def test_analysis_of_the_example_matches_form_md(document):
    codes = [[f.code for f in document.analysis(i).findings] for i in range(4)]
    assert sorted(codes[0]) == ["cost.over_budget", "weights.level1", "weights.level1"]
    assert codes[1] == []
    assert codes[2] == ["execution.score_mismatch"]
    assert sorted(codes[3]) == ["indicator.empty_weighted", "weights.level1", "weights.total"]
    assert document.total_errors() == 2


def test_an_edit_is_one_undo_step_and_re_checks(document, qtbot):
    path = "forms[2].execution.score"
    with qtbot.waitSignal(document.analysisChanged) as signal:
        document.edit(path, Decimal("9.29"))
    assert signal.args == [2]
    assert document.analysis(2).findings == []
    assert document.is_modified()
    document.undo_stack.undo()
    assert document.bundle.forms[2].execution.score == Decimal("10")
    assert [f.code for f in document.analysis(2).findings] == ["execution.score_mismatch"]
    assert not document.is_modified()


def test_edits_in_one_session_merge_and_vanish_when_typed_back(document):
    session = object()
    for text in ("1", "10", "100"):
        document.edit("forms[0].funds.other.initial", Decimal(text), session)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "修改其他资金 年初预算数"
    document.edit("forms[0].funds.other.initial", Decimal("0"), session)
    assert document.undo_stack.count() == 0
    assert not document.is_modified()


def test_edits_in_different_sessions_do_not_merge(document):
    document.edit("forms[0].leader", "甲", object())
    document.edit("forms[0].leader", "乙", object())
    assert document.undo_stack.count() == 2


def test_same_value_is_no_step_but_other_spelling_is(document):
    document.edit("forms[0].execution.weight", Decimal("10"))
    assert document.undo_stack.count() == 0
    document.edit("forms[0].execution.weight", Decimal("10.0"))
    assert document.undo_stack.count() == 1


def test_undo_requests_the_field_to_be_shown(document, qtbot):
    document.edit("forms[1].phone", "123")
    with qtbot.waitSignal(document.revealRequested) as signal:
        document.undo()
    assert signal.args == ["forms[1].phone"]


def test_bundle_level_edit_re_checks_every_form(document, qtbot):
    with qtbot.waitSignal(document.analysisChanged) as signal:
        document.edit("year", 1999)
    assert signal.args == [-1]
    assert all("year.invalid" in [f.code for f in document.analysis(i).findings] for i in range(4))


def test_indicator_rows_add_move_remove_undo(document):
    form = document.bundle.forms[0]
    before = [i.model_copy() for i in form.indicators]
    position = document.add_indicator(0, "economic")
    assert form.indicators[position].category == "economic"
    assert form.indicators[position - 1].category == "cost"
    document.move_indicator(0, 0, +1)
    assert form.indicators[0].name == "节能改造"
    document.move_indicator(0, 1, +1)   # last of its group: nothing to do
    assert document.undo_stack.count() == 2
    document.remove_indicator(0, 0)
    assert len(form.indicators) == len(before)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert form.indicators == before


def test_form_list_add_duplicate_move_remove_undo(document, qtbot):
    ids = [f.id for f in document.bundle.forms]
    with qtbot.waitSignal(document.formsChanged) as signal:
        document.add_form(1)
    assert signal.args == [1]
    new = document.bundle.forms[1]
    assert [i.category for i in new.indicators] == [
        "quantity", "quality", "timeliness", "cost", "economic", "social", "ecological", "sustainability",
        "satisfaction"]
    assert sum(i.weight for i in new.indicators) + new.execution.weight == Decimal(100)
    document.duplicate_form(0)
    assert document.bundle.forms[1].project_name == "老旧小区综合整治项目（副本）"
    assert document.bundle.forms[1].id != ids[0]
    document.move_form(0, +1)
    document.remove_form(0)
    assert len(document.bundle.forms) == 5
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert [f.id for f in document.bundle.forms] == ids
    assert len(document._analysis) == 4


def test_signatures_in_one_step(document):
    document.edit_many({"signatures.preparer": "张三", "signatures.date": "2022年3月1日",
                        "signatures.reviewer": ""}, "修改签字栏")
    assert document.undo_stack.count() == 1
    assert document.bundle.signatures.preparer == "张三"
    document.undo_stack.undo()
    assert document.bundle.signatures.preparer == ""


def test_save_marks_clean_and_names_the_window(document, tmp_path, qtbot):
    document.edit("forms[0].leader", "王五")
    target = tmp_path / "out.zyd.json"
    with qtbot.waitSignal(document.pathChanged):
        document.save(target)
    assert not document.is_modified()
    assert document.display_name() == "out.zyd.json"
    assert storage.load(target) == document.bundle


def test_a_value_the_model_refuses_is_no_step(document, qtbot):
    with qtbot.waitSignal(document.message) as signal:
        document.edit("forms[0].indicators[0].assessment", "excellent")
    assert document.undo_stack.count() == 0
    assert document.bundle.forms[0].indicators[0].assessment is None
    assert signal.args[0].startswith("数量指标 指标1 评价：")
