"""Tests for zydesk/gui/signatures_dialog.py: 填报日期 takes only a date, and says why at the field."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from zydesk.gui.signatures_dialog import SignaturesDialog


def ok_button(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_date_that_is_not_a_date_is_refused_at_the_field(qtbot):
    dialog = SignaturesDialog({"preparer": "张三"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.date, "abc")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != SignaturesDialog.DialogCode.Accepted
    assert dialog.ui.date.text() == "abc"                           # what was typed stays, marked
    assert dialog.ui.date.property("finding") == "refused"
    assert dialog.ui.dateError.isVisible() and "“abc”不是日期" in dialog.ui.dateError.text()
    dialog.ui.date.selectAll()
    qtbot.keyClicks(dialog.ui.date, "2022-03-01")
    assert not dialog.ui.dateError.isVisible() and dialog.ui.date.property("finding") == ""
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == SignaturesDialog.DialogCode.Accepted
    assert dialog.values() == {"preparer": "张三", "reviewer": "", "unit_head": "", "date": "2022-03-01"}


def test_a_blank_or_chinese_date_is_taken(qtbot):
    dialog = SignaturesDialog({"date": ""})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.date, Qt.Key.Key_Return)
    assert dialog.result() == SignaturesDialog.DialogCode.Accepted
    dialog = SignaturesDialog({"date": "2022年3月1日"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == SignaturesDialog.DialogCode.Accepted and dialog.values()["date"] == "2022年3月1日"
