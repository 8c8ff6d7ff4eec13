"""What calamine does not give: percent formats, .ods merged ranges, formulas without a result in .xls/.ods."""

import re
import zipfile
from decimal import Decimal

import pytest

from conftest import DATA
from zydesk.workbooks import import_workbooks, unplaced_line
from zydesk.workbooks.number_formats import is_percent_format
from zydesk.workbooks.values import read_rate

WORKBOOKS = DATA / "workbooks"
FORMATS = ("xls", "xlsx", "ods")


def _without_id(form) -> dict:
    data = form.model_dump(mode="json")
    data.pop("id")
    return data


@pytest.mark.parametrize("ext", FORMATS)
def test_merged_runs_and_percent_cells_read_as_a_clerk_sees_them(example, ext):
    # Saved by LibreOffice: runs of equal 年度指标值/实际完成值 merged; the second sheet has every `100%` as the
    # number 1 shown with the format 0% (and merged over the runs), 执行率 as 0.0%.
    result = import_workbooks([WORKBOOKS / f"merged-percent-2021.{ext}"])
    merged, percents = result.bundle.forms
    assert _without_id(merged) == _without_id(example.forms[0])
    assert _without_id(percents) == _without_id(example.forms[2])
    assert [i.actual for i in merged.indicators[5:13]] == ["拨付资金已全部支出"] * 8
    assert percents.indicators[0].target == "100%"
    assert result.workbooks[0].sheets[1].file_totals["execution_rate"] == "0.928828"
    assert not any(s.unplaced for s in result.workbooks[0].sheets)


