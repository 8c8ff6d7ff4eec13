"""The PDF: text extracted with pypdf, fonts embedded, pages and footers per form, literal text, atomic write."""

import io
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from printing_helpers import example_pdf, load_example, page_texts, squash
from pypdf import PdfReader

from zydesk.model import Bundle, Execution, Form, Goal, Indicator, Signatures, plain
from zydesk.printing import PrintError, PrintOptions, fingerprint, render_pdf, render_pdf_bytes


def form_pages(texts: list[str]) -> list[list[str]]:
    """Page texts grouped by form: a form's first page is the one whose footer says 第 1 页."""
    groups: list[list[str]] = []
    for text in texts:
        if "第1页共" in squash(text):
            groups.append([])
        groups[-1].append(text)
    return groups


def values_of(form: Form) -> list[str]:
    """Every value of a form as it must appear on paper (whitespace ignored)."""
    values = [form.project_name, form.department, form.implementer, form.leader, form.phone,
              form.goal.expected, form.goal.actual, plain(form.execution.weight)]
    for row in (form.funds.total, form.funds.fiscal, form.funds.carryover, form.funds.other):
        values += [plain(v) for v in (row.initial, row.annual, row.executed) if v is not None]
    if form.execution.score is not None:
        values.append(plain(form.execution.score))
    for ind in form.indicators:
        values += [ind.name, ind.target, ind.actual, ind.deviation]
        values += [plain(v) for v in (ind.weight, ind.score) if v is not None]
    return [squash(v) for v in values if v]


def test_every_value_of_the_example_is_printed():
    data, result = example_pdf()
    bundle = load_example()
    groups = form_pages(page_texts(data))
    assert len(groups) == 4
    for form, pages in zip(bundle.forms, groups, strict=True):
        text = squash("".join(pages))
        missing = [v for v in values_of(form) if v not in text]
        assert missing == []
        for word in ("朝阳区项目支出绩效自评表", "（2021年度）", "项目名称", "主管部门", "实施单位", "项目负责人",
                     "联系电话", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率",
                     "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "年度总体目标",
                     "预期目标", "实际完成情况", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
                     "实际完成值", "偏差原因分析及改进措施", "总分", "填报人：", "审核人：", "单位负责人：",
                     "填报日期：", "单位（盖章）"):
            assert word in text, word
    assert result.warnings == []


def test_seed_words_appear_in_order_on_form_2():
    data, _ = example_pdf()
    text = squash("".join(form_pages(page_texts(data))[1]))
    expected = ["项目名称民生家园建设经费", "年度资金总额100010001000", "10100%10",
                "其中：当年财政拨款100010001000—100%—", "上年结转资金——", "其他资金——",
                "产出指标（50分）", "数量指标", "指标1：保障各项项目支出顺利完成。", "1000万元1000万元1010无",
                "效益指标（30分）", "经济效益指标指标1：无无0无", "满意度指标（10分）", "总分100100"]
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)


def test_form_3_prints_93_percent():
    data, _ = example_pdf()
    text = squash(form_pages(page_texts(data))[2][0])
    assert "年度资金总额1792.9351792.9351665.3289181093%10其中：当年财政拨款1792.9351792.9351665.328918—93%—" in text


def test_fonts_are_embedded_truetype():
    data, _ = example_pdf()
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded TrueType outlines
    assert names and all("ZydeskSerifSC" in n for n in names)
    assert any("Bold" in n for n in names)  # the title


def test_print_scaling_none_and_a4_portrait():
    data, _ = example_pdf()
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.28) < 0.5 and abs(height - 841.89) < 0.5


def test_footer_counts_pages_per_form_and_carries_the_fingerprint():
    data, result = example_pdf()
    texts = page_texts(data)
    assert result.pages == len(texts)
    bundle = load_example()
    for form, pages in zip(bundle.forms, form_pages(texts), strict=True):
        for number, text in enumerate(pages, 1):
            assert f"第{number}页共{len(pages)}页" in squash(text)
            assert f"校验码{fingerprint(form)}" in squash(text)


