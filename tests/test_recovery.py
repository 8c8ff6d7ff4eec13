"""Recovery copies: written outside the document, found after a crash, ignored while their editor runs."""

import json
import subprocess
import sys

import pytest

from zydesk import recovery, storage


def test_copy_round_trip_and_removal(tmp_path, example):
    copy = recovery.RecoveryCopy(tmp_path)
    copy.write(storage.dumps(example), tmp_path / "doc.zyd.json")
    assert recovery.pending(tmp_path) == []  # this process keeps it up to date: not a crash's leftover
    recovery._LIVE.clear()                    # as after a restart that happens to get the same pid
    found = recovery.pending(tmp_path)
    assert [r.path for r in found] == [copy.path]
    assert found[0].display_name == "doc.zyd.json"
    assert found[0].load() == example
    copy.remove()
    assert recovery.pending(tmp_path) == []


def test_an_adopted_copy_keeps_its_file_and_becomes_ours(tmp_path, example):
    path = tmp_path / f"old{recovery.RECOVERY_SUFFIX}"
    path.write_text(json.dumps({"document": None, "saved_at": "2026-11-29T10:00:00+08:00",
                                "owner_pid": 0, "bundle": storage.dumps(example)}), encoding="utf-8")
    item, = recovery.pending(tmp_path)
    copy = recovery.RecoveryCopy.adopt(item)
    copy.write(storage.dumps(example), None)
    assert copy.path == path
    assert recovery.pending(tmp_path) == []
    copy.remove()
    assert not path.exists()


def test_a_damaged_copy_loads_as_a_load_error(tmp_path):
    path = tmp_path / f"x{recovery.RECOVERY_SUFFIX}"
    path.write_text(json.dumps({"document": None, "saved_at": "t", "owner_pid": 0, "bundle": "{"}), encoding="utf-8")
    item, = recovery.pending(tmp_path)
    with pytest.raises(storage.LoadError, match="不是有效的 JSON"):
        item.load()
    path.write_text(json.dumps({"document": None, "saved_at": "t", "owner_pid": 0}), encoding="utf-8")
    with pytest.raises(storage.LoadError, match="恢复副本已损坏"):
        item.load()


def test_a_copy_that_cannot_be_written_is_a_save_error(tmp_path, example):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(storage.SaveError, match="无法创建恢复副本文件夹"):
        recovery.RecoveryCopy(blocker / "recovery").write(storage.dumps(example), None)


def test_copy_of_a_running_editor_is_not_offered(tmp_path, example):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        path = tmp_path / f"x{recovery.RECOVERY_SUFFIX}"
        path.write_text(json.dumps({"document": None, "saved_at": "2026-11-29T10:00:00+08:00",
                                    "owner_pid": sleeper.pid, "bundle": storage.dumps(example)}), encoding="utf-8")
        assert recovery.pending(tmp_path) == []
    finally:
        sleeper.kill()
        sleeper.wait()
    assert [r.display_name for r in recovery.pending(tmp_path)] == ["未保存的新文件"]


def test_unreadable_copies_are_skipped(tmp_path):
    (tmp_path / f"bad{recovery.RECOVERY_SUFFIX}").write_text("{", encoding="utf-8")
    assert recovery.pending(tmp_path) == []


def test_env_override(monkeypatch, tmp_path):
    monkeypatch.setenv("ZYDESK_RECOVERY_DIR", str(tmp_path))
    assert recovery.recovery_dir() == tmp_path
