"""An unreadable number stays in its field, marked and explained, until corrected or Esc; the model never takes it."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from .conftest import finish, replace_text


def _executed(window):
    return window.editor.funds.ui.totalExecuted


def _codes(window):
    return [f.code for f in window.findings.model.findings]


def test_an_unreadable_entry_stays_after_tab_with_a_note_and_a_finding(window, qtbot):
    field = _executed(window)
    replace_text(qtbot, field, "1e3")
    finish(qtbot, field)
    assert QApplication.focusWidget() is not field
    assert field.text() == "1e3"                                  # not silently replaced by the old value
    assert field.property("finding") == "refused"
    note = window.editor.widget().findChild(QLabel, "fieldNote")
    assert note is not None and note.isVisible() and "不是有效的数字" in note.full
    assert note.width() == field.width()                          # one line beside it while the cursor is away
    assert note.geometry().top() >= field.mapTo(window.editor.widget(), field.rect().bottomLeft()).y()
    assert _codes(window)[0] == "input.unreadable"
    assert "年度资金总额 全年执行数" in window.findings.model.findings[0].message
    assert window.navigator.model.index(0).data(Qt.ItemDataRole.ToolTipRole).count("错误 1 处") == 1
    assert window.document.bundle.forms[0].funds.total.executed == Decimal("3248.639548")
    assert not window.isWindowModified()
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    assert note.text() == note.full                              # in full when the user comes back to it


def test_nothing_is_computed_from_a_half_read_number(window, qtbot):
    field = _executed(window)
    rate = window.editor.funds.ui.totalRate
    replace_text(qtbot, field, "12")
    assert rate.text() == "0.37%"                                 # 12 ÷ 3248.639548, readable so far
    qtbot.keyClicks(field, "x")
    assert window.document.bundle.forms[0].funds.total.executed == Decimal("3248.639548")
    assert rate.text() == "100%"                                  # back to the value before the entry
    assert not window.document.undo_stack.canUndo()


def test_esc_restores_the_last_good_value(window, qtbot):
    field = _executed(window)
    replace_text(qtbot, field, "abc")
    finish(qtbot, field)
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "3248.639548"
    assert field.property("finding") != "refused"
    assert "input.unreadable" not in _codes(window)


def test_correcting_the_entry_clears_the_finding_and_is_one_undo_step(window, qtbot):
    field = _executed(window)
    replace_text(qtbot, field, "3000abc")
    assert "input.unreadable" in _codes(window)
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    finish(qtbot, field)
    assert "input.unreadable" not in _codes(window)
    assert window.document.bundle.forms[0].funds.total.executed == Decimal("3000")
    window.document.undo()
    assert window.document.bundle.forms[0].funds.total.executed == Decimal("3248.639548")
    assert not window.document.undo_stack.canUndo()


def test_the_entry_is_still_there_after_visiting_another_form(window, qtbot):
    field = _executed(window)
    replace_text(qtbot, field, "12万x")
    finish(qtbot, field)
    window.navigator.select(1)
    assert field.text() != "12万x"
    assert window.navigator.model.index(0).data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("错误 1 处")
    window.navigator.select(0)
    assert field.text() == "12万x"
    assert field.property("finding") == "refused"
    assert _codes(window)[0] == "input.unreadable"
