"""Autosave: unsaved work goes to a recovery copy (never over the document) every minute, without disturbing typing."""

import contextlib
import os
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import storage
from ..model import edits
from ..recovery import RecoveryCopy, recovery_dir
from .bindings import binding_of
from .document import Document
from .status_notes import AUTOSAVE

if TYPE_CHECKING:
    from .main_window import MainWindow

ENV_SECONDS = "ZYDESK_AUTOSAVE_SECONDS"
MIN_MS = 100
FAILURE_NOTE_MS = 30_000


def env_seconds() -> Decimal | None:
    """ZYDESK_AUTOSAVE_SECONDS when it is a positive number (tests, cautious users); otherwise None."""
    text = os.environ.get(ENV_SECONDS, "").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() and value > 0 else None


def interval_ms(settings_seconds: int) -> int:
    override = env_seconds()
    seconds = override if override is not None else Decimal(settings_seconds)
    return max(MIN_MS, int(seconds * 1000))


def unsaved_text(document: Document | None) -> str | None:
    """The file text of the work as the user sees it, or None when there is nothing unsaved.

    It includes what the focused field holds but has not committed yet (text fields commit when editing
    is finished), applied to a copy: the document, its undo stack and the focus are left alone.
    """
    if document is None:
        return None
    pending = _pending_edit(document)
    if pending is None and not document.is_modified():
        return None
    bundle = document.bundle
    if pending is not None:
        bundle = bundle.model_copy(deep=True)
        with contextlib.suppress(ValidationError, edits.PathError):   # a value the model refuses stays out
            edits.set_value(bundle, *pending)
    return storage.dumps(bundle)


def _pending_edit(document: Document) -> tuple[str, object] | None:
    binding = binding_of(QApplication.focusWidget())
    if binding is None or binding.document is not document or not binding.path:
        return None
    value = binding.pending()
    return None if value is None else (binding.path, value)


class Autosave(QObject):
    """One per window: keeps the window's recovery copy current; removes it once nothing is unsaved."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.copy: RecoveryCopy | None = None
        self._written: str | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.configure(window.settings.autosave_seconds)
        self.timer.start()

    def configure(self, settings_seconds: int) -> None:
        self.timer.setInterval(interval_ms(settings_seconds))

    def document_changed(self, document: Document) -> None:
        """The window shows another document: the old one's copy goes (it was saved or discarded)."""
        self.discard()
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        if document.recovered_from is not None:
            # Restored work stays recoverable in the same file until it is saved; written now, it is ours.
            self.copy = RecoveryCopy.adopt(document.recovered_from)
            self.tick()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.tick()

    def tick(self) -> bool:
        """Write the copy if the work changed since the last write; True when the copy is current."""
        document = self.window.document
        text = unsaved_text(document)
        if text is None:
            self.discard()
            return True
        if text == self._written:
            return True
        copy = self.copy or RecoveryCopy(recovery_dir())
        try:
            copy.write(text, document.path if document is not None else None)
        except storage.SaveError as exc:
            self.window.notes.show(f"自动保存恢复副本失败：{exc.reason}。请尽快保存文件（Ctrl+S）。", AUTOSAVE,
                                   FAILURE_NOTE_MS)
            return False
        self.window.notes.gone(AUTOSAVE)
        self.copy, self._written = copy, text
        return True

    def discard(self) -> None:
        """Nothing is unsaved any more (saved, discarded at close, or undone to the saved state)."""
        if self.copy is not None:
            self.copy.remove()
        self.copy, self._written = None, None

    def stop(self) -> None:
        self.timer.stop()
        self.discard()
