"""帮助 → 使用说明 (F1) lists every check code from the rules' catalogue, the keys, colours and recovery folder."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from zydesk.gui.guide import GuideDialog
from zydesk.gui.screen_fit import fit_to_screen
from zydesk.recovery import recovery_dir
from zydesk.rules.catalogue import CHECKS


def test_f1_opens_the_guide_with_every_code_key_and_the_recovery_folder(window, qtbot):
    qtbot.keyClick(window.editor.header.ui.projectName, Qt.Key.Key_F1)
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    for check in CHECKS:
        assert check.code in text and check.rule in text
    assert "input.unreadable" in text
    # Keys as the menus show them (Qt's Chinese translation may name 上/下 and the like).
    actions = [*window.editor.indicators.actions.all(), window.ui.actionUndo, window.actionGuide]
    for action in actions:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key and key in text, action.text()
    assert "Esc" in text
    assert str(recovery_dir()) in text
    assert "红色底" in text and "黄色底" in text
    assert window.actionGuide in window.ui.menuHelp.actions()
    dialog.close()


def test_a_dialog_never_opens_larger_than_the_screen():
    room = QApplication.primaryScreen().availableGeometry()
    widget = QWidget()
    fit_to_screen(widget, room.width() + 500, room.height() + 500)
    assert widget.width() < room.width() and widget.height() < room.height()
    fit_to_screen(widget, 300, 200)
    assert widget.size() == QSize(300, 200)
