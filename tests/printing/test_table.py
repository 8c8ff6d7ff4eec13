"""Section tables: literal text markup, and splitting across pages with header and labels repeated."""

from decimal import Decimal

from printing_helpers import load_example
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from zydesk.model import Bundle, Execution, Form, Goal, Indicator
from zydesk.printing import PrintOptions, build_form_table, font_set
from zydesk.printing import geometry as geo
from zydesk.printing.lines import LineBlock
from zydesk.printing.styles import BODY_LEADING, BODY_SIZE, CELL_ALIGN, stylesheet
from zydesk.printing.table import _ALIGN_NAMES, PAD_X, PAD_Y, CellParagraph, SectionTable, clean, markup, to_grid
from zydesk.rules.policy import load_policy

FRAME_W = geo.FRAME_WIDTH * mm
FRAME_H = geo.FRAME_HEIGHT * mm


def section_table(form: Form, name: str) -> SectionTable:
    spec = build_form_table(Bundle(year=2021, forms=[form]), form, load_policy("mof-2020"), PrintOptions())
    sheet = stylesheet(font_set())
    return SectionTable(to_grid(spec.section(name), sheet), sheet)


def text_of(content) -> str:
    """The text of a cell: a string, a LineBlock, a Paragraph (frags with text) or a split part (frags with words)."""
    if isinstance(content, str):
        return content
    if isinstance(content, LineBlock):
        return content.text.replace("\n", "")
    return "".join(getattr(f, "text", None) or "".join(getattr(f, "words", [])) for f in content.frags)


def first_row_texts(table: SectionTable, row: int) -> list[str | None]:
    return [None if c is None else text_of(c.content) for c in table.grid.rows[row]]


def lay_out(table: SectionTable, first_room: float) -> list[SectionTable]:
    """Split the way a frame would: `first_room` on the first page, full pages after that."""
    parts, room, rest = [], first_room, table
    for _ in range(200):
        if rest.wrap(FRAME_W, room)[1] <= room:
            return [*parts, rest]
        pieces = rest.split(FRAME_W, room)
        if not pieces:
            assert room < FRAME_H, "a part does not fit even a fresh page"
        else:
            first, rest = pieces
            assert first.wrap(FRAME_W, room)[1] <= room + 0.01
            parts.append(first)
        room = FRAME_H
    raise AssertionError("no progress")


def test_markup_is_literal():
    assert markup("<b>粗体</b> & <script>") == "&lt;b&gt;粗体&lt;/b&gt; &amp; &lt;script&gt;"
    assert markup("第一行\n第二行\r\n第三行") == "第一行<br/>第二行<br/>第三行"
    assert markup("a   b") == "a \u00a0\u00a0b"


def test_clean_replaces_what_cannot_print():
    assert clean("a\x00b\x07c") == "a b c"
    assert clean("x\ud800y") == "x\ufffdy"
    assert clean("a\tb") == "a    b"


def test_short_cells_are_plain_strings_and_long_ones_paragraphs():
    form = Form(id="x", execution=Execution(weight=Decimal("10")), goal=Goal(expected="长" * 200, actual="已完成"))
    grid = section_table(form, "goal").grid
    assert grid.rows[1][2].content == "已完成"
    assert isinstance(grid.rows[1][1].content, CellParagraph)


def test_level1_label_breaks_before_its_bracket():
    form = Form(id="x", execution=Execution(weight=Decimal("10")),
                indicators=[Indicator(category="satisfaction", name="满意度", weight=Decimal("10"))])
    cell = section_table(form, "indicators").grid.rows[1][1]
    assert "<br/>（10分）" in cell.content.text


def test_a_5000_character_goal_splits_with_header_and_label_repeated():
    text = "".join(f"第{i:04d}句说明。" for i in range(500))
    form = Form(id="x", execution=Execution(weight=Decimal("10")), goal=Goal(expected=text, actual="已完成"))
    parts = lay_out(section_table(form, "goal"), 80 * mm)
    assert len(parts) >= 3
    for part in parts[1:]:
        assert first_row_texts(part, 0)[1:] == ["预期目标", "实际完成情况"]
        assert part.grid.rows[0][0].rowspan == 2  # 年度总体目标 label spans header and continuation
    printed = "".join(text_of(p.grid.rows[1][1].content) for p in parts)
    assert printed.replace("<br/>", "") == text


