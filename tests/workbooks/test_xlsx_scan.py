"""Tests for workbooks/xlsx_scan.py: a sheet's extent and formulas without values, both ways of reading."""

import io
import zipfile

from zydesk.workbooks.xlsx_scan import _quick_scan, scan_xlsx

SHEET = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         b'<row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C9" s="2"/></row>'
         b'<row r="3"><c r="D3"><f>1+1</f></c><c r="E3" t="inlineStr"><is><t>x</t></is></c></row>'
         b'</sheetData></worksheet>')


def _workbook(sheet: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                         '2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" '
                         'Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()


def test_extent_counts_only_cells_with_values():
    scan = scan_xlsx(_workbook(SHEET))["表1"]
    assert (scan.rows, scan.cols) == (3, 5)  # styled empty C9 does not count
    assert scan.formulas_without_value == [(2, 3)]


def test_cells_without_positions_are_read_by_the_parser():
    sheet = SHEET.replace(b' r="B1"', b"").replace(b' r="D3"', b"")
    assert _quick_scan(sheet) is None
    scan = scan_xlsx(_workbook(sheet))["表1"]
    assert (scan.rows, scan.cols) == (3, 5)
    # A cell without a position follows the one before it in its row: here the row's first, A3.
    assert scan.formulas_without_value == [(2, 0)]


def test_percent_cells_are_found_by_their_style_whatever_the_attribute_order():
    sheet = (b'<worksheet><sheetData><row r="1" s="3" customFormat="1">'
             b'<c r="A1" s="3"><v>0.93</v></c><c s="3" r="B1" t="n"><v>1</v></c><c r="C1" s="13"><v>2</v></c>'
             b'<c r="D1" s="4"><v>0.5</v></c></row></sheetData></worksheet>')
    assert _quick_scan(sheet, frozenset({3, 4})).percent == {(0, 0), (0, 1), (0, 3)}
    # Many percent styles: every styled cell checked one by one gives the same.
    assert _quick_scan(sheet, frozenset({3, 4, *range(1000, 1300)})).percent == {(0, 0), (0, 1), (0, 3)}
