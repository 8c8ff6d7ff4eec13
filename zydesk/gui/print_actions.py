"""Print commands: preview, export PDF and print, all from the core's PDF; errors are confirmed first."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from .dialogs import PDF_FILTER, Messages, PrintConfirm, SaveFileDialog, forms_text

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

    def options(self, forms: list[int] | None = None) -> "PrintOptions":
        from ..printing import PrintOptions

        settings = self.window.settings
        return PrintOptions(forms=forms, signatures=settings.print_signatures, rate_decimals=settings.rate_decimals,
                            font_file=settings.font_file)

    def render(self, forms: list[int] | None = None) -> "tuple[bytes, PrintResult] | None":
        """The PDF of `forms` (1-based numbers, None: every form), or None after telling the user why there is none."""
        from ..printing import PrintError, render_pdf_bytes

        document = self.window.document
        if document is None:
            return None
        document.flush()
        if not document.bundle.forms:
            Messages.info(self.window, "没有可打印的表", "本文件还没有表。")
            return None
        try:
            return render_pdf_bytes(document.bundle, self.options(forms))
        except PrintError as exc:
            Messages.error(self.window, "无法生成 PDF", str(exc))
            return None

    def confirm_errors(self, parent: QWidget | None = None, forms: list[int] | None = None) -> bool:
        """Errors in the forms to print are confirmed, naming those forms (`表 3、表 4`)."""
        document = self.window.document
        if document is None:
            return False
        document.flush()
        numbers = forms if forms is not None else list(range(1, len(document.bundle.forms) + 1))
        numbers = [n for n in numbers if 1 <= n <= len(document.bundle.forms)]
        errors = document.total_errors([n - 1 for n in numbers])
        if not errors:
            return True
        return PrintConfirm.ask(parent or self.window, errors, [n for n in numbers if document.real_errors(n - 1)])

    def _pages(self, data: bytes) -> "PdfPages":
        from .pdf_pages import PdfPages

        return PdfPages(data)

    # ---- the three commands -------------------------------------------------------------------

    def preview(self, forms: list[int] | None = None) -> None:
        from .preview import PreviewDialog

        rendered = self.render(forms)
        if rendered is not None:
            data, result = rendered
            PreviewDialog.ask(self.window, self._pages(data), result, self, forms=forms)

    def preview_current(self) -> None:
        """Only the form on screen, as `--forms N` does."""
        current = self.window.navigator.current()
        if self.window.document is not None and current >= 0:
            self.preview([current + 1])

    def preview_chosen(self) -> None:
        """The forms the user ticks (the one on screen ticked to start with), in file order."""
        from .form_choice import FormsChoice  # a rare dialog: loaded when asked for, not at every start

        document = self.window.document
        if document is None or not document.bundle.forms:
            return
        document.flush()
        names = [form.project_name for form in document.bundle.forms]
        chosen = FormsChoice.ask(self.window, names, [self.window.navigator.current() + 1])
        if chosen:
            self.preview(chosen)

    def export_pdf(self, parent: QWidget | None = None, forms: list[int] | None = None) -> bool:
        from ..printing import PrintError, render_pdf

        parent = parent or self.window
        document = self.window.document
        if document is None or not self.confirm_errors(parent, forms):
            return False
        name = document.path.name.removesuffix(".json").removesuffix(".zyd") if document.path else document.bundle.title
        if forms is not None and len(forms) < len(document.bundle.forms):
            name += f"（{forms_text(forms, 3).replace(' ', '')}）"
        folder = document.path.parent if document.path else Path.home()
        path = SaveFileDialog.ask(parent, str(folder / f"{name}.pdf"), "导出 PDF", PDF_FILTER)
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            result = render_pdf(document.bundle, path, self.options(forms))
        except PrintError as exc:
            Messages.error(parent, "导出失败", f"{path.name}：{exc}")
            return False
        note = "；".join(result.warnings)
        self.window.statusBar().showMessage(f"已导出 {path}（{result.pages} 页）" + (f"。注意：{note}" if note else ""),
                                            10_000)
        return True

    def print_(self, forms: list[int] | None = None) -> None:
        if not self.confirm_errors(forms=forms):
            return
        rendered = self.render(forms)
        if rendered is not None:
            self.print_pages(self._pages(rendered[0]), self.window, confirmed=True)

    def print_pages(self, pages: "PdfPages", parent: QWidget | None = None, confirmed: bool = False,
                    forms: list[int] | None = None) -> bool:
        from .pdf_pages import a4_printer, print_pages

        if not confirmed and not self.confirm_errors(parent, forms):
            return False
        printer = a4_printer()
        if not PrintDialog.ask(parent or self.window, printer, pages.page_count()):
            return False
        sent = print_pages(pages, printer)
        self.window.statusBar().showMessage(f"已发送 {sent} 页到打印机", 10_000)
        return sent > 0
