"""文件 → 导入 Excel/WPS 表格… (also by dropping a workbook on the window) and 文件 → 导出为 Excel…"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from .dialogs import Messages, SaveFileDialog
from .document import Document

if TYPE_CHECKING:
    from .import_report import ImportReportDock
    from .main_window import MainWindow

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
WORKBOOK_FILTER = "Excel/WPS 表格 (*.xlsx *.xlsm *.xls *.ods *.et);;所有文件 (*)"
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
REPORT_MIN_HEIGHT, REPORT_HEIGHT_PERCENT = 150, 25
_DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class WorkbookOpenDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: str = "") -> list[Path]:
        from PySide6.QtWidgets import QFileDialog  # named when shown: PySide6 builds the class and its enums then

        paths, _ = QFileDialog.getOpenFileNames(parent, "导入 Excel/WPS 表格", directory, WORKBOOK_FILTER)
        return [Path(p) for p in paths]


def workbook_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The dropped local files that look like workbooks."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in WORKBOOK_SUFFIXES]


class WorkbookController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self._report: ImportReportDock | None = None
        window.ui.actionImportWorkbook.triggered.connect(lambda: self.import_workbooks())
        window.ui.actionExportWorkbook.triggered.connect(self.export)
        # On the window only (an application-wide filter would put Python in the path of every Qt event): a
        # drop on the form reaches the window; a text field that takes the text of a drag keeps its own behaviour.
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def report(self) -> "ImportReportDock":
        """The import report, made at the first import (a start needs none of it)."""
        if self._report is None:
            from .import_report import ImportReportDock

            self._report = ImportReportDock(self.window)
            # Below the editor: its lines are long, and the indicator columns need the width a 1366 screen has.
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self._report)
            self._report.hide()
            self._report.fieldActivated.connect(self.window.reveal)
        return self._report

    def _folder(self) -> str:
        document = self.window.document
        if document is not None and document.path is not None:
            return str(document.path.parent)
        recent = self.window.settings.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    def import_workbooks(self, paths: list[Path] | None = None) -> bool:
        """Read workbooks into a new, unsaved document shown with the import report; False if nothing opened."""
        if paths is None:
            paths = WorkbookOpenDialog.ask(self.window, self._folder())
        if not paths or not self.window.files.maybe_close():
            return False
        # The workbook code (and xlsxwriter, openpyxl) is loaded at the first import or export, not at every start.
        from ..workbooks import WorkbookError, import_workbooks

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_workbooks(paths)
        except WorkbookError as exc:
            QApplication.restoreOverrideCursor()
            Messages.error(self.window, "无法导入", f"{Path(exc.path).name}：{exc.reason}")
            return False
        QApplication.restoreOverrideCursor()
        document = Document(result.bundle)
        document.mark_unsaved()
        self.window.set_document(document)
        self.report.show_result(result)
        height = max(REPORT_MIN_HEIGHT, self.window.height() * REPORT_HEIGHT_PERCENT // 100)
        self.window.resizeDocks([self.report], [height], Qt.Orientation.Vertical)
        self.window.statusBar().showMessage(
            f"已从 {len(paths)} 个工作簿导入 {len(result.bundle.forms)} 张表；尚未保存，请核对后保存", 10_000)
        return True

    def export(self) -> bool:
        document = self.window.document
        if document is None:
            return False
        document.flush()
        bundle = document.bundle
        if not bundle.forms:
            Messages.error(self.window, "无法导出", "文件中没有表。")
            return False
        stem = document.path.name.split(".")[0] if document.path else f"{bundle.year or ''}年{bundle.title}"
        path = SaveFileDialog.ask(self.window, str(Path(self._folder()) / f"{stem}.xlsx"), "导出为 Excel",
                                  XLSX_FILTER)
        if path is None:
            return False
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        from ..workbooks import ExportError, export_workbook

        try:
            export_workbook(bundle, path)
        except ExportError as exc:
            Messages.error(self.window, "导出失败", f"{path.name}：{exc.reason}")
            return False
        self.window.statusBar().showMessage(f"已导出 {path}", 10_000)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _DROP_EVENTS or watched is not self.window:
            return False
        paths = workbook_paths(event)
        if not paths:
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.import_workbooks(paths)
        return True
