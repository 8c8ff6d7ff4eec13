"""The 签字栏 dialog: 填报人, 审核人, 单位负责人, 填报日期 of the whole file."""

from PySide6.QtWidgets import QDialog, QWidget

from ..rules.dates import DateError, parse_date
from .forms.ui_signatures_dialog import Ui_SignaturesDialog
from .marks import ERROR_COLOUR, mark

FIELDS = (("preparer", "preparer"), ("reviewer", "reviewer"), ("unit_head", "unitHead"), ("date", "date"))


class SignaturesDialog(QDialog):
    def __init__(self, values: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignaturesDialog()
        self.ui.setupUi(self)
        self.ui.dateError.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.ui.date.textEdited.connect(lambda _text: self._show_date_error(None))
        self.load(values)

    def accept(self) -> None:
        """OK only with a date that is a date (or none): `abc` stays in the field, with the reason beside it."""
        try:
            parse_date(self.ui.date.text())
        except DateError as exc:
            self._show_date_error(str(exc))
            self.ui.date.setFocus()
            return
        super().accept()

    def _show_date_error(self, reason: str | None) -> None:
        mark(self.ui.date, "refused" if reason else None, reason or "")
        self.ui.dateError.setText(reason or "")
        self.ui.dateError.setVisible(reason is not None)
        self.adjustSize()  # room for the reason under the field

    def load(self, values: dict[str, str]) -> None:
        for key, name in FIELDS:
            getattr(self.ui, name).setText(values.get(key, ""))

    def values(self) -> dict[str, str]:
        return {key: getattr(self.ui, name).text().strip() for key, name in FIELDS}

    @classmethod
    def ask(cls, parent: QWidget | None, values: dict[str, str]) -> dict[str, str] | None:
        dialog = cls(values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
