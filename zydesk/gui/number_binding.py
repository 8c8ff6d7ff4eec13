"""A number field: readable keystrokes are committed live; an unreadable entry stays, marked, until fixed or Esc."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLineEdit

from ..rules.numbers import NumberKind, parse_typed
from .bindings import Binding
from .commands import same
from .field_note import FieldNote
from .labels import field_label, number_text
from .unreadable import Refusal


def typed_number(kind: NumberKind) -> Callable[[str], Decimal | None]:
    return lambda text: parse_typed(text, kind)


class NumberBinding(Binding):
    """Every readable keystroke is committed (merged into one undo step). Text that cannot be read is
    never half-used: the field's value goes back to what it was before the typing, the text stays on
    screen with the reason under it and as a finding, until the user corrects it or presses Esc."""

    def __init__(self, widget: QLineEdit, parse: Callable[[str], Any], display: Callable[[Any], str] = number_text):
        super().__init__(widget)
        self.parse, self.display = parse, display
        self._note: FieldNote | None = None
        self._own_commit = False
        self._said = False
        widget.textEdited.connect(self._edited)
        widget.editingFinished.connect(self._finished)

    def bind(self, document, path: str) -> None:
        self._set_refused(None, keep_record=True)   # the previous field's entry stays in the findings
        super().bind(document, path)
        refusal = document.unreadable.get(path)
        if refusal is not None:
            # Shown again (another form was shown meanwhile): the entry is still not taken.
            self.widget.setText(refusal.text)
            self._set_refused(refusal.reason)

    def unbind(self) -> None:
        self._set_refused(None, keep_record=True)
        super().unbind()

    def commit(self, value: Any) -> None:
        self._own_commit = True
        try:
            super().commit(value)
        finally:
            self._own_commit = False

    def _edited(self, text: str) -> None:
        try:
            value = self.parse(text)
        except ValueError as exc:
            # What was committed from the readable part of this entry goes back (`12` of `12x`).
            self.commit(self.start)
            self._set_refused(str(exc))
            return
        self._set_refused(None)
        self.commit(value)

    def _set_refused(self, reason: str | None, keep_record: bool = False) -> None:
        if reason == self._refused:
            return
        self._refused = reason
        self._restyle()
        if reason is None:
            if self._note is not None:
                self._note.hide()
            if self._said and self.document is not None:
                self.document.message.emit("")   # the status bar's note about it is over too
            self._said = False
        else:
            if self._note is None:
                self._note = FieldNote(self.widget)
            self._note.show_text(f"{reason}（按 Esc 恢复原值）")
            if self.document is not None and self.path:
                self.document.message.emit(f"{field_label(self.document.bundle, self.path)}：{reason}")
                self._said = True
        if self.document is not None and self.path and not keep_record:
            refusal = None if reason is None else Refusal(self.widget.text(), reason,
                                                          field_label(self.document.bundle, self.path))
            self.document.set_unreadable(self.path, refusal)

    def _finished(self) -> None:
        if self.document is None or not self.path:
            return
        if self._refused is not None:
            self.document.set_unreadable(self.path, Refusal(self.widget.text(), self._refused,
                                                            field_label(self.document.bundle, self.path)))
            self.document.message.emit(f"{field_label(self.document.bundle, self.path)}：{self._refused}")
            self._said = True
        else:
            self.commit_pending()
            shown = self.display(self.value())
            if self.widget.text() != shown:
                self.widget.setText(shown)
        self.new_session()

    def escape(self) -> None:
        """Esc: drop the unreadable entry and show the last good value again."""
        if self._refused is None or self.document is None or not self.path:
            return
        self._set_refused(None)
        self.widget.setText(self.display(self.value()))
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
        if self._own_commit:
            return   # our own keystroke: the field already shows it
        value = self.value()
        self._set_refused(None)
        try:
            if same(self.parse(self.widget.text()), value):
                return
        except ValueError:
            pass
        self.widget.setText(self.display(value))
