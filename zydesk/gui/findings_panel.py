"""The findings of the shown form: severity icon and message; activating one jumps to its field."""

from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
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
_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings:
            return
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

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
            return f"{_LABELS[finding.severity]}（{finding.code}）\n{finding.message}\n双击跳到对应的栏目"
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
        text = index.data() or ""
        key = (text, width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4096:
                self._sizes.clear()
            room = self._text_rect(QRect(0, 0, width, 0)).width()
            bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(room, 20), 100_000),
                                                     Qt.TextFlag.TextWordWrap, text)
            size = QSize(width, max(bounds.height(), self.ICON) + 2 * self.MARGIN)
            self._sizes[key] = size
        return size

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
        self.model = FindingsModel(self)
        self.ui.list.setModel(self.model)
        self.ui.list.setItemDelegate(FindingDelegate(self.ui.list))
        self.ui.list.activated.connect(lambda index: self.findingActivated.emit(index.data(PATH_ROLE)))

    def show_form(self, document: Document, index: int) -> None:
        if index < 0:
            self.model.set_findings([])
            self.ui.summary.setText("")
            return
        analysis = document.analysis(index)
        self.model.set_findings(analysis.shown)
        text = f"错误 {analysis.errors} 处，警告 {analysis.warnings} 处" if analysis.findings else "没有发现问题。"
        if analysis.calm:
            text = f"新表，还有 {analysis.todo} 项待填写。开始填写后，问题会按错误和警告标出。"
        self.ui.summary.setText(text)
