"""A short red note under a field (why what was typed cannot be used), moving with the field as it scrolls."""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from .marks import ERROR_COLOUR


class FieldNote(QLabel):
    """Shown over the content below `field` (like a balloon); it lives in the scrolled page, so it scrolls too.
    In full while the field has the cursor; one line as wide as the field once it has left, so the note
    stays beside its field without hiding the fields below it."""

    def __init__(self, field: QWidget):
        host = _host(field)
        super().__init__(host)
        self.field = field
        self.setObjectName("fieldNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(f"QLabel#fieldNote {{ color: white; background: {ERROR_COLOUR}; "
                           "border-radius: 3px; padding: 2px 4px; }")
        self.hide()
        self.full = ""
        host.installEventFilter(self)   # the page is laid out anew when rows above the field grow
        field.installEventFilter(self)

    def show_text(self, text: str) -> None:
        self.full = text
        self._place()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.isVisible() and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest,
                                                 QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Move):
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        compact = not self.field.hasFocus()
        width = self.field.width() if compact else max(self.field.width(), 220)
        self.setFixedWidth(min(width, host.width()))
        self.setWordWrap(not compact)
        room = width - 10
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, room) if compact
                     else self.full)
        self.adjustSize()
        spot = self.field.mapTo(host, QPoint(0, self.field.height()))
        x = max(0, min(spot.x(), host.width() - self.width()))
        self.move(x, spot.y() + 1)


def _host(field: QWidget) -> QWidget:
    """The scrolled page that holds the field, or its window when it is not in a scroll area."""
    widget = field.parentWidget()
    while widget is not None:
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QScrollArea):
            return widget   # the scroll area's page (its parent is the viewport)
        if parent is None:
            return widget
        widget = parent
    return field.window()
