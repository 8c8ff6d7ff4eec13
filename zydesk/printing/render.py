"""Render: bundle → PDF bytes (story of every selected form laid out by reportlab) and the atomic file write."""

import io
import os
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import LayoutError

from ..atomicfile import write_failure, write_file
from ..model import Bundle
from ..rules.policy import UnknownPolicy, load_policy
from . import geometry as geo
from .canvas import FormMarker, numbered_canvas
from .fonts import FontSet, font_set
from .lines import fit_text
from .options import PrintError, PrintOptions, PrintResult
from .spec import TableSpec
from .story import build_form_table
from .styles import RULE_COLOR, Stylesheet, stylesheet
from .table import SectionTable, clean, markup, to_grid

MAX_LISTED_CHARS = 30
MAX_LISTED_PLACES = 8
MIN_UNIT_SIZE = 7.0


def selected_numbers(bundle: Bundle, options: PrintOptions) -> list[int]:
    count = len(bundle.forms)
    if count == 0:
        raise PrintError("文件中没有表，没有可打印的内容")
    if options.forms is None:
        return list(range(1, count + 1))
    if not options.forms:
        raise PrintError("没有选择要打印的表")
    for number in options.forms:
        if not 1 <= number <= count:
            raise PrintError(f"没有第 {number} 张表（文件中共 {count} 张）")
    return list(options.forms)


def build_specs(bundle: Bundle, options: PrintOptions) -> list[TableSpec]:
    """The TableSpec of every form to print, in print order."""
    if options.rate_decimals not in range(0, 7):
        raise PrintError(f"执行率小数位数应为 0–6，而不是 {options.rate_decimals}")
    try:
        policy = load_policy(bundle.policy)
    except UnknownPolicy:
        raise PrintError(f"未知的评分规则“{bundle.policy}”") from None
    return [build_form_table(bundle, bundle.forms[n - 1], policy, options, number=n)
            for n in selected_numbers(bundle, options)]


def missing_glyph_warnings(specs: list[TableSpec], fonts: FontSet) -> list[str]:
    """One warning listing the characters the font cannot print and the fields that contain them."""
    chars: dict[str, None] = {}
    places: dict[str, None] = {}
    for spec in specs:
        fields = [("标题", spec.title)]
        for section in spec.sections:
            fields += [(cell.field, cell.text) for _, _, cell in section.cells() if cell.field]
        fields += [(sig.label.rstrip("："), sig.value) for sig in spec.signatures or () if sig.value]
        for field, text in fields:
            lacking = fonts.lacks(clean(text))
            if lacking:
                chars.update(dict.fromkeys(lacking))
                places[f"表 {spec.number} {field}"] = None
    if not chars:
        return []
    listed = "".join(list(chars)[:MAX_LISTED_CHARS]) + ("等" if len(chars) > MAX_LISTED_CHARS else "")
    where = "、".join(list(places)[:MAX_LISTED_PLACES]) + ("等处" if len(places) > MAX_LISTED_PLACES else "")
    return [f"字体（{fonts.label}）缺少 {len(chars)} 个字符，这些字符打印不出来：{listed}（位于 {where}）"]


