"""Bad workbooks: one clear reason (never a traceback), or a report entry; memory and time stay bounded."""

import os
import re
import zipfile

import pytest
import xlsxwriter

from conftest import DATA
from zydesk.workbooks import WorkbookError, export_workbook, import_workbooks, unplaced_line
from zydesk.workbooks.guard import MAX_WORKBOOK_BYTES

WORKBOOKS = DATA / "workbooks"


def _refused(path, *words):
    with pytest.raises(WorkbookError) as caught:
        import_workbooks([path])
    reason = caught.value.reason
    assert "\n" not in reason and "Traceback" not in reason
    for word in words:
        assert word in reason
    return reason


def test_not_a_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("这不是工作簿", encoding="utf-8")
    _refused(path, "不是 Excel/WPS 工作簿")


def test_empty_file(tmp_path):
    (tmp_path / "empty.xls").write_bytes(b"")
    _refused(tmp_path / "empty.xls", "空文件")


@pytest.mark.parametrize("name", ["xiaoguan-2021.xls", "mof-template-2022.xlsx", "yuan-2021.ods"])
def test_truncated_workbooks(tmp_path, name):
    data = (WORKBOOKS / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "损坏")


@pytest.mark.parametrize("name", ["encrypted-2022.xls", "encrypted-2022.ods", "encrypted-2022.xlsx"])
def test_encrypted_workbook(name):
    # Saved with the open password `zydesk`: .xls and .ods by LibreOffice, .xlsx by msoffcrypto-tool (the
    # ECMA-376 encryption of Excel and WPS; LibreOffice 7.4 writes no encrypted .xlsx).
    reason = _refused(WORKBOOKS / name, "已加密")
    assert reason == "工作簿已加密（设有打开密码），请先在 Excel/WPS 中取消密码后另存"


def test_empty_zip(tmp_path):
    path = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(path, "w"):
        pass
    _refused(path, "空的压缩包")


