"""The summary as a PDF: A4 landscape, the column header on every page, 第 x 页 共 y 页, then the charts.

The header is drawn by the page template, not as table rows: the body is laid out in short tables (fast for
9,000 rows), and every page, whichever table it starts in, gets the same header above the same columns.
"""

import io
from collections.abc import Iterator

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Table, TableStyle

from ..printing.canvas import numbered_canvas
from ..printing.fonts import FontSet, font_set
from .charts import charts_story
from .columns import COLUMNS, KINDS, NUMERIC_KINDS, entry_cells
from .rows import FormRow
from .table import Summary, TotalRow
from .wrap import wrap_lines

PAGE = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 10 * mm, 12 * mm, 14 * mm
TITLE_SIZE, BODY_SIZE, LEADING = 15.0, 7.5, 9.0
TITLE_BLOCK = 12 * mm
PAD_X, PAD_Y = 1.2, 1.5
# Column widths in mm (sum 277 = the landscape frame): text columns get the room, counts the least.
WIDTHS_MM = (10, 10, 38, 20, 24, 19, 19, 19, 13, 10, 10, 11, 8, 8, 34, 24)
COL_WIDTHS = tuple(w * mm for w in WIDTHS_MM)
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
ROWS_PER_TABLE = 40
# A row taller than this many lines (a 10,000-character 项目名称) continues in the next table row.
MAX_ROW_LINES = 40
RULE = 0.5
TOTAL_FILL = colors.HexColor("#EDEDED")
DUPLICATE_FILL = colors.HexColor("#FBE3E3")
ALIGN = {kind: ("RIGHT" if kind in NUMERIC_KINDS else "LEFT") for kind in set(KINDS)}


def _lines(texts: list[str], fonts: FontSet, bold: bool) -> list[list[str]]:
    font = fonts.bold if bold else fonts.regular
    return [wrap_lines(text, width - 2 * PAD_X, font, BODY_SIZE) for text, width in zip(texts, COL_WIDTHS, strict=True)]


def _pieces(entry: FormRow | TotalRow, fonts: FontSet) -> list[list[str]]:
    """The entry as one table row, or several when its tallest cell exceeds MAX_ROW_LINES lines."""
    cells = _lines([c.text for c in entry_cells(entry)], fonts, isinstance(entry, TotalRow))
    height = max(len(c) for c in cells)
    return [["\n".join(c[start:start + MAX_ROW_LINES]) for c in cells] for start in range(0, height, MAX_ROW_LINES)]


def _style(fonts: FontSet) -> list:
    style = [("FONT", (0, 0), (-1, -1), fonts.regular, BODY_SIZE, LEADING),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
             ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
             ("BOX", (0, 0), (-1, -1), RULE, colors.black),
             ("LINEAFTER", (0, 0), (-2, -1), RULE, colors.black)]
    for col, kind in enumerate(KINDS):
        style.append(("ALIGN", (col, 0), (col, -1), ALIGN[kind]))
    return style


def _body_tables(summary: Summary, fonts: FontSet) -> Iterator[Table]:
    data: list[list[str]] = []
    extra: list = []
    base = _style(fonts)

    def flush() -> Table:
        table = Table(data, colWidths=COL_WIDTHS, style=TableStyle(base + extra), hAlign="LEFT")
        return table

    for entry in summary.entries:
        pieces = _pieces(entry, fonts)
        first, last = len(data), len(data) + len(pieces) - 1
        data += pieces
        extra.append(("LINEBELOW", (0, last), (-1, last), RULE, colors.black))
        if isinstance(entry, TotalRow):
            extra += [("FONT", (0, first), (-1, last), fonts.bold, BODY_SIZE, LEADING),
                      ("BACKGROUND", (0, first), (-1, last), TOTAL_FILL)]
        elif entry.duplicate:
            extra.append(("BACKGROUND", (0, first), (-1, last), DUPLICATE_FILL))
        if len(data) >= ROWS_PER_TABLE:
            yield flush()
            data, extra = [], []
    if data:
        yield flush()


def _header_table(fonts: FontSet) -> Table:
    cells = _lines(list(COLUMNS), fonts, True)
    table = Table([["\n".join(c) for c in cells]], colWidths=COL_WIDTHS, hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.bold, BODY_SIZE, LEADING), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), RULE, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), TOTAL_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y)]))
    table.wrap(FRAME_WIDTH, PAGE[1])
    return table


def _templates(summary: Summary, fonts: FontSet) -> list[PageTemplate]:
    header = _header_table(fonts)
    header_height = header._height
    top = PAGE[1] - MARGIN_TOP

    def draw_header(canvas, _doc, below: float) -> None:
        header.drawOn(canvas, MARGIN_X, top - below - header_height)

    def first_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.bold, TITLE_SIZE)
        canvas.drawCentredString(PAGE[0] / 2, top - TITLE_SIZE, summary.title())
        canvas.restoreState()
        draw_header(canvas, doc, TITLE_BLOCK)

    def body_frame(name: str, below: float) -> Frame:
        height = top - below - MARGIN_BOTTOM
        return Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, height, 0, 0, 0, 0, id=name)

    return [
        PageTemplate("first", [body_frame("first", TITLE_BLOCK + header_height)], onPage=first_page,
                     autoNextPageTemplate="table"),
        PageTemplate("table", [body_frame("table", header_height)], onPage=lambda c, d: draw_header(c, d, 0)),
        PageTemplate("charts", [body_frame("charts", 0)]),
    ]


def pdf_bytes(summary: Summary) -> tuple[bytes, int]:
    """The PDF and its page count."""
    fonts = font_set()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, title=summary.title(), author="zydesk", creator="zydesk",
                          invariant=True)
    doc.addPageTemplates(_templates(summary, fonts))
    story: list = list(_body_tables(summary, fonts))
    story += [NextPageTemplate("charts"), PageBreak(), *charts_story(summary, fonts, FRAME_WIDTH)]
    report: dict = {}
    doc.build(story, canvasmaker=numbered_canvas(fonts.regular, report))
    return buffer.getvalue(), report.get("pages", 0)
