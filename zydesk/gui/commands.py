"""Undo commands: each calls one document mutator in redo() and its inverse in undo()."""

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ..model import Form, Indicator

if TYPE_CHECKING:
    from .document import Document

SET_VALUE_ID = 1


def same(a: Any, b: Any) -> bool:
    """Equal and stored alike: Decimal('10') and Decimal('10.0') are different file contents."""
    return type(a) is type(b) and a == b and str(a) == str(b)


class _Command(QUndoCommand):
    def __init__(self, document: "Document", text: str):
        super().__init__(text)
        self.document = document
        self._done_once = False

    def redo(self) -> None:
        with self.document.applying():
            self.do()
            if self._done_once:
                self.reveal()
        self._done_once = True

    def undo(self) -> None:
        with self.document.applying():
            self.undo_it()
            self.reveal()

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def reveal(self) -> None:
        """After an undo or a redo (not the first do): show the user what changed."""


class SetValue(_Command):
    """One field's new value; typing in one field (same `session`) merges into one step."""

    def __init__(self, document, path: str, old: Any, new: Any, session: object, text: str):
        super().__init__(document, text)
        self.path, self.old, self.new, self.session = path, old, new, session

    def id(self) -> int:
        return SET_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or self.session is None:
            return False
        if other.path != self.path or other.session != self.session:
            return False
        self.new = other.new
        # Typed back to what it was: the step disappears from the stack.
        self.setObsolete(same(self.old, self.new))
        return True

    def do(self) -> None:
        self.document.apply_value(self.path, self.new)

    def undo_it(self) -> None:
        self.document.apply_value(self.path, self.old)

    def reveal(self) -> None:
        self.document.revealRequested.emit(self.path)


class InsertIndicator(_Command):
    def __init__(self, document, form: int, row: int, indicator: Indicator):
        super().__init__(document, "添加指标")
        self.form, self.row, self.indicator = form, row, indicator

    def do(self) -> None:
        self.document.apply_insert_indicator(self.form, self.row, self.indicator)

    def undo_it(self) -> None:
        self.document.apply_remove_indicator(self.form, self.row)

    def reveal(self) -> None:
        self.document.revealRequested.emit(f"forms[{self.form}].indicators[{self.row}].name")


class RemoveIndicator(_Command):
    def __init__(self, document, form: int, row: int):
        super().__init__(document, "删除指标")
        self.form, self.row = form, row
        self.indicator: Indicator | None = None

    def do(self) -> None:
        self.indicator = self.document.apply_remove_indicator(self.form, self.row)

    def undo_it(self) -> None:
        assert self.indicator is not None
        self.document.apply_insert_indicator(self.form, self.row, self.indicator)

    def reveal(self) -> None:
        self.document.revealRequested.emit(f"forms[{self.form}].indicators")


class SwapIndicators(_Command):
    def __init__(self, document, form: int, row: int, other: int):
        super().__init__(document, "移动指标")
        self.form, self.row, self.other = form, row, other

    def do(self) -> None:
        self.document.apply_swap_indicators(self.form, self.row, self.other)

    def undo_it(self) -> None:
        self.document.apply_swap_indicators(self.form, self.row, self.other)

    def reveal(self) -> None:
        self.document.revealRequested.emit(f"forms[{self.form}].indicators[{self.other}].name")


class InsertForm(_Command):
    def __init__(self, document, index: int, form: Form, text: str):
        super().__init__(document, text)
        self.index, self.form = index, form

    def do(self) -> None:
        self.document.apply_insert_form(self.index, self.form)

    def undo_it(self) -> None:
        self.document.apply_remove_form(self.index)


class RemoveForm(_Command):
    def __init__(self, document, index: int):
        super().__init__(document, "删除表")
        self.index = index
        self.form: Form | None = None

    def do(self) -> None:
        self.form = self.document.apply_remove_form(self.index)

    def undo_it(self) -> None:
        assert self.form is not None
        self.document.apply_insert_form(self.index, self.form)


class MoveForm(_Command):
    def __init__(self, document, source: int, target: int):
        super().__init__(document, "移动表")
        self.source, self.target = source, target

    def do(self) -> None:
        self.document.apply_move_form(self.source, self.target)

    def undo_it(self) -> None:
        self.document.apply_move_form(self.target, self.source)
