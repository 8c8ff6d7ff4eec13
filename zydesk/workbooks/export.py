"""A bundle written as a workbook: one sheet per form, the flat 指标明细 sheet, the hidden zydesk sheet."""

import io
import os
import re
from pathlib import Path

import xlsxwriter

from ..atomicfile import write_file
from ..model import CATEGORY_BY_CODE, Bundle
from ..rules.policy import load_policy
from .form_sheet import fits_double, write_form
from .meta import DETAIL_SHEET, SHEET, meta_rows
from .styles import Formats

MAX_SHEET_NAME = 31
META_CHUNK = 30_000  # a cell holds at most 32,767 characters
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
DETAIL_HEADERS = ("序号", "项目名称", "主管部门", "实施单位", "一级指标", "二级指标", "三级指标", "年度指标值",
                  "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
DETAIL_WIDTHS = (6, 24, 14, 24, 10, 14, 28, 14, 14, 8, 8, 24)


class ExportError(Exception):
    """The workbook was not written; `reason` is one Chinese line and the target is unchanged."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def sheet_names(bundle: Bundle, numbers: list[int]) -> list[str]:
    """`1 老旧小区综合整治项目`: cut to 31 characters, without []:*?/\\, unique regardless of case."""
    taken = {SHEET.lower(), DETAIL_SHEET.lower()}
    names = []
    for number in numbers:
        base = _FORBIDDEN.sub("_", f"{number} {bundle.forms[number - 1].project_name}".replace("\n", " "))
        base = _cut(base.strip().strip("'"), MAX_SHEET_NAME).strip("'") or str(number)
        name, extra = base, 2
        while name.lower() in taken:
            suffix = f"~{extra}"
            name, extra = _cut(base, MAX_SHEET_NAME - len(suffix)) + suffix, extra + 1
        taken.add(name.lower())
        names.append(name)
    return names


def _cut(text: str, units: int) -> str:
    """At most `units` UTF-16 code units, as Excel counts a sheet name (a character beyond U+FFFF takes two)."""
    out, used = [], 0
    for ch in text:
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            break
        out.append(ch)
    return "".join(out)


def workbook_bytes(bundle: Bundle, numbers: list[int] | None = None) -> bytes:
    numbers = numbers or list(range(1, len(bundle.forms) + 1))
    policy = load_policy(bundle.policy)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    formats = Formats(book)
    names = sheet_names(bundle, numbers)
    for name, number in zip(names, numbers, strict=True):
        write_form(book.add_worksheet(name), formats, bundle, bundle.forms[number - 1], policy)
    _detail(book.add_worksheet(DETAIL_SHEET), formats, bundle, numbers)
    meta = book.add_worksheet(SHEET)
    for r, (key, value) in enumerate(meta_rows(bundle, names, numbers)):
        meta.write_string(r, 0, key)
        for k in range(0, max(len(value), 1), META_CHUNK):
            meta.write_string(r, 1 + k // META_CHUNK, value[k:k + META_CHUNK])
    meta.hide()
    book.close()
    return buffer.getvalue()


def _detail(sheet, formats: Formats, bundle: Bundle, numbers: list[int]) -> None:
    head, text = formats.get("head"), formats.get("flat")
    for c, (label, width) in enumerate(zip(DETAIL_HEADERS, DETAIL_WIDTHS, strict=True)):
        sheet.set_column(c, c, width)
        sheet.write_string(0, c, label, head)
    r, integer = 1, formats.number(None)
    for number in numbers:
        form = bundle.forms[number - 1]
        for ind in form.indicators:
            category = CATEGORY_BY_CODE[ind.category]
            sheet.write_number(r, 0, number, integer)
            for c, value in enumerate((form.project_name, form.department, form.implementer, category.level1.label,
                                       category.label, ind.name, ind.target, ind.actual), start=1):
                sheet.write_string(r, c, value, text)
            for c, value in ((9, ind.weight), (10, ind.score)):
                if value is None or not fits_double(value):
                    sheet.write_string(r, c, "" if value is None else format(value, "f"), text)
                else:
                    sheet.write_number(r, c, float(value), formats.number(value))
            sheet.write_string(r, 11, ind.deviation, text)
            r += 1
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(r - 1, 1), len(DETAIL_HEADERS) - 1)


def export_workbook(bundle: Bundle, path: str | os.PathLike, numbers: list[int] | None = None) -> None:
    """Write the workbook atomically: the target is the old file or the new one, never half of one."""
    data = workbook_bytes(bundle, numbers)
    try:
        write_file(Path(path), data)
    except OSError as exc:
        raise ExportError(path, f"无法写入（{exc.strerror or exc}），原文件未改动") from None
