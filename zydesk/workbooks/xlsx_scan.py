"""A quick look at an .xlsx before calamine reads it: each sheet's extent, formulas without a result, percent cells.

calamine allocates a dense grid for a sheet's bounding box (a two-cell sheet reaching XFD1048576 aborts the
process) and does not say which cells are formulas; the sheet XML is looked at first to learn both. Only these
two facts are taken from it (values are read by calamine): a regular-expression pass over the cell tags, and the
standard XML parser for the rare sheet whose cells do not name their position.
"""

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from .number_formats import percent_styles

_REF = re.compile(r"([A-Z]+)(\d+)")
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class SheetScan:
    rows: int = 0  # 1 + the last row holding a value (0 when empty)
    cols: int = 0
    # (row, col), 0-based: formula cells saved without a computed value.
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)
    # (row, col) of cells whose number format shows a percent (0.93 shown as 93%).
    percent: set[tuple[int, int]] = field(default_factory=set)
    # (top, left, bottom, right) of merged ranges the reader does not give itself (.ods).
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _sheet_parts(archive: zipfile.ZipFile) -> tuple[dict[str, str], str | None]:
    """Sheet name -> worksheet part, from xl/workbook.xml and its relationships; and the styles part."""
    targets: dict[str, str] = {}
    styles = None
    with archive.open("xl/_rels/workbook.xml.rels") as handle:
        for _, elem in ElementTree.iterparse(handle):
            if _local(elem.tag) == "Relationship":
                target = elem.get("Target", "")
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
                targets[elem.get("Id", "")] = part
                if elem.get("Type", "").endswith("/styles"):
                    styles = part
    parts: dict[str, str] = {}
    with archive.open("xl/workbook.xml") as handle:
        for _, elem in ElementTree.iterparse(handle):
            if _local(elem.tag) == "sheet":
                rel = elem.get(_REL_NS) or next((v for k, v in elem.attrib.items() if _local(k) == "id"), "")
                if rel in targets:
                    parts[elem.get("name", "")] = targets[rel]
    return parts, styles


def _scan_part(archive: zipfile.ZipFile, part: str, percent_ids: frozenset[int] = frozenset()) -> SheetScan:
    scan = SheetScan()
    row, col = -1, -1
    with archive.open(part) as handle:
        for event, elem in ElementTree.iterparse(handle, events=("start", "end")):
            tag = _local(elem.tag)
            if event == "start":
                if tag == "row":
                    r = elem.get("r")
                    row, col = (int(r) if r and r.isdigit() else row + 2) - 1, -1
                continue
            if tag == "c":
                match = _REF.fullmatch(elem.get("r", ""))
                if match:
                    row, col = int(match.group(2)) - 1, column_number(match.group(1)) - 1
                else:
                    col += 1
                style = elem.get("s", "")
                if style.isdigit() and int(style) in percent_ids:
                    scan.percent.add((row, col))
                children = {_local(child.tag) for child in elem}
                if "v" in children or "is" in children:
                    scan.rows, scan.cols = max(scan.rows, row + 1), max(scan.cols, col + 1)
                elif "f" in children:
                    scan.formulas_without_value.append((row, col))
                elem.clear()
            elif tag == "row":
                elem.clear()
    return scan


_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
# Cells with content that name their position; a self-closing `<c r="A1" s="3"/>` holds nothing.
_CELL = re.compile(rb"<" + _PREFIX + rb'c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*(?<!/)>(.*?)</' + _PREFIX + rb"c>",
                   re.S)
_OPEN_CELL = re.compile(rb"<" + _PREFIX + rb"c\b[^>]*(?<!/)>")
_POSITION = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_CELL_TAG = re.compile(rb"<" + _PREFIX + rb"c\b")
_ANY_STYLE = re.compile(rb'\ss="([0-9]{1,9})"')
MAX_PATTERN_STYLES = 200


def _percent_style_pattern(percent_ids: frozenset[int]) -> re.Pattern:
    """A style attribute naming one of these styles: looked for on its own, which is fast, the tag around it after."""
    if len(percent_ids) > MAX_PATTERN_STYLES:  # an odd styles part: every style attribute, checked one by one
        return _ANY_STYLE
    ids = b"|".join(str(i).encode() for i in sorted(percent_ids))
    return re.compile(rb'\ss="((?:' + ids + rb'))"')


def _quick_scan(xml: bytes, percent_ids: frozenset[int] = frozenset()) -> SheetScan | None:
    """The fast pass; None when a cell does not name its position (then the parser reads the sheet)."""
    scan = SheetScan()
    cells = 0
    for letters, digits, body in _CELL.findall(xml):
        cells += 1
        if b"<v" in body or b":v>" in body or b"<is" in body or b":is>" in body:
            scan.rows = max(scan.rows, int(digits))
            scan.cols = max(scan.cols, column_number(letters.decode()))
        elif b"<f" in body or b":f" in body:
            scan.formulas_without_value.append((int(digits) - 1, column_number(letters.decode()) - 1))
    if cells != len(_OPEN_CELL.findall(xml)):
        return None
    if percent_ids:  # only a workbook that has a percent style looks for its cells
        for match in _percent_style_pattern(percent_ids).finditer(xml):
            if int(match.group(1)) not in percent_ids:
                continue
            tag = xml[xml.rfind(b"<", 0, match.start()):xml.find(b">", match.end()) + 1]
            position = _POSITION.search(tag) if _CELL_TAG.match(tag) else None  # rows carry styles too
            if position:
                scan.percent.add((int(position.group(2)) - 1, column_number(position.group(1).decode()) - 1))
    return scan


def _scan(archive: zipfile.ZipFile, part: str, percent_ids: frozenset[int] = frozenset()) -> SheetScan:
    scan = _quick_scan(archive.read(part), percent_ids)
    return scan if scan is not None else _scan_part(archive, part, percent_ids)


def scan_xlsx(data: bytes) -> dict[str, SheetScan]:
    """Sheet name -> what its XML holds; raises zipfile/XML errors on a damaged file."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts, styles = _sheet_parts(archive)
        percent = percent_styles(archive, styles) if styles in archive.NameToInfo else frozenset()
        return {name: _scan(archive, part, percent) for name, part in parts.items() if part in archive.NameToInfo}
