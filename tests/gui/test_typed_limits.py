"""Typed values meet the file's limits where they enter: refused with the field named, the old value kept."""


from PySide6.QtWidgets import QApplication

from .conftest import finish, replace_text


def test_an_amount_of_a_trillion_is_refused_and_the_model_keeps_the_old_value(window, qtbot):
    window.navigator.select(0)
    executed = window.editor.funds.ui.totalExecuted
    before = window.document.bundle.forms[0].funds.total.executed
    replace_text(qtbot, executed, "1000000000000")
    assert executed.property("finding") == "refused"
    assert "金额超出范围" in window.statusBar().currentMessage()
    assert window.document.bundle.forms[0].funds.total.executed == before
    finish(qtbot, executed)
    # The typed text stays, marked, until it is corrected or Esc; the model never took it.
    assert executed.text() == "1000000000000"
    assert window.document.bundle.forms[0].funds.total.executed == before
    assert "input.unreadable" in [f.code for f in window.findings.model.findings]


def test_seven_decimals_in_an_amount_are_refused_by_name(window, qtbot):
    window.navigator.select(0)
    executed = window.editor.funds.ui.totalExecuted
    replace_text(qtbot, executed, "1.1234567")
    assert "金额最多 6 位小数" in executed.toolTip()


def test_a_pasted_control_character_is_refused_with_the_reason(window, qtbot):
    window.navigator.select(1)
    leader = window.editor.header.ui.leader
    leader.setFocus()
    leader.selectAll()
    QApplication.clipboard().setText("王\x07五")
    leader.paste()
    finish(qtbot, leader)
    assert window.document.bundle.forms[1].leader == "李慧娟"
    assert "控制字符" in window.statusBar().currentMessage()


def test_a_year_of_five_digits_is_refused_and_the_old_year_returns(window, qtbot):
    year = window.bundle_bar.ui.year
    replace_text(qtbot, year, "20211")
    assert year.property("finding") == "refused"
    assert "不是年份" in window.statusBar().currentMessage()
    finish(qtbot, year)
    assert window.document.bundle.year == 2021
