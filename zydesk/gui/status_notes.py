"""Status-bar notes that go when their cause goes: a refused entry once the next edit lands, "saved elsewhere"
once saved, "read-only" once editable; notes without a cause simply time out."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from .document import Document

NOTE_MS = 10_000
# What makes a note stale: the next edit, a save, editable again, the next recovery copy written.
EDIT, SAVE, ACCESS, AUTOSAVE = "edit", "save", "access", "autosave"


class StatusNotes(QObject):
    def __init__(self, bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self.bar = bar
        self._cause: str | None = None
        self._text = ""
        self._document: Document | None = None

    def show(self, text: str, cause: str | None = None, timeout_ms: int = NOTE_MS) -> None:
        self._cause, self._text = cause, text
        self.bar.showMessage(text, timeout_ms)

    def gone(self, cause: str) -> None:
        """The cause of the current note (if it is `cause`) is gone: the note goes too."""
        if self._cause == cause and self.bar.currentMessage() == self._text:
            self.bar.clearMessage()
        if self._cause == cause:
            self._cause = None

    def follow(self, document: Document) -> None:
        """A new document: whatever the notes said was about the previous one."""
        self.bar.clearMessage()
        self._cause, self._document = None, document
        # Bound methods, not lambdas: Qt drops these connections when the window (and these notes) go first.
        document.undo_stack.indexChanged.connect(self._edited)
        document.undo_stack.cleanChanged.connect(self._clean)
        document.pathChanged.connect(self._saved)
        document.accessChanged.connect(self._access)

    def _edited(self, _index: int) -> None:
        self.gone(EDIT)

    def _clean(self, clean: bool) -> None:
        if clean:
            self.gone(SAVE)

    def _saved(self) -> None:
        self.gone(SAVE)

    def _access(self) -> None:
        if self._document is not None and not self._document.read_only:
            self.gone(ACCESS)
