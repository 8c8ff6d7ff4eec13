"""The named stylesheet of the printed form: paragraph styles for every kind of cell, title and footer."""

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from .fonts import FontSet

BODY_SIZE = 9.0
BODY_LEADING = 12.0
TITLE_SIZE = 16.0
YEAR_SIZE = 12.0
SIGNATURE_SIZE = 10.5
FOOTER_SIZE = 8.0
RULE_COLOR = colors.black
TEXT_COLOR = colors.black

# Cell style name -> horizontal alignment (also used for cells drawn as plain strings).
CELL_ALIGN = {
    "label": TA_CENTER,
    "vlabel": TA_CENTER,
    "text": TA_LEFT,
    "center": TA_CENTER,
    "number": TA_CENTER,
    "total": TA_CENTER,
}


class Stylesheet:
    """The paragraph styles of one font set by name (one per font set: stylesheet() keeps it)."""

    __slots__ = ("fonts", "styles")

    def __init__(self, fonts: FontSet, styles: dict[str, ParagraphStyle]):
        self.fonts = fonts
        self.styles = styles

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.styles[name]


def _style(name: str, font: str, size: float, leading: float, align: int) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, alignment=align, textColor=TEXT_COLOR,
        # Chinese breaks between any two characters; a one-line remainder may start a new page.
        wordWrap="CJK", allowOrphans=1, allowWidows=1, spaceBefore=0, spaceAfter=0,
    )


@cache
def stylesheet(fonts: FontSet) -> Stylesheet:
    regular, bold = fonts.regular, fonts.bold
    styles = {name: _style(name, regular, BODY_SIZE, BODY_LEADING, align) for name, align in CELL_ALIGN.items()}
    styles["title"] = _style("title", bold, TITLE_SIZE, TITLE_SIZE * 1.4, TA_CENTER)
    styles["year"] = _style("year", regular, YEAR_SIZE, YEAR_SIZE * 1.4, TA_CENTER)
    styles["signature"] = _style("signature", regular, SIGNATURE_SIZE, SIGNATURE_SIZE * 1.4, TA_LEFT)
    styles["footer"] = _style("footer", regular, FOOTER_SIZE, FOOTER_SIZE * 1.3, TA_CENTER)
    return Stylesheet(fonts, styles)
