"""A long cell text as pre-broken lines: wrapped once, split between pages by slicing, so printing stays linear.

reportlab's Paragraph measures every character again for each measurement and re-breaks the remainder of a
split paragraph on every page: a 10,000-character cell costs time quadratic in its length. LineBlock breaks
its text once per width (characters measured once per font) and its parts share that line list.
"""

from bisect import bisect_right
from functools import cache
from itertools import accumulate

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

# Texts at least this long print as a LineBlock; shorter ones keep reportlab's Paragraph.
LONG_TEXT_CHARS = 400
# Letters and digits stay together on a line (as in reportlab's CJK wrap) unless the run is wider than the line.
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,:;!?%'\"()-/")


@cache
def _widths(font_name: str, size: float) -> dict[str, float]:
    return {}


def _measured(text: str, font_name: str, size: float) -> list[float]:
    widths = _widths(font_name, size)
    missing = set(text).difference(widths)
    if missing:
        font = getFont(font_name)
        widths.update((ch, font.stringWidth(ch, size)) for ch in missing)
    return list(map(widths.__getitem__, text))


# Closing punctuation never starts a line: the character before it moves down with it.
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕…”’,.;:!?)")


def _break_point(text: str, start: int, end: int) -> int:
    """Where a line that could hold text[start:end] ends: before a word that `end` would cut, if it can."""
    if end >= len(text):
        return end
    if text[end] in _NO_LINE_START and end - 1 > start and text[end - 1] not in _NO_LINE_START:
        return end - 1
    if text[end - 1] not in _WORD_CHARS or text[end] not in _WORD_CHARS:
        return end
    cut = end - 1
    while cut > start and text[cut - 1] in _WORD_CHARS:
        cut -= 1
    return cut if cut > start else end


def break_lines(text: str, font_name: str, size: float, width: float) -> list[tuple[str, float]]:
    """(line, its width): greedy, between any two Chinese characters, between words otherwise; linear."""
    lines: list[tuple[str, float]] = []
    for paragraph in text.split("\n"):
        sums = list(accumulate(_measured(paragraph, font_name, size), initial=0.0))
        start = 0
        while True:
            while start < len(paragraph) and paragraph[start] == " " and lines and start:
                start += 1   # a space at a break is not printed at the start of the next line
            # The longest text[start:end] no wider than the line, at least one character.
            end = max(bisect_right(sums, sums[start] + width + 1e-6) - 1, start + 1)
            end = min(end, len(paragraph))
            end = _break_point(paragraph, start, end)
            line = paragraph[start:end].rstrip(" ")
            lines.append((line, sums[start + len(line)] - sums[start]))
            start = end
            if start >= len(paragraph):
                break
    return lines


def fit_text(text: str, font_name: str, size: float, width: float, max_lines: int) -> str | None:
    """`text` cut to the lines that fit, ending in "…", or None when it fits whole (a fixed-size cell)."""
    lines = break_lines(text, font_name, size, width)
    if len(lines) <= max_lines:
        return None
    kept = [line for line, _ in lines[:max_lines]]
    kept[-1] = kept[-1][:-1] + "…"
    return "\n".join(kept)


class LineBlock(Flowable):
    """Lines of one cell, drawn with the cell style's font, leading and alignment; split by whole lines."""

    def __init__(self, text: str, style: ParagraphStyle, broken: dict[float, list[tuple[str, float]]] | None = None):
        super().__init__()
        self.text, self.style = text, style
        # Lines by width: a table measures a cell at more than one width (spans, the split, the draw).
        self._broken = broken or {}
        self._lines: list[tuple[str, float]] = []

    def _lines_for(self, width: float) -> list[tuple[str, float]]:
        key = round(width, 3)
        lines = self._broken.get(key)
        if lines is None:
            lines = self._broken[key] = break_lines(self.text, self.style.fontName, self.style.fontSize, width)
        self._lines = lines
        return lines

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = len(self._lines_for(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        lines = self._lines_for(availWidth)
        fit = int((availHeight + 1e-3) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        return [self._part(lines[:fit], availWidth), self._part(lines[fit:], availWidth)]

    def _part(self, lines: list[tuple[str, float]], width: float) -> "LineBlock":
        return LineBlock("\n".join(line for line, _ in lines), self.style, {round(width, 3): lines})

    def draw(self):
        style, canvas = self.style, self.canv
        # One text object for the block (a drawString per line costs a text object and a graphics state each).
        text = canvas.beginText()
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setFillColor(style.textColor)
        centred = style.alignment == TA_CENTER
        y = self.height - style.fontSize   # the first baseline where reportlab's Paragraph puts it
        for line, line_width in self._lines:
            if line:
                text.setTextOrigin((self.width - line_width) / 2 if centred else 0, y)
                text._textOut(line)
            y -= style.leading
        canvas.drawText(text)
