"""Print preview inside the program: the core's PDF shown with QtPdf, with print and export buttons."""

from typing import TYPE_CHECKING

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from ..printing import PrintResult
from .dialogs import forms_text
from .forms.ui_preview import Ui_PreviewDialog
from .pdf_pages import PdfPages

if TYPE_CHECKING:
    from .print_actions import PrintController

_ZOOMS = (("fit_width", None), ("fit_page", None), ("custom", 1.0), ("custom", 1.5))


class PreviewDialog(QDialog):
    def __init__(self, pages: PdfPages, result: PrintResult, controller: "PrintController",
                 parent: QWidget | None = None, forms: list[int] | None = None):
        super().__init__(parent)
        self.ui = Ui_PreviewDialog()
        self.ui.setupUi(self)
        self.pages, self.controller, self.forms = pages, controller, forms  # forms: None = every form
        pages.setParent(self)
        view = self.ui.view
        view.setDocument(pages.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setPageSpacing(12)
        self.ui.zoom.currentIndexChanged.connect(self._zoom)
        self._zoom(0)
        chosen = "" if forms is None else f"{forms_text(forms)}，"
        self.ui.pages.setText(f"{chosen}共 {pages.page_count()} 页（A4 纵向）")
        if result.warnings:
            self.ui.warnings.setText("注意：" + "；".join(result.warnings))
            self.ui.warnings.setVisible(True)
        self.ui.printButton.clicked.connect(lambda: self.controller.print_pages(self.pages, self, forms=self.forms))
        self.ui.exportButton.clicked.connect(lambda: self.controller.export_pdf(self, self.forms))

    def _zoom(self, index: int) -> None:
        mode, factor = _ZOOMS[index]
        view = self.ui.view
        if mode == "fit_width":
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif mode == "fit_page":
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(factor)

    @classmethod
    def ask(cls, parent: QWidget | None, pages: PdfPages, result: PrintResult, controller: "PrintController",
            forms: list[int] | None = None) -> None:
        dialog = cls(pages, result, controller, parent, forms)
        dialog.resize(1000, 900)
        dialog.exec()
