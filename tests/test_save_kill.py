"""Saving cannot corrupt: a process saving in a loop is killed at random moments; the file and its backup always
load with their mode kept, and the next save clears whatever the kills left behind."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from conftest import EXAMPLE, ROOT
from zydesk import atomicfile, storage

SAVER = """
import sys
from zydesk import atomicfile, storage
bundle = storage.load(sys.argv[1])
target = sys.argv[2]
n = 0
print("ready", flush=True)
while True:
    n += 1
    bundle.forms[0].project_name = f"第{n}次保存" + "长" * (n % 5000)
    storage.save(bundle, target)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_save_loop_killed_fifty_times_never_leaves_a_broken_file(tmp_path, monkeypatch):
    target = tmp_path / "doc.zyd.json"
    storage.save(storage.load(EXAMPLE), target)
    os.chmod(target, 0o640)   # a shared folder's group-readable file stays group-readable
    rng = random.Random(20261129)
    for _ in range(50):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(EXAMPLE), str(target)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        bundle = storage.load(target)  # raises if the kill left a half-written file
        assert len(bundle.forms) == 4
        assert os.stat(target).st_mode & 0o777 == 0o640
        backup = storage.backup_path(target)
        if backup.exists():
            storage.load(backup)
            assert os.stat(backup).st_mode & 0o777 == 0o640
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # A kill between creating the temporary file and the swap leaves it behind; it never replaces the document.
    assert all(name.startswith(".doc.zyd.json") for name in leftovers)
    # The next save removes them: none is held by a live save, and (time passing, as after a restart) all are old.
    monkeypatch.setattr(atomicfile, "STALE_AFTER_S", 0.0)
    storage.save(storage.load(target), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.zyd.json", "doc.zyd.json.bak"]
    assert os.stat(target).st_mode & 0o777 == 0o640
