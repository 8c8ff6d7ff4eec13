"""Section tables: a Section of the spec drawn as a reportlab Table that continues cleanly on the next page.

reportlab cannot split a table inside a row span, and its in-row splitting leaves span labels behind.
SectionTable.split does the splitting itself on the cell grid: between rows where possible; inside a row
when that row is too tall for a page (a 5,000-character cell); on the continuation the header row is
repeated and every span label that was cut (绩效指标, 一级, 二级, a merged 实际完成值) is repeated too.
"""

import re
from typing import NamedTuple

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from . import geometry as geo
from .lines import LONG_TEXT_CHARS, LineBlock
from .spec import Section
from .styles import BODY_LEADING, BODY_SIZE, CELL_ALIGN, RULE_COLOR, Stylesheet

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACE_RUN = re.compile(r" {2,}")
_BEFORE_BRACKET = re.compile(r"(?<=[^\n])(?=（)")
LABEL_STYLES = ("label", "vlabel")
_ALIGN_NAMES = {0: "LEFT", 1: "CENTRE", 2: "RIGHT", 4: "LEFT"}
_FUZZ = 1e-3
_SAME_WIDTH = 1e-9  # points
PAD_X = geo.PAD_X * mm
PAD_Y = geo.PAD_Y * mm


def clean(text: str) -> str:
    """Text as it will print: line breaks normalised, control characters and broken surrogates replaced."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _CONTROL.sub(" ", text)
    return _SURROGATE.sub("\ufffd", text)


def escape(text: str) -> str:
    """What xml.sax.saxutils.escape does, without its import (urllib, http, ssl: 6 ms of a fresh print)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str) -> str:
    """Paragraph markup printing `text` literally: escaped, newlines kept, runs of spaces kept."""
    text = escape(clean(text))
    text = _SPACE_RUN.sub(lambda m: " " + "\u00a0" * (len(m.group()) - 1), text)
    return text.replace("\n", "<br/>")


class CellParagraph(Paragraph):
    """A Paragraph that remembers its line breaking: a cell is measured again for every table part."""

    def wrap(self, availWidth, availHeight):
        # reportlab works a cell's width out twice (measuring, drawing), a few units in the last place apart:
        # the same width, the lines already broken.
        wrapped = getattr(self, "_wrapped_width", None)
        if wrapped is not None and abs(wrapped - availWidth) <= _SAME_WIDTH and hasattr(self, "blPara"):
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return result

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if part is not self:
                # reportlab keeps the parent's line list on a part and, for a part left with a single
                # fragment, relabels those lines as the wrong kind (drawing then fails): break it afresh.
                part.__dict__.pop("blPara", None)
                part._splitpara = 0
        return parts


class RCell(NamedTuple):
    """A cell ready to draw: a Paragraph, or a plain one-line string (much faster to lay out)."""

    content: Paragraph | LineBlock | str
    style: str
    rowspan: int = 1
    colspan: int = 1


class Grid(NamedTuple):
    name: str
    widths: tuple[float, ...]  # points
    rows: tuple[tuple[RCell | None, ...], ...]
    repeat_rows: int
    tail_rows: int = 0

    def cells(self):
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                if cell is not None:
                    yield r, c, cell

    def width_of(self, col: int, colspan: int) -> float:
        return sum(self.widths[col:col + colspan])


def to_grid(section: Section, sheet: Stylesheet) -> Grid:
    widths = tuple(w * mm for w in section.widths)
    font = sheet.fonts.regular
    rows = []
    for row in section.rows:
        out: list[RCell | None] = []
        for c, cell in enumerate(row):
            if cell is None:
                out.append(None)
                continue
            text = clean(cell.text)
            inner = sum(widths[c:c + cell.colspan]) - 2 * PAD_X
            one_line = "\n" not in text and stringWidth(text, font, BODY_SIZE) <= inner - _FUZZ
            if one_line and "  " not in text:
                content: Paragraph | LineBlock | str = text
            elif len(text) >= LONG_TEXT_CHARS and cell.style not in LABEL_STYLES:
                content = LineBlock(text, sheet[cell.style])
            else:
                if not one_line and cell.style in LABEL_STYLES:
                    # A label too wide for one line breaks before its bracket: 产出指标 / （50分）.
                    text = _BEFORE_BRACKET.sub("\n", text)
                content = CellParagraph(markup(text), sheet[cell.style])
            out.append(RCell(content, cell.style, cell.rowspan, cell.colspan))
        rows.append(tuple(out))
    return Grid(section.name, widths, tuple(rows), section.repeat_rows, section.tail_rows)


def _cell_styles(grid: Grid, sheet: Stylesheet) -> list[list[CellStyle]]:
    """Every cell's style as the style commands FONT, VALIGN, the paddings over all cells and ALIGN on each plain
    string would set it: reportlab applies a command cell by cell, seven of them over a thousand cells per form."""
    common = {"fontname": sheet.fonts.regular, "fontsize": BODY_SIZE, "leading": BODY_LEADING, "valign": "MIDDLE",
              "leftPadding": PAD_X, "rightPadding": PAD_X, "topPadding": PAD_Y, "bottomPadding": PAD_Y}
    styles = []
    for r, row in enumerate(grid.rows):
        out = []
        for c, cell in enumerate(row):
            style = CellStyle(repr((r, c)))   # reportlab's own name for it
            vars(style).update(common)
            if cell is not None and isinstance(cell.content, str):
                style.alignment = _ALIGN_NAMES[CELL_ALIGN[cell.style]]
            out.append(style)
        styles.append(out)
    return styles


