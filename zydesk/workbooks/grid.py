"""A sheet as a grid of values with its merged ranges, read by calamine within the workbook's limits."""

import io
from collections.abc import Iterator
from dataclasses import dataclass, field

import python_calamine as calamine

from .guard import ENCRYPTED, Checked, WorkbookError
from .number_formats import XlsFormats, xls_encrypted
from .ods_scan import scan_ods
from .values import is_blank
from .xlsx_scan import SheetScan, scan_xlsx

FORMULA_WITHOUT_VALUE = "公式没有保存计算结果（请在 Excel/WPS 中重新计算并保存）"
# In an .xls or .ods a formula never calculated and one whose result is the empty text look the same.
EMPTY_RESULT = "公式的计算结果为空，可能没有计算过（请在 Excel/WPS 中重新计算并保存）"
MAX_ROWS = 20_000
MAX_CELLS = 2_000_000


@dataclass
class SheetGrid:
    name: str
    rows: list[list[object]]
    # (row, col) of every cell inside a merged range -> (top, left, bottom, right) of that range.
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = field(default_factory=dict)
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)
    hidden: bool = False
    # Cells whose number format shows a percent (.xlsx, .ods), or the .xls formats asked cell by cell.
    percent: set[tuple[int, int]] = field(default_factory=set)
    formats: XlsFormats | None = None
    formula_note: str = FORMULA_WITHOUT_VALUE  # the report's reason for the cells of formulas_without_value

    @property
    def height(self) -> int:
        return len(self.rows)

    def anchor(self, r: int, c: int) -> tuple[int, int]:
        """The top-left cell of the merged range covering (r, c), or (r, c) itself."""
        box = self.merges.get((r, c))
        return (r, c) if box is None else (box[0], box[1])

    def raw(self, r: int, c: int) -> object:
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r]):
            return self.rows[r][c]
        return None

    def value(self, r: int, c: int) -> object:
        """The value shown at (r, c): a merged range shows its top-left value in every position."""
        return self.raw(*self.anchor(r, c))

    def shows_percent(self, r: int, c: int) -> bool | None:
        """Whether the number at (r, c) is shown as a percent; None when the workbook does not say."""
        if self.formats is not None:
            return self.formats.percent(self.name, r, c)
        return (r, c) in self.percent

    def span(self, r: int, c: int) -> tuple[int, int, int, int]:
        return self.merges.get((r, c), (r, c, r, c))

    def filled(self) -> Iterator[tuple[int, int, object]]:
        """Every non-blank anchor cell, row by row."""
        merges = self.merges
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                if value == "" or value is None or is_blank(value):
                    continue
                box = merges.get((r, c))
                if box is None or (box[0], box[1]) == (r, c):
                    yield r, c, value


@dataclass
class SkippedSheet:
    name: str
    reason: str


def read_workbook(path: str, checked: Checked) -> list[SheetGrid | SkippedSheet]:
    """Every sheet, in workbook order: a grid, or why it was not read (too large)."""
    scans: dict[str, SheetScan] = {}
    try:
        if checked.kind == "xlsx":
            scans = scan_xlsx(checked.data)
        elif checked.kind == "ods":
            scans = scan_ods(checked.data)
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(checked.data))
        metadata = book.sheets_metadata
    except calamine.PasswordError:
        raise WorkbookError(path, ENCRYPTED) from None
    except Exception as exc:  # calamine, zip and XML errors all mean a damaged file
        # Read from memory, calamine cannot tell an encrypted .xls from an unknown format; xlrd can.
        if checked.kind == "xls" and xls_encrypted(checked.data):
            raise WorkbookError(path, ENCRYPTED) from None
        raise WorkbookError(path, f"工作簿已损坏或不完整（{_short(exc)}）") from None
    except BaseException as exc:  # a panic inside the Rust reader arrives as a BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise WorkbookError(path, "工作簿已损坏，无法读取") from None
    formats = XlsFormats(checked.data) if checked.kind == "xls" else None
    sheets: list[SheetGrid | SkippedSheet] = []
    for meta in metadata:
        scan = scans.get(meta.name)
        if scan is not None and (scan.rows > MAX_ROWS or scan.rows * scan.cols > MAX_CELLS):
            sheets.append(SkippedSheet(meta.name, f"范围过大（{scan.rows} 行 × {scan.cols} 列），未读取"))
            continue
        sheets.append(_read_sheet(path, book, meta, scan, formats, checked.kind))
    return sheets


def _read_sheet(path: str, book, meta, scan: SheetScan | None, formats: XlsFormats | None, kind: str
                ) -> SheetGrid | SkippedSheet:
    try:
        sheet = book.get_sheet_by_name(meta.name)
        if sheet.height > MAX_ROWS or sheet.height * sheet.width > MAX_CELLS:
            return SkippedSheet(meta.name, f"范围过大（{sheet.height} 行 × {sheet.width} 列），未读取")
        rows = sheet.to_python(skip_empty_area=False)
        ranges = sheet.merged_cell_ranges or []
    except Exception as exc:
        raise WorkbookError(path, f"工作表“{meta.name}”已损坏（{_short(exc)}）") from None
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise WorkbookError(path, f"工作表“{meta.name}”已损坏，无法读取") from None
    boxes = [(top, left, bottom, right) for (top, left), (bottom, right) in ranges]
    if scan is not None:
        boxes += scan.merges  # calamine gives no merged ranges for .ods
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    width = max(map(len, rows), default=0)
    budget = MAX_CELLS  # positions filled over all ranges: overlapping sheet-wide ranges must not cost minutes
    for box in boxes:
        top, left, bottom, right = box
        # Beyond the values read, a range adds nothing; clipping keeps a sheet-wide merge from costing memory.
        bottom, right = min(bottom, len(rows) - 1), min(right, width - 1)
        area = max(0, bottom - top + 1) * max(0, right - left + 1)
        if area > budget:
            continue
        budget -= area
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                merges[(r, c)] = box
    hidden = str(meta.visible).rsplit(".", 1)[-1] != "Visible"
    # Only .xlsx tells a formula never calculated (no <v>) from one whose result is empty (=IF(…,"")); an .xls or
    # .ods stores both the same way.
    note = FORMULA_WITHOUT_VALUE if kind == "xlsx" else EMPTY_RESULT
    if scan is None:
        empty = [] if formats is None else [(r, c) for r, c in formats.empty_results(meta.name)
                                            if r < len(rows) and c < len(rows[r]) and rows[r][c] in ("", None)]
        return SheetGrid(meta.name, rows, merges, empty, hidden, formats=formats, formula_note=note)
    return SheetGrid(meta.name, rows, merges, list(scan.formulas_without_value), hidden, scan.percent,
                     formula_note=note)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:80]