def test_each_form_starts_on_a_new_page():
    data, _ = example_pdf()
    starts = [i for i, t in enumerate(page_texts(data)) if "（2021年度）" in squash(t)]
    firsts = [i for i, t in enumerate(page_texts(data)) if "第1页共" in squash(t)]
    assert starts == firsts and len(starts) == 4
    for i in starts:
        assert squash(page_texts(data)[i]).startswith("朝阳区项目支出绩效自评表（2021年度）项目名称")


def test_selected_forms_only_in_the_given_order():
    data, _ = example_pdf()
    groups = form_pages(page_texts(data))
    data13, result = render_pdf_bytes(load_example(), PrintOptions(forms=[1, 3]))
    texts = page_texts(data13)
    assert result.pages == len(texts) == len(groups[0]) + len(groups[2])
    assert "老旧小区综合整治项目" in squash(texts[0])
    selected = form_pages(texts)
    assert len(selected) == 2 and "公共服务经费" in squash(selected[1][0])
    assert "民生家园建设经费" not in squash("".join(texts))


def test_no_signatures_removes_the_block():
    data, _ = render_pdf_bytes(load_example(), PrintOptions(forms=[2], signatures=False))
    text = squash("".join(page_texts(data)))
    for word in ("填报人", "审核人", "单位负责人", "填报日期", "盖章"):
        assert word not in text


def test_signature_names_are_printed():
    bundle = load_example()
    bundle.signatures = Signatures(preparer="王五", reviewer="赵六", unit_head="钱七", date="2022年1月10日")
    data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[3]))
    text = squash("".join(page_texts(data)))
    assert "填报人：王五" in text and "审核人：赵六" in text and "单位负责人：钱七" in text
    assert "填报日期：2022年1月10日" in text


def test_markup_and_newlines_print_literally():
    bundle = load_example()
    form = bundle.forms[2]
    form.project_name = "<b>粗体</b> & <script>alert(1)</script>"
    form.goal.actual = "第一行\n第二行 &amp; <br/>"
    form.indicators[0].deviation = "a < b > c & d"
    data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[3]))
    raw = "".join(page_texts(data))
    text = squash(raw)
    assert squash("<b>粗体</b> & <script>alert(1)</script>") in text
    assert "第一行\n第二行" in raw
    assert squash("第二行 &amp; <br/>") in text
    assert "a<b>c&d" in text


def test_a_5000_character_cell_continues_on_the_next_pages():
    bundle = load_example()
    long_text = "".join(f"第{i:04d}句。" for i in range(715))[:5000]
    bundle.forms[1].goal.expected = long_text
    bundle.forms[1].indicators[1].name = long_text
    data, result = render_pdf_bytes(bundle, PrintOptions(forms=[2]))
    texts = page_texts(data)
    assert result.pages == len(texts) >= 4
    joined = squash("".join(texts))
    pieces = [f"第{i:04d}句。" for i in range(714)]
    assert sum(p not in joined for p in pieces) <= 2 * len(texts)  # a piece may be cut by a page break
    for text in texts[1:]:
        assert "预期目标" in text or "一级指标" in text  # the section's header row is repeated


def test_300_indicators_print_on_many_pages():
    form = Form(id="big", project_name="三百个指标", execution=Execution(weight=Decimal("10"), score=Decimal("10")),
                goal=Goal(expected="目标", actual="完成"),
                indicators=[Indicator(category="quantity", name=f"第{i}项", target="1个", actual="1个",
                                      weight=Decimal("0.3"), score=Decimal("0.3")) for i in range(300)])
    data, result = render_pdf_bytes(Bundle(year=2021, forms=[form]))
    texts = page_texts(data)
    assert result.pages == len(texts) >= 6
    joined = squash("".join(texts))
    assert all(f"指标{i + 1}：第{i}项" in joined for i in range(300))
    assert "总分100100" in joined
    for number, text in enumerate(texts, 1):
        assert f"第{number}页共{len(texts)}页" in squash(text)
        if number > 1:
            assert "一级指标" in text and "产出指标" in text and "数量指标" in text


def test_blank_year_prints_a_blank_for_the_year():
    bundle = load_example()
    bundle.year = None
    data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[1]))
    assert "（    年度）" in page_texts(data)[0].replace("\u00a0", " ")


def test_rate_with_two_decimals():
    data, _ = render_pdf_bytes(load_example(), PrintOptions(forms=[3], rate_decimals=2))
    assert "92.88%" in page_texts(data)[0]


