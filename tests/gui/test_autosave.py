"""Tests for zydesk/gui/autosave.py: recovery copies while work is unsaved, without disturbing the typing."""

import json

from PySide6.QtWidgets import QApplication

from zydesk import storage
from zydesk.gui import autosave
from zydesk.gui.dialogs import SaveChangesPrompt
from zydesk.gui.settings import Settings
from zydesk.gui.settings_dialog import SettingsDialog
from zydesk.recovery import RecoveryCopy, pending, recovery_dir

from .conftest import EXAMPLE, answer, finish, replace_text, type_text


def _copies():
    return sorted(recovery_dir().glob("*.recovery.json"))


def _copy(window) -> dict:
    path, = _copies()
    assert path == window.autosave.copy.path
    return json.loads(path.read_text(encoding="utf-8"))


def test_nothing_is_written_while_nothing_is_unsaved(window):
    assert window.autosave.tick()
    assert _copies() == []


def test_text_being_typed_is_saved_without_committing_it_or_moving_the_cursor(window, qtbot, example_copy):
    name = window.editor.header.ui.projectName
    name.setFocus()
    name.end(False)
    type_text(qtbot, name, "（二期）")
    cursor, stack = name.cursorPosition(), window.document.undo_stack
    assert stack.count() == 0 and not window.isWindowModified()   # still being typed: not an edit yet

    assert window.autosave.tick()

    saved = _copy(window)
    assert saved["document"] == str(example_copy.resolve())
    assert storage.loads(saved["bundle"]).forms[0].project_name == "老旧小区综合整治项目（二期）"
    assert QApplication.focusWidget() is name and name.cursorPosition() == cursor
    assert stack.count() == 0 and stack.isClean()
    assert window.document.bundle.forms[0].project_name == "老旧小区综合整治项目"
    assert example_copy.read_bytes() == EXAMPLE.read_bytes()
    type_text(qtbot, name, "A")                                     # typing goes on where it was
    assert name.text() == "老旧小区综合整治项目（二期）A"


def test_only_changes_since_the_last_autosave_are_written(window, qtbot, monkeypatch):
    writes = []
    original = RecoveryCopy.write
    monkeypatch.setattr(RecoveryCopy, "write", lambda self, *a: writes.append(a) or original(self, *a))
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    finish(qtbot, window.editor.header.ui.phone)
    window.autosave.tick()
    window.autosave.tick()
    assert len(writes) == 1
    replace_text(qtbot, window.editor.header.ui.leader, "王五")
    window.autosave.tick()
    assert len(writes) == 2
    assert storage.loads(_copy(window)["bundle"]).forms[0].leader == "王五"


def test_saving_or_undoing_to_the_saved_state_removes_the_copy(window, qtbot):
    phone = window.editor.header.ui.phone
    replace_text(qtbot, phone, "123")
    finish(qtbot, phone)
    window.autosave.tick()
    assert len(_copies()) == 1
    window.document.undo()
    assert _copies() == []
    window.document.redo()
    window.autosave.tick()
    assert len(_copies()) == 1
    assert window.files.save()
    assert _copies() == []


def test_discarding_at_close_removes_the_copy_and_cancel_keeps_it(window, qtbot, monkeypatch):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    window.autosave.tick()
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.CANCEL)
    assert not window.close()
    assert len(_copies()) == 1
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.DISCARD)
    assert window.close()
    assert _copies() == []
    assert pending() == []


def test_opening_another_file_drops_the_old_copy(window, qtbot, monkeypatch, tmp_path):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    window.autosave.tick()
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.DISCARD)
    window.files.new()
    assert _copies() == []


def test_a_failing_autosave_is_a_status_note_never_a_dialog(window, qtbot, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ZYDESK_RECOVERY_DIR", str(blocker / "recovery"))
    name = window.editor.header.ui.projectName
    replace_text(qtbot, name, "新项目")
    assert not window.autosave.tick()                   # any dialog here would fail the test (conftest)
    assert window.statusBar().currentMessage().startswith("自动保存恢复副本失败：无法创建恢复副本文件夹")
    assert QApplication.focusWidget() is name and name.text() == "新项目"
    assert window.document.undo_stack.count() == 0


def test_the_timer_follows_the_environment_then_the_settings(window, qtbot, monkeypatch):
    assert window.autosave.timer.isActive()
    assert window.autosave.timer.interval() == 60_000
    monkeypatch.setenv(autosave.ENV_SECONDS, "nonsense")
    assert autosave.interval_ms(120) == 120_000
    monkeypatch.setenv(autosave.ENV_SECONDS, "0.2")
    window.autosave.configure(window.settings.autosave_seconds)
    assert window.autosave.timer.interval() == 200
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    qtbot.waitUntil(lambda: len(_copies()) == 1, timeout=3000)   # the timer itself, no tick() call


def test_settings_dialog_sets_the_interval_in_minutes(window, qtbot, monkeypatch):
    settings = Settings()
    assert settings.autosave_seconds == 60
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.autosaveMinutes.value() == 1 and dialog.ui.autosaveMinutes.suffix() == " 分钟"
    dialog.ui.autosaveMinutes.setValue(5)
    dialog.accept()
    assert Settings().autosave_seconds == 300
    monkeypatch.setenv(autosave.ENV_SECONDS, "1")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert "ZYDESK_AUTOSAVE_SECONDS 设为每 1 秒" in dialog.ui.autosaveNote.text()
    monkeypatch.delenv(autosave.ENV_SECONDS)
    answer(monkeypatch, SettingsDialog, True)
    window.edit_settings()
    assert window.autosave.timer.interval() == 300_000