def test_zip_without_a_workbook(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    _refused(path, "没有工作表")


def test_zip_bomb_is_refused_before_reading(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(201):
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused(path, "解压后过大")


def test_file_over_50_mb(tmp_path):
    path = tmp_path / "big.xlsx"
    with open(path, "wb") as handle:
        handle.truncate(MAX_WORKBOOK_BYTES + 1)
    _refused(path, "文件过大")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.xlsx"
    os.mkfifo(path)
    _refused(path, "不是普通文件")


def test_workbook_with_no_form(tmp_path):
    path = tmp_path / "summary.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("汇总").write_row(0, 0, ["序号", "项目名称", "金额"])
    book.close()
    _refused(path, "没有一张工作表是项目支出绩效自评表")


def test_year_neither_in_workbook_nor_given(tmp_path, example):
    source = tmp_path / "x.xlsx"
    export_workbook(example, source)
    # Remove the year line and the hidden sheet: a foreign workbook without a year.
    stripped = _rewrite(source, lambda name, text: text.replace("2021", "") if "sharedStrings" in name else text,
                        drop=lambda name: name.endswith("sheet6.xml"))
    _refused(stripped, "--year")
    assert import_workbooks([stripped], year=2021).bundle.year == 2021


def _rewrite(source, change, drop=lambda name: False):
    target = source.with_name("changed.xlsx")
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            text = old.read(info).decode("utf-8")
            if drop(info.filename):
                text = re.sub(r"<sheetData>.*</sheetData>", "<sheetData/>", text, flags=re.S)
            new.writestr(info.filename, change(info.filename, text))
    return target


def test_formula_without_a_stored_value_is_listed(tmp_path, example):
    source = tmp_path / "x.xlsx"
    export_workbook(example, source)
    # A generator that does not compute (as some scripts do) leaves <f> without <v>.
    path = _rewrite(source, lambda name, text: re.sub(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", text))
    result = import_workbooks([path])
    sheet = result.workbooks[0].sheets[0]
    reasons = {u.cell: u.reason for u in sheet.unplaced}
    assert "公式没有保存计算结果" in reasons["H7"] and "公式没有保存计算结果" in reasons["G32"]
    assert result.bundle.forms[0].indicators == example.forms[0].indicators


def test_sheet_with_10000_indicator_rows(tmp_path, example):
    bundle = example.model_copy(deep=True)
    bundle.forms = bundle.forms[:1]
    row = bundle.forms[0].indicators[0]
    bundle.forms[0].indicators = [row.model_copy() for _ in range(10_000)]
    export_workbook(bundle, tmp_path / "long.xlsx")
    result = import_workbooks([tmp_path / "long.xlsx"])
    assert len(result.bundle.forms[0].indicators) == 10_000


def test_far_away_cell_does_not_exhaust_memory(tmp_path, example):
    # calamine would allocate the whole A1:XFD1048576 rectangle (half a terabyte) and abort the process.
    path = tmp_path / "far.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("远处")
    sheet.write_string(0, 0, "项目名称")
    sheet.write_string(1_048_000, 16_000, "很远")
    book.close()
    reason = _refused(path)
    assert "没有一张工作表" in reason


def test_skipped_sheet_says_why(tmp_path, example):
    path = tmp_path / "mixed.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("远处").write_string(1_048_000, 16_000, "很远")
    book.close()
    bundle_path = tmp_path / "form.xlsx"
    export_workbook(example, bundle_path)
    result = import_workbooks([path, bundle_path])
    assert result.workbooks[0].sheets[0].skipped.startswith("范围过大")
    assert len(result.bundle.forms) == 4


def test_values_over_the_file_limits_are_cut_or_left_out_and_listed(tmp_path):
    # One cell over FILE-FORMAT.md's limits must not refuse the whole workbook.
    path = tmp_path / "limits.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("表1")
    sheet.write_string(0, 0, "项目支出绩效自评表（2021年度）")
    sheet.write_row(1, 0, ["项目名称", "社区服务站运行经费"])
    sheet.write_row(2, 0, ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    sheet.write_row(3, 1, ["年度资金总额", 120, 120, 1e13, 10])
    sheet.write_row(5, 0, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"])
    sheet.write_row(6, 0, ["产出指标", "数量指标", "服务站数量", "12个", "12个", 50, 50, "很长" * 6000])
    sheet.write_row(7, 0, ["产出指标", "质量指标", "验收合格率", "合格\x07", "合格", 2e6, 30, "无"])
    sheet.write_row(8, 0, ["满意度指标", "满意度指标", "居民满意度", "≥90%", "第一行\r\n第二行", 10, 10, "无"])
    sheet.write_string(9, 0, "总分")
    sheet.write_string(10, 0, "填报人：")
    sheet.write_string(10, 1, "王" * 10_001)
    book.close()
    result = import_workbooks([path])
    form = result.bundle.forms[0]
    lines = [unplaced_line(s, u) for s in result.workbooks[0].sheets for u in s.unplaced]
    assert form.funds.total.executed is None and form.funds.total.annual == 120
    assert "表1!E4 “10000000000000”: 数值超出范围，未导入" in lines
    assert form.indicators[0].deviation == "很长" * 5000
    cut = "文字过长（12000 字，最多 10000 字），只导入了前 10000 字"
    assert any(line.startswith("表1!H7 “很长很长") and line.endswith(cut) for line in lines), lines
    assert form.indicators[1].weight is None and form.indicators[1].score == 30
    assert "表1!F8 “2000000”: 数值超出范围，未导入" in lines
    assert form.indicators[1].target == "合格"
    assert "表1!D8 “合格\x07”: 含有控制字符 U+0007（只允许换行和制表符），已删去" in lines
    assert form.indicators[2].actual == "第一行\n第二行"  # a Windows line break is a line break
    assert len(form.indicators) == 3
    assert result.bundle.signatures.preparer == "王" * 10_000
    assert f"表1!B11 “{'王' * 40}…”: 文字过长（10001 字，最多 10000 字），只导入了前 10000 字" in lines
