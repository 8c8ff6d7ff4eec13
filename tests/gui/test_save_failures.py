"""Saving that fails (full disk, read-only folder, vanished network path): the message, and nothing lost."""

import errno
import os
import tempfile

import pytest
from PySide6.QtCore import Qt

from zydesk import storage
from zydesk.gui import dialogs
from zydesk.gui.dialogs import SaveChangesPrompt
from zydesk.lockfile import read_lock
from zydesk.recovery import recovery_dir

from .conftest import EXAMPLE, answer, finish, replace_text


@pytest.fixture
def errors(monkeypatch):
    """Every error shown, as (parent, title, text); a failed save is asked about 另存为 and declines here."""
    calls = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=calls)

    def declined(parent, name, reason):
        calls.append((parent, "保存失败", f"{name}：{reason}"))
        return False
    monkeypatch.setattr(dialogs.SaveFailedPrompt, "ask", classmethod(lambda cls, *args: declined(*args)))
    return calls


@pytest.fixture
def locked_out_folder(monkeypatch, tmp_path):
    """A folder this user may read but not write (root ignores permission bits, so its OS calls fail on purpose)."""
    folder = tmp_path / "只读"
    folder.mkdir()
    (folder / "报表.zyd.json").write_bytes(EXAMPLE.read_bytes())
    real_open, real_mkstemp = os.open, tempfile.mkstemp

    def no_open(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and os.path.dirname(os.fspath(path)) == str(folder):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def no_temp(*args, dir=None, **kwargs):
        if dir is not None and os.path.samefile(dir, folder):
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)
    monkeypatch.setattr(os, "open", no_open)
    monkeypatch.setattr(tempfile, "mkstemp", no_temp)
    return folder / "报表.zyd.json"


@pytest.fixture
def full_disk(monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", no_space)


@pytest.fixture
def read_only_folder(monkeypatch, example_copy):
    # Root ignores permission bits here, so the OS call that fails in a read-only folder fails on purpose.
    real = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if dir is not None and os.path.samefile(dir, example_copy.parent):
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def _edit(window, qtbot):
    phone = window.editor.header.ui.phone
    replace_text(qtbot, phone, "123")
    finish(qtbot, phone)
    window.autosave.tick()


def _unchanged(path):
    assert path.read_bytes() == EXAMPLE.read_bytes()
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(("failure", "reason"), [
    ("full_disk", "磁盘空间不足，未保存（原文件未改动）"),
    ("read_only_folder", "没有写入权限，未保存（原文件未改动）"),
], ids=["full-disk", "read-only-folder"])
def test_ctrl_s_that_fails_says_why_and_keeps_everything(window, example_copy, qtbot, errors, request, failure,
                                                         reason):
    _edit(window, qtbot)
    request.getfixturevalue(failure)
    qtbot.keyClick(window.editor.header.ui.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert errors == [(window, "保存失败", f"xiaoguan-2021.zyd.json：{reason}")]
    assert window.isWindowModified() and window.document.bundle.forms[0].phone == "123"
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]"
    _unchanged(example_copy)
    assert not storage.backup_path(example_copy).exists()
    assert len(list(recovery_dir().glob("*.recovery.json"))) == 1   # the work is still recoverable
    assert read_lock(example_copy).pid == os.getpid()


def test_a_vanished_folder_fails_then_save_as_elsewhere_works(make_window, qtbot, errors, monkeypatch, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    document = share / "报表.zyd.json"
    document.write_bytes(EXAMPLE.read_bytes())
    window = make_window(document)
    _edit(window, qtbot)
    share.rename(tmp_path / "share-offline")                 # the network folder is gone
    assert not window.files.save()
    assert errors[-1] == (window, "保存失败", "报表.zyd.json：文件夹不存在或网络路径已断开，未保存")
    assert window.isWindowModified() and window.document.path == document
    target = tmp_path / "本地副本.zyd.json"
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    assert window.files.save_as()
    assert storage.load(target).forms[0].phone == "123"
    assert not window.isWindowModified() and read_lock(target).pid == os.getpid()
    assert (tmp_path / "share-offline" / "报表.zyd.json").read_bytes() == EXAMPLE.read_bytes()


def test_a_failed_save_at_close_cancels_the_close(window, example_copy, qtbot, errors, monkeypatch, request):
    _edit(window, qtbot)
    request.getfixturevalue("full_disk")
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.SAVE)
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    assert errors[-1][1] == "保存失败"
    _unchanged(example_copy)
    assert len(list(recovery_dir().glob("*.recovery.json"))) == 1
    assert read_lock(example_copy).pid == os.getpid()


def test_a_failed_save_as_keeps_the_old_file_and_lock(window, example_copy, qtbot, errors, monkeypatch, tmp_path):
    _edit(window, qtbot)
    target = tmp_path / "other" / "x.zyd.json"
    (tmp_path / "other").mkdir()
    real = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if dir is not None and os.path.samefile(dir, target.parent):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, dir=dir, **kwargs)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    assert not window.files.save_as()
    assert errors[-1] == (window, "保存失败", "x.zyd.json：磁盘空间不足，未保存（原文件未改动）")
    assert window.document.path == example_copy and window.isWindowModified()
    assert read_lock(target) is None                     # the lock taken for the new name is given back
    assert read_lock(example_copy).pid == os.getpid()
    assert not target.exists()


def test_opening_from_a_read_only_folder_says_so_before_anything_is_typed(make_window, locked_out_folder):
    window = make_window(locked_out_folder)
    banner = window.read_only_banner
    assert banner.isVisible() and "文件夹不能写入" in banner.text() and "另存为" in banner.text()
    assert window.windowTitle() == "报表.zyd.json（只读）[*]"
    assert "请用“另存为”保存到别处" in window.statusBar().currentMessage()
    assert not window.isWindowModified()


def test_saving_into_a_read_only_folder_offers_save_as(make_window, locked_out_folder, qtbot, monkeypatch,
                                                      tmp_path):
    window = make_window(locked_out_folder)
    _edit(window, qtbot)
    offered = []
    answer(monkeypatch, dialogs.SaveFailedPrompt, True, calls=offered)
    target = tmp_path / "我的文档" / "报表.zyd.json"
    target.parent.mkdir()
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    qtbot.keyClick(window.editor.header.ui.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert offered == [(window, "报表.zyd.json", "没有写入权限，未保存（原文件未改动）")]
    assert storage.load(target).forms[0].phone == "123" and window.document.path == target
    assert not window.isWindowModified() and not window.read_only_banner.isVisible()
    assert window.windowTitle() == "报表.zyd.json[*]"
    _unchanged(locked_out_folder)


def test_a_read_only_file_in_a_writable_folder_is_told_too(make_window, example_copy, monkeypatch):
    example_copy.chmod(0o444)
    real_access = os.access
    # Root may write a read-only file, so the check this user's OS would make answers as it would for a clerk.
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (mode != os.W_OK or os.fspath(path) != str(
        example_copy)) and real_access(path, mode, **kw))
    window = make_window(example_copy)
    assert window.read_only_banner.isVisible() and "这个文件是只读的" in window.read_only_banner.text()
