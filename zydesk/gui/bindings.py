"""Bindings between one widget and one field of the bundle: show, commit as the user edits, mark findings."""

import contextlib
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from ..rules.findings import Finding
from ..rules.numbers import NumberKind, parse_typed
from .commands import same
from .growing_text import GrowingTextEdit
from .labels import number_text
from .marks import mark

if TYPE_CHECKING:
    from .document import Document

_BINDING_ATTRIBUTE = "_zydesk_binding"


class _FocusedField(QObject):
    """Follows the focus from field to field. The field that has it starts a typing session, and its
    Ctrl+Z/Ctrl+Y go to the document's undo stack instead of the widget's own undo.

    Only the focused field carries the event filter: a Python filter on every field of a 200-row
    form would be called for every paint and resize of all of them.
    """

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._filtered: QWidget | None = None
        self._combos = {QKeySequence(k)[0].toCombined() for k in ("Ctrl+Y", "Ctrl+Shift+Z")}
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._filtered is not None:
            with contextlib.suppress(RuntimeError):   # the widget may be going away
                self._filtered.removeEventFilter(self)
            self._filtered = None
        binding = binding_of(now)
        if binding is not None and now is not None:
            now.installEventFilter(self)
            self._filtered = now
            binding.new_session()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        step = self._undo_step(event)
        if step is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()   # the key comes to this field (and this filter) as a key press
            return True
        # The document's undo, not the widget's own: what was typed is committed first, then undone.
        binding = binding_of(watched)
        if binding is not None and binding.document is not None:
            binding.document.undo() if step == "undo" else binding.document.redo()
        return True

    def _undo_step(self, event) -> str | None:
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination().toCombined() in self._combos:
            return "redo"
        return None


_FOCUS: _FocusedField | None = None


def _follow_focus() -> None:
    global _FOCUS
    app = QApplication.instance()
    if _FOCUS is None and isinstance(app, QApplication):
        _FOCUS = _FocusedField(app)


def binding_of(widget: QObject | None) -> "Binding | None":
    while widget is not None:
        binding = getattr(widget, _BINDING_ATTRIBUTE, None)
        if binding is not None:
            return binding
        widget = widget.parent()
    return None


def flush_focused() -> None:
    """Commit what the focused field holds (before undo, save, close, print)."""
    binding = binding_of(QApplication.focusWidget())
    if binding is not None:
        binding.commit_pending()