def subset(grid: Grid, keep: list[int]) -> Grid:
    """The rows `keep` (ascending) of the grid; a span cut at the top of a run is repeated at its first kept row."""
    position = {r: i for i, r in enumerate(keep)}
    rows: list[list[RCell | None]] = [[None] * len(grid.widths) for _ in keep]
    for r, c, cell in grid.cells():
        covered = [position[rr] for rr in range(r, r + cell.rowspan) if rr in position]
        if covered:
            rows[covered[0]][c] = cell._replace(rowspan=len(covered))
    return grid._replace(rows=tuple(tuple(row) for row in rows))


class SectionTable(Table):
    def __init__(self, grid: Grid, sheet: Stylesheet):
        self.grid = grid
        self.sheet = sheet
        data = [["" if cell is None else cell.content for cell in row] for row in grid.rows]
        commands = [("GRID", (0, 0), (-1, -1), geo.RULE_WIDTH_PT, RULE_COLOR)]
        commands += [("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)) for r, c, cell in grid.cells()
                     if cell.rowspan > 1 or cell.colspan > 1]
        super().__init__(data, colWidths=list(grid.widths), style=TableStyle(commands), repeatRows=0,
                         splitByRow=1, hAlign="LEFT", cellStyles=_cell_styles(grid, sheet))

    def _calcSpanRanges(self):
        super()._calcSpanRanges()
        # reportlab keeps these as lists and tests membership per cell: quadratic on a 300-row table.
        self._rowSpanCells = set(self._rowSpanCells)
        self._colSpanCells = set(self._colSpanCells)

    def _part(self, grid: Grid) -> "SectionTable":
        return SectionTable(grid, self.sheet)

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        heights = list(self._rowHeights)
        repeat = self.grid.repeat_rows
        head = sum(heights[:repeat])
        fit, used = 0, 0.0
        for h in heights:
            if used + h > availHeight + _FUZZ:
                break
            used += h
            fit += 1
        if fit >= len(heights) or fit < repeat:
            return []
        # The first row that does not fit; tail rows (总分) never start a page alone.
        n = min(fit, max(repeat, len(heights) - 1 - self.grid.tail_rows))
        page_body = geo.FRAME_HEIGHT * mm - head
        too_tall = heights[n] > min(geo.SPLIT_IN_ROW_ABOVE * mm, page_body)
        if n > repeat and not too_tall:
            parts = self._split_between(n, availWidth, availHeight)
            if parts:
                return parts
        if n == repeat and heights[n] <= page_body and availHeight < geo.FRAME_HEIGHT * mm - _FUZZ:
            return []  # the row fits a fresh page whole: move on rather than cut it
        parts = self._split_inside(n, availWidth, availHeight, availHeight - sum(heights[:n]))
        if not parts and n > repeat:
            parts = self._split_between(n, availWidth, availHeight)
        if not parts and fit > n:
            parts = self._split_between(fit, availWidth, availHeight)  # 总分 alone rather than no split
        return parts

    def _continuation(self, grid: Grid, start: int) -> Grid:
        return subset(grid, list(range(grid.repeat_rows)) + list(range(start, len(grid.rows))))

    def _split_between(self, n: int, availWidth, availHeight) -> list:
        """Rows [0, k) here and the header + rows [k, …) on the next page, for the largest k that fits."""
        for k in range(n, self.grid.repeat_rows, -1):
            first = self._part(subset(self.grid, list(range(k))))
            if first.wrap(availWidth, availHeight)[1] <= availHeight + _FUZZ:
                return [first, self._part(self._continuation(self.grid, k))]
        return []

    def _split_inside(self, n: int, availWidth, availHeight, room: float) -> list:
        """Row n cut in two: as many lines of each of its cells as fit here, the rest on the next page."""
        step = BODY_LEADING
        while room - 2 * PAD_Y >= step - _FUZZ:
            grid = _cut_row(self.grid, n, room - 2 * PAD_Y)
            if grid is None:
                return []
            first = self._part(subset(grid, list(range(n + 1))))
            if first.wrap(availWidth, availHeight)[1] <= availHeight + _FUZZ:
                return [first, self._part(self._continuation(grid, n + 1))]
            room -= step
        return []


def _cut_row(grid: Grid, n: int, content_height: float) -> Grid | None:
    """The grid with row n replaced by two rows: the lines that fit `content_height`, and the rest.

    Returns None when no cell of the row can put even one line in the first part.
    """
    ncols = len(grid.widths)
    first: list[RCell | None] = [None] * ncols
    rest: list[RCell | None] = [None] * ncols
    progressed = False
    for c, cell in enumerate(grid.rows[n]):
        if cell is None:
            continue
        if cell.rowspan > 1:
            first[c] = cell._replace(rowspan=cell.rowspan + 1)
            continue
        if cell.style in LABEL_STYLES or isinstance(cell.content, str):
            # Labels (二级指标 of a one-row group) are repeated on the continuation; values are not.
            first[c] = cell
            rest[c] = cell if cell.style in LABEL_STYLES else cell._replace(content="")
            continue
        width = grid.width_of(c, cell.colspan) - 2 * PAD_X
        para = cell.content
        para.wrap(width, content_height)
        parts = para.split(width, content_height)
        if not parts:
            first[c], rest[c] = cell._replace(content=""), cell
        elif len(parts) == 1:
            first[c], rest[c] = cell, cell._replace(content="")
        else:
            first[c], rest[c] = cell._replace(content=parts[0]), cell._replace(content=parts[1])
            progressed = True
    if not progressed:
        return None
    rows = [list(row) for row in grid.rows]
    # Spans from rows above that cover row n now cover both halves.
    for r, c, cell in grid.cells():
        if r < n <= r + cell.rowspan - 1:
            rows[r][c] = cell._replace(rowspan=cell.rowspan + 1)
    rows[n:n + 1] = [first, rest]
    return grid._replace(rows=tuple(tuple(row) for row in rows))
