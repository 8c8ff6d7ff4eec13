"""What calamine does not give of an .ods: merged ranges, percent cells and formulas saved without a result.

content.xml is streamed once through safe_xml (bounded, no DTD); only cell positions and these three facts are
taken from it, the values are read by calamine. Repeated rows and columns advance the position without being
expanded, so a sheet LibreOffice pads to row 1,048,576 costs one element.
"""

import io
import zipfile

from .safe_xml import SEPARATOR, stream_part
from .xlsx_scan import SheetScan

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE_TAG = f"{TABLE}{SEPARATOR}table"
_ROW = f"{TABLE}{SEPARATOR}table-row"
_CELL = f"{TABLE}{SEPARATOR}table-cell"
_COVERED = f"{TABLE}{SEPARATOR}covered-table-cell"
_NAME = f"{TABLE}{SEPARATOR}name"
_ROWS_REPEATED = f"{TABLE}{SEPARATOR}number-rows-repeated"
_COLS_REPEATED = f"{TABLE}{SEPARATOR}number-columns-repeated"
_ROWS_SPANNED = f"{TABLE}{SEPARATOR}number-rows-spanned"
_COLS_SPANNED = f"{TABLE}{SEPARATOR}number-columns-spanned"
_FORMULA = f"{TABLE}{SEPARATOR}formula"
_VALUE_TYPE = f"{OFFICE}{SEPARATOR}value-type"
# A repeated cell stands for many positions; more than this many of them are not listed one by one.
MAX_REPEATS = 10_000


def _count(attributes: dict, key: str) -> int:
    text = attributes.get(key, "1")
    return int(text) if text.isdigit() and len(text) <= 8 else 1


class _Scanner:
    def __init__(self):
        self.sheets: dict[str, SheetScan] = {}
        self.scan: SheetScan | None = None
        self.depth = 0  # nesting of table:table (a sub-table inside a cell is not the sheet's own grid)
        self.row = self.col = 0
        self.row_repeat = 1

    def start(self, tag: str, attributes: dict) -> None:
        if tag == _TABLE_TAG:
            self.depth += 1
            if self.depth == 1:
                self.scan = self.sheets.setdefault(attributes.get(_NAME, ""), SheetScan())
                self.row = 0
            return
        if self.depth != 1:
            return
        if tag == _ROW:
            self.row_repeat, self.col = _count(attributes, _ROWS_REPEATED), 0
        elif tag == _CELL:
            self._cell(attributes)
        elif tag == _COVERED:
            self.col += _count(attributes, _COLS_REPEATED)

    def _cell(self, attributes: dict) -> None:
        scan, row, col = self.scan, self.row, self.col
        cols = _count(attributes, _COLS_REPEATED)
        self.col += cols
        down, across = _count(attributes, _ROWS_SPANNED), _count(attributes, _COLS_SPANNED)
        if down > 1 or across > 1:
            scan.merges.append((row, col, row + down - 1, col + across - 1))
        value_type = attributes.get(_VALUE_TYPE)
        percent = value_type == "percentage"
        unvalued = _FORMULA in attributes and value_type is None
        if not (percent or unvalued):
            return
        positions = [(row + r, col + c) for r in range(min(self.row_repeat, MAX_REPEATS))
                     for c in range(min(cols, MAX_REPEATS // min(self.row_repeat, MAX_REPEATS)))]
        if percent:
            scan.percent.update(positions)
        else:
            scan.formulas_without_value += positions

    def end(self, tag: str) -> None:
        if tag == _TABLE_TAG:
            self.depth -= 1
        elif tag == _ROW and self.depth == 1:
            self.row += self.row_repeat


def scan_ods(data: bytes) -> dict[str, SheetScan]:
    """Sheet name -> its merged ranges, percent cells and unvalued formulas; raises on a damaged file."""
    scanner = _Scanner()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        stream_part(archive, "content.xml", scanner.start, scanner.end)
    return scanner.sheets
