"""Two editors on one file: a save over a file that someone else saved since asks overwrite / save as / cancel."""

import pytest
from PySide6.QtCore import Qt

from zydesk import storage
from zydesk.gui import dialogs
from zydesk.gui.dialogs import ChangedOnDiskPrompt

from .conftest import answer, replace_text


def _colleague_saves(path, name="同事改的项目"):
    bundle = storage.load(path)
    bundle.forms[0].project_name = name
    storage.save(bundle, path)


def _type_and_save(qtbot, window, text):
    replace_text(qtbot, window.editor.header.ui.leader, text)
    qtbot.keyClick(window.editor.header.ui.leader, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_unchanged_file_saves_without_asking(window, example_copy, qtbot):
    _type_and_save(qtbot, window, "王五")
    assert storage.load(example_copy).forms[0].leader == "王五"
    _type_and_save(qtbot, window, "赵六")   # our own save is not someone else's
    assert storage.load(example_copy).forms[0].leader == "赵六"


def test_cancel_leaves_the_colleagues_file(window, example_copy, qtbot, monkeypatch):
    _colleague_saves(example_copy)
    calls = []
    answer(monkeypatch, ChangedOnDiskPrompt, ChangedOnDiskPrompt.CANCEL, calls=calls)
    _type_and_save(qtbot, window, "王五")
    assert calls and calls[0][1] == example_copy.name
    saved = storage.load(example_copy)
    assert saved.forms[0].project_name == "同事改的项目" and saved.forms[0].leader != "王五"
    assert window.isWindowModified()


def test_overwrite_replaces_it_and_keeps_theirs_as_backup(window, example_copy, qtbot, monkeypatch):
    _colleague_saves(example_copy)
    answer(monkeypatch, ChangedOnDiskPrompt, ChangedOnDiskPrompt.OVERWRITE)
    _type_and_save(qtbot, window, "王五")
    assert storage.load(example_copy).forms[0].leader == "王五"
    assert storage.load(storage.backup_path(example_copy)).forms[0].project_name == "同事改的项目"
    assert not window.isWindowModified()
    # Once overwritten, the file is ours again: the next save asks nothing (the prompt now fails the test).
    monkeypatch.setattr(ChangedOnDiskPrompt, "ask", classmethod(lambda *a: pytest.fail("asked again")))
    _type_and_save(qtbot, window, "赵六")


def test_save_as_keeps_both(window, example_copy, qtbot, monkeypatch, tmp_path):
    _colleague_saves(example_copy)
    answer(monkeypatch, ChangedOnDiskPrompt, ChangedOnDiskPrompt.SAVE_AS)
    other = tmp_path / "我的版本.zyd.json"
    answer(monkeypatch, dialogs.SaveFileDialog, other)
    _type_and_save(qtbot, window, "王五")
    assert storage.load(example_copy).forms[0].project_name == "同事改的项目"
    assert storage.load(other).forms[0].leader == "王五"
    assert window.document.path == other
