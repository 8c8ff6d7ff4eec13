"""Tests for zydesk/gui/workbook_actions.py and import_report.py: import by menu and by drop, report, export."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from zydesk import storage
from zydesk.gui import dialogs, workbook_actions
from zydesk.gui.dialogs import SaveChangesPrompt
from zydesk.workbooks import import_workbooks

from .conftest import ROOT, _refuse, answer, replace_text

WORKBOOKS = ROOT / "tests" / "data" / "workbooks"


@pytest.fixture(autouse=True)
def no_workbook_dialog(monkeypatch):
    monkeypatch.setattr(workbook_actions.WorkbookOpenDialog, "ask", _refuse("WorkbookOpenDialog.ask"))


def test_file_menu_has_import_and_export(window):
    texts = [a.text() for a in window.ui.menuFile.actions()]
    assert "导入 Excel/WPS 表格(&I)…" in texts and "导出为 Excel(&X)…" in texts


def test_import_opens_a_new_unsaved_document_with_the_report(window, monkeypatch, example_copy):
    answer(monkeypatch, workbook_actions.WorkbookOpenDialog, [WORKBOOKS / "xiaoguan-2021.xls"])
    window.ui.actionImportWorkbook.trigger()
    document = window.document
    assert document.path is None and window.isWindowModified()
    assert [f.project_name for f in document.bundle.forms][:2] == ["老旧小区综合整治项目", "民生家园建设经费"]
    dock = window.workbooks.report
    assert dock.isVisible()
    lines = dock.lines()
    assert "汇总：跳过（不是自评表）" in lines and "表1 → 表 1 老旧小区综合整治项目（18 个指标）" in lines
    assert storage.load(example_copy) == storage.load(example_copy)  # the open file was left alone


def test_clicking_a_report_line_goes_to_the_field(window, monkeypatch, qtbot):
    answer(monkeypatch, workbook_actions.WorkbookOpenDialog, [WORKBOOKS / "mof-template-2022.xlsx"])
    window.ui.actionImportWorkbook.trigger()
    tree = window.workbooks.report.tree
    sheet = tree.topLevelItem(0).child(0)
    line = sheet.child(3)  # J17 “已复核”: the 备注 of the fourth indicator
    assert line.text(0).startswith("Sheet1!J17")
    rect = tree.visualItemRect(line)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    target = window.editor.binding_for("indicators[3].name").widget
    qtbot.waitUntil(target.hasFocus, timeout=2000)


def test_a_refused_workbook_says_why_and_keeps_the_document(window, monkeypatch, tmp_path):
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    answer(monkeypatch, workbook_actions.WorkbookOpenDialog, [bad])
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    before = window.document
    window.ui.actionImportWorkbook.trigger()
    assert window.document is before
    assert errors[0][1] == "无法导入" and errors[0][2].startswith("坏.xlsx：") and "损坏" in errors[0][2]


def test_import_asks_about_unsaved_changes_first(window, monkeypatch, qtbot):
    replace_text(qtbot, window.editor.header.ui.leader, "王五")
    window.document.flush()
    answer(monkeypatch, workbook_actions.WorkbookOpenDialog, [WORKBOOKS / "yuan-2021.ods"])
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.CANCEL)
    before = window.document
    window.ui.actionImportWorkbook.trigger()
    assert window.document is before


def test_dropping_a_workbook_on_the_window_imports_it(window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(WORKBOOKS / "yuan-2021.ods"))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    widget = window.editor.viewport()  # the form area: no drops of its own, so the drag goes to the window
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys))
    assert [f.project_name for f in window.document.bundle.forms] == ["公共服务经费"]
    assert window.workbooks.report.isVisible()


def test_dropping_something_else_is_ignored(window, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    assert workbook_actions.workbook_paths(
        QDropEvent(QPointF(1, 1), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                   Qt.KeyboardModifier.NoModifier)) == []


def test_export_writes_the_open_document(window, monkeypatch, tmp_path):
    calls = []
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "导出", calls=calls)
    window.ui.actionExportWorkbook.trigger()
    assert Path(calls[0][1]).name == "xiaoguan-2021.xlsx"
    assert import_workbooks([tmp_path / "导出.xlsx"]).bundle == window.document.bundle
