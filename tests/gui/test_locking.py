"""Tests for zydesk/gui/locking.py and lock_dialog.py: the lock beside an open file, read-only mode, breaking."""

import json
import os
import socket
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from zydesk import lockfile, storage
from zydesk.gui import dialogs
from zydesk.gui.dialogs import SaveChangesPrompt
from zydesk.gui.lock_dialog import LockDialog
from zydesk.lockfile import lock_path, read_lock

from .conftest import EXAMPLE, answer, finish, replace_text

OTHER = {"user": "李慧娟", "host": "FINANCE-PC2", "pid": 4242, "since": "2026-11-29T09:15:00+08:00"}


def _lock_by(path, **fields):
    lock_path(path).write_text(json.dumps({**OTHER, **fields}, ensure_ascii=False), encoding="utf-8")


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


@pytest.fixture
def other_host_lock(example_copy):
    _lock_by(example_copy)
    return example_copy


def test_opening_takes_the_lock_and_closing_or_switching_releases_it(make_window, example_copy, tmp_path):
    window = make_window(example_copy)
    owner = read_lock(example_copy)
    assert owner.pid == os.getpid() and owner.host == socket.gethostname()
    window.files.new()
    assert read_lock(example_copy) is None
    assert window.files.open(example_copy)
    assert read_lock(example_copy).pid == os.getpid()
    assert window.files.open(example_copy)          # the same file again: the lock passes on, no question
    assert read_lock(example_copy).pid == os.getpid()
    assert window.close()
    assert read_lock(example_copy) is None


def test_a_lock_from_another_computer_offers_read_only(make_window, other_host_lock, monkeypatch, qtbot, tmp_path):
    calls = []
    answer(monkeypatch, LockDialog, LockDialog.READ_ONLY, calls=calls)
    window = make_window(other_host_lock)
    (_, name, owner), = calls
    assert name == "xiaoguan-2021.zyd.json"
    assert owner.describe() == "李慧娟（计算机 FINANCE-PC2）自 2026-11-29 09:15 起" and not owner.is_stale()
    assert window.windowTitle() == "xiaoguan-2021.zyd.json（只读）[*]"
    assert window.read_only_banner.isVisible() and "李慧娟" in window.read_only_banner.text()
    assert window.statusBar().currentMessage().startswith("已只读打开")

    # Editing is allowed (notes, Save As); saving over the file the colleague has open is not.
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    window.ui.actionSave.trigger()
    assert errors[-1][1] == "只读文件不能保存"
    assert "李慧娟（计算机 FINANCE-PC2）自 2026-11-29 09:15 起打开了这个文件" in errors[-1][2]
    assert "另存为" in errors[-1][2]
    assert other_host_lock.read_bytes() == EXAMPLE.read_bytes()
    assert window.isWindowModified()

    # Closing with 保存 fails the same way, and the close is cancelled.
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.SAVE)
    assert not window.close()
    assert window.isVisible() and len(errors) == 2

    # Save As to another file is allowed and takes that file's lock; the colleague's lock is untouched.
    target = tmp_path / "我的副本.zyd.json"
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    assert window.files.save_as()
    assert storage.load(target).forms[0].phone == "123"
    assert read_lock(target).pid == os.getpid()
    assert read_lock(other_host_lock).host == "FINANCE-PC2"
    assert window.windowTitle() == "我的副本.zyd.json[*]"
    assert not window.read_only_banner.isVisible()


def test_cancel_keeps_the_current_document(window, example_copy, tmp_path, monkeypatch):
    other = tmp_path / "other.zyd.json"
    other.write_bytes(EXAMPLE.read_bytes())
    _lock_by(other)
    answer(monkeypatch, LockDialog, LockDialog.CANCEL)
    assert not window.files.open(other)
    assert window.document.path == example_copy
    assert read_lock(example_copy).pid == os.getpid()
    assert read_lock(other).host == "FINANCE-PC2"


def test_a_user_who_insists_breaks_another_computers_lock(make_window, other_host_lock, monkeypatch):
    answer(monkeypatch, LockDialog, LockDialog.BREAK)
    window = make_window(other_host_lock)
    assert not window.document.read_only
    assert read_lock(other_host_lock).pid == os.getpid()
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]"


def test_a_stale_lock_on_this_computer_is_shown_as_stale_and_taken_over(make_window, example_copy, monkeypatch):
    _lock_by(example_copy, user="张三", host=socket.gethostname(), pid=_dead_pid())
    calls = []
    answer(monkeypatch, LockDialog, LockDialog.BREAK, calls=calls)
    make_window(example_copy)
    assert calls[0][2].is_stale()
    assert read_lock(example_copy).pid == os.getpid()


