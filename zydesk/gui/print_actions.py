"""Print commands: preview, export PDF and print, all from the core's PDF; errors are confirmed first."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from .dialogs import PDF_FILTER, Messages, PrintConfirm, SaveFileDialog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..printing import PrintOptions, PrintResult
    from .main_window import MainWindow
    from .pdf_pages import PdfPages


class PrintDialog:
    """The system print dialog; the printer is already set to A4 at 100 %."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: "QPrinter", pages: int) -> bool:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("打印")
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted


class PrintController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def options(self) -> "PrintOptions":
        from ..printing import PrintOptions

        settings = self.window.settings
        return PrintOptions(signatures=settings.print_signatures, rate_decimals=settings.rate_decimals,
                            font_file=settings.font_file)

    def render(self) -> "tuple[bytes, PrintResult] | None":
        """The PDF of every form, or None after telling the user why there is none."""
        from ..printing import PrintError, render_pdf_bytes

        document = self.window.document
        if document is None:
            return None
        document.flush()
        if not document.bundle.forms:
            Messages.info(self.window, "没有可打印的表", "本文件还没有表。")
            return None
        try:
            return render_pdf_bytes(document.bundle, self.options())
        except PrintError as exc:
            Messages.error(self.window, "无法生成 PDF", str(exc))
            return None

    def confirm_errors(self, parent: QWidget | None = None) -> bool:
        document = self.window.document
        if document is None:
            return False
        document.flush()
        errors = document.total_errors()
        if not errors:
            return True
        forms = sum(1 for i in range(len(document.bundle.forms)) if document.errors(i))
        return PrintConfirm.ask(parent or self.window, errors, forms)

    def _pages(self, data: bytes) -> "PdfPages":
        from .pdf_pages import PdfPages

        return PdfPages(data)

    # ---- the three commands -------------------------------------------------------------------

    def preview(self) -> None:
        from .preview import PreviewDialog

        rendered = self.render()
        if rendered is not None:
            data, result = rendered
            PreviewDialog.ask(self.window, self._pages(data), result, self)

    def export_pdf(self, parent: QWidget | None = None) -> bool:
        from ..printing import PrintError, render_pdf

        parent = parent or self.window
        document = self.window.document
        if document is None or not self.confirm_errors(parent):
            return False
        name = document.path.name.removesuffix(".json").removesuffix(".zyd") if document.path else document.bundle.title
        folder = document.path.parent if document.path else Path.home()
        path = SaveFileDialog.ask(parent, str(folder / f"{name}.pdf"), "导出 PDF", PDF_FILTER)
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            result = render_pdf(document.bundle, path, self.options())
        except PrintError as exc:
            Messages.error(parent, "导出失败", f"{path.name}：{exc}")
            return False
        note = "；".join(result.warnings)
        self.window.statusBar().showMessage(f"已导出 {path}（{result.pages} 页）" + (f"。注意：{note}" if note else ""),
                                            10_000)
        return True

    def print_(self) -> None:
        if not self.confirm_errors():
            return
        rendered = self.render()
        if rendered is not None:
            self.print_pages(self._pages(rendered[0]), self.window, confirmed=True)

    def print_pages(self, pages: "PdfPages", parent: QWidget | None = None, confirmed: bool = False) -> bool:
        from .pdf_pages import a4_printer, print_pages

        if not confirmed and not self.confirm_errors(parent):
            return False
        printer = a4_printer()
        if not PrintDialog.ask(parent or self.window, printer, pages.page_count()):
            return False
        sent = print_pages(pages, printer)
        self.window.statusBar().showMessage(f"已发送 {sent} 页到打印机", 10_000)
        return sent > 0
