"""Tests for zydesk/gui/editor/: typing into the paper-like form updates everything at once, and undoes."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zydesk.gui.navigator import Role

from .conftest import finish, replace_text, type_text


def _form(window, index):
    window.navigator.select(index)
    assert window.editor.index == index
    return window.editor


def _badges(window, row):
    index = window.navigator.model.index(row)
    return index.data(Role.ERRORS), index.data(Role.WARNINGS)


def test_opening_the_example_puts_the_cursor_in_project_name(window):
    assert window.navigator.current() == 0
    assert QApplication.focusWidget() is window.editor.header.ui.projectName
    assert window.editor.header.ui.projectName.text() == "老旧小区综合整治项目"


def test_typing_executed_updates_rate_suggestion_findings_badge_and_undo_restores(window, qtbot):
    editor = _form(window, 2)
    funds = editor.funds.ui
    assert funds.totalRate.text() == "92.88%"
    assert funds.executionComputed.text() == "计算 9.29"
    assert _badges(window, 2) == (0, 1)
    assert window.findings.model.rowCount() == 1

    replace_text(qtbot, funds.totalExecuted, "1792.935")

    assert funds.totalRate.text() == "100%"
    assert funds.executionComputed.text() == "计算 10"
    codes = [f.code for f in window.findings.model.findings]
    assert codes == ["funds.sum_mismatch"]          # 当年财政拨款 still says 1665.328918
    assert _badges(window, 2) == (1, 0)
    assert funds.totalExecuted.property("finding") == "error"
    assert "年度资金总额 1792.935" in funds.totalExecuted.toolTip()
    assert window.isWindowModified()
    assert window.document.undo_stack.count() == 1   # eight keystrokes, one step

    qtbot.keyClick(funds.totalExecuted, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.document.bundle.forms[2].funds.total.executed == Decimal("1665.328918")
    assert funds.totalExecuted.text() == "1665.328918"
    assert funds.totalRate.text() == "92.88%"
    assert funds.executionComputed.text() == "计算 9.29"
    assert [f.code for f in window.findings.model.findings] == ["execution.score_mismatch"]
    assert funds.totalExecuted.property("finding") == ""
    assert _badges(window, 2) == (0, 1)
    assert not window.isWindowModified()

    qtbot.keyClick(funds.totalExecuted, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert funds.totalExecuted.text() == "1792.935"
    qtbot.keyClick(funds.totalExecuted, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert funds.totalExecuted.text() == "1792.935"   # Ctrl+Shift+Z is redo too: nothing left to redo


def test_typing_a_score_updates_total_and_grade(window, qtbot):
    editor = _form(window, 2)
    totals = editor.totals.ui
    assert totals.totalScore.text() == "得分合计 100"
    replace_text(qtbot, editor.funds.ui.executionScore, "9.29")
    assert totals.totalScore.text() == "得分合计 99.29"
    assert totals.grade.text() == "评级 优"
    assert window.findings.model.rowCount() == 0
    assert window.findings.ui.summary.text() == "没有发现问题。"
    assert window.navigator.model.index(2).data(Role.SUMMARY) == "得分 99.29 · 优"
    row = editor.indicators.rows[5]                     # 社会效益指标, 30 分
    replace_text(qtbot, row.score, "0")
    assert totals.totalScore.text() == "得分合计 69.29"
    assert totals.grade.text() == "评级 中"
    assert row.deviation.property("finding") == "warning"   # 偏差原因 “无” while points were lost
    assert "请填写偏差原因" in row.deviation.toolTip()
    window.document.undo()
    window.document.undo()
    assert totals.totalScore.text() == "得分合计 100"


def test_too_many_decimals_are_refused_with_the_reason(window, qtbot):
    score = _form(window, 0).funds.ui.executionScore
    replace_text(qtbot, score, "9.999")
    assert "最多 2 位小数" in score.toolTip()
    # Nothing is taken from a half-read entry: not even the readable 9.99 typed on the way.
    assert window.document.bundle.forms[0].execution.score == Decimal("10")



def test_full_width_and_units_are_read_and_shown_as_stored(window, qtbot):
    other = _form(window, 1).funds.ui.otherInitial
    replace_text(qtbot, other, "１，２３４．５ 万元")
    assert window.document.bundle.forms[1].funds.other.initial == Decimal("1234.5")
    finish(qtbot, other)
    assert other.text() == "1234.5"


def test_text_fields_commit_when_editing_is_finished(window, qtbot):
    header = _form(window, 1).header.ui
    replace_text(qtbot, header.leader, "王五")
    assert window.document.bundle.forms[1].leader == "李慧娟"     # not while typing (input methods)
    finish(qtbot, header.leader)
    assert window.document.bundle.forms[1].leader == "王五"
    assert QApplication.focusWidget() is header.phone            # Tab follows the paper
    assert window.document.undo_stack.undoText() == "修改项目负责人"


def test_undo_while_typing_in_a_text_field_reverts_the_typing(window, qtbot):
    header = _form(window, 0).header.ui
    replace_text(qtbot, header.projectName, "新项目")
    assert not window.ui.actionUndo.isEnabled()          # nothing committed yet
    qtbot.keyClick(header.projectName, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert header.projectName.text() == "老旧小区综合整治项目"
    assert window.document.bundle.forms[0].project_name == "老旧小区综合整治项目"
    assert not window.document.undo_stack.canUndo()
    assert window.document.undo_stack.canRedo()          # the typing was one step of the document's undo
    qtbot.keyClick(header.projectName, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert header.projectName.text() == "新项目"


def test_multi_line_goal_commits_on_focus_out_and_project_name_reaches_navigator(window, qtbot):
    editor = _form(window, 0)
    goal = editor.goal.ui.actual
    replace_text(qtbot, goal, "第一行")
    qtbot.keyClick(goal, Qt.Key.Key_Return)
    type_text(qtbot, goal, "第二行")
    assert window.document.bundle.forms[0].goal.actual.startswith("已开展")
    editor.header.ui.projectName.setFocus()
    assert window.document.bundle.forms[0].goal.actual == "第一行\n第二行"
    replace_text(qtbot, editor.header.ui.projectName, "改名")
    finish(qtbot, editor.header.ui.projectName)
    assert window.navigator.model.index(0).data() == "1. 改名"


def test_tab_order_follows_the_paper(window, qtbot):
    editor = _form(window, 0)
    header, funds = editor.header.ui, editor.funds.ui
    expected = [header.projectName, header.department, header.implementer, header.leader, header.phone,
                funds.totalInitial, funds.totalAnnual, funds.totalExecuted, funds.executionWeight,
                funds.executionScore, funds.fiscalInitial]
    header.projectName.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    funds.otherExecuted.setFocus()
    qtbot.keyClick(funds.otherExecuted, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.goal.ui.expected
    qtbot.keyClick(editor.goal.ui.expected, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.goal.ui.actual, Qt.Key.Key_Tab)
    first_row = editor.indicators.rows[0]
    assert QApplication.focusWidget() is first_row.name


def test_rows_are_grouped_like_the_paper_and_numbered_per_group(window):
    editor = _form(window, 0)
    groups = {g.category.code: g for g in editor.indicators.groups()}
    assert [r.number.text() for r in groups["cost"].rows] == [f"指标{i}" for i in range(1, 9)]
    assert groups["economic"].rows == []
    assert groups["quantity"].rows[0].name.toPlainText() == "抗震加固"
    assert groups["quantity"].rows[0].target.toPlainText() == "17420 ㎡"


def test_add_move_remove_rows_with_the_group_tools(window, qtbot):
    editor = _form(window, 0)
    form = window.document.bundle.forms[0]
    group = next(g for g in editor.indicators.groups() if g.category.code == "economic")
    qtbot.mouseClick(group.add, Qt.MouseButton.LeftButton)
    assert len(group.rows) == 1 and group.rows[0].number.text() == "指标1"
    assert form.indicators[group.rows[0].index].category == "economic"
    quantity = next(g for g in editor.indicators.groups() if g.category.code == "quantity")
    qtbot.mouseClick(quantity.rows[0].down, Qt.MouseButton.LeftButton)
    assert quantity.rows[0].name.toPlainText() == "节能改造"
    assert form.indicators[0].name == "节能改造"
    qtbot.mouseClick(quantity.rows[1].remove, Qt.MouseButton.LeftButton)
    assert len(quantity.rows) == 1
    assert window.document.undo_stack.count() == 3
    window.document.undo()
    assert [r.name.toPlainText() for r in quantity.rows] == ["节能改造", "抗震加固"]
    window.document.undo()
    window.document.undo()
    assert group.rows == []
    assert [r.name.toPlainText() for r in quantity.rows] == ["抗震加固", "节能改造"]
    assert not window.isWindowModified()


def test_an_edited_row_keeps_its_field_after_rows_above_are_removed(window, qtbot):
    editor = _form(window, 0)
    cost = next(g for g in editor.indicators.groups() if g.category.code == "cost")
    quantity = next(g for g in editor.indicators.groups() if g.category.code == "quantity")
    qtbot.mouseClick(quantity.rows[0].remove, Qt.MouseButton.LeftButton)
    replace_text(qtbot, cost.rows[0].score, "4")
    assert window.document.bundle.forms[0].indicators[4].name == "楼本体工程费"
    assert window.document.bundle.forms[0].indicators[4].score == Decimal("4")


def test_assessment_tier_is_undoable_and_checked(window, qtbot):
    editor = _form(window, 1)
    row = editor.indicators.rows[1]                       # 质量指标: qualitative (100% / 100% reads as quantity)
    row = editor.indicators.rows[3]                       # 成本指标: qualitative text, 10 分, 得分 10
    row.assessment.setCurrentIndex(3)
    row.assessment.activated.emit(3)                      # 未达成: score must be < 6
    assert window.document.bundle.forms[1].indicators[3].assessment == "not_achieved"
    assert row.score.property("finding") == "warning"
    assert "未达成" in row.score.toolTip()
    window.document.undo()
    assert row.assessment.currentIndex() == 0
    assert row.score.property("finding") == ""


def test_finding_double_click_jumps_to_the_field(window, qtbot):
    editor = _form(window, 3)
    view = window.findings.ui.list
    model = window.findings.model
    row = next(i for i, f in enumerate(model.findings) if f.code == "indicator.empty_weighted")
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # a real double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    target = editor.indicators.rows[7].name
    assert QApplication.focusWidget() is target
    assert target.property("finding") == "error"


def test_finding_of_the_whole_form_marks_the_total(window):
    editor = _form(window, 3)
    assert editor.totals.ui.totalWeight.property("finding") == "error"
    assert editor.totals.ui.totalWeight.text() == "分值合计 110（应为 100）"
    window.reveal("forms[3]")


def test_undo_switches_to_the_form_that_changes(window, qtbot):
    editor = _form(window, 1)
    replace_text(qtbot, editor.header.ui.phone, "12")
    finish(qtbot, editor.header.ui.phone)
    window.navigator.select(3)
    window.document.undo()
    assert window.navigator.current() == 1
    assert editor.header.ui.phone.text() == "84995710" or editor.header.ui.phone.text() == \
        window.document.bundle.forms[1].phone
    assert QApplication.focusWidget() is editor.header.ui.phone


def test_input_method_composition_is_never_committed_half_way(window, qtbot):
    from PySide6.QtGui import QInputMethodEvent

    header = _form(window, 0).header.ui
    field = header.department
    field.setFocus()
    field.selectAll()
    attrs = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, 4, 1)]
    QApplication.sendEvent(field, QInputMethodEvent("zhuj", attrs))   # pinyin still being composed
    header.leader.setFocus()                                           # focus leaves mid-composition
    assert "zhuj" not in window.document.bundle.forms[0].department
    replace_text(qtbot, field, "住建委员会")
    finish(qtbot, field)
    assert window.document.bundle.forms[0].department == "住建委员会"


def test_undo_of_a_refused_entry_clears_its_mark(window, qtbot):
    score = _form(window, 1).funds.ui.executionScore
    replace_text(qtbot, score, "9")
    replace_text(qtbot, score, "9x")
    assert score.property("finding") == "refused"
    qtbot.keyClick(score, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # first drops the entry, as Esc
    assert score.property("finding") == ""
    assert score.text() == "10"
    assert window.document.bundle.forms[1].execution.score == Decimal("10")


def test_ctrl_z_in_a_multi_line_box_is_the_document_undo(window, qtbot):
    goal = _form(window, 0).goal.ui.expected
    replace_text(qtbot, goal, "新的目标")
    qtbot.keyClick(goal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert goal.toPlainText().startswith("以抗震加固")
    assert not window.document.undo_stack.canUndo()
    assert window.document.undo_stack.canRedo()
    qtbot.keyClick(goal, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert goal.toPlainText() == "新的目标"
    assert window.document.bundle.forms[0].goal.expected == "新的目标"


def test_tier_is_only_offered_for_qualitative_rows(window, qtbot):
    from .conftest import finish, replace_text

    row = window.editor.indicators.rows[2]          # 质量指标: 合格 / 合格, qualitative
    assert not row.assessment.read_only
    replace_text(qtbot, row.target, "100%")
    finish(qtbot, row.target)
    replace_text(qtbot, row.actual, "90%")
    finish(qtbot, row.actual)
    # now quantitative: scored from its figures; read-only, still in the Tab order
    assert row.assessment.read_only and row.assessment.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert "定量指标" in row.assessment.toolTip()
    window.document.undo_stack.undo()
    assert not row.assessment.read_only
