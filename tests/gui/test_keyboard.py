"""The indicators by keyboard: the same Tab count on every row, 添加 in the Tab order, keys shown in the 指标 menu."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from zydesk.gui.editor.indicator_row import IndicatorRow

from .conftest import replace_text


def _tabs_until_next_row(qtbot, start, row_of):
    """Tab from `start` until the cursor is in another row; how many presses it took."""
    first = row_of(start)
    start.setFocus(Qt.FocusReason.MouseFocusReason)
    for presses in range(1, 30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = row_of(QApplication.focusWidget())
        if now is not None and now is not first:
            return presses
    raise AssertionError("Tab never reached the next row")


def _row_of(widget):
    while widget is not None and not isinstance(widget, IndicatorRow):
        widget = widget.parentWidget()
    return widget


def test_tab_count_is_the_same_on_every_row_quantitative_or_not(window, qtbot):
    rows = window.editor.indicators.rows
    cost = [r for r in rows if window.document.bundle.forms[0].indicators[r.index].category == "cost"]
    assert cost[0].assessment.read_only or not cost[0].assessment.read_only   # either kind of row
    counts = {_tabs_until_next_row(qtbot, row.name, _row_of) for row in cost[:-1]}   # within one group
    assert counts == {10}          # 7 cells + 上移/下移/删除 (the edge arrows stay in the order)


def test_an_empty_group_gets_its_first_row_by_keyboard(window, qtbot):
    section = window.editor.indicators
    economic = next(g for g in section.groups() if g.category.code == "economic")
    assert not economic.rows
    before = next(g for g in section.groups() if g.category.code == "cost").add
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is economic.add          # 添加 is in the Tab order
    qtbot.keyClick(economic.add, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(economic.rows) == 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is economic.rows[0].name)   # the new row's first cell
    replace_text(qtbot, economic.rows[0].name, "带动就业")
    qtbot.keyClick(economic.rows[0].name, Qt.Key.Key_Tab)
    added = [i for i in window.document.bundle.forms[0].indicators if i.category == "economic"]
    assert [i.name for i in added] == ["带动就业"]


def test_ctrl_enter_on_a_group_button_adds_to_that_group(window, qtbot):
    section = window.editor.indicators
    economic = next(g for g in section.groups() if g.category.code == "economic")
    economic.add.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(economic.add, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(economic.rows) == 1)


def test_row_keys_are_in_the_indicator_menu_and_tooltips(window):
    menu = window.findChild(QMenu, "menuIndicators")
    assert menu.menuAction() in window.menuBar().actions()
    shown = {a.text().split("(&")[0]: a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert shown["在本组添加指标"] == "Ctrl+Return"
    assert shown["上移指标"] == "Alt+Up"
    assert shown["下移指标"] == "Alt+Down"
    assert shown["删除指标"] == "Ctrl+Shift+Del"
    assert shown["全表采用建议得分"] == "Ctrl+Shift+J"
    row = window.editor.indicators.rows[0]
    assert "Alt+↑" in row.up.toolTip() and "Ctrl+Shift+Delete" in row.remove.toolTip()
    assert "Ctrl+Enter" in window.editor.indicators.groups()[0].add.toolTip()


def test_a_click_on_the_suggestion_takes_it_and_undo_gives_the_old_score_back(window, qtbot):
    row = window.editor.indicators.rows[0]
    replace_text(qtbot, row.actual, "8710 ㎡")
    qtbot.keyClick(row.actual, Qt.Key.Key_Tab)
    assert row.suggestion.text() == "建议 1"
    qtbot.mouseClick(row.suggestion, Qt.MouseButton.LeftButton)
    assert window.document.bundle.forms[0].indicators[0].score == Decimal("1")
    assert row.score.text() == "1"
    window.document.undo()
    assert window.document.bundle.forms[0].indicators[0].score == Decimal("2")


def test_ctrl_j_takes_the_rows_suggestion(window, qtbot):
    row = window.editor.indicators.rows[0]
    replace_text(qtbot, row.actual, "8710 ㎡")
    qtbot.keyClick(row.actual, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.document.bundle.forms[0].indicators[0].score == Decimal("1")


def test_the_whole_form_takes_its_suggestions_in_one_undo_step(window, qtbot):
    window.navigator.select(2)                                    # 公共服务经费: 执行率得分 10, computed 9.29
    form = window.document.bundle.forms[2]
    window.editor.header.ui.projectName.setFocus()
    qtbot.keyClick(window.editor.header.ui.projectName, Qt.Key.Key_J,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert form.execution.score == Decimal("9.29")
    assert "execution.score_mismatch" not in [f.code for f in window.findings.model.findings]
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.undoText() == "全表采用建议得分"
    window.document.undo()
    assert form.execution.score == Decimal("10")
