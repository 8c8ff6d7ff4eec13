"""The 签字栏 dialog: 填报人, 审核人, 单位负责人, 填报日期 of the whole file."""

from PySide6.QtWidgets import QDialog, QWidget

from .forms.ui_signatures_dialog import Ui_SignaturesDialog

FIELDS = (("preparer", "preparer"), ("reviewer", "reviewer"), ("unit_head", "unitHead"), ("date", "date"))


class SignaturesDialog(QDialog):
    def __init__(self, values: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignaturesDialog()
        self.ui.setupUi(self)
        self.load(values)

    def load(self, values: dict[str, str]) -> None:
        for key, name in FIELDS:
            getattr(self.ui, name).setText(values.get(key, ""))

    def values(self) -> dict[str, str]:
        return {key: getattr(self.ui, name).text() for key, name in FIELDS}

    @classmethod
    def ask(cls, parent: QWidget | None, values: dict[str, str]) -> dict[str, str] | None:
        dialog = cls(values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
