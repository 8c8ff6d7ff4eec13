"""Making a long form's indicator rows in batches after the window's first paint (mixed into IndicatorsSection).

The section's `bind` makes at most FIRST_ROWS new rows; while the window is being opened (not yet on screen) it
makes none, and the window's Show event (its size and layout are then final, the paint not yet done) makes just
the rows the first screen shows. The rest are made BATCH_ROWS at a time once the window has painted, each batch
announced by `rowsAdded` so the editor registers their fields. `complete()` makes every missing row at once, for
whoever needs one of them now (going to a field, moving the cursor to a row, reading `rows`).
"""

from functools import partial

from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtWidgets import QScrollArea

# Rows made by a bind on screen (more than the screen shows); the rest follow in batches of BATCH_ROWS.
FIRST_ROWS = 20
BATCH_ROWS = 20
AFTER_SHOW_MS = 100
# Rows made at a time while filling the first screen at the window's Show event.
SHOW_STEP = 2
# Pixels below the visible part that must be covered too (a scroll bar that comes or goes, rounding).
VIEW_MARGIN = 40


class BatchedRows:
    """Needs from the section: groups(), made, bindings, document, rowsAdded, window(), and an int _generation
    that bind() increments."""

    _waiting_for_paint = False

    @property
    def rows(self) -> list:
        """Every row of the form, in the file's order (the missing ones are made now)."""
        self.complete()
        return self.made

    def first_budget(self) -> int:
        """Rows a bind makes now: none while the window is being opened (its Show event makes those on screen)."""
        return FIRST_ROWS if self.window().isVisible() else 0

    def missing(self) -> int:
        return sum(group.missing() for group in self.groups())

    def complete(self) -> None:
        """Make every row still missing, now."""
        if self.missing():
            self._grow(self._generation, None)

    def _collect(self) -> None:
        by_index = {row.index: row for group in self.groups() for row in group.rows}
        self.made = [by_index[i] for i in sorted(by_index)]
        self.bindings = {f"indicators[{row.index}].{key}": b for row in self.made for key, b in row.bindings.items()}

    def _schedule(self) -> None:
        window = self.window()
        if window.isVisible() and not self._waiting_for_paint:
            QTimer.singleShot(0, partial(self._grow, self._generation))
        elif not self._waiting_for_paint:
            # Not on screen yet (the editor is being opened): the first paint goes first, the rows after it.
            self._waiting_for_paint = True
            window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if not self._waiting_for_paint or watched is not self.window():
            return False
        if event.type() == QEvent.Type.Paint:
            self._painted()
        elif event.type() == QEvent.Type.Show:
            self._fill_screen()
            # Should the window itself get no paint event (its children cover it), shortly after showing.
            QTimer.singleShot(AFTER_SHOW_MS, self._painted)
        return False

    def _painted(self) -> None:
        if self._waiting_for_paint:
            self.window().removeEventFilter(self)
            self._waiting_for_paint = False
            QTimer.singleShot(0, partial(self._grow, self._generation))

    def _fill_screen(self) -> None:
        """Before the first paint: make rows until the last one reaches below the scroll area's visible part."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or area.widget() is None:
            self._grow(self._generation, None)
            return
        page, viewport = area.widget(), area.viewport().height() + VIEW_MARGIN
        made = False
        while self.missing():
            # The page is as tall as its content wants, as the scroll area will make it: rows are not squeezed.
            layout = page.layout()
            layout.invalidate()
            wanted = layout.heightForWidth(page.width()) if layout.hasHeightForWidth() else page.sizeHint().height()
            page.resize(page.width(), max(wanted, area.viewport().height()))
            layout.activate()
            # Rows are made in paper order: the last made one on screen ends the last group that has rows.
            last = next((group.rows[-1] for group in reversed(self.groups()) if group.rows), None)
            if last is not None and last.mapTo(page, QPoint(0, last.height())).y() \
                    - area.verticalScrollBar().value() > viewport:
                break
            self._grow(self._generation, SHOW_STEP, announce=False)
            made = True
        if made:
            self.rowsAdded.emit()

    def _grow(self, generation: int, budget: int | None = BATCH_ROWS, announce: bool = True) -> None:
        if generation != self._generation or self.document is None:
            return  # bound to another form meanwhile: that bind made its own plan
        for group in self.groups():
            if budget is not None and budget <= 0:
                break
            made = group.grow(budget)
            budget = None if budget is None else budget - made
        self._collect()
        if not announce:
            return
        if self.missing():
            QTimer.singleShot(0, partial(self._grow, generation))
        self.rowsAdded.emit()

