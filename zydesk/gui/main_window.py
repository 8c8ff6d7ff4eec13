"""The main window: navigator, form editor and findings around one document; menus and shortcuts."""

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from .. import __version__
from ..model.edits import form_index
from . import window_layout
from .analysis import relative_path
from .autosave import Autosave
from .bindings import flush_focused
from .dialogs import Messages
from .document import Document
from .file_actions import FileController
from .forms.ui_main_window import Ui_MainWindow
from .icons import icon
from .lock_owner import owner_text
from .menus import install_menus
from .settings import Settings
from .status_notes import EDIT, StatusNotes
from .workbook_actions import WorkbookController

if TYPE_CHECKING:
    from .print_actions import PrintController


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or Settings()
        self.document: Document | None = None
        self._forms_changing = False
        self.editor = self.ui.editor
        self.navigator = self.ui.navigator
        self.findings = self.ui.findings
        self.bundle_bar = self.ui.bundleBar
        self.notes = StatusNotes(self.statusBar(), self)
        self.files = FileController(self)
        self._printing: PrintController | None = None
        self.workbooks = WorkbookController(self)
        self._setup_actions()
        install_menus(self)
        self.read_only_banner = self.ui.accessBanner
        self.autosave = Autosave(self)
        self.navigator.currentChanged.connect(self._show_form)
        self.findings.findingActivated.connect(self.reveal)
        self.bundle_bar.signaturesRequested.connect(self.edit_signatures)
        window_layout.set_up_panels(self.ui.splitter)
        window_layout.restore(self, self.ui.splitter, self.settings)

    @property
    def printing(self) -> "PrintController":
        """The print commands, loaded at the first print: a start prints nothing."""
        if self._printing is None:
            from .print_actions import PrintController

            self._printing = PrintController(self)
        return self._printing

    # ---- actions ----------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        for action, name in ((ui.actionNew, "new"), (ui.actionOpen, "open"), (ui.actionSave, "save"),
                             (ui.actionUndo, "undo"), (ui.actionRedo, "redo"), (ui.actionPreview, "preview"),
                             (ui.actionPrint, "print"), (ui.actionAddForm, "add"), (ui.actionDeleteForm, "remove"),
                             (ui.actionMoveFormUp, "up"), (ui.actionMoveFormDown, "down"),
                             (ui.actionDuplicateForm, "form")):
            action.setIcon(icon(name))
        for action in (ui.actionNew, ui.actionOpen, ui.actionSave, ui.actionUndo, ui.actionRedo, ui.actionPreview,
                       ui.actionPrint):
            action.setIconText(_plain(action.text()))
        ui.actionUndo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        ui.actionUndo.triggered.connect(lambda: self.document and self.document.undo())
        ui.actionRedo.triggered.connect(lambda: self.document and self.document.redo())
        ui.actionNew.triggered.connect(self.files.new)
        ui.actionOpen.triggered.connect(lambda: self.files.open())
        ui.actionSave.triggered.connect(self.files.save)
        ui.actionSaveAs.triggered.connect(self.files.save_as)
        ui.actionNewYear.triggered.connect(self.files.new_year)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionPreview.triggered.connect(lambda: self.printing.preview())
        ui.actionExportPdf.triggered.connect(lambda: self.printing.export_pdf())
        ui.actionPrint.triggered.connect(lambda: self.printing.print_())
        ui.actionPrintCurrent.triggered.connect(lambda: self.printing.preview_current())
        ui.actionPrintChosen.triggered.connect(lambda: self.printing.preview_chosen())
        ui.actionSignatures.triggered.connect(self.edit_signatures)
        ui.actionSettings.triggered.connect(self.edit_settings)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionAddForm.triggered.connect(lambda: self._form_action("add"))
        ui.actionDuplicateForm.triggered.connect(lambda: self._form_action("duplicate"))
        ui.actionDeleteForm.triggered.connect(lambda: self._form_action("delete"))
        ui.actionMoveFormUp.triggered.connect(lambda: self._form_action("up"))
        ui.actionMoveFormDown.triggered.connect(lambda: self._form_action("down"))
        self.navigator.set_actions(ui.actionAddForm, ui.actionDuplicateForm, ui.actionDeleteForm,
                                   ui.actionMoveFormUp, ui.actionMoveFormDown)
        ui.menuRecent.aboutToShow.connect(self.files.fill_recent_menu)
        ui.actionSummary.triggered.connect(self._summary)

    def _summary(self) -> None:
        from .summary_dialog import open_summary  # a rare dialog: loaded when asked for, not at every start

        open_summary(self, self.document, self.navigator.select)

    def _form_action(self, what: str) -> None:
        document, current = self.document, self.navigator.current()
        if document is None:
            return
        document.flush()
        if what == "add":
            document.add_form(current + 1)
        elif current < 0:
            return
        elif what == "duplicate":
            document.duplicate_form(current)
        elif what == "delete":
            document.remove_form(current)
            self.notes.show("已删除表；按 Ctrl+Z 可撤销", EDIT)
        else:
            document.move_form(current, -1 if what == "up" else +1)

    def _update_form_actions(self) -> None:
        count = len(self.document.bundle.forms) if self.document else 0
        current = self.navigator.current()
        has = 0 <= current < count
        self.ui.actionDuplicateForm.setEnabled(has)
        self.ui.actionDeleteForm.setEnabled(has)
        self.ui.actionMoveFormUp.setEnabled(has and current > 0)
        self.ui.actionMoveFormDown.setEnabled(has and current < count - 1)
        self.ui.actionPrintCurrent.setEnabled(has)
        self.ui.actionPrintChosen.setEnabled(count > 0)

    # ---- the document -----------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show `document` in this window (the previous one is dropped; the caller has asked to save)."""
        old, self.document = self.document, document
        document.setParent(self)
        document.set_flush(flush_focused)
        document.form_defaults = self.settings.form_defaults()
        self.notes.follow(document)
        stack = document.undo_stack
        stack.cleanChanged.connect(self._update_title)
        stack.canUndoChanged.connect(self.ui.actionUndo.setEnabled)
        stack.canRedoChanged.connect(self.ui.actionRedo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.ui.actionUndo.setEnabled(False)
        self.ui.actionRedo.setEnabled(False)
        document.pathChanged.connect(self._update_title)
        document.accessChanged.connect(self._update_title)
        document.message.connect(self._message)
        self.navigator.set_document(document)
        self.editor.set_document(document)
        self.bundle_bar.set_document(document)
        document.formsAboutToChange.connect(self._forms_about_to_change)
        document.formsChanged.connect(self._forms_changed)
        document.revealRequested.connect(self.reveal)
        document.analysisChanged.connect(self._analysis_changed)
        document.valueChanged.connect(self._value_changed)
        if old is not None:
            if old.lock is not document.lock:
                old.release()
            old.setParent(None)
            old.deleteLater()
        self.autosave.document_changed(document)
        self._update_title()
        self.navigator.select(0)
        if not document.bundle.forms:
            self._show_form(-1)
        self.editor.focus_first()

    def _undo_text(self, text: str) -> None:
        self.ui.actionUndo.setText(f"撤销 {text}" if text else "撤销(&U)")
        self.ui.actionUndo.setIconText("撤销")

    def _redo_text(self, text: str) -> None:
        self.ui.actionRedo.setText(f"重做 {text}" if text else "重做(&R)")
        self.ui.actionRedo.setIconText("重做")

    def _message(self, text: str) -> None:
        self.notes.show(text, EDIT)

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            return
        read_only = "（只读）" if document.read_only or document.unwritable else ""
        # Qt adds the program's display name ("… — zydesk 绩效自评表") itself on every desktop.
        self.setWindowTitle(f"{document.display_name()}{read_only}[*]")
        self.setWindowModified(document.is_modified())
        self.read_only_banner.setVisible(document.read_only or bool(document.unwritable))
        if document.unwritable and not document.read_only:
            self.read_only_banner.setText(f"<b>只读</b>　{html.escape(document.unwritable)}：可以查看和修改，"
                                          "但不能保存到这里；请用“另存为”保存到另一个文件夹。")
        if document.read_only:
            self.read_only_banner.setText(f"<b>只读</b>　{html.escape(owner_text(document.owner))}"
                                          "可以查看和修改，但不能保存到这个文件；请用“另存为”保存到另一个文件。")

    def _show_form(self, index: int) -> None:
        if self.document is None:
            return
        self.editor.show_form(index)
        self._analysis_changed(index)
        self._update_form_actions()

    def _forms_about_to_change(self) -> None:
        self._forms_changing = True

    def _forms_changed(self, show: int) -> None:
        self._forms_changing = False
        self.navigator.select(show)
        if show < 0 or self.navigator.current() != show:
            self._show_form(self.navigator.current())
        self._update_form_actions()

    def _analysis_changed(self, form: int) -> None:
        current = self.navigator.current()
        if self.document is None or self._forms_changing or form not in (-1, current):
            return
        self.findings.show_form(self.document, current)
        by_path = self.document.analysis(current).by_path if current >= 0 else {}
        self.bundle_bar.show_findings(by_path)

    def _value_changed(self, path: str) -> None:
        if path in self.bundle_bar.bindings:
            self.bundle_bar.load(path)

    def reveal(self, path: str) -> None:
        """Show the field at `path` (switching forms if needed) and put the cursor in it."""
        target = form_index(path)
        if target is not None and target != self.navigator.current():
            self.navigator.select(target)
        if path in self.bundle_bar.bindings:
            widget = self.bundle_bar.bindings[path].widget
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if path.startswith("signatures."):
            return
        self.editor.reveal(relative_path(path, f"forms[{self.navigator.current()}]"))

    # ---- dialogs ----------------------------------------------------------------------------

    def edit_signatures(self) -> None:
        from .signatures_dialog import SignaturesDialog  # loaded when asked for, not at every start

        if self.document is None:
            return
        self.document.flush()
        current = self.document.bundle.signatures.model_dump()
        chosen = SignaturesDialog.ask(self, current)
        if chosen is not None:
            self.document.edit_many({f"signatures.{k}": v for k, v in chosen.items()}, "修改签字栏")

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if SettingsDialog.ask(self, self.settings):
            self.autosave.configure(self.settings.autosave_seconds)
            if self.document is not None:
                self.document.form_defaults = self.settings.form_defaults()

    def _about(self) -> None:
        Messages.info(self, "关于 zydesk",
                      f"zydesk {__version__}\n项目支出绩效自评表的填写、检查与打印。\n所有数据只保存在本机文件中。")

    # ---- window -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_close():
            event.ignore()
            return
        # Saved or discarded: the recovery copy goes, and the lock, so others may edit the file now.
        self.autosave.stop()
        if self.document is not None:
            self.document.release()
        window_layout.save(self, self.ui.splitter, self.settings)
        event.accept()


def _plain(text: str) -> str:
    """`打开(&O)…` -> `打开`: toolbar buttons show no mnemonic or ellipsis."""
    return text.split("(&")[0].rstrip("…")
