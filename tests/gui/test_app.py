"""Tests for zydesk/gui/app.py: `zydesk [FILE]` opens the file (or a new bundle), errors in a dialog."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from zydesk.gui import app, dialogs
from zydesk.gui.main_window import MainWindow

from .conftest import answer


def _close_later(seen, tries=60):
    """Once the window is up and active (or after 3 s), note what it shows and close it like a user."""
    def close(left=tries):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or (not windows[0].isActiveWindow() and left):
            QTimer.singleShot(50, lambda: close(left - 1))
            return
        window = windows[0]
        seen.append((window.document.path, QApplication.focusWidget()))
        window.document.undo_stack.setClean()
        window.close()
    QTimer.singleShot(0, close)


def test_main_opens_the_file_with_the_cursor_in_project_name(example_copy, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = []
    _close_later(seen)
    assert app.main([str(example_copy)]) == 0
    (path, focus), = seen
    assert path == example_copy
    assert focus is not None and focus.accessibleName() == "项目名称"


def test_main_with_an_unreadable_file_says_why_and_starts_a_new_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    seen = []
    _close_later(seen)
    assert app.main([str(tmp_path / "nope.zyd.json")]) == 0
    assert errors[0][2] == "nope.zyd.json：文件不存在"
    assert seen[0][0] is None


def test_unexpected_errors_become_a_dialog(monkeypatch, capsys):
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    try:
        raise ValueError("boom")
    except ValueError:
        app._show_unexpected(*sys.exc_info())
    assert errors[0][1] == "程序错误"
    assert "ValueError: boom" in errors[0][2]
    assert "Traceback" in capsys.readouterr().err
    log = errors[0][2].split("详情已写入 ")[1]
    assert "ValueError: boom" in Path(log).read_text(encoding="utf-8")
