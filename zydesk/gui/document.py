"""The open document: the bundle, its file path, the undo stack, and the live analysis of every form."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from .. import storage
from ..lockfile import DocumentLock, LockInfo
from ..model import Bundle, Form, Indicator, edits
from ..model.factory import new_form
from ..rules.findings import Finding, count
from ..rules.policy import Policy, load_policy
from . import commands
from .analysis import FormAnalysis, analyse
from .commands import same
from .labels import field_label
from .unreadable import Refusal, Unreadable

if TYPE_CHECKING:
    from ..recovery import Recovery

DUPLICATE_SUFFIX = "（副本）"


def empty_form(policy: Policy, defaults: dict[str, str] | None = None) -> Form:
    """FORM.md: a new form has all nine 二级 groups, one row each, with the policy's weights; `defaults` are
    header fields every form of this office starts with (主管部门, 实施单位)."""
    weights = {k: v for k, v in policy.weights.items() if k != "execution"}
    form = new_form(weights, policy.weights.get("execution", Decimal(0)))
    return form.model_copy(update={k: v for k, v in (defaults or {}).items() if v})


class Document(QObject):
    """Every change goes through a command on `undo_stack`; the commands call the `apply_*` methods."""

    valueChanged = Signal(str)          # a leaf field changed (path)
    indicatorsChanged = Signal(int)     # rows of a form were inserted, removed or moved
    formsAboutToChange = Signal()
    formsChanged = Signal(int)          # the list of forms changed; the form to show afterwards
    analysisChanged = Signal(int)       # scores/findings of a form were recomputed; -1 = all forms
    revealRequested = Signal(str)       # show this field (after an undo or redo)
    pathChanged = Signal()
    accessChanged = Signal()            # became read-only or editable again
    message = Signal(str)               # a short note for the status bar

    def __init__(self, bundle: Bundle, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.bundle = bundle
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._analysis: list[FormAnalysis] = []
        self._applying = False
        self._flush: Callable[[], None] = lambda: None
        self.lock: DocumentLock | None = None     # the lock file beside `path` while we hold it
        self.read_only = False                     # someone else holds the lock: never saved over `path`
        self.owner: LockInfo | None = None         # who, when read-only (None: could not be read)
        self.recovered_from: Recovery | None = None  # restored from this recovery copy after a crash
        self.origin: Path | None = None            # opened from the backup of this (refused) file
        self.unreadable = Unreadable()             # typed entries the fields refused, not in the bundle
        self.unwritable = ""                       # why `path` cannot be written (read-only folder or file)
        self.untouched: set[str] = set()           # ids of new forms nobody has typed into: findings shown calmly
        self.form_defaults: dict[str, str] = {}    # 主管部门/实施单位 of a new form (the office's, from settings)
        # The file's content as this editor last read or wrote it: another program's save shows as a change.
        self.disk_stamp = None if path is None else storage.file_stamp(path)
        self.reanalyse()

    # ---- state -----------------------------------------------------------------------------

    @property
    def policy(self) -> Policy:
        return load_policy(self.bundle.policy)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return f"{self.origin.name} 的备份" if self.origin is not None else "未命名"

    def changed_on_disk(self) -> bool:
        """True when the file was saved by someone else since this editor opened or last saved it."""
        if self.path is None or self.disk_stamp is None:
            return False
        now = storage.file_stamp(self.path)
        return now is not None and now != self.disk_stamp

    def mark_unsaved(self) -> None:
        """Modified although nothing was edited here (restored or backup content not yet in its file)."""
        self.undo_stack.resetClean()

    def set_read_only(self, owner: LockInfo | None) -> None:
        self.read_only, self.owner = True, owner
        self.accessChanged.emit()

    def set_unwritable(self, reason: str) -> None:
        """`path` can be read but not written here (told at once, before the user types)."""
        self.unwritable = reason
        self.accessChanged.emit()

    def take_lock(self, lock: DocumentLock | None) -> None:
        """Editable again, holding `lock` (None when no lock file could be written)."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock, self.read_only, self.owner = lock, False, None
        self.accessChanged.emit()

    def release(self) -> None:
        """The document is going (closed or replaced): others may open it for editing now."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def analysis(self, index: int) -> FormAnalysis:
        return self._analysis[index]

    def findings(self, index: int) -> list[Finding]:
        """As shown: the entries its fields refused first, then the checks' (calm on an untouched form)."""
        return [*self.unreadable.findings(index), *self._analysis[index].shown]

    def errors(self, index: int) -> int:
        """Errors as shown: the refused entries and the checks' errors (none while the form is untouched)."""
        return count(self.unreadable.findings(index), "error") + self._analysis[index].errors

    def total_errors(self, forms: list[int] | None = None) -> int:
        """Errors of these forms as the checks report them (also on a form still shown calmly)."""
        chosen = range(len(self._analysis)) if forms is None else forms
        return sum(self.real_errors(i) for i in chosen)

    def real_errors(self, index: int) -> int:
        """Errors printing confirms: refused entries and the checks' errors (also on a form shown calmly)."""
        return len(self.unreadable.findings(index)) + self._analysis[index].real_errors

    def set_unreadable(self, path: str, refusal: Refusal | None) -> None:
        """A field holds text it cannot read (or no longer does): the findings say so."""
        if self.unreadable.set(path, refusal):
            index = edits.form_index(path)
            self.analysisChanged.emit(-1 if index is None else index)

    def mark_untouched(self, form: Form) -> None:
        """A new form: what it lacks shows as 待填写 until the user types into it."""
        self.untouched.add(form.id)
        self.reanalyse()

    def _touch(self, form: int | None) -> None:
        if form is not None and 0 <= form < len(self.bundle.forms):
            self.untouched.discard(self.bundle.forms[form].id)

    def value(self, path: str) -> Any:
        return edits.get_value(self.bundle, path)

    def reanalyse(self, index: int | None = None) -> None:
        policy = self.policy
        forms = self.bundle.forms
        if index is None or len(self._analysis) != len(forms):
            self._analysis = [analyse(self.bundle, i, policy, forms[i].id in self.untouched)
                              for i in range(len(forms))]
            self.analysisChanged.emit(-1)
        else:
            self._analysis[index] = analyse(self.bundle, index, policy, forms[index].id in self.untouched)
            self.analysisChanged.emit(index)

    # ---- user edits (each one undoable) -----------------------------------------------------

    def edit(self, path: str, value: Any, session: object = None) -> None:
        """One field set by the user; edits with the same non-None `session` merge into one undo step."""
        old = self.value(path)
        if same(old, value):
            return
        try:
            # The model validates assignments: a value it refuses never becomes an undo step.
            edits.set_value(self.bundle, path, value)
        except ValidationError as exc:
            # The file's limits (a text over 10,000 characters, a control character pasted in) say why.
            first = exc.errors()[0]
            reason = first["msg"] if first["type"] in ("text_limit", "number_range") else "这个值不能用在这里"
            self.message.emit(f"{field_label(self.bundle, path)}：{reason}，未修改")
            return
        finally:
            edits.set_value(self.bundle, path, old)
        self._push(commands.SetValue(self, path, old, value, session, f"修改{field_label(self.bundle, path)}"))

    def edit_many(self, values: dict[str, Any], text: str) -> None:
        """Several fields set at once (a dialog's OK): one undo step."""
        changed = {path: value for path, value in values.items() if not same(self.value(path), value)}
        if not changed:
            return
        self.undo_stack.beginMacro(text)
        for path, value in changed.items():
            self.edit(path, value)
        self.undo_stack.endMacro()

    def add_indicator(self, form: int, category: str) -> int:
        position = edits.append_position(self.bundle.forms[form], category)
        self._push(commands.InsertIndicator(self, form, position, Indicator(category=category)))
        return position

    def remove_indicator(self, form: int, row: int) -> None:
        self._push(commands.RemoveIndicator(self, form, row))

    def move_indicator(self, form: int, row: int, step: int) -> None:
        other = edits.neighbour_in_group(self.bundle.forms[form], row, step)
        if other is not None:
            self._push(commands.SwapIndicators(self, form, row, other))

    def add_form(self, position: int) -> None:
        form = empty_form(self.policy, self.form_defaults)
        self.untouched.add(form.id)
        self._push(commands.InsertForm(self, position, form, "新增表"))

    def duplicate_form(self, index: int) -> None:
        copy = edits.duplicate_form(self.bundle.forms[index], DUPLICATE_SUFFIX)
        self._push(commands.InsertForm(self, index + 1, copy, "复制表"))

    def remove_form(self, index: int) -> None:
        self._push(commands.RemoveForm(self, index))

    def move_form(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self.bundle.forms):
            self._push(commands.MoveForm(self, index, target))

    def _push(self, command) -> None:
        if self._applying:
            # A widget committed while an undo step was being applied (focus moved): apply it after.
            QTimer.singleShot(0, lambda: self.undo_stack.push(command))
            return
        self.undo_stack.push(command)

    def set_flush(self, flush: Callable[[], None]) -> None:
        """`flush` commits what the focused field holds; called before undo, redo and save."""
        self._flush = flush

    def flush(self) -> None:
        self._flush()

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    # ---- mutators called by the commands ----------------------------------------------------

    def apply_value(self, path: str, value: Any) -> None:
        with self.applying():
            edits.set_value(self.bundle, path, value)
        self._touch(edits.form_index(path))
        self.valueChanged.emit(path)
        self.reanalyse(edits.form_index(path))

    def apply_insert_indicator(self, form: int, row: int, indicator: Indicator) -> None:
        with self.applying():
            edits.insert_indicator(self.bundle.forms[form], row, indicator)
        self._indicators_changed(form)

    def apply_remove_indicator(self, form: int, row: int) -> Indicator:
        with self.applying():
            removed = edits.remove_indicator(self.bundle.forms[form], row)
        self._indicators_changed(form)
        return removed

    def apply_swap_indicators(self, form: int, first: int, second: int) -> None:
        with self.applying():
            edits.swap_indicators(self.bundle.forms[form], first, second)
        self._indicators_changed(form)

    def apply_insert_form(self, index: int, form: Form) -> None:
        self.formsAboutToChange.emit()
        with self.applying():
            edits.insert_form(self.bundle, index, form)
        self._forms_changed(index)

    def apply_remove_form(self, index: int) -> Form:
        self.formsAboutToChange.emit()
        with self.applying():
            removed = edits.remove_form(self.bundle, index)
        self._forms_changed(min(index, len(self.bundle.forms) - 1))
        return removed

    def apply_move_form(self, source: int, target: int) -> None:
        self.formsAboutToChange.emit()
        with self.applying():
            edits.move_form(self.bundle, source, target)
        self._forms_changed(target)

    def _indicators_changed(self, form: int) -> None:
        self.unreadable.drop_under(f"forms[{form}].indicators")
        self._touch(form)
        self.indicatorsChanged.emit(form)
        self.reanalyse(form)

    def _forms_changed(self, show: int) -> None:
        self.unreadable.drop_under("forms")
        self._analysis = []
        self.reanalyse()
        self.formsChanged.emit(show)

    @contextmanager
    def applying(self) -> Iterator[None]:
        """Held by a command while it changes the bundle and the widgets follow."""
        outer = self._applying
        self._applying = True
        try:
            yield
        finally:
            self._applying = outer

    # ---- files ------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the bundle (raises storage.SaveError); on success this is the document's file."""
        storage.save(self.bundle, path)
        self.disk_stamp = storage.file_stamp(path)
        changed = path != self.path
        self.path, self.origin = path, None
        self.undo_stack.setClean()
        if self.unwritable:  # written after all (saved elsewhere, or the folder is writable again)
            self.set_unwritable("")
        if changed:
            self.pathChanged.emit()
