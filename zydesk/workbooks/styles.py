"""Cell formats of the exported workbook (宋体, thin rules, wrapped) and the number format of each decimal."""

import re
from decimal import Decimal

FONT = "宋体"
FONT_SIZE = 10.5
LINE_POINTS = 14.0
PAD_POINTS = 4.0
# Column widths in Excel character units: label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因.
WIDTHS = (5, 11, 12, 28, 14, 14, 8, 8, 22)
_BASE = {"font_name": FONT, "font_size": FONT_SIZE, "border": 1, "text_wrap": True, "valign": "vcenter"}
_STYLES = {
    "label": {"align": "center", "bold": True},
    "text": {"align": "left"},
    "center": {"align": "center"},
    "number": {"align": "right"},
    "title": {"align": "center", "bold": True, "font_size": 16, "border": 0},
    "year": {"align": "center", "border": 0},
    "plain": {"align": "left", "border": 0},
    "head": {"align": "center", "bold": True, "text_wrap": True},
    # The flat 指标明细 table: one line per row, for filtering and pivots (long texts show in the cell editor).
    "flat": {"align": "left", "text_wrap": False},
}


class Formats:
    """XlsxWriter formats made once per workbook: a style, and for numbers the count of decimals shown."""

    def __init__(self, workbook):
        self.workbook = workbook
        self._cache: dict[tuple[str, str], object] = {}
        self._numbers: dict[int, object] = {}  # by exponent: the format of every decimal is looked up once

    def get(self, style: str, num_format: str = "") -> object:
        key = (style, num_format)
        if key not in self._cache:
            props = {**_BASE, **_STYLES[style]}
            if num_format:
                props["num_format"] = num_format
            self._cache[key] = self.workbook.add_format(props)
        return self._cache[key]

    def number(self, value: Decimal | None) -> object:
        exponent = 0 if value is None else value.as_tuple().exponent
        fmt = self._numbers.get(exponent)
        if fmt is None:
            places = max(0, -exponent)
            fmt = self._numbers[exponent] = self.get("number", "0" if places == 0 else "0." + "0" * min(places, 15))
        return fmt

    def percent(self) -> object:
        return self.get("number", "0%")


# East Asian wide and full-width characters (CJK, Hangul, full-width forms): two units each.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def text_units(text: str) -> int:
    """Width of a line in Excel character units: a Chinese character takes two."""
    return len(text) + len(_WIDE.findall(text))


def lines_needed(text: str, units: float) -> int:
    # A tenth to spare: the reader's font (宋体 on Windows, a substitute elsewhere) may run a little wider.
    capacity = int(max(1.0, units * 0.9 - 1))
    if 2 * len(text) <= capacity and "\n" not in text:
        return 1
    return sum(max(1, -(-text_units(line) // capacity)) for line in text.split("\n"))


MAX_ROW_POINTS = 409  # the tallest row a sheet may have


def row_height(lines: int) -> float:
    return min(lines * LINE_POINTS + PAD_POINTS, MAX_ROW_POINTS)
