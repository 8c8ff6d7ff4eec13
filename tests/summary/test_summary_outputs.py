"""The written summary: CSV with a BOM, Excel with real numbers, PDF with the header on every page."""

import csv
import io
import re
import zipfile
from decimal import Decimal

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from conftest import EXAMPLE, D, bundle_of, clean_form
from zydesk.model import FundRow, Funds
from zydesk.summary import OutputError, build_summary, bundle_rows, summary_bytes, write_summary
from zydesk.summary.columns import COLUMNS
from zydesk.summary.wrap import wrap_lines


@pytest.fixture
def summary(example):
    return build_summary(bundle_rows(example, EXAMPLE), by="department")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_csv_has_bom_header_and_the_table(summary):
    data = summary_bytes(summary, ".csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[4][:3] == ["3", "2021", "公共服务经费"] and rows[4][8] == "92.88%"
    assert rows[-1][0] == "合计" and rows[-1][7] == "6162.393376"
    assert len(rows) == 1 + 4 + 2 + 1  # header, forms, two subtotals, 合计


def test_xlsx_numbers_are_numbers_with_their_decimals(summary, tmp_path):
    out = tmp_path / "汇总.xlsx"
    write_summary(summary, out)
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("汇总").to_python()
    assert tuple(sheet[0]) == COLUMNS
    third = sheet[4]
    assert third[0] == 3 and third[2] == "公共服务经费"
    assert isinstance(third[7], float) and Decimal(repr(third[7])) == Decimal("1665.328918")
    assert third[8] == pytest.approx(0.9288) and isinstance(third[10], float)
    assert sheet[-1][0] == "合计" and Decimal(repr(sheet[-1][7])) == Decimal("6162.393376")
    with zipfile.ZipFile(out) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
    assert 'ySplit="1"' in xml and 'state="frozen"' in xml  # header frozen
    assert '<autoFilter ref="A1:P7"/>' in xml  # the forms and subtotals, not the 合计 row
    assert 'formatCode="0.000000"' in styles and 'formatCode="0.00%"' in styles
    widths: dict[int, float] = {}
    for low, high, width in re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', xml):
        widths.update(dict.fromkeys(range(int(low), int(high) + 1), float(width)))
    assert sorted(widths) == list(range(1, len(COLUMNS) + 1))
    assert widths[3] > widths[2] > len("2021")  # 项目名称 wider than 年度, 年度 wide enough for its value


def test_xlsx_writes_a_value_beyond_15_digits_as_text(tmp_path):
    big = clean_form(funds=Funds(total=FundRow(initial=D("123456789012.123456"), annual=D("1"), executed=D("1"))))
    data = summary_bytes(build_summary(bundle_rows(bundle_of(big), "a.json")), ".xlsx")
    (tmp_path / "a.xlsx").write_bytes(data)
    sheet = CalamineWorkbook.from_path(str(tmp_path / "a.xlsx")).get_sheet_by_name("汇总").to_python()
    assert sheet[1][5] == "123456789012.123456"


def test_pdf_is_landscape_with_title_header_on_every_page_and_page_numbers(tmp_path):
    forms = [clean_form(id=f"f{i}", project_name=f"项目{i}号") for i in range(120)]
    forms[7].project_name = "很长的项目名称" * 300  # taller than a page: continues, nothing is cut
    summary = build_summary(bundle_rows(bundle_of(*forms), "区.zyd.json"))
    out = tmp_path / "汇总.pdf"
    write_summary(summary, out)
    reader = PdfReader(str(out))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 4
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height
    assert "2021年度项目支出绩效自评结果汇总表" in pages[0]
    table_pages = pages[:-1]
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in text
    for text in table_pages:
        assert "主要偏差原因" in _squash(text) and "实施单位" in text
    everything = _squash("".join(table_pages))
    assert everything.count("很长的项目名称") == 300
    assert all(f"项目{i}号" in everything for i in range(120) if i != 7)
    assert "各等级表数" in pages[-1] and "执行率与自评得分" in pages[-1]


def test_wrap_keeps_every_character_and_fits_the_width():
    from zydesk.printing.fonts import font_set

    font = font_set().regular
    text = "北京市朝阳区人民政府小关街道办事处 file-name-2021.zyd.json 第二部分"
    lines = wrap_lines(text, 60, font, 7.5)
    assert len(lines) > 2 and "".join(lines).replace(" ", "") == text.replace(" ", "")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, font, 7.5) <= 60 for line in lines)


def test_unknown_suffix_and_folder_are_refused(summary, tmp_path):
    with pytest.raises(OutputError, match="不支持的输出格式"):
        write_summary(summary, tmp_path / "a.docx")
    (tmp_path / "d.csv").mkdir()
    with pytest.raises(OutputError, match="文件夹"):
        write_summary(summary, tmp_path / "d.csv")
