"""Making a long form's indicator rows in batches after the window's first paint (mixed into IndicatorsSection).

The section's `bind` makes at most FIRST_ROWS new rows; the rest are made BATCH_ROWS at a time once the window
has painted, each batch announced by `rowsAdded` so the editor registers their fields. `complete()` makes every
missing row at once, for whoever needs one of them now (going to a field, moving the cursor to a row).
"""

from functools import partial

from PySide6.QtCore import QTimer

from ..after_paint import after_first_paint

# Rows made before the first paint (more than the screen shows); the rest follow in batches of BATCH_ROWS.
FIRST_ROWS = 20
BATCH_ROWS = 20


class BatchedRows:
    """Needs from the section: groups(), rows, bindings, document, rowsAdded, window(), and an int _generation
    that bind() increments."""

    _waiting_for_paint = False

    def missing(self) -> int:
        return sum(group.missing() for group in self.groups())

    def complete(self) -> None:
        """Make every row still missing, now."""
        if self.missing():
            self._grow(self._generation, None)

    def _collect(self) -> None:
        by_index = {row.index: row for group in self.groups() for row in group.rows}
        self.rows = [by_index[i] for i in sorted(by_index)]
        self.bindings = {f"indicators[{row.index}].{key}": b for row in self.rows for key, b in row.bindings.items()}

    def _schedule(self) -> None:
        if self._waiting_for_paint:
            return
        window = self.window()
        if window.isVisible():
            QTimer.singleShot(0, partial(self._grow, self._generation))
        else:
            # Not on screen yet (the editor is being opened): the first paint goes first, the rows after it.
            self._waiting_for_paint = True
            after_first_paint(window, self._painted)

    def _painted(self) -> None:
        self._waiting_for_paint = False
        self._grow(self._generation)

    def _grow(self, generation: int, budget: int | None = BATCH_ROWS) -> None:
        if generation != self._generation or self.document is None:
            return  # bound to another form meanwhile: that bind made its own plan
        for group in self.groups():
            if budget is not None and budget <= 0:
                break
            made = group.grow(budget)
            budget = None if budget is None else budget - made
        self._collect()
        if self.missing():
            QTimer.singleShot(0, partial(self._grow, generation))
        self.rowsAdded.emit()

