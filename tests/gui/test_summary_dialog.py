"""Tests for zydesk/gui/summary_dialog.py and summary_model.py: 表 → 汇总…, sorting, double-click, print, export."""

from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu
from python_calamine import CalamineWorkbook

from zydesk.gui import dialogs, print_actions
from zydesk.gui.summary_dialog import SummaryDialog
from zydesk.gui.summary_model import SummaryModel
from zydesk.summary import build_summary, bundle_rows

from .conftest import EXAMPLE, answer, replace_text


def _open_from_menu(window, qtbot) -> SummaryDialog:
    """表 → 汇总… (the menu item itself; a popup menu grabs the keyboard, which offscreen Qt warns about)."""
    window.ui.actionSummary.trigger()
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is not None, timeout=2000)
    dialog = window.findChild(SummaryDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _column(dialog: SummaryDialog, name: str) -> list[str]:
    model = dialog.model
    col = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(name)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _click_header(qtbot, dialog: SummaryDialog, name: str) -> None:
    header = dialog.view.horizontalHeader()
    col = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())].index(name)
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_model_passes_qtmodeltester(qtmodeltester, example):
    model = SummaryModel()
    model.set_summary(build_summary(bundle_rows(example, EXAMPLE)))
    qtmodeltester.check(model)
    model.sort(8, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_menu_opens_the_table_of_the_document(window, qtbot):
    dialog = _open_from_menu(window, qtbot)
    assert dialog.model.rowCount() == 5  # four forms and 合计
    assert _column(dialog, "项目名称")[:2] == ["老旧小区综合整治项目", "民生家园建设经费"]
    assert _column(dialog, "执行率")[2] == "92.88%"
    assert _column(dialog, "序号")[-1] == "合计"
    assert _column(dialog, "文件")[0] == "xiaoguan-2021.zyd.json"
    assert "共 4 张表" in dialog.caption.text()


def test_sorting_is_by_value_and_keeps_the_total_last(window, qtbot):
    dialog = _open_from_menu(window, qtbot)
    _click_header(qtbot, dialog, "全年执行数")
    assert _column(dialog, "全年执行数") == ["248.42491", "1000", "1665.328918", "3248.639548", "6162.393376"]
    _click_header(qtbot, dialog, "全年执行数")
    assert _column(dialog, "全年执行数")[:4] == ["3248.639548", "1665.328918", "1000", "248.42491"]
    assert _column(dialog, "序号")[-1] == "合计"
    _click_header(qtbot, dialog, "分值合计")  # 110 after 100 (text order would put it first)
    assert _column(dialog, "分值合计")[:4] == ["100", "100", "100", "110"]


def test_double_click_shows_that_form(window, qtbot):
    dialog = _open_from_menu(window, qtbot)
    _click_header(qtbot, dialog, "全年执行数")  # sorted: the first row is now form 4
    view = dialog.view
    rect = view.visualRect(dialog.model.index(0, 2))
    # A real double-click: the first click (press, release), then the second one that Qt reports as double.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigator.current() == 3
    assert window.editor.header.ui.projectName.text().startswith("疫情防控支出")


def test_table_follows_typing_in_the_editor(window, qtbot):
    dialog = _open_from_menu(window, qtbot)
    window.navigator.select(2)
    window.activateWindow()
    replace_text(qtbot, window.editor.funds.ui.totalExecuted, "1792.935")
    qtbot.waitUntil(lambda: _column(dialog, "执行率")[2] == "100.00%", timeout=3000)
    assert _column(dialog, "全年执行数")[2] == "1792.935"


def test_export_to_excel_and_csv(window, qtbot, monkeypatch, tmp_path):
    dialog = _open_from_menu(window, qtbot)
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "汇总")  # no suffix typed: Excel
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = CalamineWorkbook.from_path(str(tmp_path / "汇总.xlsx")).get_sheet_by_name("汇总").to_python()
    assert sheet[3][2] == "公共服务经费" and Decimal(repr(sheet[3][7])) == Decimal("1665.328918")
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "汇总.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "汇总.csv").read_bytes().startswith("\ufeff序号,年度,项目名称".encode())
    assert "已导出" in dialog.caption.text()


def test_export_failure_is_one_message(window, qtbot, monkeypatch, tmp_path):
    dialog = _open_from_menu(window, qtbot)
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "没有这个文件夹" / "汇总.pdf")
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "文件夹不存在" in errors[0][2]


def test_print_sends_landscape_pages(window, qtbot, monkeypatch, tmp_path):
    dialog = _open_from_menu(window, qtbot)
    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(100)
        return True

    answer(monkeypatch, print_actions.PrintDialog, choose_pdf_printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(target)
    assert len(printed.pages) == 2  # the table and the charts
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_menu_item_is_in_the_table_menu(window):
    menu: QMenu = window.ui.menuForms
    assert window.ui.actionSummary in menu.actions() and window.ui.actionSummary.text() == "汇总(&Z)…"


def test_dialog_closes_when_another_file_replaces_the_document(window, qtbot):
    dialog = _open_from_menu(window, qtbot)
    window.set_document(window.files.new_document())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    window.ui.actionSummary.trigger()
    fresh = [d for d in window.findChildren(SummaryDialog) if d.isVisible()]
    assert len(fresh) == 1 and fresh[0].model.rowCount() == 2  # a new file: its one empty form and 合计
    assert "（未保存）：共 1 张表" in fresh[0].caption.text()
