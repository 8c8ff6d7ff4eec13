"""The dialog shown when a document's lock is held: who has it since when; read-only, break the lock, or cancel."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from ..lockfile import LockInfo
from .forms.ui_lock_dialog import Ui_LockDialog
from .lock_owner import owner_text

ICON_SIZE = 48
TEXT_WIDTH = 500


class LockDialog(QDialog):
    READ_ONLY, BREAK, CANCEL = "read_only", "break", "cancel"

    def __init__(self, name: str, info: LockInfo | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.choice = self.CANCEL
        self.stale = info is not None and info.is_stale()
        ui = self.ui
        pixmaps = QStyle.StandardPixmap
        kind = pixmaps.SP_MessageBoxInformation if self.stale else pixmaps.SP_MessageBoxWarning
        ui.icon.setPixmap(self.style().standardIcon(kind).pixmap(ICON_SIZE, ICON_SIZE))
        ui.headline.setText(f"<b>“{html.escape(name)}”已被锁定</b>")
        ui.owner.setText(owner_text(info))
        if self.stale:
            ui.advice.setText("打开它的程序已经不在运行（可能曾意外退出或断电），这个锁已失效，可以解除锁定后编辑。")
        else:
            ui.advice.setText("两人同时编辑同一个文件，后保存的一方会覆盖另一方的修改。"
                              "建议只读打开查看（可另存为其他文件），或请对方关闭文件后再打开。")
        who = info.user if info is not None and not info.is_ours() else "对方"
        ui.warning.setText(f"只有在确认{who}已经关闭这个文件（或其计算机已关机）时，才能解除锁定。"
                           "否则两人的修改会互相覆盖。")
        ui.warning.setStyleSheet("color: #a4262c;")
        ui.warning.setVisible(False)
        ui.breakLock.setVisible(self.stale)
        ui.insist.setVisible(not self.stale)
        (ui.breakLock if self.stale else ui.readOnly).setDefault(True)
        ui.readOnly.clicked.connect(lambda: self._choose(self.READ_ONLY))
        ui.breakLock.clicked.connect(lambda: self._choose(self.BREAK))
        ui.insist.clicked.connect(self._insist)
        for label in (ui.headline, ui.owner, ui.advice, ui.warning):
            label.setMinimumWidth(TEXT_WIDTH)
            if label is not ui.headline:
                label.setTextFormat(Qt.TextFormat.PlainText)   # names come from a file anyone can write
        self.layout().setSizeConstraint(self.layout().SizeConstraint.SetFixedSize)   # fits its wrapped text

    def _insist(self) -> None:
        """The user wants to edit anyway: show what that risks, then offer to break the lock."""
        self.ui.warning.setVisible(True)
        self.ui.insist.setVisible(False)
        self.ui.breakLock.setVisible(True)
        self.ui.readOnly.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, info: LockInfo | None) -> str:
        dialog = cls(name, info, parent)
        dialog.exec()
        return dialog.choice
