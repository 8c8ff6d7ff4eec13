"""The indicator commands with keys (add, move, remove, 采用建议得分): for the 指标 menu and the rows' cells."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ...model import edits
from ..suggestions import adopt, form_adoption, row_adoption
from .indicator_row import ADOPT_KEY, FIELDS, IndicatorRow

if TYPE_CHECKING:
    from .indicators_section import GroupBlock, IndicatorsSection

NO_ROW = "请先把光标放在一行指标中（或某组的“添加”按钮上）"


class RowActions(QObject):
    """Each action works on the row that has the cursor. The actions sit on the section (their keys work
    wherever the cursor is in the indicators) and in the window's 指标 menu (where the keys are shown)."""

    def __init__(self, section: "IndicatorsSection"):
        super().__init__(section)
        self.section = section
        self.add = self._action("在本组添加指标(&A)", ("Ctrl+Return", "Ctrl+Enter"), self._add_here)
        self.up = self._action("上移指标(&U)", ("Alt+Up",), lambda: self._move_here(-1))
        self.down = self._action("下移指标(&D)", ("Alt+Down",), lambda: self._move_here(+1))
        self.remove = self._action("删除指标(&R)", ("Ctrl+Shift+Delete",), self._remove_here)
        self.adopt_row = self._action("采用本行建议得分(&S)", (ADOPT_KEY,), self._adopt_row)
        self.adopt_form = self._action("全表采用建议得分(&F)", ("Ctrl+Shift+J",), self._adopt_form)
        self.adopt_form.setShortcutContext(Qt.ShortcutContext.WindowShortcut)   # from anywhere in the window

    def _action(self, text: str, keys: tuple[str, ...], handler: Callable[[], None]) -> QAction:
        action = QAction(text, self.section)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text.split('(&')[0]}（{keys[0].replace('Return', 'Enter')}）")
        action.triggered.connect(handler)
        self.section.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [self.add, self.up, self.down, self.remove, self.adopt_row, self.adopt_form]

    # ---- handlers -----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        if self.section.document is not None:
            self.section.document.message.emit(text)

    def _add_here(self) -> None:
        section = self.section
        if section.document is None or section.form < 0:
            return
        group = self._focused_group()
        row = section.current_row()
        if group is None and row is None:
            self._say(NO_ROW)
            return
        category = group.category.code if group is not None else \
            section.document.bundle.forms[section.form].indicators[row.index].category
        self.add_to(category)

    def add_to(self, category: str) -> None:
        """A new row at the end of the group, with the cursor in its 三级指标."""
        section = self.section
        if section.document is not None:
            self.focus_later(section.document.add_indicator(section.form, category), "name")

    def _remove_here(self) -> None:
        section, row = self.section, self.section.current_row()
        if row is None or section.document is None:
            self._say(NO_ROW)
            return
        index, count = row.index, len(section.rows)
        section.document.remove_indicator(section.form, row.index)
        if count > 1:
            self.focus_later(min(index, count - 2), "name")

    def _move_here(self, step: int) -> None:
        section, row = self.section, self.section.current_row()
        if row is None or section.document is None:
            self._say(NO_ROW)
            return
        focused = QApplication.focusWidget()
        key = next((k for k, w in zip(FIELDS, row.fields(), strict=True) if w is focused), "name")
        target = edits.neighbour_in_group(section.document.bundle.forms[section.form], row.index, step)
        if target is None:
            self._say("已在本组的" + ("第一行" if step < 0 else "最后一行"))
            return
        section.document.move_indicator(section.form, row.index, step)
        self.focus_later(target, key)   # the rows swapped places: the user's row is now there

    def _adopt_row(self) -> None:
        section, row = self.section, self.section.current_row()
        if row is None or section.document is None:
            self._say(NO_ROW)
            return
        section.document.flush()   # what was just typed in the row counts
        if not adopt(section.document, row_adoption(section.document, section.form, row.index), "采用建议得分"):
            self._say("这一行没有与得分不同的建议得分（定量指标才有建议得分）")

    def _adopt_form(self) -> None:
        section = self.section
        if section.document is None or section.form < 0:
            return
        section.document.flush()
        changed = adopt(section.document, form_adoption(section.document, section.form), "全表采用建议得分")
        self._say(f"已采用 {changed} 处建议得分；按 Ctrl+Z 可撤销" if changed else "所有得分都已与建议得分一致")

    # ---- focus --------------------------------------------------------------------------------

    def _focused_group(self) -> "GroupBlock | None":
        focused = QApplication.focusWidget()
        return next((g for g in self.section.groups() if g.add is focused), None)

    def focus_later(self, index: int, key: str) -> None:
        # After the command has rebuilt the rows: put the cursor where the user's row now is.
        def focus() -> None:
            self.section.complete()  # a long form's later rows may not be made yet
            rows = self.section.rows
            if 0 <= index < len(rows):
                widget: QWidget = dict(zip(FIELDS, rows[index].fields(), strict=True))[key]
                self.section.ensure_visible(widget)
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        QTimer.singleShot(0, focus)


def row_of(widget: QWidget | None) -> IndicatorRow | None:
    while widget is not None and not isinstance(widget, IndicatorRow):
        widget = widget.parentWidget()
    return widget
