"""The 评价 box: always in the Tab order; read-only (not disabled) where the tier does not apply."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

_PASS_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape}


class TierCombo(QComboBox):
    """A disabled box takes no focus, so Tab would skip it on some rows and not on others; this one keeps
    the focus and only refuses changes while read-only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.read_only = False
        self._palette = self.palette()

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.setProperty("readOnly", read_only)
            palette = QPalette(self._palette)
            if read_only:   # looks disabled, as it is for changes
                for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
                    palette.setColor(role, palette.color(QPalette.ColorGroup.Disabled, role))
            self.setPalette(palette)

    def showPopup(self) -> None:
        if not self.read_only:
            super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.read_only and event.key() not in _PASS_KEYS:
            event.accept()   # swallowed: an ignored arrow key would scroll the form instead
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.read_only:
            event.ignore()
            return
        super().wheelEvent(event)