def test_300_indicators_continue_with_level_labels_repeated():
    inds = [Indicator(category=cat, name=f"第{i}项", target="100%", actual="100%", weight=Decimal("0.3"),
                      score=Decimal("0.3")) for i, cat in enumerate(["quantity"] * 150 + ["social"] * 150)]
    form = Form(id="x", execution=Execution(weight=Decimal("10")), indicators=inds)
    parts = lay_out(section_table(form, "indicators"), 100 * mm)
    assert len(parts) >= 8
    for part in parts[1:]:
        header = first_row_texts(part, 0)
        assert header[1:4] == ["一级指标", "二级指标", "三级指标"]
        assert part.grid.rows[0][0].rowspan >= 2 or part is parts[-1]
        first_body = first_row_texts(part, 1)
        assert first_body[1] is not None and first_body[1].startswith(("产出指标", "效益指标"))
        assert first_body[2] in ("数量指标", "社会效益指标")
    numbers = [t for p in parts for row in range(len(p.grid.rows)) for t in [first_row_texts(p, row)[3]]
               if t and t.startswith("指标")]
    assert len(numbers) == 300
    assert numbers[149] == "指标150：第149项" and numbers[150] == "指标1：第150项"
    total = first_row_texts(parts[-1], len(parts[-1].grid.rows) - 1)
    assert total[0] == "总分" and len(parts[-1].grid.rows) >= 3  # 总分 never starts a page alone


def test_a_5000_character_indicator_cell_repeats_its_group_labels():
    inds = [Indicator(category="quantity", name="短", weight=Decimal("5")),
            Indicator(category="quality", name="长" * 5000, weight=Decimal("5")),
            Indicator(category="quality", name="后", weight=Decimal("5"))]
    form = Form(id="x", execution=Execution(weight=Decimal("10")), indicators=inds)
    parts = lay_out(section_table(form, "indicators"), 150 * mm)
    assert len(parts) >= 4
    for part in parts[1:-1]:
        body = first_row_texts(part, 1)
        assert body[1].replace("<br/>", "") == "产出指标（50分）"
        assert body[2] == "质量指标"


def test_a_cell_is_broken_into_lines_once_per_width(monkeypatch):
    sheet = stylesheet(font_set())
    para = CellParagraph(markup("项目年度目标完成情况良好" * 6), sheet["text"])
    width = 45.35433070866142
    size = para.wrap(width, 1000)
    lines = para.blPara.lines

    def refuse(*args, **kwargs):
        raise AssertionError("broken into lines again")

    monkeypatch.setattr(para, "breakLinesCJK", refuse)
    # reportlab's measuring and drawing work the width out a unit in the last place apart: the same lines.
    assert para.wrap(45.35433070866143, 500) == size
    assert para.blPara.lines is lines
    monkeypatch.undo()
    wider = para.wrap(width * 2, 1000)
    assert wider[1] < size[1]


def test_cell_styles_are_those_the_style_commands_would_set():
    bundle = load_example()
    spec = build_form_table(bundle, bundle.forms[0], load_policy(bundle.policy), PrintOptions())
    sheet = stylesheet(font_set())
    for section in spec.sections:
        grid = to_grid(section, sheet)
        table = SectionTable(grid, sheet)
        commands = [("FONT", (0, 0), (-1, -1), sheet.fonts.regular, BODY_SIZE, BODY_LEADING),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                    ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y)]
        commands += [("ALIGN", (c, r), (c, r), _ALIGN_NAMES[CELL_ALIGN[cell.style]]) for r, c, cell in grid.cells()
                     if isinstance(cell.content, str)]
        expected = Table(table._cellvalues, colWidths=list(grid.widths), style=TableStyle(commands))
        assert any(s.alignment != "LEFT" for row in expected._cellStyles for s in row)
        for mine, theirs in zip(table._cellStyles, expected._cellStyles, strict=True):
            for a, b in zip(mine, theirs, strict=True):
                fields = [k for k in dir(b) if not k.startswith("_") and not callable(getattr(b, k))]
                assert len(fields) > 10
                assert {k: getattr(a, k) for k in fields} == {k: getattr(b, k) for k in fields}
