"""The findings of the shown form: severity icon and message; activating one jumps to its field."""

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..rules.findings import SEVERITY_LABELS, Finding
from .analysis import TODO
from .document import Document
from .forms.ui_findings import Ui_FindingsPanel
from .marks import ERROR_COLOUR, TODO_COLOUR, WARNING_COLOUR

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_LABELS = {**SEVERITY_LABELS, TODO: "待填写"}
_COLOURS = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR, TODO: TODO_COLOUR}
FEW_ROWS = 8  # at most this many findings changed: the view is told row by row, else the list is reset
_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    def __init__(self, parent=None, same_size: Callable[[str, str], bool] | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        # Whether two messages take the same room in the view (default: never assumed).
        self._same_size = same_size or (lambda _old, _new: False)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show `findings`; a keystroke usually changes, adds or drops a finding or two, and only those rows are
        told to the view, which keeps the layout of the rest (hundreds of wrapped messages in a long form)."""
        if findings == self.findings:
            return
        old, new = self.findings, list(findings)
        head = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        old_rows, new_rows = range(head, len(old) - tail), range(head, len(new) - tail)
        if max(len(old_rows), len(new_rows)) > FEW_ROWS:
            # Another form, or most findings changed: one reset is cheaper than telling the view row by row.
            self.beginResetModel()
            self.findings = new
            self.endResetModel()
            return
        if len(old_rows) == len(new_rows):
            if not all(self._same_size(old[row].message, new[row].message) for row in old_rows):
                self.beginResetModel()
                self.findings = new
                self.endResetModel()
                return
            self.findings = new
            self.dataChanged.emit(self.index(head), self.index(head + len(new_rows) - 1))
            return
        if old_rows:
            self.beginRemoveRows(QModelIndex(), old_rows.start, old_rows.stop - 1)
            self.findings = old[:head] + old[len(old) - tail:]
            self.endRemoveRows()
        if new_rows:
            self.beginInsertRows(QModelIndex(), new_rows.start, new_rows.stop - 1)
            self.findings = new
            self.endInsertRows()
        self.findings = new

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(_COLOURS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{_LABELS[finding.severity]}（{finding.code}）\n{finding.message}\n单击跳到对应的栏目"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_LABELS[finding.severity]}：{finding.message}"
        if role == PATH_ROLE:
            return finding.path
        return None


@cache
def severity_icon(severity: str) -> QIcon:
    pixmap = QStyle.StandardPixmap
    pixmaps = {"error": pixmap.SP_MessageBoxCritical, TODO: pixmap.SP_MessageBoxInformation}
    return QApplication.style().standardIcon(pixmaps.get(severity, pixmap.SP_MessageBoxWarning))


class FindingDelegate(QStyledItemDelegate):
    """Icon and word-wrapped message. Sizes are cached per message and width: re-checking on every
    keystroke resets the list, and measuring hundreds of wrapped messages each time would make typing lag."""

    ICON = 16
    MARGIN = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], QSize] = {}

    def _text_rect(self, rect: QRect) -> QRect:
        left = rect.left() + self.ICON + 2 * self.MARGIN
        return QRect(left, rect.top() + self.MARGIN, rect.right() - left - self.MARGIN, rect.height() - 2 * self.MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        model = index.model()
        # Asked for every row whenever the list is laid out: the message straight from our model, not via data().
        text = model.findings[index.row()].message if isinstance(model, FindingsModel) else index.data() or ""
        return self._size(text, width, option.fontMetrics)

    def _size(self, text: str, width: int, metrics: QFontMetrics) -> QSize:
        key = (text, width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4096:
                self._sizes.clear()
            room = self._text_rect(QRect(0, 0, width, 0)).width()
            bounds = metrics.boundingRect(QRect(0, 0, max(room, 20), 100_000), Qt.TextFlag.TextWordWrap, text)
            size = QSize(width, max(bounds.height(), self.ICON) + 2 * self.MARGIN)
            self._sizes[key] = size
        return size

    def same_size(self, first: str, second: str) -> bool:
        """Whether two messages wrap to the same height in the view as it is now."""
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return False
        width, metrics = view.viewport().width(), view.fontMetrics()
        return self._size(first, width, metrics) == self._size(second, width, metrics)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left() + self.MARGIN, rect.top() + self.MARGIN, self.ICON, self.ICON))
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected or not isinstance(colour, QColor):
            colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(colour)
        painter.drawText(self._text_rect(rect), Qt.TextFlag.TextWordWrap, text)
        painter.restore()


class FindingsPanel(QWidget):
    findingActivated = Signal(str)   # the finding's path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        delegate = FindingDelegate(self.ui.list)
        self.model = FindingsModel(self, delegate.same_size)
        self.ui.list.setModel(self.model)
        self.ui.list.setItemDelegate(delegate)
        # One click goes to the field (and Enter on a chosen finding, as before).
        self.ui.list.clicked.connect(self._go)
        self.ui.list.activated.connect(self._go)

    def _go(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if isinstance(path, str):
            self.findingActivated.emit(path)

    def show_form(self, document: Document, index: int) -> None:
        if index < 0:
            self.model.set_findings([])
            self.ui.summary.setText("")
            return
        analysis = document.analysis(index)
        findings = document.findings(index)
        self.model.set_findings(findings)
        errors = document.errors(index)
        text = f"错误 {errors} 处，警告 {analysis.warnings} 处" if findings else "没有发现问题。"
        if analysis.calm and not errors:
            text = f"新表，还有 {analysis.todo} 项待填写。开始填写后，问题会按错误和警告标出。"
        self.ui.summary.setText(text)
