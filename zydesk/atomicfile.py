"""Replacing a file so that a crash at any moment leaves the old or the new one, complete, with its mode kept."""

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPLACE_ATTEMPTS = 10
REPLACE_PAUSE_S = 0.1
# A leftover temporary file is removed only when no process holds it and it has not been written for this long:
# a save in another process that is between creating and locking its file is never disturbed.
STALE_AFTER_S = 10.0
# Where the file system cannot tell whether another process holds a file (no flock): only clearly old ones.
STALE_UNLOCKABLE_S = 3600.0
_RANDOM = "[a-z0-9_]{8}"   # tempfile's names

try:
    import fcntl
except ImportError:   # Windows: an open file cannot be deleted, which protects a save in progress instead
    fcntl = None


def replace_with(source: Path, target: Path) -> None:
    """os.replace, retried: Windows refuses the rename while an antivirus or indexer briefly holds the file."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    # Linux states it in /proc; elsewhere set-and-restore (a moment in which another thread's new file may differ).
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The ordinary mode of a new file: 0666 less the umask."""
    return 0o666 & ~_umask()


def _mode_for(path: Path) -> int:
    """The permission bits the file will have: those of the file it replaces, else the ordinary ones."""
    try:
        info = os.stat(path)
    except OSError:
        return new_file_mode()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "是一个文件夹", str(path))
    if not stat.S_ISREG(info.st_mode):
        # A device or FIFO would be replaced by a plain file (as root, even /dev/null): refuse instead.
        raise OSError(errno.EINVAL, "不是普通文件", str(path))
    return stat.S_IMODE(info.st_mode)


def _temp_pattern(name: str) -> re.Pattern:
    # The save's own temporary files and those of its backup copy (`.NAME.bak.xxxxxxxx.tmp`).
    return re.compile(rf"\.{re.escape(name)}(?:\.bak)?\.{_RANDOM}\.tmp")


def _held_elsewhere(path: Path) -> bool | None:
    """True when another open file holds the temporary file's lock; None when the file system cannot say."""
    if fcntl is None:
        return False   # an open file on Windows refuses the unlink that follows
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    except OSError:
        return None
    finally:
        os.close(fd)   # closing drops the probe's own lock


def remove_stale_temps(path: Path) -> list[Path]:
    """Remove the temporary files that interrupted saves of `path` left beside it; returns those removed."""
    folder = path.parent if str(path.parent) else Path(".")
    pattern, removed, now = _temp_pattern(path.name), [], time.time()
    try:
        candidates = [entry for entry in os.scandir(folder) if pattern.fullmatch(entry.name)]
    except OSError:
        return removed
    for entry in candidates:
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_AFTER_S:
                continue
            held = _held_elsewhere(Path(entry.path))
            if held or (held is None and now - info.st_mtime < STALE_UNLOCKABLE_S):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue   # in use (Windows), gone meanwhile, or not ours to remove: the next save tries again
    return removed


def _create_temp(folder: Path, name: str, mode: int) -> tuple[int, str]:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        if fcntl is not None:
            with contextlib.suppress(OSError):   # a file system without flock: the age rule protects it
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.name == "posix":
            os.fchmod(fd, mode)   # mkstemp makes 0600, which os.replace would carry onto a shared document
    except BaseException:
        os.close(fd)
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return fd, tmp_name


def _write_then_swap(path: Path, fill: Callable[[int], None], mode: int,
                     before_replace: Callable[[], None] | None = None) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = _create_temp(folder, path.name, mode)
    try:
        fill(fd)
        os.fsync(fd)
        if before_replace is not None:
            before_replace()
        replace_with(Path(tmp_name), path)
        tmp_name = None
        _fsync_dir(folder)
    finally:
        os.close(fd)   # also releases the lock that told other saves this file is in use
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def write_failure(exc: OSError, outcome: str, holder: str) -> str:
    """Why a write failed, in Chinese, ending with what did not happen (`PDF 未输出`); `holder` names the
    kind of program that may hold the file open (`PDF 阅读器`)."""
    if exc.errno == errno.ENOSPC:
        return f"磁盘空间不足，{outcome}"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"没有写入权限，或文件正被其他程序（如 {holder}）打开，{outcome}"
    if exc.errno == errno.ENOENT:
        return f"文件夹不存在，{outcome}"
    if exc.errno == errno.EISDIR:
        return "这是一个文件夹，不能作为输出文件"
    return f"无法写入（{exc.strerror or exc}），{outcome}"
def write_file(path: Path, data: bytes, before_replace: Callable[[], None] | None = None,
               mode: int | None = None) -> None:
    """Write to a hidden temporary file beside `path`, fsync, then swap it in; raises OSError.

    The new file keeps the permission bits of the one it replaces (a new one: 0666 less the umask) unless `mode`
    says otherwise. `before_replace` runs once the new content is safely on disk and before the swap (the backup
    copy). Temporary files that interrupted saves of `path` left behind are removed first.
    """
    remove_stale_temps(path)
    _write_then_swap(path, lambda fd: _FdWriter(fd).write(data), _mode_for(path) if mode is None else mode,
                     before_replace)


def copy_file(source: Path, target: Path) -> None:
    """Replace `target` atomically with a copy of `source`, permission bits included (the backup)."""
    with open(source, "rb") as reader:
        _write_then_swap(target, lambda fd: shutil.copyfileobj(reader, _FdWriter(fd)),
                         stat.S_IMODE(os.fstat(reader.fileno()).st_mode))


class _FdWriter:
    """The write() that shutil.copyfileobj needs, on a raw descriptor that the caller closes."""

    def __init__(self, fd: int):
        self.fd = fd

    def write(self, chunk: bytes) -> int:
        view = memoryview(chunk)
        while view:
            view = view[os.write(self.fd, view):]
        return len(chunk)