def test_percent_text_keeps_every_digit_of_the_value(tmp_path, example):
    import xlsxwriter

    path = tmp_path / "p.xlsx"
    source = example.forms[0]
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("表1")
    sheet.write_row(0, 0, ["项目名称", source.project_name])
    sheet.write_row(1, 0, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"])
    percent = book.add_format({"num_format": "0%"})
    sheet.write_row(2, 0, ["满意度指标", "满意度指标", "居民满意度"])
    sheet.write_number(2, 3, 0.9, percent)
    sheet.write_number(2, 4, 0.935, percent)  # shown as 94 %, but the clerk typed 93.5 %
    sheet.write_number(2, 5, 10)
    sheet.write_number(2, 6, 0.95, book.add_format({"num_format": "0.00%"}))  # a score shown as a percent
    sheet.write_number(2, 7, 0.5, percent)
    sheet.write_number(3, 3, 0.25)  # no format: the number as it is
    book.close()
    result = import_workbooks([path], year=2021)
    indicator = result.bundle.forms[0].indicators[0]
    assert (indicator.target, indicator.actual) == ("90%", "93.5%")
    assert result.bundle.forms[0].indicators[1].target == "0.25"
    lines = [unplaced_line(s, u) for s in result.workbooks[0].sheets for u in s.unplaced]
    assert "表1!H3 “50%”: zydesk 没有对应的项（“备注”列）" in lines
    assert "表1!G3 “95%”: 显示为百分数，按数值 0.95 导入，请核对" in lines
    assert indicator.score == Decimal("0.95")


def test_percent_formats():
    assert is_percent_format("0%") and is_percent_format("0.00%") and is_percent_format("#,##0.0%;[Red]-0.0%")
    assert not is_percent_format('0.00"%"') and not is_percent_format("0\\%") and not is_percent_format("0.00")
    assert not is_percent_format("General") and not is_percent_format("[$%-804]0.00")


def test_rate_shown_as_percent_is_a_fraction_whatever_its_size():
    assert read_rate(1.6, percent=True) == Decimal("1.6")  # 160 %
    assert read_rate(1.6) == Decimal("0.016")  # a rate typed as 1.6 without the format means 1.6 %
    assert read_rate(0.93, percent=False) == Decimal("0.93")


def _strip_ods_results(source, target):
    """The .ods LibreOffice saved, its formula cells as a program that does not calculate writes them."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                text = re.sub(r'(<table:table-cell [^>]*table:formula="[^"]*")[^>]*?>(<text:p>[^<]*</text:p>)?',
                              r"\1>", text)
                data = text.encode("utf-8")
            new.writestr(info, data)


def test_ods_formula_without_a_result_is_listed(tmp_path, example):
    path = tmp_path / "no-results.ods"
    _strip_ods_results(WORKBOOKS / "merged-percent-2021.ods", path)
    result = import_workbooks([path])
    sheet = result.workbooks[0].sheets[0]
    listed = {u.cell: u.field for u in sheet.unplaced if "公式的计算结果为空" in u.reason}
    # The 得分 typed as =G… in each category's first row; not 总分 (G32, H32), which zydesk computes itself.
    assert listed == {"H14": "indicators[0].score", "H16": "indicators[2].score", "H17": "indicators[3].score",
                      "H19": "indicators[5].score", "H27": "indicators[13].score", "H28": "indicators[14].score",
                      "H29": "indicators[15].score", "H31": "indicators[17].score"}
    form = _without_id(result.bundle.forms[0])
    expected = _without_id(example.forms[0])
    for i in (0, 2, 3, 5, 13, 14, 15, 17):
        assert form["indicators"][i].pop("score") is None
        expected["indicators"][i].pop("score")
    assert form == expected


def test_xls_formula_with_an_empty_result_is_listed():
    # xlwt writes formulas without calculating them: BIFF8 keeps an empty result, which calamine shows as blank.
    result = import_workbooks([WORKBOOKS / "xlwt-formulas-2021.xls"])
    sheet = result.workbooks[0].sheets[0]
    listed = {u.cell for u in sheet.unplaced if "公式的计算结果为空" in u.reason}
    # 执行率 (G4) and 总分 (F9, G9) are formulas too, but zydesk computes them itself: an empty one is no loss.
    assert listed == {"G7"}
    assert sheet.file_totals["execution_rate"] is None and sheet.file_totals["total_score"] is None
    form = result.bundle.forms[0]
    assert [i.score for i in form.indicators] == [None, Decimal(38)]


def test_xls_number_whose_format_cannot_be_read_is_listed(monkeypatch):
    import xlrd

    def refuse(*args, **kwargs):
        raise xlrd.XLRDError("Unsupported format")

    # An .xls calamine reads but xlrd does not: the percent is unknown, the value is kept and the cell listed.
    monkeypatch.setattr(xlrd, "open_workbook", refuse)
    result = import_workbooks([WORKBOOKS / "merged-percent-2021.xls"])
    form = result.bundle.forms[1]
    assert form.indicators[0].target == "1"
    sheet = result.workbooks[0].sheets[1]
    unknown = [u for u in sheet.unplaced if "读不出这个数字的显示格式" in u.reason]
    assert (unknown[0].cell, unknown[0].text, unknown[0].field) == ("E14", "1", "indicators[0].target")


def test_export_saved_again_as_ods_by_libreoffice_gives_the_example_back(example):
    # The layout's merged cells and the hidden sheet survive LibreOffice; calamine gives no .ods merges.
    result = import_workbooks([WORKBOOKS / "exported-2021.ods"])
    assert result.bundle == example
    assert not any(s.unplaced for s in result.workbooks[0].sheets)


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "hahahahaha">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>")


@pytest.mark.parametrize(("name", "part"), [("merged-percent-2021.ods", "content.xml"),
                                            ("merged-percent-2021.xlsx", "xl/styles.xml")])
def test_a_part_with_a_dtd_is_refused_unexpanded(tmp_path, name, part):
    # A billion laughs in the part zydesk reads itself: refused at the DTD, never expanded.
    path = tmp_path / name
    with zipfile.ZipFile(WORKBOOKS / name) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == part:
                data = _LAUGHS.encode() + data.split(b"?>", 1)[1]
            new.writestr(info, data)
    from zydesk.workbooks import WorkbookError

    with pytest.raises(WorkbookError) as caught:
        import_workbooks([path])
    assert caught.value.reason == "工作簿已损坏或不完整（含有 DTD 声明）"
