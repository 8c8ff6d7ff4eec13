"""A lock file beside an open document naming who has it open, for bundles kept on shared folders."""

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

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
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some service or container sessions
        return "未知用户"


def read_lock(document: str | os.PathLike) -> LockInfo | None:
    """The lock's owner, or None when there is no lock; an unreadable lock reads as an unknown owner."""
    path = lock_path(document)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(user=str(raw["user"]), host=str(raw["host"]), pid=int(raw["pid"]), since=str(raw["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockInfo(user="未知用户", host="未知计算机", pid=0, since="")


class DocumentLock:
    """Held while a document is open for editing; released on close."""

    def __init__(self, document: str | os.PathLike):
        self.document = Path(document)
        self.path = lock_path(document)
        self.info: LockInfo | None = None

    def acquire(self) -> None:
        """Create the lock atomically; raise DocumentLocked naming the owner if another holds it."""
        info = LockInfo(user=_user(), host=_host(), pid=os.getpid(),
                        since=datetime.now().astimezone().isoformat(timespec="seconds"))
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = read_lock(self.document)
            if owner is not None and owner.is_ours():
                self.info = owner
                return
            raise DocumentLocked(self.document, owner) from None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(info), handle, ensure_ascii=False)
        self.info = info

    def break_and_acquire(self) -> None:
        """Remove another owner's lock (after the user has seen who held it) and take it."""
        self.path.unlink(missing_ok=True)
        self.acquire()

    def release(self) -> None:
        """Remove the lock if it is still ours; never remove someone else's."""
        if self.info is None:
            return
        current = read_lock(self.document)
        if current is not None and current == self.info:
            self.path.unlink(missing_ok=True)
        self.info = None

    @property
    def held(self) -> bool:
        return self.info is not None