def _signature_block(spec: TableSpec, sheet: Stylesheet, warnings: list[str]) -> KeepTogether:
    style = sheet["signature"]
    sigs = {s.label: s.value for s in spec.signatures or ()}
    labels = list(sigs)
    # The block has fixed rows (room to sign): a value longer than its cell prints cut, and the user is told.
    for label, column in zip(labels[:4], (1, 3, 5, 1), strict=True):
        cut = fit_text(clean(sigs[label]), style.fontName, style.fontSize, geo.SIGNATURE_COLUMNS[column] * mm - 2,
                       max(1, int(geo.SIGNATURE_ROW_HEIGHT * mm // style.leading)))
        if cut is not None:
            sigs[label] = cut
            warnings.append(f"表 {spec.number} 签字栏“{label.rstrip('：')}”内容过长，只打印了放得下的部分")

    def para(text: str) -> Paragraph:
        return Paragraph(markup(text), style)

    unit = sigs[labels[4]]
    unit_room = (geo.SIGNATURE_COLUMNS[4] + geo.SIGNATURE_COLUMNS[5]) * mm - 2
    cut = fit_text(clean(unit), style.fontName, MIN_UNIT_SIZE, unit_room,
                   max(1, int(geo.SIGNATURE_ROW_HEIGHT * mm // (MIN_UNIT_SIZE * 1.2))))
    if cut is not None:   # even at the smallest size it would overprint the block
        unit = cut
        warnings.append(f"表 {spec.number} 签字栏“{labels[4]}”内容过长，只打印了放得下的部分")
    stamp = ["", para(labels[4]), ""] if not unit else [para(labels[4] + "："), _fitted(unit, style, sheet), ""]
    data = [
        [para(labels[0]), para(sigs[labels[0]]), para(labels[1]), para(sigs[labels[1]]), para(labels[2]),
         para(sigs[labels[2]])],
        [para(labels[3]), para(sigs[labels[3]]), "", *stamp],
    ]
    lines = [("LINEBELOW", (c, r), (c, r), geo.RULE_WIDTH_PT, RULE_COLOR) for r, c in ((0, 1), (0, 3), (0, 5), (1, 1))]
    if unit:  # the unit's name takes the room of the stamp label and the blank beside it
        lines.append(("SPAN", (4, 1), (5, 1)))
    table = RLTable(data, colWidths=[w * mm for w in geo.SIGNATURE_COLUMNS],
                    rowHeights=[geo.SIGNATURE_ROW_HEIGHT * mm] * 2, hAlign="LEFT",
                    style=TableStyle([("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
                                      ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 1), *lines]))
    return KeepTogether([Spacer(1, geo.SIGNATURE_GAP * mm), table])


def _fitted(text: str, style, sheet: Stylesheet) -> Paragraph:
    """A unit's name on one line where it can be: the font shrinks down to 7 pt before the line wraps."""
    room = (geo.SIGNATURE_COLUMNS[4] + geo.SIGNATURE_COLUMNS[5]) * mm - 2
    size = min(style.fontSize, max(MIN_UNIT_SIZE, style.fontSize * room / max(1.0, stringWidth(text, style.fontName,
                                                                                              style.fontSize))))
    fitted = ParagraphStyle("unit", parent=style, fontSize=size, leading=size * 1.2)
    return Paragraph(markup(text), fitted)


def form_story(spec: TableSpec, run: int, sheet: Stylesheet, warnings: list[str] | None = None) -> list:
    story: list = [
        FormMarker(run, spec.number, spec.fingerprint, spec.continued),
        Paragraph(markup(spec.title), sheet["title"]),
        Paragraph(markup(spec.year_line), sheet["year"]),
        Spacer(1, geo.TITLE_GAP * mm),
    ]
    story += [SectionTable(to_grid(section, sheet), sheet) for section in spec.sections]
    if spec.signatures is not None:
        story.append(_signature_block(spec, sheet, [] if warnings is None else warnings))
    return story


def render_pdf_bytes(bundle: Bundle, options: PrintOptions | None = None) -> tuple[bytes, PrintResult]:
    """The PDF of the selected forms, each starting on a new page, and what the caller should be told."""
    options = options or PrintOptions()
    specs = build_specs(bundle, options)
    fonts = font_set(options.font_file)
    sheet = stylesheet(fonts)
    warnings = list(fonts.warnings) + missing_glyph_warnings(specs, fonts)

    story: list = []
    for run, spec in enumerate(specs):
        if run:
            story.append(PageBreak())
        story += form_story(spec, run, sheet, warnings)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(geo.PAGE_WIDTH * mm, geo.PAGE_HEIGHT * mm),
        leftMargin=geo.MARGIN_LEFT * mm, rightMargin=geo.MARGIN_RIGHT * mm,
        topMargin=geo.MARGIN_TOP * mm, bottomMargin=geo.MARGIN_BOTTOM * mm,
        title=bundle.title, author="zydesk", creator="zydesk", subject="项目支出绩效自评表",
        invariant=True,
    )
    frame = Frame(geo.MARGIN_LEFT * mm, geo.MARGIN_BOTTOM * mm, geo.FRAME_WIDTH * mm, geo.FRAME_HEIGHT * mm,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    report: dict = {}
    try:
        doc.build(story, canvasmaker=numbered_canvas(fonts.regular, report, options.created))
    except LayoutError as exc:  # a safety net: the tables split any content, so this should never happen
        raise PrintError(f"排版失败，PDF 未输出（{str(exc)[:200]}）") from exc
    return buffer.getvalue(), PrintResult(pages=report.get("pages", 0), warnings=warnings)


def render_pdf(bundle: Bundle, out: Path | BinaryIO, options: PrintOptions | None = None) -> PrintResult:
    """Render and write: to a path atomically (a failed print never leaves a broken PDF), or to a stream."""
    data, result = render_pdf_bytes(bundle, options)
    if isinstance(out, str | os.PathLike):
        write_atomic(Path(out), data)
    else:
        out.write(data)
    return result


def write_atomic(path: Path, data: bytes) -> None:
    if path.is_dir():
        raise PrintError("这是一个文件夹，不能作为输出文件")
    try:
        write_file(path, data)
    except OSError as exc:
        raise PrintError(_write_reason(exc)) from None


def _write_reason(exc: OSError) -> str:
    return write_failure(exc, "PDF 未输出", "PDF 阅读器")
