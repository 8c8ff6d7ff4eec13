"""build_form_table: what the paper says, checked on the spec (texts, spans, styles) without PDF bytes.

Expected texts follow the published seed (shared/seed/chaoyang-xiaoguan-2021-selfeval.txt) and FORM.md §1.
"""

from decimal import Decimal

import pytest
from printing_helpers import load_example

from zydesk.model import Bundle, Execution, Form, FundRow, Funds, Indicator, Signatures
from zydesk.printing import PrintOptions, build_form_table
from zydesk.printing.spec import Cell, SectionBuilder
from zydesk.printing.story import rate_text, year_line
from zydesk.rules.policy import load_policy

POLICY = load_policy("mof-2020")


def spec_of(bundle, index, **options):
    return build_form_table(bundle, bundle.forms[index], POLICY, PrintOptions(**options))


@pytest.fixture(scope="module")
def specs():
    bundle = load_example()
    return [spec_of(bundle, i) for i in range(4)]


def funds_rows(spec):
    """Fund rows 1..4 without the label column: [row label, 年初, 全年, 执行数, 分值, 执行率, 得分]."""
    return [[t for t in row if t is not None] for row in spec.section("funds").texts()[1:]]


def indicator_rows(spec):
    return spec.section("indicators").texts()[1:-1]


# --- title, header, sections ---------------------------------------------------------------------------

def test_title_year_and_section_order(specs):
    spec = specs[0]
    assert spec.title == "朝阳区项目支出绩效自评表"
    assert spec.year_line == "（2021年度）"
    assert [s.name for s in spec.sections] == ["header", "funds", "goal", "indicators"]
    assert spec.number == 1
    assert [s.number for s in specs] == [1, 2, 3, 4]


def test_blank_year_prints_a_gap():
    assert year_line(None) == "（    年度）"
    bundle = load_example()
    bundle.year = None
    assert spec_of(bundle, 0).year_line == "（    年度）"


def test_header_rows(specs):
    header = specs[1].section("header").texts()
    assert header[0] == ["项目名称", "民生家园建设经费", None, None]
    unit = "北京市朝阳区人民政府小关街道办事处"
    assert header[1] == ["主管部门", unit, "实施单位", unit]
    assert header[2] == ["项目负责人", "李慧娟", "联系电话", "84856645"]
    assert specs[1].section("header").spans() == [(0, 1, 1, 3)]


# --- funds --------------------------------------------------------------------------------------------

def test_funds_header_and_vertical_label(specs):
    funds = specs[0].section("funds")
    assert funds.texts()[0] == ["项目资金\n（万元）", "", "年初预算数", "全年预算数", "全年执行数",
                                "分值", "执行率", "得分"]
    assert funds.cell(0, 0).style == "vlabel"
    assert funds.cell(0, 0).rowspan == 5
    assert funds.repeat_rows == 1


def test_funds_form1_amounts_as_stored_and_zero_prints_zero(specs):
    assert funds_rows(specs[0]) == [
        ["年度资金总额", "3248.639548", "3248.639548", "3248.639548", "10", "100%", "10"],
        ["其中：当年财政拨款", "3248.639548", "3248.639548", "3248.639548", "—", "100%", "—"],
        ["上年结转资金", "0", "0", "0", "—", "—", "—"],  # zero budget: rate undefined, `—` as in the editor
        ["其他资金", "0", "0", "0", "—", "—", "—"],
    ]


def test_funds_form2_blank_rows_print_blank_with_dashes(specs):
    assert funds_rows(specs[1]) == [
        ["年度资金总额", "1000", "1000", "1000", "10", "100%", "10"],
        ["其中：当年财政拨款", "1000", "1000", "1000", "—", "100%", "—"],
        ["上年结转资金", "", "", "", "—", "—", "—"],
        ["其他资金", "", "", "", "—", "—", "—"],
    ]


def test_funds_form3_rate_is_a_whole_percent_by_default(specs):
    rows = funds_rows(specs[2])
    assert rows[0] == ["年度资金总额", "1792.935", "1792.935", "1665.328918", "10", "93%", "10"]
    assert rows[1][5] == "93%"


def test_funds_rate_with_two_decimals():
    bundle = load_example()
    assert funds_rows(spec_of(bundle, 2, rate_decimals=2))[0][5] == "92.88%"


def test_funds_form4_other_row_has_its_own_rate(specs):
    assert funds_rows(specs[3])[3] == ["其他资金", "3.202704", "3.202704", "3.202704", "—", "100%", "—"]


def test_rate_text_rounds_half_up():
    assert rate_text(Decimal("0.928828")) == "93%"
    assert rate_text(Decimal("0.925")) == "93%"
    assert rate_text(Decimal("0.9249")) == "92%"
    assert rate_text(Decimal("1")) == "100%"
    assert rate_text(Decimal("0.928828"), 2) == "92.88%"
    assert rate_text(Decimal("1"), 2) == "100.00%"
    assert rate_text(None) == ""