def test_output_is_deterministic_for_one_creation_time():
    bundle = load_example()
    when = datetime(2022, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    first = render_pdf_bytes(bundle, PrintOptions(forms=[2], created=when))[0]
    assert first == render_pdf_bytes(bundle, PrintOptions(forms=[2], created=when))[0]


def test_creation_date_is_the_time_of_printing_and_the_fingerprint_ignores_it():
    bundle = load_example()
    before = datetime.now(UTC).replace(microsecond=0)
    now_data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[3]))
    created = PdfReader(io.BytesIO(now_data)).metadata.creation_date
    assert before - timedelta(seconds=1) <= created <= datetime.now(UTC) + timedelta(seconds=1)
    when = datetime(2022, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))
    then_data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[3], created=when))
    assert PdfReader(io.BytesIO(then_data)).metadata.creation_date == when
    footer = f"校验码 {fingerprint(bundle.forms[2])}"
    assert footer in page_texts(now_data)[0] and footer in page_texts(then_data)[0]


def test_continuation_pages_repeat_the_project_name():
    pages = form_pages(page_texts(example_pdf()[0]))[1]  # form 2 runs over two pages
    assert len(pages) == 2
    assert "（续）" not in squash(pages[0])
    assert squash(pages[1]).endswith("项目名称：民生家园建设经费（续）")  # page furniture, drawn last


def test_a_long_project_name_is_shortened_in_the_running_head():
    bundle = load_example()
    bundle.forms[1].project_name = "很长的项目名称" * 30
    data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[2]))
    head = squash(page_texts(data)[1]).rsplit("校验码", 1)[1]
    assert "项目名称：很长的项目名称很长" in head and head.endswith("…（续）")
    assert len(head) < 80


def test_stamp_names_each_forms_unit_when_the_bundle_holds_several_units():
    bundle = load_example()
    assert "单位（盖章）：" not in squash("".join(page_texts(example_pdf()[0])))  # one unit: a blank to stamp
    bundle.forms[0].implementer = "小关街道社区服务中心"
    data, _ = render_pdf_bytes(bundle, PrintOptions(forms=[1, 3]))
    pages = form_pages(page_texts(data))
    assert "单位（盖章）：小关街道社区服务中心" in squash("".join(pages[0]))
    assert "单位（盖章）：北京市朝阳区人民政府小关街道办事处" in squash("".join(pages[1]))


@pytest.mark.parametrize(("forms", "message"), [([5], "没有第 5 张表"), ([0], "没有第 0 张表"), ([], "没有选择")])
def test_bad_form_numbers_are_refused(forms, message):
    with pytest.raises(PrintError, match=message):
        render_pdf_bytes(load_example(), PrintOptions(forms=forms))


def test_an_empty_bundle_is_refused():
    with pytest.raises(PrintError, match="没有表"):
        render_pdf_bytes(Bundle(year=2021))


def test_render_to_a_path_and_to_a_stream(tmp_path):
    out = tmp_path / "out.pdf"
    options = PrintOptions(forms=[2], created=datetime(2022, 3, 1, tzinfo=UTC))
    result = render_pdf(load_example(), out, options)
    assert out.read_bytes().startswith(b"%PDF")
    assert result.pages == len(page_texts(out.read_bytes()))
    stream = io.BytesIO()
    render_pdf(load_example(), stream, options)
    assert stream.getvalue() == out.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]  # no temporary file left behind


def test_unwritable_output_raises_print_error_and_leaves_nothing(tmp_path):
    with pytest.raises(PrintError, match="文件夹不存在"):
        render_pdf(load_example(), tmp_path / "no" / "such" / "out.pdf")
    with pytest.raises(PrintError, match="文件夹"):
        render_pdf(load_example(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_print_keeps_the_previous_pdf(tmp_path):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF previous")
    with pytest.raises(PrintError):
        render_pdf(load_example(), out, PrintOptions(forms=[9]))
    assert out.read_bytes() == b"%PDF previous"


def test_a_failed_replace_keeps_the_previous_pdf(tmp_path, monkeypatch):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF previous")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("zydesk.printing.render.os.replace", refuse)
    with pytest.raises(PrintError, match="没有写入权限"):
        render_pdf(load_example(), out, PrintOptions(forms=[1]))
    assert out.read_bytes() == b"%PDF previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
