"""Indicator rows by keyboard: Ctrl+Enter adds a row to the group, Alt+Up/Down moves, Ctrl+Shift+Delete removes."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import finish, replace_text


def _names(window, category):
    return [i.name for i in window.document.bundle.forms[0].indicators if i.category == category]


def _row_of_focus(window):
    return window.editor.indicators.current_row()


def test_ctrl_enter_adds_a_row_to_the_current_group_and_undo_removes_it(window, qtbot):
    rows = window.editor.indicators.rows
    qtbot.mouseClick(rows[0].name.viewport(), Qt.MouseButton.LeftButton)  # 数量指标 指标1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_names(window, "quantity")) == 3)
    qtbot.waitUntil(lambda: _row_of_focus(window) is not None and _row_of_focus(window).index == 2)
    replace_text(qtbot, QApplication.focusWidget(), "新增指标")
    finish(qtbot, window.editor.indicators.rows[2].name)
    assert _names(window, "quantity") == ["抗震加固", "节能改造", "新增指标"]
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _names(window, "quantity") == ["抗震加固", "节能改造"]


def test_alt_arrows_move_the_row_and_keep_the_cursor_on_it(window, qtbot):
    rows = window.editor.indicators.rows
    rows[0].target.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(rows[0].target, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names(window, "quantity") == ["节能改造", "抗震加固"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.indicators.rows[1].target)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names(window, "quantity") == ["节能改造", "抗震加固"]  # the group's last row stays put
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _names(window, "quantity") == ["抗震加固", "节能改造"]


def test_ctrl_shift_delete_removes_the_row(window, qtbot):
    rows = window.editor.indicators.rows
    rows[1].name.setFocus(Qt.FocusReason.MouseFocusReason)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(rows[1].name, Qt.Key.Key_Delete, modifiers)
    assert _names(window, "quantity") == ["抗震加固"]
    window.document.undo_stack.undo()
    assert _names(window, "quantity") == ["抗震加固", "节能改造"]
