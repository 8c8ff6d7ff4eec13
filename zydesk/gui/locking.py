"""Taking the lock beside a document file, asking the user (LockDialog) when someone else holds it."""

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..lockfile import DocumentLock, DocumentLocked, LockInfo, lock_path, read_lock
from .dialogs import Messages
from .document import Document
from .lock_owner import owner_text


@dataclass
class Access:
    """How a document file is open: holding `lock`, read-only (someone else has it), or without a lock."""

    lock: DocumentLock | None = None
    read_only: bool = False
    owner: LockInfo | None = None
    note: str = ""             # for the status bar: why there is no lock
    unwritable: str = ""       # the file or its folder cannot be written: saving there will fail

    def apply(self, document: Document) -> None:
        if self.read_only:
            document.set_read_only(self.owner)
        else:
            document.take_lock(self.lock)
        if self.unwritable:
            document.set_unwritable(self.unwritable)

    def undo(self, keep: Document | None) -> None:
        """Opening failed after all: give back a lock taken for it (not one the open document still uses)."""
        if self.lock is not None and (keep is None or keep.lock is not self.lock):
            self.lock.release()


FOLDER_READ_ONLY = "这个文件所在的文件夹不能写入（只读文件夹或没有权限）"
FILE_READ_ONLY = "这个文件是只读的"


def same_file(first: Path | None, second: Path | None) -> bool:
    return first is not None and second is not None and first.resolve() == second.resolve()


def no_lock_note(error: OSError) -> str:
    return (f"无法在文件所在的文件夹创建锁文件（{error.strerror or error}）："
            "其他人同时打开这个文件时不会得到提醒")


def acquire(parent: QWidget | None, path: Path, current: Document | None = None) -> Access | None:
    """The lock for editing `path`, or read-only access, as the user chooses; None when they cancel."""
    if current is not None and current.lock is not None and same_file(current.path, path):
        return Access(current.lock)   # reopening the file of this window: the lock passes on
    lock = DocumentLock(path)
    try:
        lock.acquire()
    except DocumentLocked as exc:
        return _ask(parent, path, lock, exc.info)
    except OSError as exc:
        # A read-only or vanished folder: the file can still be read; saving there will fail with a message.
        denied = exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
        return Access(note=no_lock_note(exc), unwritable=FOLDER_READ_ONLY if denied else "")
    if path.exists() and not os.access(path, os.W_OK):
        return Access(lock, unwritable=FILE_READ_ONLY)
    return Access(lock)


def _ask(parent: QWidget | None, path: Path, lock: DocumentLock, owner: LockInfo | None) -> Access | None:
    from .lock_dialog import LockDialog  # only when a lock is held: a start needs none of it

    choice = LockDialog.ask(parent, path.name, owner)
    if choice == LockDialog.READ_ONLY:
        return Access(read_only=True, owner=owner)
    if choice != LockDialog.BREAK:
        return None
    try:
        lock.break_and_acquire()
    except DocumentLocked as again:
        Messages.error(parent, "无法解除锁定", f"{path.name}：刚刚又被打开。{owner_text(again.info)}")
        return None
    except OSError as exc:
        Messages.error(parent, "无法解除锁定", f"{lock_path(path).name}：{exc.strerror or exc}")
        return None
    return Access(lock)


def lock_for_save(parent: QWidget | None, document: Document, path: Path) -> tuple[bool, DocumentLock | None]:
    """Before writing `path`: may we, and the new lock taken for it (when it is not the document's own)."""
    name = path.name
    if same_file(document.path, path):
        if document.read_only:
            Messages.error(parent, "只读文件不能保存",
                           f"“{name}”是只读打开的：{owner_text(document.owner)}\n\n"
                           "为了不覆盖对方的修改，不能保存到这个文件。请用“另存为”保存到另一个文件。")
            return False, None
        if document.lock is not None and document.lock.still_held():
            return True, None
        owner = read_lock(path) if document.lock is not None else None
        if owner is not None:
            # Someone broke our lock and took the file over: saving now would overwrite their work.
            document.release()
            document.set_read_only(owner)
            Messages.error(parent, "不能保存", f"“{name}”的锁已被解除：{owner_text(owner)}\n\n"
                           "为了不覆盖对方的修改，这个文件已改为只读。请用“另存为”保存到另一个文件。")
            return False, None
        # No lock file at all (its folder is offline, or it was deleted): take a new one if we can.
    lock = DocumentLock(path)
    try:
        lock.acquire()
    except DocumentLocked as exc:
        Messages.error(parent, "文件正在使用", f"不能保存到“{name}”：{owner_text(exc.info)}\n请换一个文件名。")
        return False, None
    except OSError:
        return True, None   # the save itself reports the folder's problem
    return True, lock
