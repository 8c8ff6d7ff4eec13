"""A PDF held in memory as a QPdfDocument, and sending its pages to a printer at 100 % scale."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

RASTER_DPI = 300   # printers get the page as a 300 dpi image, placed at the page's true size
POINTS_PER_INCH = 72


class PdfPages(QObject):
    """Owns the bytes, the buffer and the QPdfDocument together (the document reads from the buffer)."""

    def __init__(self, data: bytes, parent: QObject | None = None):
        super().__init__(parent)
        self.data = data
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)

    def page_count(self) -> int:
        return self.document.pageCount()


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Paint the pages chosen in the print dialog (all by default) at 100 %; returns how many were sent."""
    document = pages.document
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        dpi = printer.resolution()
        for page in range(first, last + 1):
            if sent:
                printer.newPage()
            points = document.pagePointSize(page)
            # The page's real size in printer pixels: no fit-to-page, no shrinking.
            target = QRectF(0, 0, points.width() * dpi / POINTS_PER_INCH, points.height() * dpi / POINTS_PER_INCH)
            raster = QSize(round(points.width() * RASTER_DPI / POINTS_PER_INCH),
                           round(points.height() * RASTER_DPI / POINTS_PER_INCH))
            painter.drawImage(target, document.render(page, raster))
            sent += 1
    finally:
        painter.end()
    return sent


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    return printer