def test_undefined_total_rate_prints_a_dash_and_blank_score():
    form = Form(id="x", execution=Execution(weight=Decimal("10")), funds=Funds(total=FundRow(annual=Decimal("0"))))
    bundle = Bundle(year=2021, forms=[form])
    assert funds_rows(spec_of(bundle, 0))[0] == ["年度资金总额", "", "0", "", "10", "—", ""]


def test_initial_denominator_policy_is_used():
    bundle = load_example()
    form = bundle.forms[2]
    form.funds.total.initial = Decimal("1665.328918")
    spec = build_form_table(bundle, form, load_policy("haidian-2016"), PrintOptions())
    assert funds_rows(spec)[0][5] == "100%"


# --- goal ---------------------------------------------------------------------------------------------

def test_goal_section(specs):
    goal = specs[2].section("goal")
    assert goal.texts() == [
        ["年度\n总体\n目标", "预期目标", "实际完成情况"],
        [None, "保障社区各项工作正常开展，保障人员工资正常发放，日常工作正常运转。", "已完成"],
    ]
    assert goal.cell(0, 0).rowspan == 2
    assert goal.repeat_rows == 1


# --- indicators ---------------------------------------------------------------------------------------

def test_indicator_header(specs):
    texts = specs[0].section("indicators").texts()
    assert texts[0] == ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                        "分值", "得分", "偏差原因分析\n及改进措施"]


def test_form2_level1_labels_carry_weight_totals(specs):
    section = specs[1].section("indicators")
    for label, rows in (("产出指标（50分）", 4), ("效益指标（30分）", 4), ("满意度指标（10分）", 1)):
        _, col, cell = section.find(label)
        assert (col, cell.rowspan) == (1, rows)


def test_form2_rows_match_the_seed(specs):
    rows = indicator_rows(specs[1])
    assert rows[0] == [None, "产出指标（50分）", "数量指标", "指标1：保障各项项目支出顺利完成。",
                       "1000万元", "1000万元", "10", "10", "无"]
    # Placeholder row: 分值 0, 得分 blank (blank is not 0), 实际完成值 blank.
    assert rows[4] == [None, "效益指标（30分）", "经济效益指标", "指标1：无", "无", "", "0", "", "无"]
    assert rows[8][1:4] == ["满意度指标（10分）", "服务对象满意度指标",
                            "指标1：通过提高服务保障和家园建设等达到辖区群众满意。"]


def test_form1_groups_numbering_and_spans(specs):
    section = specs[0].section("indicators")
    rows = indicator_rows(specs[0])
    assert len(rows) == 18
    assert rows[0][1:4] == ["产出指标（50分）", "数量指标", "指标1：抗震加固"]  # the policy's weight, rows say 60
    assert rows[1][1:4] == [None, None, "指标2：节能改造"]
    assert rows[2][2:4] == ["质量指标", "指标1：达到施工标准"]
    assert rows[12][3] == "指标8：中央直达资金（支付合同首付款）"
    assert rows[13][1:4] == ["效益指标（30分）", "社会效益指标", "指标1：群众居住条件是否得到改善"]
    assert rows[17][1:4] == ["满意度指标（10分）", "服务对象满意度指标", "指标1：居民满意度"]
    assert "经济效益指标" not in [r[2] for r in rows]  # a group the form does not use is absent
    assert section.cell(0, 0).rowspan == 19  # 绩效指标 spans the header and every indicator row
    assert section.cell(1, 1).rowspan == 13
    assert section.cell(1, 2).rowspan == 2


def test_form1_cost_actuals_merge_but_pairs_do_not(specs):
    section = specs[0].section("indicators")
    cost = section.cell(6, 5)
    assert (cost.text, cost.rowspan) == ("拨付资金已全部支出", 8)
    assert all(section.cell(r, 5) is None for r in range(7, 14))
    assert section.cell(1, 5).text == section.cell(2, 5).text == "无偏差"  # two in a row stay separate
    assert section.cell(1, 5).rowspan == 1


def test_total_row(specs):
    assert specs[0].section("indicators").texts()[-1] == ["总分", None, None, None, None, None, "100", "100", ""]
    assert specs[3].section("indicators").texts()[-1][6:8] == ["110", "110"]
    # The policy's weight, as the published form 4 prints it; its rows add up to 40 (a weights.level1 finding).
    assert specs[3].section("indicators").find("效益指标（30分）")
    with pytest.raises(KeyError):
        specs[3].section("indicators").find("效益指标（40分）")


def test_total_score_blank_when_nothing_is_scored():
    form = Form(id="x", execution=Execution(weight=Decimal("10")),
                indicators=[Indicator(category="quality", name="质量", weight=Decimal("90"))])
    spec = spec_of(Bundle(year=2021, forms=[form]), 0)
    assert spec.section("indicators").texts()[-1][6:8] == ["100", ""]


