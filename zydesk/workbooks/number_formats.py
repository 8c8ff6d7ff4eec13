"""Which number cells a clerk sees as a percent: the cell's number format, which calamine does not give.

.xlsx: the cell styles of xl/styles.xml (streamed through safe_xml); .ods marks such cells itself
(office:value-type="percentage", see ods_scan); .xls: xlrd's formatting records, opened only when a number
turns up where a text is expected, so a workbook of texts never pays for it.
"""

import io
import re
import zipfile

from .safe_xml import stream_part

_TEXT = 1  # xlrd.XL_CELL_TEXT; blank cells are XL_CELL_BLANK (6) when formats are read
# Excel's built-in formats 9 (0%) and 10 (0.00%); custom formats have ids from 164 on.
BUILTIN_PERCENT = frozenset({9, 10})
# Quoted text, an escaped character and [colour]/[condition] sections never make a number a percent.
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def is_percent_format(code: str) -> bool:
    """Whether a number format shows a positive number multiplied by 100 with a % sign."""
    return "%" in _LITERALS.sub("", code).split(";", 1)[0]


def _local(tag: str) -> str:
    return tag.rsplit(" ", 1)[-1]


def percent_styles(archive: zipfile.ZipFile, part: str) -> frozenset[int]:
    """Indexes into cellXfs (a cell's s="…") whose number format is a percent."""
    custom: dict[int, str] = {}
    formats: list[int] = []
    in_cell_xfs = [False]

    def start(tag: str, attributes: dict) -> None:
        name = _local(tag)
        if name == "numFmt":
            key = attributes.get("numFmtId", "")
            if key.isdigit():
                custom[int(key)] = attributes.get("formatCode", "")
        elif name == "cellXfs":
            in_cell_xfs[0] = True
        elif name == "xf" and in_cell_xfs[0]:
            key = attributes.get("numFmtId", "0")
            formats.append(int(key) if key.isdigit() and len(key) < 9 else 0)

    def end(tag: str) -> None:
        if _local(tag) == "cellXfs":
            in_cell_xfs[0] = False

    stream_part(archive, part, start, end)
    return frozenset(i for i, key in enumerate(formats)
                     if key in BUILTIN_PERCENT or (key in custom and is_percent_format(custom[key])))


def xls_encrypted(data: bytes) -> bool:
    """Whether an .xls that calamine could not open is saved with a password (its FILEPASS record)."""
    import xlrd

    try:
        xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO(), verbosity=0)
    except xlrd.XLRDError as exc:
        return "encrypted" in str(exc)
    except Exception:
        return False
    return False


class XlsFormats:
    """What calamine does not give of an .xls, read with xlrd on first use: percent formats, empty formula results.

    None or nothing where xlrd cannot read what calamine could.
    """

    def __init__(self, data: bytes):
        self.data = data
        self.book = None
        self.failed = False

    def _open(self):
        if self.book is None and not self.failed:
            try:
                import xlrd  # only here: most workbooks never need it

                self.book = xlrd.open_workbook(file_contents=self.data, formatting_info=True, on_demand=True,
                                               logfile=io.StringIO(), verbosity=0)
            except Exception:  # xlrd refuses what calamine read; the format stays unknown, it is reported
                self.failed = True
        return self.book

    def empty_results(self, sheet: str) -> list[tuple[int, int]]:
        """Cells holding an empty text: in BIFF8 only a formula whose stored result is empty gives one.

        A formula written by a program that does not calculate (xlwt and other scripts) stores an empty result;
        calamine shows it as a blank cell, which would drop the cell silently.
        """
        book = self._open()
        if book is None:
            return []
        try:
            grid = book.sheet_by_name(sheet)
            found = []
            for r in range(grid.nrows):
                types = grid.row_types(r)
                if _TEXT in types:
                    found += [(r, c) for c, kind in enumerate(types) if kind == _TEXT and grid.cell_value(r, c) == ""]
            return found
        except Exception:
            return []

    def percent(self, sheet: str, r: int, c: int) -> bool | None:
        book = self._open()
        if book is None:
            return None
        try:
            grid = book.sheet_by_name(sheet)
            if r >= grid.nrows or c >= grid.ncols:
                return False
            xf = book.xf_list[grid.cell_xf_index(r, c)]
            return is_percent_format(book.format_map[xf.format_key].format_str)
        except Exception:
            return None
