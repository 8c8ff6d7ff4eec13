"""Word-wrapped rich-text labels that layouts can ask for their height cheaply (they do, on every keystroke)."""

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """Layouts ask a wrapped label for its height at two or three widths each time the form is laid out
    again (a keystroke that changes any label does that), and a rich-text QLabel lays its whole text out
    again for every one of them. The heights are kept per text and width until the font or style changes."""

    KEPT = 64

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}

    def heightForWidth(self, width: int) -> int:
        key = (self.text(), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= self.KEPT:
                self._heights.clear()
            height = super().heightForWidth(width)
            self._heights[key] = height
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._heights.clear()
        super().changeEvent(event)


class FixedWidthLabel(QLabel):
    """A word-wrapped label whose width is fixed: its height depends on its text alone. A plain wrapped
    QLabel asks its layouts for a height for every width they try, and on each keystroke that changed
    some label of the form they re-laid out the 一级 labels' rich text, several times, for nothing."""

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        width = self.maximumWidth()
        return QSize(width, super().heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
