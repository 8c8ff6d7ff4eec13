"""The lock beside an open document: who has it, since when; stale locks; never removing another's."""

import json
import os
import socket
import subprocess
import sys

import pytest

from zydesk.lockfile import DocumentLock, DocumentLocked, lock_path, read_lock


def test_lock_names_user_host_and_time(tmp_path):
    doc = tmp_path / "b.zyd.json"
    lock = DocumentLock(doc)
    lock.acquire()
    info = read_lock(doc)
    assert info.host == socket.gethostname() and info.pid == os.getpid() and info.since
    assert lock_path(doc).name == ".~lock.b.zyd.json#"
    lock.release()
    assert not lock_path(doc).exists()


def test_the_host_is_sockets_name_for_the_computer_also_where_there_is_no_uname(monkeypatch):
    from zydesk import lockfile

    assert lockfile._host() == socket.gethostname()
    monkeypatch.delattr(os, "uname")   # Windows
    assert lockfile._host() == socket.gethostname()


def test_second_user_is_told_who_has_it(tmp_path):
    doc = tmp_path / "b.zyd.json"
    lock_path(doc).write_text(json.dumps({"user": "李慧娟", "host": "FINANCE-PC2", "pid": 4242,
                                          "since": "2026-11-29T09:15:00+08:00"}), encoding="utf-8")
    with pytest.raises(DocumentLocked) as info:
        DocumentLock(doc).acquire()
    assert "李慧娟（计算机 FINANCE-PC2）自 2026-11-29 09:15 起" in str(info.value)
    assert not info.value.info.is_stale()  # another computer: cannot be proved gone


def test_stale_lock_on_this_computer_is_detected_and_can_be_broken(tmp_path):
    doc = tmp_path / "b.zyd.json"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    lock_path(doc).write_text(json.dumps({"user": "u", "host": socket.gethostname(), "pid": pid,
                                          "since": "2026-01-01T08:00:00+08:00"}), encoding="utf-8")
    with pytest.raises(DocumentLocked) as info:
        DocumentLock(doc).acquire()
    assert info.value.info.is_stale()
    lock = DocumentLock(doc)
    lock.break_and_acquire()
    assert read_lock(doc).pid == os.getpid()


def test_release_never_removes_someone_elses_lock(tmp_path):
    doc = tmp_path / "b.zyd.json"
    lock = DocumentLock(doc)
    lock.acquire()
    lock_path(doc).write_text(json.dumps({"user": "x", "host": "OTHER", "pid": 1, "since": "t"}), encoding="utf-8")
    lock.release()
    assert read_lock(doc).host == "OTHER"


def test_garbage_lock_reads_as_unknown_owner(tmp_path):
    doc = tmp_path / "b.zyd.json"
    lock_path(doc).write_text("\x00garbage", encoding="utf-8")
    with pytest.raises(DocumentLocked, match="未知用户"):
        DocumentLock(doc).acquire()


def test_reacquire_by_the_holder_is_fine_and_a_second_holder_in_this_process_is_refused(tmp_path):
    doc = tmp_path / "b.zyd.json"
    first = DocumentLock(doc)
    first.acquire()
    first.acquire()
    with pytest.raises(DocumentLocked) as info:   # a second window of this program: told like another user
        DocumentLock(doc).acquire()
    assert info.value.info.is_ours() and not info.value.info.is_stale()
    first.release()
    second = DocumentLock(doc)
    second.acquire()
    assert second.still_held()
    second.release()


def test_a_lock_left_by_an_earlier_process_with_our_pid_is_taken(tmp_path):
    doc = tmp_path / "b.zyd.json"
    lock_path(doc).write_text(json.dumps({"user": "u", "host": socket.gethostname(), "pid": os.getpid(),
                                          "since": "2026-01-01T08:00:00+08:00"}), encoding="utf-8")
    lock = DocumentLock(doc)
    lock.acquire()
    assert lock.still_held()
    lock.release()
    assert not lock_path(doc).exists()


def test_a_broken_lock_is_noticed_by_its_old_holder_who_never_removes_the_new_one(tmp_path):
    doc = tmp_path / "b.zyd.json"
    old = DocumentLock(doc)
    old.acquire()
    lock_path(doc).write_text(json.dumps({"user": "李慧娟", "host": "FINANCE-PC2", "pid": 4242,
                                          "since": "2026-11-29T09:15:00+08:00"}), encoding="utf-8")
    assert not old.still_held()
    new = DocumentLock(doc)
    new.break_and_acquire()   # same process, e.g. a second window whose user insisted
    assert new.still_held() and not old.still_held()
    old.release()
    assert read_lock(doc) == new.info
    new.release()
    assert read_lock(doc) is None


def test_release_all_at_exit_removes_our_locks(tmp_path):
    from zydesk import lockfile

    doc = tmp_path / "b.zyd.json"
    DocumentLock(doc).acquire()
    lockfile.release_all()
    assert read_lock(doc) is None


def test_a_lock_that_cannot_be_written_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        DocumentLock(tmp_path / "missing-folder" / "b.zyd.json").acquire()
