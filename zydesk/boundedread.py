"""Reading a regular file of bounded size: a FIFO, device or socket is refused at once, never read."""

import errno
import os
import stat
from pathlib import Path

_CHUNK = 1024 * 1024
# O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever, before fstat could refuse it.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegularFile(OSError):
    """The path names a folder, FIFO, device or socket."""


class TooLarge(OSError):
    """The file holds more than the limit."""

    def __init__(self, size: int, limit: int):
        super().__init__(errno.EFBIG, "file too large")
        self.size, self.limit = size, limit


def read_regular(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; raises OSError (NotRegularFile, TooLarge, ...)."""
    try:
        fd = os.open(path, _FLAGS)
    except PermissionError:
        if Path(path).is_dir():   # Windows opens no folder; say what it is rather than "no permission"
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path)) from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        # st_size is only a hint (a file may grow while read, /proc files say 0): read at most limit + 1.
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise TooLarge(total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_refusal(exc: OSError, kind: str = "文件") -> str:
    """Why `read_regular` could not read a file, in one Chinese line; `kind` names what was expected (文件, 工作簿)."""
    if isinstance(exc, TooLarge):
        limit_mb = exc.limit // (1024 * 1024)
        if exc.size > exc.limit + 1:   # the size the file system states
            return f"文件过大（{exc.size // (1024 * 1024)} MB，上限 {limit_mb} MB）"
        return f"文件过大（超过 {limit_mb} MB 的上限）"   # grew while read, or a size the file system does not state
    if isinstance(exc, NotRegularFile):
        return "不是普通文件（管道、设备或套接字），不会读取"
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, IsADirectoryError):
        return f"这是一个文件夹，不是{kind}"
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    return f"无法读取（{exc.strerror or exc}）"