class Binding:
    """One widget showing one field at `path` of the document's bundle."""

    def __init__(self, widget: QWidget):
        self.widget = widget
        self.path = ""
        self.document: Document | None = None
        self.session = object()
        self.start: Any = None
        self._findings: tuple[Finding, ...] = ()
        self._refused: str | None = None
        self._base_tip = widget.toolTip()
        setattr(widget, _BINDING_ATTRIBUTE, self)
        _follow_focus()

    def bind(self, document: "Document", path: str) -> None:
        self.document, self.path = document, path
        self._refused = None
        self.new_session()
        self.load()
        self._restyle()

    def unbind(self) -> None:
        """Show nothing of the bundle any more (the form went away); pending text is not committed."""
        self.path = ""

    def new_session(self) -> None:
        """Start a typing session: its edits merge into one undo step; `start` is the value before it."""
        self.session = object()
        self.start = self.value() if self.document is not None and self.path else None

    def value(self) -> Any:
        assert self.document is not None
        return self.document.value(self.path)

    def commit(self, value: Any) -> None:
        if self.document is not None and self.path:
            self.document.edit(self.path, value, self.session)

    def load(self) -> None:
        """Show the model's value (after an undo, or when the widget is bound to another row)."""
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Commit what the widget holds now, if it differs from the model."""

    def pending(self) -> Any:
        """What the widget holds but has not committed (for the autosave), or None."""
        return None

    def set_findings(self, findings: Sequence[Finding]) -> None:
        findings = tuple(findings)
        if findings != self._findings:
            self._findings = findings
            self._restyle()

    def _restyle(self) -> None:
        if self._refused is not None:
            mark(self.widget, "refused", self._tip([self._refused]))
            return
        severity = None
        if self._findings:
            severities = {f.severity for f in self._findings}
            severity = next(s for s in ("error", "warning", "todo") if s in severities)
        mark(self.widget, severity, self._tip([f.message for f in self._findings]))

    def _tip(self, lines: list[str]) -> str:
        return "\n".join(([self._base_tip] if self._base_tip else []) + lines)


class TextBinding(Binding):
    """A QLineEdit or GrowingTextEdit for free text; commits when editing is finished (IME-safe)."""

    def __init__(self, widget: QLineEdit | GrowingTextEdit):
        super().__init__(widget)
        widget.editingFinished.connect(self.commit_pending)

    def _text(self) -> str:
        widget = self.widget
        return widget.toPlainText() if isinstance(widget, GrowingTextEdit) else widget.text()

    def load(self) -> None:
        value = self.value() or ""
        if self._text() != value:
            if isinstance(self.widget, GrowingTextEdit):
                self.widget.setPlainText(value)
            else:
                self.widget.setText(value)
                self.widget.setCursorPosition(0)

    def commit_pending(self) -> None:
        if self.document is not None and self.path and self._text() != (self.value() or ""):
            self.commit(self._text())

    def pending(self) -> str | None:
        if self.document is None or not self.path or self._text() == (self.value() or ""):
            return None
        return self._text()


def typed_number(kind: NumberKind) -> Callable[[str], Decimal | None]:
    return lambda text: parse_typed(text, kind)


class NumberBinding(Binding):
    """A QLineEdit for a number: every readable keystroke is committed (merged into one undo step);
    an unreadable entry is marked with the reason and, when editing ends, the previous value returns."""

    def __init__(self, widget: QLineEdit, parse: Callable[[str], Any], display: Callable[[Any], str] = number_text):
        super().__init__(widget)
        self.parse, self.display = parse, display
        widget.textEdited.connect(self._edited)
        widget.editingFinished.connect(self._finished)

    def _edited(self, text: str) -> None:
        try:
            value = self.parse(text)
        except ValueError as exc:
            self._refuse(str(exc))
            return
        if self._refused is not None:
            self._refused = None
            self._restyle()
        self.commit(value)

    def _refuse(self, reason: str) -> None:
        self._refused = reason
        self._restyle()
        if self.document is not None:
            self.document.message.emit(reason)

    def _finished(self) -> None:
        if self.document is None or not self.path:
            return
        if self._refused is not None:
            # The whole entry is refused: what the field held before it was typed comes back.
            reason, self._refused = self._refused, None
            self.commit(self.start)
            kept = self.display(self.value())
            self.widget.setText(kept)
            self._restyle()
            self.document.message.emit(f"{reason}；已保留原值“{kept or '空'}”")
        else:
            self.commit_pending()
            shown = self.display(self.value())
            if self.widget.text() != shown:
                self.widget.setText(shown)
        self.new_session()

    def commit_pending(self) -> None:
        if self._refused is not None or self.document is None or not self.path:
            return
        try:
            value = self.parse(self.widget.text())
        except ValueError:
            return
        self.commit(value)

    def load(self) -> None:
        value = self.value()
        if self._refused is not None:
            self._refused = None
            self._restyle()
        try:
            if same(self.parse(self.widget.text()), value):
                return
        except ValueError:
            pass
        self.widget.setText(self.display(value))


class ChoiceBinding(Binding):
    """A QComboBox choosing among fixed values (None allowed); commits on the user's choice."""

    def __init__(self, widget: QComboBox, items: Sequence[tuple[Any, str]]):
        super().__init__(widget)
        self.values = [value for value, _ in items]
        widget.clear()
        widget.addItems([label for _, label in items])
        widget.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.values):
            self.commit(self.values[index])

    def load(self) -> None:
        value = self.value()
        index = self.values.index(value) if value in self.values else -1
        if self.widget.currentIndex() != index:
            self.widget.setCurrentIndex(index)


class MarkOnly(Binding):
    """A computed display (a label) that only carries the marks of findings about its field."""

    def load(self) -> None:
        pass
