"""GUI test fixtures: offscreen Qt, isolated settings, dialogs that fail instead of blocking, an open window."""

import os
import re
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from zydesk.gui import (
    dialogs,
    form_choice,
    lock_dialog,
    preview,
    print_actions,
    recovery_dialog,
    settings_dialog,
    signatures_dialog,
)

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
HERE = Path(__file__).resolve().parent

@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp, monkeypatch):
    """QSettings and recovery copies of a test live in its own folder; nothing leaks into the user's real ones."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("ZYDESK_RECOVERY_DIR", str(tmp_path / "recovery"))
    monkeypatch.delenv("ZYDESK_AUTOSAVE_SECONDS", raising=False)
    yield


class UnexpectedDialog(AssertionError):
    pass


def _refuse(name):
    def ask(*args, **kwargs):
        raise UnexpectedDialog(f"a test opened the {name} dialog without expecting it")
    return classmethod(ask)


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """Every question the program can ask fails the test unless the test answers it (monkeypatch)."""
    for owner, name in ((dialogs.SaveChangesPrompt, "ask"), (dialogs.OpenFileDialog, "ask"),
                        (dialogs.SaveFileDialog, "ask"), (dialogs.FontFileDialog, "ask"),
                        (dialogs.YearDialog, "ask"), (dialogs.PrintConfirm, "ask"), (dialogs.BackupPrompt, "ask"),
                        (dialogs.SaveFailedPrompt, "ask"), (settings_dialog.FirstRunDialog, "ask"),
                        (dialogs.ChangedOnDiskPrompt, "ask"),
                        (lock_dialog.LockDialog, "ask"), (recovery_dialog.RecoveryDialog, "ask"),
                        (dialogs.Messages, "error"), (dialogs.Messages, "info"),
                        (signatures_dialog.SignaturesDialog, "ask"), (print_actions.PrintDialog, "ask"),
                        (preview.PreviewDialog, "ask"), (settings_dialog.SettingsDialog, "ask"),
                        (form_choice.FormsChoice, "ask")):
        monkeypatch.setattr(owner, name, _refuse(f"{owner.__name__}.{name}"))


def answer(monkeypatch, owner, value, name="ask", calls=None):
    """Make `owner.name` return `value` (or call it when callable) and record the arguments in `calls`."""
    def ask(cls, *args, **kwargs):
        if calls is not None:
            calls.append(args)
        return value(*args) if callable(value) else value
    monkeypatch.setattr(owner, name, classmethod(ask))


@pytest.fixture
def example_copy(tmp_path) -> Path:
    target = tmp_path / "xiaoguan-2021.zyd.json"
    target.write_bytes(EXAMPLE.read_bytes())
    return target


@pytest.fixture
def make_window(qtbot):
    from zydesk.gui.main_window import MainWindow

    windows = []

    def make(path: Path | None = None) -> MainWindow:
        window = MainWindow()
        windows.append(window)
        if path is None:
            window.set_document(window.files.new_document())
        else:
            assert window.files.load(path)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window
    yield make
    for window in windows:
        # What a test left unsaved is not a question to ask when it is torn down.
        if window.document is not None:
            window.document.flush()
            window.document.undo_stack.setClean()
        window.close()


@pytest.fixture
def started(qtbot):
    """Windows of an in-process start; closed without questions at the end of the test."""
    windows = []
    yield windows
    for window in windows:
        if window.document is not None:
            window.document.undo_stack.setClean()
        window.close()


@pytest.fixture
def window(make_window, example_copy):
    """The editor with (a copy of) the example open, as a user sees it after `zydesk FILE`."""
    return make_window(example_copy)


def compose(widget: QWidget, text: str, steps: int = 2) -> None:
    """Chinese typed through an input method: pinyin pre-edit first, then the committed characters."""
    for i in range(1, steps + 1):
        preedit = "zh"[:i]
        attrs = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, len(preedit), 1)]
        QApplication.sendEvent(widget, QInputMethodEvent(preedit, attrs))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII key by key; everything else (Chinese, full-width) through an input method, as people type it."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            compose(widget, run)


def replace_text(qtbot, widget: QWidget, text: str) -> None:
    """Click into a field, select what is there and type `text`, like a user."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    widget.selectAll()
    type_text(qtbot, widget, text)


def finish(qtbot, widget: QWidget) -> None:
    """Leave the field with Tab, as a user does; the field's editing is finished."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


def run_under_xvfb(script: str, out: Path, drop_env: tuple[str, ...] = ()) -> list[Path]:
    """Run a screenshot script in a real X session (Xvfb, 1600×1000); the PNG paths it printed."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", *drop_env)}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, script, str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [Path(line) for line in result.stdout.split()]
