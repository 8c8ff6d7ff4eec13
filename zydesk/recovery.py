"""Recovery copies of unsaved work, kept outside the document so a crash never touches the real file."""

import json
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .model import Bundle
from .process import pid_alive
from .storage import LoadError, loads, write_atomic

RECOVERY_SUFFIX = ".recovery.json"


def recovery_dir() -> Path:
    """Per-user folder; ZYDESK_RECOVERY_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZYDESK_RECOVERY_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return base / "zydesk" / "recovery"


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
        raw = json.loads(self.path.read_text(encoding="utf-8"))
        return loads(raw["bundle"], str(self.path))


class RecoveryCopy:
    """One editor session's recovery copy: written on autosave, removed on save or close."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"{uuid.uuid4()}{RECOVERY_SUFFIX}"

    def write(self, text: str, document: str | os.PathLike | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "document": None if document is None else str(Path(document).resolve()),
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "owner_pid": os.getpid(),
            "bundle": text,
        }
        write_atomic(self.path, json.dumps(payload, ensure_ascii=False), keep_backup=False)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def pending(folder: Path | None = None) -> list[Recovery]:
    """Recovery copies left by editors that are no longer running, newest first."""
    folder = folder or recovery_dir()
    found = []
    for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            item = Recovery(path, raw.get("document"), str(raw["saved_at"]), int(raw.get("owner_pid", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a copy we cannot read cannot be offered; leave it for a person to inspect
        if item.owner_pid != os.getpid() and pid_alive(item.owner_pid):
            continue  # another editor that is still open owns it
        found.append(item)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard(item: Recovery) -> None:
    item.path.unlink(missing_ok=True)


__all__ = ["LoadError", "Recovery", "RecoveryCopy", "discard", "pending", "recovery_dir"]
