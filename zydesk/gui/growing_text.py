"""A plain-text box that wraps and grows with its content, and says when editing is finished."""

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """No scroll bars: the box is as tall as its wrapped text. Tab moves on, as in a form.

    `editingFinished` fires on focus-out, and on Enter when `single_line` is set (a table cell
    whose text is one paragraph); input-method composition is never cut short by it.
    """

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, single_line: bool = False, min_lines: int = 1):
        super().__init__(parent)
        self.single_line = single_line
        self.min_lines = min_lines
        # Wrapping at the widget's width and the StyledPanel frame are QPlainTextEdit's own defaults: not set again
        # (a form makes hundreds of these boxes; each setter costs a relayout).
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.document().setDocumentMargin(1)
        self._height = 0
        self._width = -1
        self.textChanged.connect(self._fit)
        self._fit()

    def set_min_lines(self, lines: int) -> None:
        self.min_lines = lines
        self._fit()

    def _measure(self) -> int:
        lines_height = 0.0
        block = self.document().begin()
        while block.isValid():
            lines_height += self.blockBoundingRect(block).height()
            block = block.next()
        floor = self.fontMetrics().lineSpacing() * self.min_lines
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * self.document().documentMargin()
        return math.ceil(max(lines_height, floor) + frame)

    def _fit(self) -> None:
        height = self._measure()
        if height != self._height:
            self._height = height
            self.setMinimumHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self._height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editingFinished.emit()
