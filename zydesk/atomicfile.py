"""Replacing a file so that a crash at any moment leaves the old or the new one, complete."""

import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPLACE_ATTEMPTS = 10
REPLACE_PAUSE_S = 0.1


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


def write_file(path: Path, data: bytes, before_replace: Callable[[], None] | None = None) -> None:
    """Write to a hidden temporary file beside `path`, fsync, then swap it in; raises OSError.

    `before_replace` runs once the new content is safely on disk and before the swap (the backup copy).
    """
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        replace_with(Path(tmp_name), path)
        tmp_name = None
        _fsync_dir(folder)
    finally:
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
