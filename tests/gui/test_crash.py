"""Really killing the editor: a subprocess editor types, autosaves, is sent SIGKILL; the next start restores it.

Also two real instances on one file: the second is told who has it and may only read it.
"""

import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zydesk import storage
from zydesk.gui import app, dialogs
from zydesk.gui.lock_dialog import LockDialog
from zydesk.gui.recovery_dialog import RESTORE, RecoveryDialog
from zydesk.lockfile import read_lock
from zydesk.recovery import recovery_dir

from .conftest import EXAMPLE, HERE, ROOT, answer
from .editor_driver import EXECUTED, PROJECT_SUFFIX

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]
STARTUP_TIMEOUT_S = 30


def start_editor(path: Path, tmp_path: Path, *flags: str) -> subprocess.Popen:
    """`zydesk FILE` in its own process: offscreen, 1 s autosave, recovery copies and settings in tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZYDESK_AUTOSAVE_SECONDS="1",
               ZYDESK_RECOVERY_DIR=str(recovery_dir()), XDG_CONFIG_HOME=str(tmp_path / "editor-config"),
               APPDATA=str(tmp_path / "editor-config"))
    proc = subprocess.Popen([sys.executable, str(HERE / "editor_driver.py"), str(path), *flags], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return proc


def wait_for(condition, timeout_s: float) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()


def _copy_holds_the_typing() -> bool:
    for path in recovery_dir().glob("*.recovery.json"):
        text = path.read_text(encoding="utf-8")
        if PROJECT_SUFFIX in text and f'\\"executed\\": \\"{EXECUTED}\\"' in text:
            return True
    return False


def test_work_of_a_killed_editor_is_restored_at_the_next_start(example_copy, tmp_path, monkeypatch, qtbot, started):
    proc = start_editor(example_copy, tmp_path)
    try:
        assert proc.stdout.readline().strip() == "typed"
        typed_at = time.monotonic()
        assert wait_for(_copy_holds_the_typing, 10), "no recovery copy with the typed text"
        time.sleep(max(0.0, 1.2 - (time.monotonic() - typed_at)))  # more than one autosave period
    finally:
        kill(proc)

    # The crash touched neither the document nor its backup; it left its lock, which reads as stale here.
    assert example_copy.read_bytes() == EXAMPLE.read_bytes()
    lock = read_lock(example_copy)
    assert lock.pid == proc.pid and lock.is_stale()

    offered, locked = [], []
    answer(monkeypatch, RecoveryDialog, lambda parent, offers: [(o, RESTORE) for o in offers], calls=offered)
    answer(monkeypatch, LockDialog, LockDialog.BREAK, calls=locked)
    started.extend(app.open_windows([]))
    window, = started
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    (_, offers), = offered
    assert [o.item.display_name for o in offers] == ["xiaoguan-2021.zyd.json"]
    (_, name, owner), = locked
    assert name == "xiaoguan-2021.zyd.json" and owner.pid == proc.pid and owner.is_stale()

    document = window.document
    assert document.path == example_copy
    assert document.bundle.forms[0].project_name == f"老旧小区综合整治项目{PROJECT_SUFFIX}"
    assert document.bundle.forms[0].funds.total.executed == Decimal(EXECUTED)
    assert window.editor.header.ui.projectName.text() == f"老旧小区综合整治项目{PROJECT_SUFFIX}"
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]" and window.isWindowModified()
    assert read_lock(example_copy).pid == os.getpid()
    assert "自动保存的内容" in window.statusBar().currentMessage()

    # Ctrl+S saves to the original file; the recovery copy goes; closing lets go of the lock.
    qtbot.keyClick(window.editor.header.ui.projectName, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert storage.load(example_copy).forms[0].project_name.endswith(PROJECT_SUFFIX)
    assert list(recovery_dir().glob("*.recovery.json")) == []
    assert window.close()
    assert read_lock(example_copy) is None


def test_a_second_instance_is_told_who_has_the_file_and_may_only_read_it(example_copy, tmp_path, monkeypatch,
                                                                         qtbot, make_window):
    proc = start_editor(example_copy, tmp_path, "--no-typing")
    try:
        assert proc.stdout.readline().strip() == "open"
        assert read_lock(example_copy).pid == proc.pid
        locked = []
        answer(monkeypatch, LockDialog, LockDialog.READ_ONLY, calls=locked)
        window = make_window(example_copy)
        (_, _, owner), = locked
        assert owner.pid == proc.pid and not owner.is_stale()
        assert window.windowTitle() == "xiaoguan-2021.zyd.json（只读）[*]"
        errors = []
        answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
        assert not window.files.save()
        assert errors[0][1] == "只读文件不能保存"
        assert read_lock(example_copy).pid == proc.pid
    finally:
        kill(proc)
    # The other editor is gone: its lock is stale now, and this one can take the file over.
    answer(monkeypatch, LockDialog, LockDialog.BREAK, calls=locked)
    assert window.files.open(example_copy)
    assert locked[-1][2].is_stale()
    assert read_lock(example_copy).pid == os.getpid()
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]"
