"""A free-text field: re-checked live while typing (debounced), never committing an input method's pre-edit."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from .bindings import Binding
from .growing_text import GrowingTextEdit

# Long enough that a burst of keystrokes costs one re-check, short enough that the hints feel live.
LIVE_DELAY_MS = 250


class TextBinding(Binding):
    """A QLineEdit or GrowingTextEdit. What is typed is committed after a pause and when editing is
    finished; all of one visit to the field merges into one undo step. The text of a widget never holds
    the pre-edit (it is drawn, not inserted), and while it is open the commit waits for it."""

    def __init__(self, widget: QLineEdit | GrowingTextEdit):
        super().__init__(widget)
        self._timer: QTimer | None = None   # made at the first keystroke: a form opens with 1,000 of these fields
        widget.editingFinished.connect(self.commit_pending)
        signal = widget.textChanged if isinstance(widget, GrowingTextEdit) else widget.textEdited
        signal.connect(self._typed)

    def _text(self) -> str:
        widget = self.widget
        return widget.toPlainText() if isinstance(widget, GrowingTextEdit) else widget.text()

    def _typed(self, *_args) -> None:
        if self.widget.hasFocus():   # the user's typing, not a load from the model
            self._live_timer().start()

    def _live_timer(self) -> QTimer:
        if self._timer is None:
            self._timer = QTimer(self.widget)
            self._timer.setSingleShot(True)
            self._timer.setInterval(LIVE_DELAY_MS)
            self._timer.timeout.connect(self._live)
        return self._timer

    def _live(self) -> None:
        if self.composing:
            self._live_timer().start()      # still composing: wait for the characters to be chosen
            return
        self.commit_pending()

    def load(self) -> None:
        value = self.value() or ""
        if self._text() != value:
            if isinstance(self.widget, GrowingTextEdit):
                self.widget.setPlainText(value)
            else:
                self.widget.setText(value)
                self.widget.setCursorPosition(0)

    def commit_pending(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self.document is not None and self.path and self._text() != (self.value() or ""):
            self.commit(self._text())

    def pending(self) -> str | None:
        if self.document is None or not self.path or self._text() == (self.value() or ""):
            return None
        return self._text()
