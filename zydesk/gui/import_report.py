"""The import report beside an imported document: sheets taken and skipped, cells not placed; a click goes there."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..workbooks import ImportResult, field_path, sheet_line, unplaced_line

PATH_ROLE = Qt.ItemDataRole.UserRole


class ImportReportDock(QDockWidget):
    """A dock listing what an import did; `fieldActivated(path)` when a line that leads to a field is clicked."""

    fieldActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("导入报告", parent)
        self.setObjectName("importReportDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.setWidget(body)

    def show_result(self, result: ImportResult) -> None:
        self.tree.clear()
        taken = skipped = unplaced = 0
        for book in result.workbooks:
            top = QTreeWidgetItem([book.path])
            top.setToolTip(0, book.path)
            self.tree.addTopLevelItem(top)
            for sheet in book.sheets:
                item = QTreeWidgetItem([sheet_line(sheet)])
                item.setData(0, PATH_ROLE, field_path(sheet, None))
                top.addChild(item)
                if sheet.form_index is None:
                    skipped += 1
                    item.setForeground(0, self.palette().placeholderText())
                    continue
                taken += 1
                for entry in sheet.unplaced:
                    child = QTreeWidgetItem([unplaced_line(sheet, entry)])
                    child.setToolTip(0, f"{entry.text}\n\n{entry.reason}" if entry.text else entry.reason)
                    child.setData(0, PATH_ROLE, field_path(sheet, entry.field))
                    item.addChild(child)
                    unplaced += 1
                item.setExpanded(True)
            top.setExpanded(True)
        self.summary.setText(f"导入了 {taken} 张表，跳过 {skipped} 个工作表，{unplaced} 个单元格未能放入表中。"
                             "点击一行可转到相应的栏目。")
        self.show()
        self.raise_()

    def lines(self) -> list[str]:
        """Every line shown, depth first (for tests and screen readers)."""
        out: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item.text(0))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def _activated(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.fieldActivated.emit(path)
