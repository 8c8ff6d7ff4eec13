"""At start: offer the recovery copies a crash left behind, and turn the chosen ones into open documents."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .. import recovery
from ..storage import LoadError
from . import locking
from .document import Document

if TYPE_CHECKING:
    from .recovery_dialog import Offer


def offers(items: list[recovery.Recovery]) -> list["Offer"]:
    from .recovery_dialog import Offer

    result = []
    for item in items:
        try:
            result.append(Offer(item, item.load()))
        except LoadError as exc:
            result.append(Offer(item, None, exc.reason))
    return result


def restore_at_start(parent: QWidget | None) -> list[tuple[Document, str]]:
    """Ask about every pending copy; discard or restore as chosen. Returns the restored documents with a note."""
    items = recovery.pending()
    if not items:
        return []
    from .recovery_dialog import DISCARD, RESTORE, RecoveryDialog  # only when a crash left copies behind

    restored = []
    for offer, choice in RecoveryDialog.ask(parent, offers(items)):
        if choice == DISCARD:
            recovery.discard(offer.item)
        elif choice == RESTORE:
            result = restore(parent, offer)
            if result is not None:
                restored.append(result)
    return restored


def restore(parent: QWidget | None, offer: "Offer") -> tuple[Document, str] | None:
    """The recovered bundle as a modified document attached to its original file (after the lock check),
    or as a new unsaved document. None (the copy is kept for the next start) when the user cancels."""
    assert offer.bundle is not None
    item = offer.item
    path = Path(item.document) if item.document else None
    from .recovery_dialog import saved_at_text

    document = Document(offer.bundle, path)
    when = saved_at_text(item.saved_at)
    note = f"已恢复 {when} 自动保存的内容，请核对后保存"
    if path is not None:
        access = locking.acquire(parent, path)
        if access is None:
            return None
        access.apply(document)
        if access.note:
            note = f"{note}；{access.note}"
        elif document.read_only:
            note = f"已只读恢复 {when} 自动保存的内容：文件正被他人使用，请用“另存为”保存"
    document.recovered_from = item
    document.mark_unsaved()
    return document, note
