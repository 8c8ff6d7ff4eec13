"""Recovery copies of unsaved work, kept outside the document so a crash never touches the real file."""

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .boundedread import read_regular
from .crashlog import state_dir
from .model import Bundle
from .process import pid_alive
from .storage import LoadError, SaveError, loads, write_atomic

RECOVERY_SUFFIX = ".recovery.json"
# The bundle's text inside a JSON string: up to the file limit, escapes included.
MAX_COPY_BYTES = 8 * 20 * 1024 * 1024
# Copies this process is keeping up to date: its own work, never offered back to it as a crash's leftovers.
_LIVE: set[Path] = set()


def recovery_dir() -> Path:
    """Per-user folder; ZYDESK_RECOVERY_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZYDESK_RECOVERY_DIR")
    return Path(override) if override else state_dir() / "recovery"


@dataclass(frozen=True)
class Recovery:
    path: Path
    document: str | None  # the file the work belongs to; None for a never-saved bundle
    saved_at: str
    owner_pid: int

    @property
    def display_name(self) -> str:
        return Path(self.document).name if self.document else "未保存的新文件"

    def load(self) -> Bundle:
        """The saved work; a copy that cannot be read is a LoadError like any refused file."""
        try:
            raw = json.loads(read_regular(self.path, MAX_COPY_BYTES).decode("utf-8"))
            text = raw["bundle"]
        except OSError as exc:
            raise LoadError(self.path, f"无法读取恢复副本（{exc.strerror or exc}）") from None
        except (ValueError, KeyError, TypeError):
            raise LoadError(self.path, "恢复副本已损坏") from None
        if not isinstance(text, str):
            raise LoadError(self.path, "恢复副本已损坏")
        return loads(text, str(self.path))


class RecoveryCopy:
    """One editor session's recovery copy: written on autosave, removed on save or close."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"{uuid.uuid4()}{RECOVERY_SUFFIX}"

    @classmethod
    def adopt(cls, item: "Recovery") -> "RecoveryCopy":
        """Keep writing to a restored copy's file: until the work is saved, it stays recoverable there."""
        copy = cls(item.path.parent)
        copy.path = item.path
        return copy

    def write(self, text: str, document: str | os.PathLike | None) -> None:
        """Replace the copy atomically; raises storage.SaveError (with a reason) when it cannot."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(self.folder, f"无法创建恢复副本文件夹（{exc.strerror or exc}）") from None
        payload = {
            "document": None if document is None else str(Path(document).resolve()),
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "owner_pid": os.getpid(),
            "bundle": text,
        }
        # Private: unsaved work of one user, in that user's own folder.
        write_atomic(self.path, json.dumps(payload, ensure_ascii=False), keep_backup=False, mode=0o600)
        _LIVE.add(self.path.resolve())

    def remove(self) -> None:
        _LIVE.discard(self.path.resolve())
        with contextlib.suppress(OSError):   # one we cannot delete is offered once more at the next start
            self.path.unlink(missing_ok=True)


def pending(folder: Path | None = None) -> list[Recovery]:
    """Recovery copies left by editors that are no longer running, newest first."""
    folder = folder or recovery_dir()
    found = []
    for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
        try:
            raw = json.loads(read_regular(path, MAX_COPY_BYTES).decode("utf-8"))
            item = Recovery(path, raw.get("document"), str(raw["saved_at"]), int(raw.get("owner_pid", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a copy we cannot read cannot be offered; leave it for a person to inspect
        if path.resolve() in _LIVE:
            continue  # this process is keeping it up to date
        if item.owner_pid != os.getpid() and pid_alive(item.owner_pid):
            continue  # another editor that is still open owns it
        found.append(item)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard(item: Recovery) -> None:
    _LIVE.discard(item.path.resolve())
    item.path.unlink(missing_ok=True)


__all__ = ["LoadError", "Recovery", "RecoveryCopy", "discard", "pending", "recovery_dir"]
