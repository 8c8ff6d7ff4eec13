"""Saving on a shared folder: modes kept, new files ordinary, leftovers of killed saves cleared, live ones spared."""

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT
from zydesk import atomicfile, storage
from zydesk.cli import main as cli_main
from zydesk.recovery import RecoveryCopy

posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits and flock are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_save_keeps_the_mode_of_the_file_and_the_backup_keeps_the_old_one(tmp_path, example):
    target = tmp_path / "doc.zyd.json"
    storage.save(example, target)
    os.chmod(target, 0o664)
    storage.save(example, target)
    assert mode(target) == 0o664 and mode(storage.backup_path(target)) == 0o664
    os.chmod(target, 0o640)
    storage.save(example, target)
    assert mode(target) == 0o640 and mode(storage.backup_path(target)) == 0o640


@posix_only
def test_new_files_get_the_ordinary_mode(tmp_path, example, umask_022, capsys):
    storage.save(example, tmp_path / "new.zyd.json")
    assert mode(tmp_path / "new.zyd.json") == 0o644
    assert cli_main(["new-year", str(EXAMPLE), "-o", str(tmp_path / "next.zyd.json")]) == 0
    assert mode(tmp_path / "next.zyd.json") == 0o644
    assert cli_main(["print", str(EXAMPLE), "-o", str(tmp_path / "x.pdf")]) == 0
    assert mode(tmp_path / "x.pdf") == 0o644
    os.umask(0o002)
    storage.save(example, tmp_path / "group.zyd.json")
    assert mode(tmp_path / "group.zyd.json") == 0o664


@posix_only
def test_recovery_copies_stay_private(tmp_path):
    copy = RecoveryCopy(tmp_path)
    copy.write("{}", None)
    assert mode(copy.path) == 0o600


def _leftover(folder: Path, name: str, age_s: float, infix: str = "", random: str = "ab12cd_3") -> Path:
    path = folder / f".{name}{infix}.{random}.tmp"
    path.write_bytes(b"x" * 1000)
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_the_next_save_removes_stale_leftovers_it_owns(tmp_path, example):
    target = tmp_path / "doc.zyd.json"
    mine = [_leftover(tmp_path, target.name, 60), _leftover(tmp_path, target.name, 60, ".bak")]
    # Maybe a save in progress elsewhere: not clearly stale.
    fresh = _leftover(tmp_path, target.name, 0, random="zz99yy_1")
    others = [_leftover(tmp_path, "other.zyd.json", 60), _leftover(tmp_path, "doc.zyd.json.x", 60)]
    (tmp_path / ".doc.zyd.json.notours.tmp").write_bytes(b"keep")
    storage.save(example, target)
    assert not any(p.exists() for p in mine)
    assert fresh.exists() and all(p.exists() for p in others)
    assert (tmp_path / ".doc.zyd.json.notours.tmp").exists()


HOLDER = """
import sys, time
from pathlib import Path
from zydesk import atomicfile
fd, name = atomicfile._create_temp(Path(sys.argv[1]), sys.argv[2], 0o644)
print(name, flush=True)
time.sleep(60)
"""


@posix_only
def test_a_temp_file_another_process_is_writing_is_spared(tmp_path, example, monkeypatch):
    target = tmp_path / "doc.zyd.json"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), target.name], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        held = Path(holder.stdout.readline().strip())
        old = time.time() - 3600
        os.utime(held, (old, old))            # old, but still held: a slow save on a network share
        storage.save(example, target)
        assert held.exists()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    storage.save(example, target)             # its owner is gone: now it is a leftover
    assert not held.exists()


@posix_only
def test_devices_are_never_replaced(tmp_path, example):
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    assert cli_main(["print", str(EXAMPLE), "-o", str(fifo)]) == 2
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(storage.SaveError):
        storage.save(example, fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert atomicfile.new_file_mode() == 0o666 & ~_current_umask()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
