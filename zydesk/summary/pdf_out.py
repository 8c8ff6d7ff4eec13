"""The summary as a PDF: A4 landscape, title, the column header on every page, 第 x 页 共 y 页, then the charts.

The table is drawn straight onto the canvas, row by row (reportlab's Table takes seconds per thousand rows;
a district has 9,000): each cell is broken into lines by measured width, a row that does not fit goes to
the next page under a repeated header, and a row taller than a page continues there.
"""

import io

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from ..printing.canvas import numbered_canvas
from ..printing.fonts import FontSet, font_set
from .charts import CHART_HEIGHT, grade_chart, rate_score_chart
from .columns import COLUMNS, KINDS, NUMERIC_KINDS, entry_cells
from .rows import FormRow
from .table import Summary, TotalRow
from .wrap import text_width, wrap_lines

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 10 * mm, 12 * mm, 14 * mm
TITLE_SIZE, BODY_SIZE, LEADING = 15.0, 7.5, 9.0
TITLE_BLOCK = 12 * mm
PAD_X, PAD_Y = 1.2, 1.6
# Column widths in mm (sum 277 = the landscape page less margins): text columns get the room.
WIDTHS_MM = (10, 10, 38, 20, 24, 19, 19, 19, 13, 10, 10, 11, 8, 8, 34, 24)
COL_WIDTHS = tuple(w * mm for w in WIDTHS_MM)
COL_X = tuple(MARGIN_X + sum(COL_WIDTHS[:i]) for i in range(len(COL_WIDTHS) + 1))
RULE = 0.5
HEADER_FILL = colors.HexColor("#D9D9D9")
TOTAL_FILL = colors.HexColor("#EDEDED")
DUPLICATE_FILL = colors.HexColor("#FBE3E3")
RIGHT_ALIGNED = tuple(kind in NUMERIC_KINDS for kind in KINDS)
BASELINE = BODY_SIZE * 0.86  # first baseline below the top of a line box: the font's ascent


def cell_lines(texts: list[str], font: str) -> list[list[str]]:
    return [wrap_lines(text, width - 2 * PAD_X, font, BODY_SIZE) for text, width in zip(texts, COL_WIDTHS, strict=True)]


def row_height(lines: int) -> float:
    return lines * LEADING + 2 * PAD_Y


class _Pages:
    """Draws rows top-down, starting a new page (with the header) when the next row does not fit."""

    def __init__(self, canvas, summary: Summary, fonts: FontSet):
        self.canvas, self.summary, self.fonts = canvas, summary, fonts
        self.header = cell_lines(list(COLUMNS), fonts.bold)
        self.header_height = row_height(max(len(c) for c in self.header))
        self.max_lines = int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - TITLE_BLOCK - self.header_height - 2 * PAD_Y)
                             // LEADING)
        self.y = 0.0
        self.page_top = 0.0

    def start_page(self, first: bool) -> None:
        top = PAGE_H - MARGIN_TOP
        if first:
            self.canvas.setFont(self.fonts.bold, TITLE_SIZE)
            self.canvas.drawCentredString(PAGE_W / 2, top - TITLE_SIZE, self.summary.title())
            top -= TITLE_BLOCK
        self.page_top = top
        self.y = top
        self._draw_row(self.header, self.header_height, self.fonts.bold, HEADER_FILL, centred=True)

    def finish_page(self) -> None:
        c = self.canvas
        c.setLineWidth(RULE)
        c.setStrokeColor(colors.black)
        c.lines([(x, self.page_top, x, self.y) for x in COL_X])

    def add(self, entry: FormRow | TotalRow) -> None:
        total = isinstance(entry, TotalRow)
        font = self.fonts.bold if total else self.fonts.regular
        fill = TOTAL_FILL if total else (DUPLICATE_FILL if entry.duplicate else None)
        lines = cell_lines([c.text for c in entry_cells(entry)], font)
        height = max(len(c) for c in lines)
        for start in range(0, height, self.max_lines):
            piece = [c[start:start + self.max_lines] for c in lines]
            h = row_height(max(len(c) for c in piece))
            if self.y - h < MARGIN_BOTTOM:
                self.finish_page()
                self.canvas.showPage()
                self.start_page(first=False)
            self._draw_row(piece, h, font, fill, rule_below=start + self.max_lines >= height)

    def _draw_row(self, cells: list[list[str]], height: float, font: str, fill, centred: bool = False,
                  rule_below: bool = True) -> None:
        c, top = self.canvas, self.y
        if fill is not None:
            c.setFillColor(fill)
            c.rect(COL_X[0], top - height, COL_X[-1] - COL_X[0], height, stroke=0, fill=1)
            c.setFillColor(colors.black)
        text = c.beginText()
        text.setFont(font, BODY_SIZE, LEADING)
        for col, lines in enumerate(cells):
            left, right = COL_X[col] + PAD_X, COL_X[col + 1] - PAD_X
            for i, line in enumerate(lines):
                if not line:
                    continue
                if centred:
                    x = (left + right - text_width(line, font, BODY_SIZE)) / 2
                elif RIGHT_ALIGNED[col]:
                    x = right - text_width(line, font, BODY_SIZE)
                else:
                    x = left
                _place(text, x, top - PAD_Y - BASELINE - i * LEADING, line)
        c.drawText(text)
        self.y = top - height
        c.setLineWidth(RULE)
        if top == self.page_top or fill is not None:
            c.line(COL_X[0], top, COL_X[-1], top)  # again: a row's fill covers the rule above it
        if rule_below:
            c.line(COL_X[0], self.y, COL_X[-1], self.y)


def _place(text, x: float, y: float, line: str) -> None:
    """setTextOrigin + textOut without their per-call number formatting and re-measuring in pure Python,
    which took a third of a 9,000-row summary's time; the cursor is never used relatively here."""
    text._code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
    text._code.append(text._formatText(line))


def _draw_charts(canvas, summary: Summary, fonts: FontSet) -> None:
    width = (COL_X[-1] - COL_X[0]) / 2
    y = PAGE_H - MARGIN_TOP - CHART_HEIGHT
    renderPDF.draw(grade_chart(summary, fonts, width - 4 * mm), canvas, MARGIN_X, y)
    renderPDF.draw(rate_score_chart(summary, fonts, width - 4 * mm), canvas, MARGIN_X + width, y)


def pdf_bytes(summary: Summary) -> tuple[bytes, int]:
    """The PDF and its page count."""
    fonts = font_set()
    buffer = io.BytesIO()
    report: dict = {}
    canvas = numbered_canvas(fonts.regular, report)(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1,
                                                               pageCompression=1)
    canvas.setTitle(summary.title())
    canvas.setAuthor("zydesk")
    canvas.setCreator("zydesk")
    pages = _Pages(canvas, summary, fonts)
    pages.start_page(first=True)
    for entry in summary.entries:
        pages.add(entry)
    pages.finish_page()
    canvas.showPage()
    _draw_charts(canvas, summary, fonts)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), report.get("pages", 0)
