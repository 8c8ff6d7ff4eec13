"""Tests for zydesk/gui/print_actions.py, preview.py and pdf_pages.py: preview, export and print at 100 %."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from zydesk.gui import dialogs, preview, print_actions
from zydesk.gui.pdf_pages import PdfPages
from zydesk.gui.preview import PreviewDialog

from .conftest import answer


@pytest.fixture
def rendered(window):
    data, result = window.printing.render()
    return data, result


def test_preview_shows_the_core_pdf(window, rendered, qtbot):
    data, result = rendered
    dialog = PreviewDialog(PdfPages(data), result, window.printing, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pages.page_count() == result.pages == len(PdfReader(io.BytesIO(data)).pages)
    assert dialog.ui.pages.text() == f"共 {result.pages} 页（A4 纵向）"
    dialog.ui.zoom.setCurrentIndex(2)
    assert dialog.ui.view.zoomFactor() == 1.0


def test_preview_action_opens_the_dialog(window, monkeypatch):
    seen = []
    answer(monkeypatch, preview.PreviewDialog, None, calls=seen)
    window.ui.actionPreview.trigger()
    (parent, pages, result, _controller), = seen
    assert parent is window and pages.page_count() == result.pages > 0


def test_export_with_errors_is_confirmed_seeing_how_many(window, monkeypatch, tmp_path):
    asked = []
    answer(monkeypatch, dialogs.PrintConfirm, False, calls=asked)
    assert not window.printing.export_pdf()
    assert asked == [(window, 2, 1)]                   # form 4: weights.total, indicator.empty_weighted

    answer(monkeypatch, dialogs.PrintConfirm, True)
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "自评表")
    assert window.printing.export_pdf()
    reader = PdfReader(tmp_path / "自评表.pdf")
    assert "老旧小区综合整治项目" in reader.pages[0].extract_text()
    assert "已导出" in window.statusBar().currentMessage()


def test_export_of_a_bundle_without_errors_asks_nothing_but_the_name(window, monkeypatch, tmp_path):
    window.document.remove_form(3)
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "out.pdf")
    assert window.printing.export_pdf()
    assert (tmp_path / "out.pdf").exists()


def test_print_sends_a4_pages_at_full_scale(window, rendered, monkeypatch, tmp_path):
    data, _result = rendered
    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)
        printer.setFromTo(1, 2)
        return True

    answer(monkeypatch, print_actions.PrintDialog, choose_pdf_printer)
    assert window.printing.print_pages(PdfPages(data), window, confirmed=True)
    printed = PdfReader(target)
    assert len(printed.pages) == 2
    box = printed.pages[0].mediabox
    assert (round(float(box.width), 0), round(float(box.height), 0)) == (595, 842)
    # The ink sits where the core put it, to the point: nothing shrunk, enlarged or shifted.
    expected, actual = _content_box(data, 0), _content_box(target.read_bytes(), 0)
    assert all(abs(a - b) <= 2 for a, b in zip(expected, actual, strict=True)), (expected, actual)


def test_print_with_errors_cancelled_at_the_confirmation(window, monkeypatch):
    answer(monkeypatch, dialogs.PrintConfirm, False)
    window.ui.actionPrint.trigger()       # PrintDialog.ask would fail the test if reached


def _content_box(pdf: bytes, page: int) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the ink on a page rendered at 72 dpi (1 px = 1 pt), on white."""
    pages = PdfPages(pdf)
    assert pages.document.status() == QPdfDocument.Status.Ready
    size = QSize(595, 842)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, pages.document.render(page, size))
    painter.end()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    ink = bytes(1 if value < 160 else 0 for value in range(256))
    stride, data = gray.bytesPerLine(), bytes(gray.constBits())
    rows = [data[y * stride:y * stride + size.width()].translate(ink) for y in range(size.height())]
    inked = [y for y, row in enumerate(rows) if 1 in row]
    left = min(rows[y].find(1) for y in inked)
    right = max(rows[y].rfind(1) for y in inked)
    return left, inked[0], right, inked[-1]
