"""The scrollable form editor: the sections of one form top to bottom, kept in step with the document."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...model.edits import form_index, split_path
from ...rules.findings import Finding
from ..after_paint import after_first_paint
from ..analysis import relative_path
from ..bindings import Binding
from ..document import Document
from ..tab_order import TabChain
from ..viewport import python_viewport
from .funds_section import FundsSection
from .goal_section import GoalSection
from .header_section import HeaderSection
from .indicators_section import IndicatorsSection
from .sticky_header import StickyHeader
from .totals_section import TotalsSection

REVEAL_MARGIN = 80   # clear of the sticky indicator headings


class FormEditor(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        python_viewport(self, QPalette.ColorRole.NoRole)
        self.setWidgetResizable(True)
        self.setObjectName("formEditor")
        page = QWidget(self)
        page.setObjectName("page")
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        self.caption = QLabel(page)
        self.caption.setObjectName("caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel("本文件还没有表。请点击左侧的“新增表”。", page)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header = HeaderSection(page)
        self.funds = FundsSection(page)
        self.goal = GoalSection(page)
        self.indicators = IndicatorsSection(page)
        self.totals = TotalsSection(page)
        self.sections = (self.header, self.funds, self.goal, self.indicators, self.totals)
        self.indicators.rowsAdded.connect(self._rows_added)
        layout.addWidget(self.caption)
        layout.addWidget(self.empty)
        for section in self.sections:
            section.setObjectName(type(section).__name__)
            section.setFrameShape(QFrame.Shape.StyledPanel)
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(page)
        self.sticky = StickyHeader(self, self.indicators, self.indicators.heading)
        self.document: Document | None = None
        self.index = -1
        self.registry: dict[str, Binding] = {}
        # The findings by field key the bindings were last given (None: give every binding its findings).
        self._marked: dict[str, list[Finding]] | None = None
        self._tab_chain = TabChain()
        self._chain_waiting = False

    # ---- document ---------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.valueChanged.disconnect(self._value_changed)
            self.document.indicatorsChanged.disconnect(self._indicators_changed)
            self.document.analysisChanged.disconnect(self._analysis_changed)
            self.document.formsAboutToChange.disconnect(self._forms_about_to_change)
        self.document = document
        document.valueChanged.connect(self._value_changed)
        document.indicatorsChanged.connect(self._indicators_changed)
        document.analysisChanged.connect(self._analysis_changed)
        document.formsAboutToChange.connect(self._forms_about_to_change)
        self.index = -1

    def show_form(self, index: int) -> None:
        """Bind every section to form `index` (-1: none), reusing widgets."""
        assert self.document is not None
        has_form = 0 <= index < len(self.document.bundle.forms)
        switched = index != self.index
        self.index = index if has_form else -1
        self.empty.setVisible(not has_form)
        for section in self.sections:
            section.setVisible(has_form)
        self._show_caption()
        if not has_form:
            self._unbind()
            return
        for section in self.sections:
            section.bind(self.document, index)
        self._rebuild_registry()
        self._refresh()
        if switched:  # another form starts at its top, not at the previous form's scroll position
            self.verticalScrollBar().setValue(0)
            self.horizontalScrollBar().setValue(0)

    def _rebuild_registry(self) -> None:
        self.registry = {}
        self._marked = None
        for section in self.sections:
            self.registry.update(section.bindings)
        if self.window().isVisible():
            self._apply_tab_chain()
        elif not self._chain_waiting:
            # Opening the editor: nobody can press Tab before the window is on screen, and checking the chain
            # walks the inner widgets of every text box, which has PySide6 make all its widget classes (about a
            # twentieth of the start). So the chain is set in the event loop's turn after the first paint.
            self._chain_waiting = True
            after_first_paint(self.window(), self._apply_tab_chain)

    def _apply_tab_chain(self) -> None:
        self._chain_waiting = False
        self._tab_chain.apply([w for section in self.sections for w in section.focus_chain()])

    def _refresh(self) -> None:
        document = self.document
        if document is None or self.index < 0:
            return
        for section in self.sections:
            section.refresh(document, self.index)
        by_path = document.analysis(self.index).by_path
        marked, self._marked = self._marked, by_path
        if marked is None:
            for key, binding in self.registry.items():
                binding.set_findings(by_path.get(key, ()))
            return
        # A keystroke changes the findings of a field or two: only those of 1,400 bindings are told.
        for key in marked.keys() | by_path.keys():
            findings = by_path.get(key, ())
            if marked.get(key, ()) != findings:
                binding = self.registry.get(key)
                if binding is not None:
                    binding.set_findings(findings)

    def _show_caption(self) -> None:
        if self.document is None:
            return
        bundle = self.document.bundle
        year = f"（{bundle.year}年度）" if bundle.year is not None else "（年度未填）"
        forms = len(bundle.forms)
        where = f"第 {self.index + 1} 张，共 {forms} 张" if self.index >= 0 else ""
        text = (f'<div style="font-size:15pt; font-weight:bold">{escape(bundle.title)}</div>'
                f"<div>{year}</div><div style='color:#5f6368'>{where}</div>")
        if self.caption.text() != text:
            self.caption.setText(text)

    def _value_changed(self, path: str) -> None:
        if split_path(path)[0] in ("title", "year"):
            self._show_caption()
            return
        if form_index(path) != self.index:
            return
        binding = self.registry.get(relative_path(path, f"forms[{self.index}]"))
        if binding is not None:
            binding.load()

    def _indicators_changed(self, form: int) -> None:
        if form == self.index and self.document is not None:
            self.indicators.bind(self.document, form)
            self._rebuild_registry()

    def _rows_added(self) -> None:
        # Rows of a long form made after the first paint: their fields join the registry, marks and Tab order.
        if self.index >= 0:
            self._rebuild_registry()
            self._refresh()

    def _forms_about_to_change(self) -> None:
        # Form indices are about to shift: nothing is bound until the window picks the form to show.
        self.index = -1
        self._unbind()

    def _unbind(self) -> None:
        for binding in self.registry.values():
            binding.unbind()
        self.registry = {}
        self._marked = None

    def _analysis_changed(self, form: int) -> None:
        if form in (-1, self.index):
            self._refresh()

    # ---- navigation -------------------------------------------------------------------------

    def binding_for(self, key: str) -> Binding | None:
        """The binding of a field key, or of the nearest field under it or above it."""
        if key not in self.registry:
            self.indicators.complete()  # it may be a row not made yet
        while True:
            if key in self.registry:
                return self.registry[key]
            for other, binding in self.registry.items():
                if key and (other.startswith(key + ".") or other.startswith(key + "[")):
                    return binding
            if not key:
                return None
            cut = max(key.rfind("."), key.rfind("["))
            key = key[:cut] if cut > 0 else ""

    def reveal(self, key: str) -> None:
        """Scroll to the field with this key and put the cursor in it."""
        binding = self.binding_for(key)
        if binding is None:
            return
        self.ensureWidgetVisible(binding.widget, REVEAL_MARGIN, REVEAL_MARGIN)
        if binding.widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        if self.index >= 0:
            self.verticalScrollBar().setValue(0)
            self.header.ui.projectName.setFocus(Qt.FocusReason.OtherFocusReason)