def test_a_second_window_of_this_program_is_told_and_may_read(make_window, example_copy, monkeypatch):
    first = make_window(example_copy)
    calls = []
    answer(monkeypatch, LockDialog, LockDialog.READ_ONLY, calls=calls)
    second = make_window(example_copy)
    assert calls[0][2].is_ours()
    assert second.document.read_only and not first.document.read_only
    second.close()
    assert read_lock(example_copy).pid == os.getpid()   # closing the reader leaves the editor's lock
    first.close()
    assert read_lock(example_copy) is None


def test_a_lock_broken_by_someone_else_stops_the_save_and_turns_read_only(window, example_copy, monkeypatch, qtbot):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    finish(qtbot, window.editor.header.ui.phone)
    _lock_by(example_copy)                               # 李慧娟 insisted and took the file over
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    assert not window.files.save()
    assert errors[0][1] == "不能保存" and "李慧娟" in errors[0][2]
    assert example_copy.read_bytes() == EXAMPLE.read_bytes()
    assert window.document.read_only and window.isWindowModified()
    assert "（只读）" in window.windowTitle()
    window.document.undo_stack.setClean()
    assert window.close()
    assert read_lock(example_copy).host == "FINANCE-PC2"   # closing never removes her lock


def test_a_folder_where_no_lock_can_be_written_still_opens(make_window, example_copy, monkeypatch):
    real_open = os.open

    def refuse_locks(path, *args, **kwargs):
        if os.path.basename(path).startswith(lockfile.LOCK_PREFIX):
            raise OSError(5, "Input/output error", path)  # a flaky network share; read-only: test_save_failures
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(lockfile.os, "open", refuse_locks)
    window = make_window(example_copy)
    assert not window.document.read_only and window.document.lock is None
    assert window.statusBar().currentMessage().startswith("无法在文件所在的文件夹创建锁文件")
    assert not window.read_only_banner.isVisible()


def test_save_as_onto_a_file_someone_else_has_open_is_refused(window, tmp_path, monkeypatch):
    target = tmp_path / "taken.zyd.json"
    _lock_by(target)
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    assert not window.files.save_as()
    assert errors[0][1] == "文件正在使用" and "李慧娟" in errors[0][2]
    assert not target.exists()


def test_lock_dialog_for_another_computer_needs_insisting_before_breaking(qtbot):
    info = lockfile.LockInfo(**OTHER)
    dialog = LockDialog("xiaoguan-2021.zyd.json", info)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "“xiaoguan-2021.zyd.json”已被锁定" in ui.headline.text()
    assert ui.owner.text() == "李慧娟（计算机 FINANCE-PC2）自 2026-11-29 09:15 起打开了这个文件。"
    assert ui.readOnly.isDefault() and ui.insist.isVisible()
    assert not ui.breakLock.isVisible() and not ui.warning.isVisible()
    ui.insist.click()
    assert ui.breakLock.isVisible() and ui.warning.isVisible() and "李慧娟" in ui.warning.text()
    ui.breakLock.click()
    assert dialog.choice == LockDialog.BREAK and dialog.result() == dialog.DialogCode.Accepted


def test_lock_dialog_for_a_stale_lock_offers_breaking_at_once(qtbot):
    info = lockfile.LockInfo("张三", socket.gethostname(), _dead_pid(), "2026-11-29T09:15:00+08:00")
    dialog = LockDialog("a.zyd.json", info)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.breakLock.isVisible() and dialog.ui.breakLock.isDefault()
    assert not dialog.ui.insist.isVisible()
    assert "不在运行" in dialog.ui.advice.text()
    dialog.ui.cancel.click()
    assert dialog.choice == LockDialog.CANCEL
    unknown = LockDialog("a.zyd.json", None)
    qtbot.addWidget(unknown)
    assert "不知道是谁" in unknown.ui.owner.text()
    QApplication.processEvents()


def test_a_normal_quit_releases_the_lock(example_copy, monkeypatch):
    from PySide6.QtCore import QTimer

    from zydesk.gui import app
    from zydesk.gui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = []

    def quit_like_a_user():
        window, = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(read_lock(example_copy))
        window.ui.actionQuit.trigger()
    QTimer.singleShot(0, quit_like_a_user)
    assert app.main([str(example_copy)]) == 0
    assert seen[0].pid == os.getpid()
    assert read_lock(example_copy) is None
