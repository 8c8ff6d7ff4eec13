"""Tests for zydesk/gui/status_notes.py (notes go with their cause) and the window's title and form switching."""

from zydesk.gui import dialogs

from .conftest import answer, replace_text


def message(window) -> str:
    return window.statusBar().currentMessage()


def test_a_refused_entry_note_goes_with_the_next_edit_that_lands(window, qtbot):
    field = window.editor.funds.ui.totalInitial
    replace_text(qtbot, field, "abc")
    assert "不是有效的数字" in message(window)
    replace_text(qtbot, field, "12")
    assert message(window) == ""


def test_the_deleted_form_note_goes_when_the_deletion_is_undone(window):
    window.ui.actionDeleteForm.trigger()
    assert message(window) == "已删除表；按 Ctrl+Z 可撤销"
    window.ui.actionUndo.trigger()
    assert message(window) == ""


def test_a_note_without_a_cause_stays_until_it_times_out(window, qtbot):
    window.notes.show("已导出 x.pdf")
    replace_text(qtbot, window.editor.funds.ui.totalInitial, "1")
    assert message(window) == "已导出 x.pdf"


def test_a_save_note_goes_when_saved_and_an_access_note_when_editable(window, monkeypatch, tmp_path):
    window.notes.show("请用“另存为”保存", "save")
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "new.zyd.json")
    window.document.edit("forms[0].leader", "魏倩二")
    assert window.files.save_as()
    assert message(window).startswith("已保存")
    window.notes.show("已只读打开", "access")
    window.document.set_read_only(None)
    assert message(window) == "已只读打开"
    window.document.take_lock(None)
    assert message(window) == ""


def test_a_new_document_starts_with_an_empty_status_bar(window):
    window.notes.show("旧文件的提示", "edit")
    window.set_document(window.files.new_document())
    assert message(window) == ""


def test_window_title_does_not_repeat_the_program_name(window):
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]"
    assert "zydesk" not in window.windowTitle().replace("zyd.json", "")


def test_switching_forms_starts_at_the_top(window):
    editor = window.editor
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.navigator.select(1)
    assert editor.index == 1 and bar.value() == 0
    bar.setValue(bar.maximum() // 2)
    window.reveal("forms[0].indicators[17].name")      # a jump to a field still scrolls to that field
    assert editor.index == 0 and bar.value() > 0