def test_level1_label_is_the_policy_weight_even_with_blank_rows():
    form = Form(id="x", execution=Execution(weight=Decimal("10")),
                indicators=[Indicator(category="quality", name="质量")])
    section = spec_of(Bundle(year=2021, forms=[form]), 0).section("indicators")
    assert section.texts()[1][1:4] == ["产出指标（50分）", "质量指标", "指标1：质量"]


def test_level1_label_follows_the_policy_and_without_a_weight_the_rows():
    rows = [Indicator(category="social", name="甲", weight=Decimal("12.5")),
            Indicator(category="social", name="乙", weight=Decimal("7"))]
    form = Form(id="x", execution=Execution(weight=Decimal("10")), indicators=rows)
    bundle = Bundle(year=2021, forms=[form])
    custom = POLICY.model_copy(update={"weights": {**POLICY.weights, "effect": Decimal("25")}})
    assert build_form_table(bundle, form, custom).section("indicators").find("效益指标（25分）")
    without = POLICY.model_copy(update={"weights": {"execution": Decimal("10")}})
    assert build_form_table(bundle, form, without).section("indicators").find("效益指标（19.5分）")
    blank = Form(id="y", execution=Execution(weight=Decimal("10")), indicators=[Indicator(category="social")])
    assert build_form_table(Bundle(year=2021, forms=[blank]), blank, without).section("indicators").find("效益指标")


def test_printed_order_is_file_order_and_numbering_restarts_per_run():
    inds = [Indicator(category=c, name=n, weight=Decimal("5"), score=Decimal("5"))
            for c, n in (("quantity", "甲"), ("quantity", "乙"), ("social", "丙"), ("quantity", "丁"))]
    form = Form(id="x", execution=Execution(weight=Decimal("10")), indicators=inds)
    rows = indicator_rows(spec_of(Bundle(year=2021, forms=[form]), 0))
    assert [r[1] for r in rows] == ["产出指标（50分）", None, "效益指标（30分）", "产出指标（50分）"]
    assert [r[3] for r in rows] == ["指标1：甲", "指标2：乙", "指标1：丙", "指标1：丁"]


def test_no_indicators_still_prints_header_and_total():
    form = Form(id="x", execution=Execution(weight=Decimal("10"), score=Decimal("9")))
    texts = spec_of(Bundle(year=2021, forms=[form]), 0).section("indicators").texts()
    assert len(texts) == 2
    assert texts[1][6:8] == ["10", "9"]


def test_fields_name_where_user_text_comes_from(specs):
    section = specs[0].section("indicators")
    assert section.cell(1, 3).field == "指标 1 三级指标"
    assert section.cell(0, 1).field is None


# --- signatures ---------------------------------------------------------------------------------------

def test_signature_block_blank_and_filled():
    bundle = load_example()
    labels = [(s.label, s.value) for s in spec_of(bundle, 0).signatures]
    assert labels == [("填报人：", ""), ("审核人：", ""), ("单位负责人：", ""), ("填报日期：", ""),
                      ("单位（盖章）", "")]
    bundle.signatures = Signatures(preparer="王五", reviewer="赵六", unit_head="钱七", date="2022年1月10日")
    values = [s.value for s in spec_of(bundle, 0).signatures]
    assert values == ["王五", "赵六", "钱七", "2022年1月10日", ""]


def test_stamp_names_the_forms_unit_only_when_units_differ():
    bundle = load_example()
    assert [spec_of(bundle, i).signatures[-1].value for i in range(4)] == [""] * 4
    bundle.forms[2].implementer = "  小关街道社区服务中心 "
    bundle.forms[3].implementer = ""
    stamps = [spec_of(bundle, i).signatures[-1] for i in range(4)]
    assert [s.label for s in stamps] == ["单位（盖章）"] * 4
    assert [s.value for s in stamps] == ["北京市朝阳区人民政府小关街道办事处"] * 2 + ["小关街道社区服务中心", ""]


def test_continuation_head_names_the_project():
    bundle = load_example()
    assert spec_of(bundle, 1).continued == "项目名称：民生家园建设经费 （续）"


def test_signatures_can_be_switched_off():
    assert spec_of(load_example(), 0, signatures=False).signatures is None


# --- the spec's own structure -------------------------------------------------------------------------

def test_every_section_is_fully_covered(specs):
    for spec in specs:
        for section in spec.sections:
            covered = set()
            for r, c, cell in section.cells():
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        assert (r + dr, c + dc) not in covered
                        covered.add((r + dr, c + dc))
            assert covered == {(r, c) for r in range(len(section.rows)) for c in range(len(section.widths))}


def test_section_builder_refuses_a_row_that_does_not_fill():
    b = SectionBuilder("t", (10, 10))
    with pytest.raises(ValueError):
        b.add_row(Cell("a"))
    b = SectionBuilder("t", (10, 10))
    with pytest.raises(ValueError):
        b.add_row(Cell("a"), Cell("b"), Cell("c"))
    b = SectionBuilder("t", (10, 10))
    b.add_row(Cell("a", rowspan=2), Cell("b"))
    with pytest.raises(ValueError):
        b.build()  # the span reaches below the last row
