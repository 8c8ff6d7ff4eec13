"""Summary rows and totals: the same numbers `zydesk check --json` reports, exact sums, groups, duplicates."""

import json
from decimal import Decimal

from conftest import EXAMPLE, D, bundle_of, clean_form
from zydesk.cli import main
from zydesk.model import FundRow, Funds
from zydesk.summary import build_summary, bundle_rows
from zydesk.summary.columns import COLUMNS, entry_cells
from zydesk.summary.rows import main_deviation


def test_rows_match_check_json(example, capsys):
    main(["check", str(EXAMPLE), "--json"])
    reported = json.loads(capsys.readouterr().out)["files"][0]["forms"]
    rows = bundle_rows(example, EXAMPLE)
    assert len(rows) == len(reported) == 4
    for row, form in zip(rows, reported, strict=True):
        errors = sum(f["severity"] == "error" for f in form["findings"])
        warnings = sum(f["severity"] == "warning" for f in form["findings"])
        cells = {name: cell.text for name, cell in zip(COLUMNS, entry_cells(row), strict=True)}
        assert cells["分值合计"] == form["total_weight"] and cells["自评得分"] == form["total_score"]
        assert cells["等级"] == form["grade"]
        assert (int(cells["错误"]), int(cells["警告"])) == (errors, warnings)
        assert cells["项目名称"] == form["project_name"] and cells["文件"] == EXAMPLE.name
    third = {n: c.text for n, c in zip(COLUMNS, entry_cells(rows[2]), strict=True)}
    assert third["执行率"] == "92.88%" and third["全年执行数"] == "1665.328918" and third["年初预算数"] == "1792.935"
    fourth = rows[3]
    assert (fourth.errors, fourth.warnings, fourth.total_weight) == (2, 1, Decimal("110"))


def test_total_row_exact_sums_and_weighted_rate(example):
    summary = build_summary(bundle_rows(example, EXAMPLE))
    total = summary.total
    assert total.initial == Decimal("3248.639548") + Decimal("1000") + Decimal("1792.935") + Decimal("248.42491")
    assert total.executed == Decimal("6162.393376")
    assert total.execution_rate == Decimal("6162.393376") / Decimal("6289.999458")
    assert total.forms == 4 and total.mean_score == Decimal("102.50")
    assert total.grades == {"优": 4, "良": 0, "中": 0, "差": 0}
    assert (total.errors, total.warnings) == (2, 5)
    cells = {n: c.text for n, c in zip(COLUMNS, entry_cells(total), strict=True)}
    assert cells["序号"] == "合计" and cells["执行率"] == "97.97%" and cells["年初预算数"] == "6289.999458"
    assert cells["项目名称"].startswith("共 4 张表") and cells["等级"] == "优 4，良 0，中 0，差 0"
    assert [r.number for r in summary.rows] == [1, 2, 3, 4]
    assert summary.title() == "2021年度项目支出绩效自评结果汇总表"


def test_blank_amounts_count_as_zero_and_undefined_rate_is_blank():
    blank = clean_form(id="b", funds=Funds(total=FundRow(initial=D("50"), annual=None, executed=None)))
    spent = clean_form(id="s")  # 100 / 100 / 95
    summary = build_summary(bundle_rows(bundle_of(blank, spent), "a.zyd.json"))
    first = {n: c.text for n, c in zip(COLUMNS, entry_cells(summary.rows[0]), strict=True)}
    assert first["执行率"] == "" and first["全年预算数"] == "" and first["全年执行数"] == ""
    assert summary.total.initial == Decimal("150") and summary.total.annual == Decimal("100")
    # The blank form's policy denominator (全年预算数) is blank: it adds 0 to Σ budget and 0 to Σ spent.
    assert summary.total.execution_rate == Decimal("0.95")


def test_weighted_rate_uses_each_forms_policy_denominator():
    annual = bundle_rows(bundle_of(clean_form(id="a")), "a.json")  # 95 of annual 100
    initial_form = clean_form(id="h", funds=Funds(total=FundRow(initial=D("200"), annual=D("50"), executed=D("100"))))
    haidian = bundle_rows(bundle_of(initial_form, policy="haidian-2016"), "h.json")
    total = build_summary(annual + haidian).total
    assert total.execution_rate == Decimal(195) / Decimal(300)  # 100 + 200 (initial), not 100 + 50


def test_group_subtotals_and_year_filter():
    a = clean_form(id="1", department="教委")
    b = clean_form(id="2", department="卫健委")
    c = clean_form(id="3", department="教委")
    rows = bundle_rows(bundle_of(a, b, c), "x.json") + bundle_rows(bundle_of(clean_form(id="9"), year=2020), "y.json")
    summary = build_summary(rows, year=2021, by="department")
    labels = [entry_cells(e)[0].text for e in summary.entries]
    assert labels == ["1", "2", "小计", "3", "小计", "合计"]
    subtotal = summary.entries[2]
    assert subtotal.group == "教委" and subtotal.forms == 2 and subtotal.executed == Decimal("190")
    assert summary.total.forms == 3 and summary.years == [2021]
    both = build_summary(rows)
    assert both.title() == "2020—2021年度项目支出绩效自评结果汇总表" and both.total.forms == 4


def test_same_id_in_two_files_of_one_year_is_flagged_in_both_rows():
    first = bundle_rows(bundle_of(clean_form(id="dup"), clean_form(id="own")), "a.zyd.json")
    second = bundle_rows(bundle_of(clean_form(id="dup")), "b.zyd.json")
    last_year = bundle_rows(bundle_of(clean_form(id="own"), year=2020), "old.zyd.json")  # a roll-over keeps ids
    summary = build_summary(first + second + last_year)
    flags = [(r.file_name, r.form_id, r.duplicate) for r in summary.rows]
    assert flags == [("a.zyd.json", "dup", True), ("a.zyd.json", "own", False), ("b.zyd.json", "dup", True),
                     ("old.zyd.json", "own", False)]
    assert entry_cells(summary.rows[0])[-1].text == "a.zyd.json（重复）"


def test_main_deviation_skips_placeholders_and_is_cut_at_60():
    assert main_deviation(["无", "", "/", "资金未到位", "—", "  人员\n不足 "]) == "资金未到位；人员 不足"
    long = main_deviation(["原因" * 40])
    assert len(long) == 60 and long.endswith("…")
