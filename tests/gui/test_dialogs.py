"""Tests for zydesk/gui/dialogs.py: each question, with Qt's box or file dialog answering instead of the user."""

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from zydesk.gui import dialogs, workbook_actions

# The real methods, taken before conftest's fixture replaces them for every test.
REAL = {(owner, name): vars(owner)[name] for owner, name in (
    (dialogs.SaveChangesPrompt, "ask"), (dialogs.ChangedOnDiskPrompt, "ask"), (dialogs.OpenFileDialog, "ask"),
    (dialogs.SaveFileDialog, "ask"), (dialogs.FontFileDialog, "ask"), (dialogs.YearDialog, "ask"),
    (dialogs.PrintConfirm, "ask"), (dialogs.SaveFailedPrompt, "ask"), (dialogs.BackupPrompt, "ask"),
    (dialogs.Messages, "error"), (dialogs.Messages, "info"), (workbook_actions.WorkbookOpenDialog, "ask"))}


def real(owner, name="ask"):
    return REAL[owner, name].__get__(None, owner)


@pytest.fixture
def shown(monkeypatch):
    """The message boxes shown (closed at once, no button clicked) and the file dialogs asked for."""
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    for method in ("critical", "information"):
        monkeypatch.setattr(QMessageBox, method, lambda parent, title, text, m=method: seen.append((m, title, text)))
    for method in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, method, lambda *args, m=method, **kw: seen.append(m) or ("/tmp/a.json", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: seen.append("names") or (["/tmp/a.xlsx"], ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: seen.append("int") or (2024, True))
    return seen


def test_the_questions_build_their_boxes_when_asked(qapp, shown):
    assert real(dialogs.SaveChangesPrompt)(None, "a") == dialogs.SaveChangesPrompt.CANCEL   # closed: cancelled
    assert real(dialogs.ChangedOnDiskPrompt)(None, "a") == dialogs.ChangedOnDiskPrompt.CANCEL
    assert real(dialogs.PrintConfirm)(None, 2, [1]) is False
    assert real(dialogs.SaveFailedPrompt)(None, "a", "磁盘已满") is False
    assert real(dialogs.BackupPrompt)(None, "a", "损坏", "a.bak", "2024-01-01 08:00") is False
    real(dialogs.Messages, "error")(None, "错误", "x")
    real(dialogs.Messages, "info")(None, "提示", "y")
    assert shown == ["“a”已修改，是否保存？", "“a”在您打开之后已被其他人或其他程序保存过。",
                     "要打印的表中还有 2 处错误（表 1）。", "a：磁盘已满", "a：损坏",
                     ("critical", "错误", "x"), ("information", "提示", "y")]


def test_the_file_dialogs_open_when_asked(qapp, shown):
    assert str(real(dialogs.OpenFileDialog)(None)) == "/tmp/a.json"
    assert str(real(dialogs.SaveFileDialog)(None, "a", confirm_overwrite=False)) == "/tmp/a.json"
    assert str(real(dialogs.FontFileDialog)(None)) == "/tmp/a.json"
    assert real(dialogs.YearDialog)(None, 2023) == 2024
    assert [str(p) for p in real(workbook_actions.WorkbookOpenDialog)(None)] == ["/tmp/a.xlsx"]
    assert shown == ["getOpenFileName", "getSaveFileName", "getOpenFileName", "int", "names"]
