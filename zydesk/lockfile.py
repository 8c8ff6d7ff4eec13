"""A lock file beside an open document naming who has it open, for bundles kept on shared folders."""

import atexit
import contextlib
import getpass
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from .boundedread import read_regular
from .process import pid_alive

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"


def lock_path(document: str | os.PathLike) -> Path:
    document = Path(document)
    return document.with_name(f"{LOCK_PREFIX}{document.name}{LOCK_SUFFIX}")


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time with offset

    def describe(self) -> str:
        when = self.since.replace("T", " ")[:16]
        return f"{self.user}（计算机 {self.host}）自 {when} 起"

    def is_ours(self) -> bool:
        return self.host == _host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """True when the owner is provably gone: same computer, process no longer running."""
        return self.host == _host() and not pid_alive(self.pid)


class DocumentLocked(Exception):
    """Someone else has the document open; `info` says who and since when."""

    def __init__(self, document: Path, info: LockInfo | None):
        who = info.describe() if info else "另一位用户（锁文件无法读取）"
        super().__init__(f"{document.name} 已被 {who}打开")
        self.document = document
        self.info = info


def _host() -> str:
    # What socket.gethostname() returns: on POSIX it is uname's node name (glibc, musl and macOS read it there),
    # read here without importing socket, which costs the editor's start more than the rest of this module.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some service or container sessions
        return "未知用户"


MAX_LOCK_BYTES = 64 * 1024


def read_lock(document: str | os.PathLike) -> LockInfo | None:
    """The lock's owner, or None when there is no lock; an unreadable lock reads as an unknown owner."""
    path = lock_path(document)
    try:
        # A lock is a few hundred bytes; a FIFO or device put in its place must not hang the open.
        raw = json.loads(read_regular(path, MAX_LOCK_BYTES).decode("utf-8"))
        return LockInfo(user=str(raw["user"]), host=str(raw["host"]), pid=int(raw["pid"]), since=str(raw["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockInfo(user="未知用户", host="未知计算机", pid=0, since="")


# The DocumentLock object of this process holding each lock file: a second window of the same program is
# refused like another user, and releasing an old holder never removes a lock taken over since.
_HELD: dict[str, "DocumentLock"] = {}


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


class DocumentLock:
    """Held while a document is open for editing; released on close (and at a normal exit of the program)."""

    def __init__(self, document: str | os.PathLike):
        self.document = Path(document)
        self.path = lock_path(document)
        self.info: LockInfo | None = None

    def acquire(self) -> None:
        """Create the lock atomically; raise DocumentLocked naming the owner if another holds it.

        OSError (read-only folder, vanished network path) passes through: the caller decides.
        """
        if self.held:
            return
        info = LockInfo(user=_user(), host=_host(), pid=os.getpid(),
                        since=datetime.now().astimezone().isoformat(timespec="seconds"))
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_lock(self.document)
                if owner is None:
                    continue  # released between our two looks: try once more
                holder = _HELD.get(_key(self.path))
                if owner.is_ours() and (holder is None or holder is self):
                    # Written by this process id but held by no one here: left by an earlier process that
                    # had the same id, which is gone.
                    self._hold(owner)
                    return
                raise DocumentLocked(self.document, owner) from None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(info), handle, ensure_ascii=False)
            self._hold(info)
            return
        raise DocumentLocked(self.document, read_lock(self.document))

    def _hold(self, info: LockInfo) -> None:
        self.info = info
        _HELD[_key(self.path)] = self

    def break_and_acquire(self) -> None:
        """Remove another owner's lock (after the user has seen who held it) and take it."""
        _HELD.pop(_key(self.path), None)
        self.info = None
        self.path.unlink(missing_ok=True)
        self.acquire()

    def still_held(self) -> bool:
        """True while the lock file is still ours (nobody broke it and took the document over)."""
        return (self.info is not None and _HELD.get(_key(self.path)) is self
                and read_lock(self.document) == self.info)

    def release(self) -> None:
        """Remove the lock if it is still ours; never remove someone else's."""
        if self.info is None:
            return
        key = _key(self.path)
        if _HELD.get(key) is self:
            del _HELD[key]
            current = read_lock(self.document)
            if current is not None and current == self.info:
                # A vanished network folder: the lock there reads as stale once this process is gone.
                with contextlib.suppress(OSError):
                    self.path.unlink(missing_ok=True)
        self.info = None

    @property
    def held(self) -> bool:
        return self.info is not None


@atexit.register
def release_all() -> None:
    """A normal exit leaves no lock behind, even when a window could not be closed in order."""
    for lock in list(_HELD.values()):
        lock.release()
