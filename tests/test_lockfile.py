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


def test_reacquire_by_same_process_is_fine(tmp_path):
    doc = tmp_path / "b.zyd.json"
    DocumentLock(doc).acquire()
    DocumentLock(doc).acquire()
