"""Finding a form in 本文件的表: a filter box (name, department, unit), "only forms with errors", type-ahead."""

from PySide6.QtCore import QElapsedTimer, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

TYPE_AHEAD_MS = 1000


class FormFilter(QSortFilterProxyModel):
    """Forms whose 项目名称, 主管部门 or 实施单位 contain the text (and that have errors, when asked).
    The form being edited always stays: it must not vanish while its last error is being fixed."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.text = ""
        self.errors_only = False
        self.pinned = -1
        self.setDynamicSortFilter(True)

    def set_filter(self, text: str, errors_only: bool) -> None:
        self.change(text=text.strip().casefold(), errors_only=errors_only)

    def pin(self, row: int) -> None:
        self.change(pinned=row)

    def change(self, **values) -> None:
        """Set filter attributes and re-filter (Qt 6.10 wants begin/end; 6.9, for older PCs, has only invalidate)."""
        if not hasattr(QSortFilterProxyModel, "endFilterChange"):
            self.__dict__.update(values)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.__dict__.update(values)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def active(self) -> bool:
        return bool(self.text) or self.errors_only

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        document = getattr(self.sourceModel(), "document", None)
        if document is None or row == self.pinned:
            return True
        form = document.bundle.forms[row]
        if self.text and not any(self.text in value.casefold()
                                 for value in (form.project_name, form.department, form.implementer)):
            return False
        return not self.errors_only or document.errors(row) > 0


class FilterBar(QWidget):
    def __init__(self, proxy: FormFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.proxy = proxy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.search = QLineEdit(self)
        self.search.setObjectName("formSearch")
        self.search.setPlaceholderText("查找：项目名称、部门、单位")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("只列出项目名称、主管部门或实施单位含有这些字的表（Ctrl+F）")
        self.search.setAccessibleName("查找表")
        self.errors = QCheckBox("只看有错误的表", self)
        self.errors.setObjectName("errorsOnly")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.errors)
        layout.addWidget(self.search)
        layout.addLayout(row)
        self.search.textChanged.connect(self._changed)
        self.errors.toggled.connect(self._changed)

    def _changed(self, *_args) -> None:
        self.proxy.set_filter(self.search.text(), self.errors.isChecked())

    def clear(self) -> None:
        self.search.clear()
        self.errors.setChecked(False)


class TypeAhead(QObject):
    """Typing in the list jumps to the first form whose name starts with (or else contains) what was
    typed within a second; Chinese comes in through the input method."""

    def __init__(self, view: QAbstractItemView, name_of):
        super().__init__(view)
        self.view, self.name_of = view, name_of
        self.typed = ""
        self.clock = QElapsedTimer()
        view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.InputMethod and event.commitString():
            self._typed(event.commitString())
            return True
        if event.type() == QEvent.Type.KeyPress and self._printable(event):
            self._typed(event.text())
            return True
        return False

    @staticmethod
    def _printable(event) -> bool:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        return (bool(text) and text.isprintable() and not text.isspace()
                and modifiers == Qt.KeyboardModifier.NoModifier)

    def _typed(self, text: str) -> None:
        if not self.clock.isValid() or self.clock.elapsed() > TYPE_AHEAD_MS:
            self.typed = ""
        self.clock.start()
        self.typed += text
        model = self.view.model()
        rows = range(model.rowCount())
        wanted = self.typed.casefold()
        names = [(row, self.name_of(model.index(row, 0)).casefold()) for row in rows]
        match = next((r for r, n in names if n.startswith(wanted)), None)
        if match is None:
            match = next((r for r, n in names if wanted in n), None)
        if match is not None:
            self.view.setCurrentIndex(model.index(match, 0))
