"""Importing workbooks made by real tools: LibreOffice .xls, a WPS/MoF-style template, an .ods in 元."""

import json
from decimal import Decimal

import pytest

from conftest import DATA
from zydesk.workbooks import import_workbooks, report_json, sheet_line, unplaced_line

WORKBOOKS = DATA / "workbooks"


def _without_ids(bundle) -> dict:
    data = bundle.model_dump(mode="json")
    for form in data["forms"]:
        form.pop("id")
    return data


def test_libreoffice_xls_gives_the_example_back(example):
    result = import_workbooks([WORKBOOKS / "xiaoguan-2021.xls"])
    expected = _without_ids(example)
    got = _without_ids(result.bundle)
    # The sheets carry a signature line the example does not.
    assert got.pop("signatures") == {"preparer": "王芳", "reviewer": "", "unit_head": "", "date": "2022年3月1日"}
    expected.pop("signatures")
    assert got == expected


def test_summary_and_notes_sheets_are_skipped_and_listed():
    result = import_workbooks([WORKBOOKS / "xiaoguan-2021.xls"])
    lines = [sheet_line(s) for s in result.workbooks[0].sheets]
    assert lines[0] == "汇总：跳过（不是自评表）"
    assert lines[1] == "表1 → 表 1 老旧小区综合整治项目（18 个指标）"
    assert lines[-1] == "填表说明：跳过（不是自评表）"
    assert [s.form_index for s in result.workbooks[0].sheets] == [None, 1, 2, 3, 4, None]


def test_spaced_labels_and_numbers_typed_as_text_are_read(example):
    # Sheet 表2 has its amounts typed as text with grouping commas and `项 目 名 称` style labels.
    form = import_workbooks([WORKBOOKS / "xiaoguan-2021.xls"]).bundle.forms[1]
    assert form.project_name == "民生家园建设经费"
    assert form.funds == example.forms[1].funds
    assert form.execution.weight == Decimal(10)


def test_merged_level_cells_carry_down_to_every_row(example):
    form = import_workbooks([WORKBOOKS / "xiaoguan-2021.xls"]).bundle.forms[0]
    assert [i.category for i in form.indicators] == [i.category for i in example.forms[0].indicators]
    assert form.indicators[0].name == "抗震加固"  # `指标1：` numbering dropped


def test_mof_template_without_leader_row():
    result = import_workbooks([WORKBOOKS / "mof-template-2022.xlsx"])
    bundle = result.bundle
    assert bundle.year == 2022 and bundle.title == "项目支出绩效自评表"
    form = bundle.forms[0]
    assert (form.project_name, form.leader, form.phone) == ("社区服务站运行经费", "", "")
    assert form.department == "住建委" or form.department  # 主管部门及代码 is the department label
    # Unused 二级 rows of the template make no indicator.
    assert len(form.indicators) == 9
    sheet = result.workbooks[0].sheets[0]
    remarks = [u for u in sheet.unplaced if "备注" in u.reason]
    assert len(remarks) == 9 and remarks[0].cell == "J14" and remarks[0].text == "已复核"
    assert remarks[0].field == "indicators[0]"
    assert unplaced_line(sheet, remarks[0]) == "Sheet1!J14 “已复核”: zydesk 没有对应的项（“备注”列）"


def test_ods_in_yuan_is_converted_to_wan_exactly(example):
    form = import_workbooks([WORKBOOKS / "yuan-2021.ods"]).bundle.forms[0]
    assert form.funds == example.forms[2].funds
    assert form.funds.total.executed == Decimal("1665.328918")


def test_report_puts_the_sheet_totals_beside_zydesks():
    result = import_workbooks([WORKBOOKS / "xiaoguan-2021.xls"])
    report = report_json(result)
    json.dumps(report)  # plain JSON
    sheet = report["workbooks"][0]["sheets"][3]
    assert sheet["name"] == "表3" and sheet["form_index"] == 3 and sheet["skipped"] is None
    assert sheet["file_totals"]["execution_score"] == "10"
    assert sheet["computed"]["execution_score"] == "9.29"
    assert sheet["file_totals"]["execution_rate"] == "0.928828"


def test_several_workbooks_in_argument_order_then_sheet_order():
    result = import_workbooks([WORKBOOKS / "yuan-2021.ods", WORKBOOKS / "xiaoguan-2021.xls"])
    names = [f.project_name for f in result.bundle.forms]
    assert names[0] == "公共服务经费" and names[1] == "老旧小区综合整治项目" and len(names) == 5
    assert len({f.id for f in result.bundle.forms}) == 5
    assert result.bundle.year == 2021


@pytest.mark.parametrize("year, title", [(2030, "海淀区项目支出绩效自评表")])
def test_year_and_title_given_win(year, title):
    bundle = import_workbooks([WORKBOOKS / "yuan-2021.ods"], year=year, title=title).bundle
    assert (bundle.year, bundle.title) == (year, title)
