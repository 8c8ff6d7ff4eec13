"""Which forms to preview, print or export: a checklist of the bundle's forms (the window's `--forms`)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FormsChoice(QDialog):
    def __init__(self, names: list[str], checked: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("选择要打印的表")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("勾选要预览、打印或导出的表："))
        self.list = QListWidget(self)
        for number, name in enumerate(names, start=1):
            item = QListWidgetItem(f"表 {number}　{name.strip() or '（未填写项目名称）'}", self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if number in checked else Qt.CheckState.Unchecked)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        for text, state in (("全选", Qt.CheckState.Checked), ("全不选", Qt.CheckState.Unchecked)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("预览")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(self._update)
        self._update()

    def chosen(self) -> list[int]:
        """1-based numbers of the ticked forms, in file order."""
        return [i + 1 for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str], checked: list[int]) -> list[int] | None:
        dialog = cls(names, checked, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
