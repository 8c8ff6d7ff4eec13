"""The summary as an Excel workbook: numbers as numbers with formats showing their decimals, header frozen,
auto-filter, widths that fit."""

import io
from decimal import Decimal

import xlsxwriter

from .columns import COLUMNS, KINDS, cell_text, entry_values, rate_value
from .table import Summary, TotalRow

SHEET_NAME = "汇总"
EXACT_DIGITS = 15  # what a spreadsheet's binary double shows exactly; longer values go in as text
MIN_WIDTH, MAX_WIDTH = 4, 40
FONT = "宋体"
LINE_HEIGHT = 14.0  # points per line of 10-point text
MAX_LINES = 30  # a row may be at most 409 points high


def _number_layout(value: Decimal) -> tuple[int, bool]:
    """Decimal places to show, and whether a binary double carries the value exactly (≤ 15 significant digits;
    longer values go in as text). One as_tuple() per value: a district's summary has 90,000 of them."""
    _sign, digits, exponent = value.as_tuple()
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    # Trailing zeros are not significant (1200 is 1.2E+3): only a long digit string needs the exact count.
    fits = len(digits) <= EXACT_DIGITS or len(value.normalize().as_tuple().digits) <= EXACT_DIGITS
    return places, fits


def display_width(text: str) -> int:
    """Width in spreadsheet character units: a Chinese character takes two, a Latin one one.

    From the UTF-8 length (3 bytes for Chinese, 1 for ASCII): one C-speed call per cell, 9,000 rows a second.
    """
    if "\n" not in text:
        return (len(text) + len(text.encode("utf-8"))) // 2
    return max((len(line) + len(line.encode("utf-8"))) // 2 for line in text.split("\n"))


class _Formats:
    """Cell formats made once per kind of cell (a workbook caps the number of distinct formats)."""

    def __init__(self, book: xlsxwriter.Workbook):
        self.book = book
        self.cache: dict[tuple, object] = {}

    def get(self, number: str | None = None, bold: bool = False, wrap: bool = False, header: bool = False):
        key = (number, bold, wrap, header)
        if key not in self.cache:
            spec: dict = {"font_name": FONT, "font_size": 10, "valign": "top", "border": 1}
            if number:
                spec["num_format"] = number
            if bold:
                spec["bold"] = True
                spec["bg_color"] = "#EFEFEF"
            if wrap:
                spec["text_wrap"] = True
            if header:
                spec.update(bold=True, align="center", valign="vcenter", bg_color="#D9D9D9", text_wrap=True)
            self.cache[key] = self.book.add_format(spec)
        return self.cache[key]


def _number(value: Decimal) -> float:
    # The file format stores numbers as binary doubles: converted here, at the file boundary, only for values
    # of at most 15 significant digits, which a double carries and a spreadsheet shows back exactly.
    return float(value)


def xlsx_bytes(summary: Summary) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": summary.title(), "author": "zydesk", "comments": "zydesk summary"})
    sheet = book.add_worksheet(SHEET_NAME)
    formats = _Formats(book)
    table = [(isinstance(entry, TotalRow), entry_values(entry)) for entry in summary.entries]
    # display_width inlined for the usual one-line text: 144,000 cells in a district's summary.
    measured = [[(len(t) + len(t.encode("utf-8"))) // 2 if "\n" not in t else display_width(t)
                 for t in map(cell_text, values, KINDS)] for _, values in table]
    widths = [max(column) for column in zip([display_width(name) for name in COLUMNS], *measured, strict=True)]
    widths = [min(MAX_WIDTH, max(MIN_WIDTH, w + 2)) for w in widths]
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, COLUMNS[col], formats.get(header=True))
    write_blank, write_string, write_number = sheet.write_blank, sheet.write_string, sheet.write_number
    get = formats.get
    for r, ((bold, values), row) in enumerate(zip(table, measured, strict=True), start=1):
        lines = 1
        # Each format is made on its first use, in the same order as before: the styles part is unchanged.
        for col, (value, kind) in enumerate(zip(values, KINDS, strict=True)):
            if value is None:
                write_blank(r, col, None, get(None, bold))
            elif isinstance(value, str):
                width = widths[col] - 1
                wrapped = row[col] > width
                write_string(r, col, value, get(None, bold, wrapped))
                if wrapped:
                    lines = max(lines, -(-row[col] // width))
            elif isinstance(value, int):
                write_number(r, col, value, get("0", bold))
            elif kind == "rate":
                write_number(r, col, _number(rate_value(value)), get("0.00%", bold))
            else:
                places, fits = _number_layout(value)
                if fits:
                    write_number(r, col, _number(value), get("0." + "0" * places if places else "0", bold))
                else:
                    write_string(r, col, cell_text(value, kind), get(None, bold))
        if lines > 1:
            # Spreadsheets do not grow a row for wrapped text on opening: give it the height its lines need.
            sheet.set_row(r, LINE_HEIGHT * min(lines, MAX_LINES))
    sheet.freeze_panes(1, 0)
    # The filter covers the forms (and subtotals), not the 合计 row: sorting must not move it among them.
    sheet.autofilter(0, 0, max(1, len(summary.entries) - 1), len(COLUMNS) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.repeat_rows(0)
    sheet.fit_to_pages(1, 0)
    book.close()
    return buffer.getvalue()
