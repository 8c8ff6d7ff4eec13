"""The printed table as plain data: sections of rows of cells with texts, styles and spans (no reportlab).

build_form_table (story.py) produces a TableSpec; the renderer turns each Section into a reportlab Table.
Tests read the spec directly: texts, spans and styles, without PDF bytes.
"""

from collections.abc import Iterator, Sequence
from typing import NamedTuple

# Records are NamedTuples rather than frozen dataclasses: as immutable, and made at import in a seventh of
# the time (a fresh `zydesk print` makes every class it uses).


class Cell(NamedTuple):
    text: str
    # A style name of stylesheet.py: label, vlabel, text, center, number, total.
    style: str = "text"
    rowspan: int = 1
    colspan: int = 1
    # Where the text comes from, in Chinese (e.g. "指标 3 三级指标"); None for the form's fixed words.
    field: str | None = None


class Section(NamedTuple):
    """One block of the ruled table with its own column grid; `None` marks a position covered by a span."""

    name: str
    widths: tuple[float, ...]  # mm
    rows: tuple[tuple[Cell | None, ...], ...]
    # Rows at the top repeated on each continuation page (the block's header row).
    repeat_rows: int = 0
    # Rows at the bottom that never start a page alone (总分 stays with the last indicator).
    tail_rows: int = 0

    def cell(self, row: int, col: int) -> Cell | None:
        return self.rows[row][col]

    def texts(self) -> list[list[str | None]]:
        """Cell texts row by row; None where a span covers the position."""
        return [[None if c is None else c.text for c in row] for row in self.rows]

    def cells(self) -> Iterator[tuple[int, int, Cell]]:
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                if cell is not None:
                    yield r, c, cell

    def spans(self) -> list[tuple[int, int, int, int]]:
        """(row, col, rowspan, colspan) of every cell that spans more than one position."""
        return [(r, c, cell.rowspan, cell.colspan) for r, c, cell in self.cells()
                if cell.rowspan > 1 or cell.colspan > 1]

    def find(self, text: str) -> tuple[int, int, Cell]:
        """The first cell whose text is exactly `text` (for tests and callers looking up a label)."""
        for r, c, cell in self.cells():
            if cell.text == text:
                return r, c, cell
        raise KeyError(text)


class Signature(NamedTuple):
    label: str  # 填报人： …
    value: str  # the name or date from the bundle, "" for a blank line to sign on


class TableSpec(NamedTuple):
    """Everything printed for one form, in order: title lines, table sections, signature block."""

    number: int  # 1-based form number in the bundle
    title: str
    year_line: str
    sections: tuple[Section, ...]
    signatures: tuple[Signature, ...] | None
    fingerprint: str
    continued: str = ""  # the running head of the form's continuation pages: 项目名称：… （续）

    def section(self, name: str) -> Section:
        for section in self.sections:
            if section.name == name:
                return section
        raise KeyError(name)

    def all_texts(self) -> list[str]:
        """Every text printed for this form, in reading order (title, cells, signatures)."""
        texts = [self.title, self.year_line]
        for section in self.sections:
            texts += [cell.text for _, _, cell in section.cells()]
        for sig in self.signatures or ():
            texts += [sig.label, sig.value]
        return [t for t in texts if t]


class SectionBuilder:
    """Places cells row by row, left to right, skipping positions that spans from above already cover."""

    def __init__(self, name: str, widths: Sequence[float], repeat_rows: int = 0, tail_rows: int = 0):
        self.name = name
        self.widths = tuple(widths)
        self.repeat_rows = repeat_rows
        self.tail_rows = tail_rows
        self._rows: list[list[Cell | None]] = []
        self._covered: set[tuple[int, int]] = set()

    @property
    def ncols(self) -> int:
        return len(self.widths)

    def add_row(self, *cells: Cell) -> int:
        """Append a row; returns its index. Raises ValueError when the cells do not fill the row exactly."""
        r = len(self._rows)
        self._rows.append([None] * self.ncols)
        col = 0
        for cell in cells:
            while (r, col) in self._covered:
                col += 1
            if col + cell.colspan > self.ncols:
                raise ValueError(f"{self.name} row {r}: cells overflow {self.ncols} columns")
            self._rows[r][col] = cell
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    self._covered.add((r + dr, col + dc))
            col += cell.colspan
        missing = [c for c in range(self.ncols) if (r, c) not in self._covered]
        if missing:
            raise ValueError(f"{self.name} row {r}: columns {missing} left empty")
        return r

    def build(self) -> Section:
        beyond = [pos for pos in self._covered if pos[0] >= len(self._rows)]
        if beyond:
            raise ValueError(f"{self.name}: a span reaches below the last row")
        return Section(self.name, self.widths, tuple(tuple(row) for row in self._rows), self.repeat_rows,
                       self.tail_rows)
