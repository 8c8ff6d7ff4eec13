"""The dialog offering recovery copies left by a crash: restore, discard or keep each (or all) of them."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from ..model import Bundle
from ..recovery import Recovery
from .forms.ui_recovery_dialog import Ui_RecoveryDialog

RESTORE, DISCARD, KEEP = "restore", "discard", "keep"
CHOICES = ((RESTORE, "恢复"), (DISCARD, "丢弃"), (KEEP, "以后再说"))
NAME, FOLDER, CONTENT, SAVED, ACTION = range(5)


@dataclass(frozen=True)
class Offer:
    """One recovery copy as offered: its bundle, or why it cannot be restored."""

    item: Recovery
    bundle: Bundle | None
    problem: str = ""


def saved_at_text(saved_at: str) -> str:
    try:
        return datetime.fromisoformat(saved_at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return saved_at


def content_text(offer: Offer) -> tuple[str, str]:
    """Short text for the 内容 column, and the details for its tooltip."""
    if offer.bundle is None:
        return "无法恢复（副本已损坏）", offer.problem
    bundle = offer.bundle
    year = f"{bundle.year} 年度，" if bundle.year else ""
    names = "\n".join(f"{i}. {f.project_name or '（未填项目名称）'}" for i, f in enumerate(bundle.forms, start=1))
    return f"{year}{len(bundle.forms)} 张表", f"{bundle.title}\n{names}"


class RecoveryDialog(QDialog):
    def __init__(self, offers: list[Offer], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.offers = offers
        self.combos: list[QComboBox] = []
        table = self.ui.table
        table.setRowCount(len(offers))
        for row, offer in enumerate(offers):
            document = Path(offer.item.document) if offer.item.document else None
            content, details = content_text(offer)
            cells = ((offer.item.display_name, str(document or "")),
                     (str(document.parent) if document else "（从未保存过）", str(document.parent) if document else ""),
                     (content, details), (saved_at_text(offer.item.saved_at), ""))
            for column, (text, tip) in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip or text)
                table.setItem(row, column, cell)
            combo = QComboBox()
            combo.setAccessibleName(f"处理 {offer.item.display_name}")
            for value, label in CHOICES:
                if value != RESTORE or offer.bundle is not None:
                    combo.addItem(label, value)
            combo.setCurrentIndex(combo.findData(RESTORE if offer.bundle is not None else KEEP))
            table.setCellWidget(row, ACTION, combo)
            self.combos.append(combo)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOLDER, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # a deep network path keeps its ends
        self.ui.restoreAll.clicked.connect(lambda: self.choose_all(RESTORE))
        self.ui.discardAll.clicked.connect(lambda: self.choose_all(DISCARD))
        self.ui.ok.setFocus()

    def choose_all(self, value: str) -> None:
        for combo in self.combos:
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def choices(self) -> list[tuple[Offer, str]]:
        return [(offer, combo.currentData()) for offer, combo in zip(self.offers, self.combos, strict=True)]

    @classmethod
    def ask(cls, parent: QWidget | None, offers: list[Offer]) -> list[tuple[Offer, str]]:
        """What to do with each copy; closing the dialog (以后再说, Esc) keeps them all for the next start."""
        dialog = cls(offers, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [(offer, KEEP) for offer in offers]
        return dialog.choices()
