"""Breaking cell text into printed lines by measured width: Chinese breaks between any two characters.

Plain multi-line strings lay out far faster in a reportlab table than Paragraphs, which matters for a
district's 9,000 rows; the widths come from the embedded font itself, so nothing is clipped.
"""

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..printing.table import clean


@lru_cache(maxsize=65536)
def _char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: a summary repeats its departments, units, grades and file names thousands of times."""
    return stringWidth(text, font, size)


def wrap_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """`text` as lines no wider than `width` points (a single over-wide character gets a line of its own)."""
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        if text_width(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        line, used, last_space = "", 0.0, -1
        for ch in paragraph:
            w = _char_width(ch, font, size)
            if line and used + w > width:
                if ch != " " and 0 < last_space < len(line) - 1 and line[last_space + 1:].isascii():
                    # A Latin word (a file name, a number) is not cut when a space before it allows.
                    lines.append(line[:last_space])
                    line = line[last_space + 1:]
                    used = stringWidth(line, font, size)
                else:
                    lines.append(line)
                    line, used = "", 0.0
                last_space = -1
                if ch == " ":
                    continue
            if ch == " ":
                last_space = len(line)
            line += ch
            used += w
        lines.append(line)
    return lines
