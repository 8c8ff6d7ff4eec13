"""表 → 汇总…: the summary table of the open document, sortable, with 打印 and 导出 (PDF, Excel, CSV).

Modeless: it follows the document as it is edited, and a double-click shows that form in the editor.
"""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..summary import OutputError, Summary, build_summary, bundle_rows, summary_bytes, write_summary
from .dialogs import Messages, SaveFileDialog
from .document import Document
from .summary_model import FORM_INDEX_ROLE, SummaryModel

EXPORT_FILTER = "Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf);;CSV 文件（逗号分隔） (*.csv)"
UNSAVED_NAME = "（未保存）"
MAX_COLUMN_WIDTH = 200


class SummaryDialog(QDialog):
    formRequested = Signal(int)  # 0-based form index of the double-clicked row

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.summary: Summary | None = None
        self.setWindowTitle("汇总")
        self.model = SummaryModel(self)
        self.caption = QLabel(self)
        self.view = QTableView(self)
        self.view.setObjectName("summaryTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._activated)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._activated(self.view.currentIndex()))
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton("打印(&P)…", self)
        self.export_button = QPushButton("导出(&E)…", self)
        self.export_button.setToolTip("导出为 Excel（.xlsx）、PDF 或 CSV")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText("关闭")
        buttons.rejected.connect(self.close)
        self.print_button.clicked.connect(self.print_)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        # Edits re-check a form on every keystroke: refresh once the burst is over, not per signal.
        self._refresh = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        document.analysisChanged.connect(lambda _form: self._refresh.start())
        document.formsChanged.connect(lambda _show: self._refresh.start())
        document.pathChanged.connect(self._refresh.start)
        document.destroyed.connect(self.close)
        self.refresh()
        self.resize(1200, 560)

    def _file_name(self) -> str:
        return self.document.path.name if self.document.path else UNSAVED_NAME

    def refresh(self) -> None:
        bundle = self.document.bundle
        rows = bundle_rows(bundle, self.document.path, display_name=self._file_name())
        self.summary = build_summary(rows)
        header = self.view.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self.model.set_summary(self.summary)
        if 0 <= column < self.model.columnCount():
            self.model.sort(column, order)
        total = self.summary.total
        self.caption.setText(f"{self.summary.title()}　{self._file_name()}：共 {total.forms} 张表，"
                             f"错误 {total.errors} 个，警告 {total.warnings} 个。点击列标题排序，双击一行打开该表。")
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), MAX_COLUMN_WIDTH))

    def _activated(self, index: QModelIndex) -> None:
        form = index.data(FORM_INDEX_ROLE) if index.isValid() else None
        if form is not None and form >= 0:
            self.formRequested.emit(form)

    def _suggested(self, suffix: str) -> Path:
        path = self.document.path
        folder = path.parent if path else Path.home()
        stem = path.name.removesuffix(".json").removesuffix(".zyd") if path else "汇总"
        return folder / f"{stem}-汇总{suffix}"

    def export(self) -> bool:
        self._refresh_now()
        path = SaveFileDialog.ask(self, str(self._suggested(".xlsx")), "导出汇总", EXPORT_FILTER)
        if path is None or self.summary is None:
            return False
        if path.suffix.lower() not in (".xlsx", ".pdf", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        try:
            write_summary(self.summary, path)
        except OutputError as exc:
            Messages.error(self, "导出失败", f"{path.name}：{exc}")
            return False
        self.caption.setText(f"已导出 {path}")
        return True

    def print_(self) -> bool:
        from PySide6.QtGui import QPageLayout

        from .pdf_pages import PdfPages, a4_printer, print_pages
        from .print_actions import PrintDialog

        self._refresh_now()
        if self.summary is None:
            return False
        pages = PdfPages(summary_bytes(self.summary, ".pdf"), self)
        printer = a4_printer()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if not PrintDialog.ask(self, printer, pages.page_count()):
            return False
        sent = print_pages(pages, printer)
        self.caption.setText(f"已发送 {sent} 页到打印机")
        return sent > 0

    def _refresh_now(self) -> None:
        self.document.flush()
        if self._refresh.isActive():
            self._refresh.stop()
        self.refresh()


def open_summary(parent: QWidget, document: Document | None, show_form) -> SummaryDialog | None:
    """Show the summary of `document` (one dialog per document, refreshed when already open)."""
    if document is None:
        return None
    open_ones = [d for d in parent.findChildren(SummaryDialog) if d.isVisible()]
    dialog = open_ones[0] if open_ones else None
    if dialog is not None and dialog.document is document:
        dialog.refresh()
    else:
        if dialog is not None:
            dialog.close()  # deleted on close
        dialog = SummaryDialog(document, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def go(form: int) -> None:
            show_form(form)
            parent.activateWindow()

        dialog.formRequested.connect(go)
    dialog.show()
    dialog.activateWindow()
    return dialog
