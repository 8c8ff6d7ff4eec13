"""Tests for zydesk/gui/navigator.py: the form list model, its badges, and the form tools (all undoable)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zydesk import storage
from zydesk.gui.document import Document
from zydesk.gui.navigator import FormListModel, Role

from .conftest import EXAMPLE, replace_text


def test_model_passes_qtmodeltester(qtmodeltester, qapp):
    model = FormListModel()
    model.set_document(Document(storage.load(EXAMPLE)))
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_while_forms_change(qtmodeltester, qapp):
    document = Document(storage.load(EXAMPLE))
    model = FormListModel()
    model.set_document(document)
    qtmodeltester.check(model, force_py=True)
    document.add_form(0)
    document.remove_form(2)
    document.edit("forms[0].project_name", "新项目")
    document.undo_stack.undo()
    assert model.rowCount() == 4


def test_rows_show_name_score_grade_and_badges(qapp):
    model = FormListModel()
    model.set_document(Document(storage.load(EXAMPLE)))
    first, last = model.index(0), model.index(3)
    assert first.data() == "1. 老旧小区综合整治项目"
    assert first.data(Role.SUMMARY) == "得分 100 · 优"
    assert (first.data(Role.ERRORS), first.data(Role.WARNINGS)) == (0, 3)
    assert (last.data(Role.ERRORS), last.data(Role.WARNINGS)) == (2, 1)
    assert "分值合计 110" in last.data(Qt.ItemDataRole.ToolTipRole)


def test_form_tools_add_duplicate_move_delete_and_undo(window, qtbot):
    ui = window.navigator.ui
    ids = [f.id for f in window.document.bundle.forms]
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    assert window.navigator.current() == 1
    assert window.navigator.model.index(1).data() == "2. （未填项目名称）"
    assert window.editor.header.ui.projectName.text() == ""
    qtbot.mouseClick(ui.duplicateButton, Qt.MouseButton.LeftButton)
    assert window.navigator.current() == 2
    qtbot.mouseClick(ui.upButton, Qt.MouseButton.LeftButton)
    assert window.navigator.current() == 1
    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(window.document.bundle.forms) == 5
    assert "撤销" in window.statusBar().currentMessage()
    assert window.isWindowModified()
    for _ in range(4):
        window.document.undo()
    assert [f.id for f in window.document.bundle.forms] == ids
    assert not window.isWindowModified()


def test_deleting_every_form_leaves_an_empty_page(window, qtbot):
    for _ in range(4):
        window.ui.actionDeleteForm.trigger()
    assert window.navigator.current() == -1
    assert window.editor.empty.isVisibleTo(window)
    assert not window.ui.actionDeleteForm.isEnabled()
    window.ui.actionAddForm.trigger()
    assert window.navigator.current() == 0
    assert not window.editor.empty.isVisibleTo(window)


def test_badge_follows_typing(window, qtbot):
    window.navigator.select(1)
    replace_text(qtbot, window.editor.funds.ui.totalExecuted, "2000")
    index = window.navigator.model.index(1)
    assert index.data(Role.ERRORS) == 1        # 全年执行数 ≠ 当年财政拨款
    assert index.data(Role.WARNINGS) == 1      # over budget
    window.ui.actionUndo.trigger()
    assert index.data(Role.ERRORS) == 0


def test_selecting_a_form_shows_it(window, qtbot):
    view = window.navigator.ui.list
    rect = view.visualRect(window.navigator.proxy.index(3, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.index == 3
    assert window.editor.header.ui.projectName.text().startswith("疫情防控支出")
    assert window.findings.ui.summary.text() == "错误 2 处，警告 1 处"
    assert QApplication.focusWidget() is view
