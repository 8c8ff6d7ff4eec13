"""Tests for zydesk/gui/print_actions.py, preview.py and pdf_pages.py: preview, export and print at 100 %."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from zydesk.gui import dialogs, form_choice, preview, print_actions
from zydesk.gui.form_choice import FormsChoice
from zydesk.gui.pdf_pages import PdfPages
from zydesk.gui.preview import PreviewDialog

from .conftest import answer

REAL_CONFIRM = vars(dialogs.PrintConfirm)["ask"]  # the message box itself, before the fixture stubs it


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
    assert asked == [(window, 2, [4])]                 # form 4: weights.total, indicator.empty_weighted

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


def test_print_warning_names_the_forms_with_errors(window, monkeypatch, qtbot):
    window.document.edit("forms[2].project_name", "")
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    monkeypatch.setattr(dialogs.PrintConfirm, "ask", REAL_CONFIRM)
    assert not window.printing.confirm_errors()
    assert boxes == ["要打印的表中还有 3 处错误（表 3、表 4）。"]
    assert not window.printing.confirm_errors(forms=[3])
    assert boxes[-1] == "要打印的表中还有 1 处错误（表 3）。"
    assert window.printing.confirm_errors(forms=[1, 2])   # no error in these: nothing asked
    assert len(boxes) == 2


def test_this_form_only_previews_prints_and_exports_that_form(window, monkeypatch, tmp_path):
    window.navigator.select(1)
    seen = []
    answer(monkeypatch, preview.PreviewDialog, None, calls=seen)
    window.ui.actionPrintCurrent.trigger()
    (_parent, pages, result, controller), = seen
    assert pages.page_count() == result.pages == 2        # form 2 alone runs over two pages
    answer(monkeypatch, dialogs.SaveFileDialog, lambda parent, name, *rest: tmp_path / "one.pdf")
    assert controller.export_pdf(window, [2])             # form 2 has no error: no confirmation
    printed = "".join(page.extract_text() for page in PdfReader(tmp_path / "one.pdf").pages)
    assert "民生家园建设经费" in printed and "老旧小区综合整治项目" not in printed


def test_export_of_a_selection_suggests_a_name_that_says_so(window, monkeypatch, tmp_path):
    names = []
    answer(monkeypatch, dialogs.SaveFileDialog, lambda parent, name, *rest: names.append(name) or None)
    assert not window.printing.export_pdf(window, [1, 2])
    assert names[0].endswith("（表1、表2）.pdf")


def test_chosen_forms_are_previewed_in_file_order(window, monkeypatch):
    window.navigator.select(2)
    offered, seen = [], []
    answer(monkeypatch, form_choice.FormsChoice, [1, 3], calls=offered)
    answer(monkeypatch, preview.PreviewDialog, None, calls=seen)
    window.ui.actionPrintChosen.trigger()
    (_parent, names, checked), = offered
    assert names[0] == "老旧小区综合整治项目" and checked == [3]
    (_parent, pages, result, _controller), = seen
    assert result.pages == pages.page_count() == 2        # forms 1 and 3, one page each


def test_forms_choice_dialog_ticks_and_refuses_an_empty_choice(qtbot):
    dialog = FormsChoice(["甲", "", "丙"], [2])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [2]
    assert dialog.list.item(1).text() == "表 2　（未填写项目名称）"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    none, every = (b for b in dialog.findChildren(QPushButton) if b.text() in ("全不选", "全选"))
    qtbot.mouseClick(every if every.text() == "全不选" else none, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == [] and not ok.isEnabled()
    qtbot.mouseClick(none if none.text() == "全选" else every, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == [1, 2, 3] and ok.isEnabled()


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
