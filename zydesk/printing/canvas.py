"""Page furniture: the footer `第 x 页 共 y 页` counted per form, with the form's fingerprint.

The footer needs the page count of each form, known only once the whole document is laid out, so the
canvas keeps every page's state and draws all footers when the document is saved (a "numbered canvas").
A zero-size FormMarker flowable at the top of each form tells the canvas which form a page belongs to.
"""

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from . import geometry as geo
from .styles import BODY_SIZE, FOOTER_SIZE, TEXT_COLOR

FORM_ATTR = "_zydesk_form"
HEAD_SIZE = BODY_SIZE


class FormMarker(Flowable):
    """Marks the start of one printed form (run = its position in this print, from 0)."""

    def __init__(self, run: int, number: int, fingerprint: str, continued: str = ""):
        super().__init__()
        self.run, self.number, self.fingerprint, self.continued = run, number, fingerprint, continued

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        setattr(self.canv, FORM_ATTR, (self.run, self.number, self.fingerprint, self.continued))


def page_label(page: int, pages: int) -> str:
    return f"第 {page} 页 共 {pages} 页"


def fingerprint_label(fingerprint: str) -> str:
    return f"校验码 {fingerprint}"


def time_stamp(created: datetime | None) -> TimeStamp:
    """reportlab's creation date at `created` (None: now, local time)."""
    when = (created or datetime.now()).astimezone()
    stamp = TimeStamp(invariant=True)
    offset = int(when.utcoffset().total_seconds()) // 60
    hours, minutes = divmod(abs(offset), 60)
    stamp.t, stamp.lt, stamp.tzname = when.timestamp(), when.timetuple(), when.tzname()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh, stamp.dmm = (hours if offset >= 0 else -hours), minutes
    return stamp


def running_head(text: str, font: str, width: float) -> str:
    """`项目名称：… （续）` cut to `width` points, the name shortened with … so that （续） stays."""
    if stringWidth(text, font, HEAD_SIZE) <= width:
        return text
    head, tail = text.rsplit(" ", 1) if " " in text else (text, "")
    # No glyph is narrower than a fifth of the size: more characters than this never fit. Then the longest
    # prefix that fits, by halving: a name of 10,000 characters costs a few measurements, not thousands.
    head = head[:int(width / (HEAD_SIZE * 0.2)) + 1]
    low, high = 0, len(head)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(f"{head[:middle]}… {tail}", font, HEAD_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return f"{head[:low]}… {tail}"


def numbered_canvas(font: str, report: dict, created: datetime | None = None) -> type[Canvas]:
    """A Canvas class drawing the per-form footer in `font`; sets report["pages"] to the page count.

    Continuation pages of a form get its running head; the PDF's creation date is `created` (None: now),
    while the document ID stays derived from the content (invariant mode)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Start pages in our font: no unembedded Helvetica reference in the PDF.
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._zydesk_pages: list[dict] = []
            setattr(self, FORM_ATTR, (-1, 0, "", ""))
            self._doc._timeStamp = time_stamp(created)
            # The form is drawn to scale: a printer dialog must not shrink it to fit.
            self.setViewerPreference("PrintScaling", "None")

        def showPage(self):
            self._zydesk_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = self._zydesk_pages
            totals: dict[int, int] = {}
            for state in pages:
                run = state[FORM_ATTR][0]
                totals[run] = totals.get(run, 0) + 1
            seen: dict[int, int] = {}
            for state in pages:
                self.__dict__.update(state)
                run, _number, fingerprint, continued = state[FORM_ATTR]
                seen[run] = seen.get(run, 0) + 1
                self._draw_footer(seen[run], totals[run], fingerprint)
                if seen[run] > 1 and continued:
                    self._draw_head(continued)
                Canvas.showPage(self)
            report["pages"] = len(pages)
            Canvas.save(self)

        def _draw_footer(self, page: int, pages: int, fingerprint: str) -> None:
            self.saveState()
            self.setFont(font, FOOTER_SIZE)
            self.setFillColor(TEXT_COLOR)
            y = geo.FOOTER_BASELINE * mm
            width = self._pagesize[0]  # the page in use: the summary prints landscape
            self.drawCentredString(width / 2, y, page_label(page, pages))
            if fingerprint:
                self.drawRightString(width - geo.MARGIN_RIGHT * mm, y, fingerprint_label(fingerprint))
            self.restoreState()

        def _draw_head(self, text: str) -> None:
            self.saveState()
            self.setFont(font, HEAD_SIZE)
            self.setFillColor(TEXT_COLOR)
            self.drawString(geo.MARGIN_LEFT * mm, (geo.PAGE_HEIGHT - geo.HEAD_DROP) * mm,
                            running_head(text, font, geo.FRAME_WIDTH * mm))
            self.restoreState()

    return NumberedCanvas
