"""Recovery copies: written outside the document, found after a crash, ignored while their editor runs."""

import json
import subprocess
import sys

from zydesk import recovery, storage


def test_copy_round_trip_and_removal(tmp_path, example):
    copy = recovery.RecoveryCopy(tmp_path)
    copy.write(storage.dumps(example), tmp_path / "doc.zyd.json")
    found = recovery.pending(tmp_path)  # our own process: offered (as after a restart of the same pid)
    assert [r.path for r in found] == [copy.path]
    assert found[0].display_name == "doc.zyd.json"
    assert found[0].load() == example
    copy.remove()
    assert recovery.pending(tmp_path) == []


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
