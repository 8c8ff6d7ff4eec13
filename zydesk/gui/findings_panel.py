"""The findings of the shown form: severity icon and message; activating one jumps to its field."""

from collections.abc import Callable
from functools import cache
from math import ceil

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
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
from .viewport import python_viewport

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_LABELS = {**SEVERITY_LABELS, TODO: "待填写"}
_COLOURS = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR, TODO: TODO_COLOUR}
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QStandardItemModel):
    """One row per finding. The rows are Qt's own items, with their sizes: when a finding is added or
    dropped the view measures every row again, and with a Python model that meant several calls into
    Python per row (hundreds of rows in a long form) on every keystroke."""

    def __init__(self, parent=None, row_size: Callable[[str], QSize | None] | None = None):
        super().__init__(parent)
        self.setColumnCount(1)
        self.findings: list[Finding] = []
        self._keys: list[tuple[str, str, str, str]] = []   # the findings' fields, as shown
        # The room a message takes in the view as it is now (None: the view measures it).
        self._row_size = row_size or (lambda _message: None)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show `findings`. A keystroke usually adds or drops a finding or two: only those rows are replaced,
        and the view keeps the rest (and which one is chosen)."""
        # Compared as tuples: hundreds of dataclass comparisons in Python cost more than the rest of the update.
        old, new = self._keys, [(f.code, f.severity, f.path, f.message) for f in findings]
        if new == old:
            return
        head = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        dropped, added = len(old) - tail - head, len(new) - tail - head
        self._keys, self.findings = new, list(findings)
        if dropped:
            self.removeRows(head, dropped)
        if added:
            self.invisibleRootItem().insertRows(head, [self._item(f) for f in self.findings[head:head + added]])

    def _item(self, finding: Finding) -> QStandardItem:
        item = QStandardItem(finding.message)
        item.setFlags(_FLAGS)
        item.setData(severity_icon(finding.severity), Qt.ItemDataRole.DecorationRole)
        item.setData(_colour(finding.severity), Qt.ItemDataRole.ForegroundRole)
        item.setData(f"{_LABELS[finding.severity]}（{finding.code}）\n{finding.message}\n单击跳到对应的栏目",
                     Qt.ItemDataRole.ToolTipRole)
        item.setData(f"{_LABELS[finding.severity]}：{finding.message}", Qt.ItemDataRole.AccessibleTextRole)
        item.setData(finding.path, PATH_ROLE)
        size = self._row_size(finding.message)
        if size is not None:
            item.setSizeHint(size)
        return item

    def measure_again(self) -> None:
        """The view's width or font changed: every row's size again, then one new layout of the view."""
        self.layoutAboutToBeChanged.emit()
        blocked = self.blockSignals(True)   # one layout for all rows, not one update per row
        try:
            for row, finding in enumerate(self.findings):
                size = self._row_size(finding.message)
                item = self.item(row)
                if size is not None and item is not None:
                    item.setSizeHint(size)
        finally:
            self.blockSignals(blocked)
        self.layoutChanged.emit()


@cache
def severity_icon(severity: str) -> QIcon:
    pixmap = QStyle.StandardPixmap
    pixmaps = {"error": pixmap.SP_MessageBoxCritical, TODO: pixmap.SP_MessageBoxInformation}
    return QApplication.style().standardIcon(pixmaps.get(severity, pixmap.SP_MessageBoxWarning))


class FindingDelegate(QStyledItemDelegate):
    """Icon and word-wrapped message. Adding or dropping one finding moves the rows under it, so every
    visible row is painted again on such a keystroke: a row in its plain state (not chosen, not under the
    mouse) is drawn once into a pixmap that later paints copy, instead of wrapping its message again. The
    rows' sizes are the model's (see FindingsModel), measured here once per message and width."""

    ICON = 16
    MARGIN = 4
    KEPT = 2048     # measured messages kept; a long form has a few hundred
    PIXMAPS = 96    # drawn rows kept: a screenful or three
    _LIVELY = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._sizes: dict[tuple[str, int], QSize] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._font = QFont(view.font())
        self.row_width: int | None = None   # the width rows were measured at, set by the panel (None: not yet)

    def font_changed(self) -> bool:
        """Take the view's font; whether it differs from the one the messages were measured in."""
        font = self._view.font()
        if font == self._font and font.key() == self._font.key():
            return False
        self._font = QFont(font)
        self._sizes.clear()
        self._pixmaps.clear()
        return True

    def _text_rect(self, rect: QRect) -> QRect:
        left = rect.left() + self.ICON + 2 * self.MARGIN
        return QRect(left, rect.top() + self.MARGIN, rect.right() - left - self.MARGIN, rect.height() - 2 * self.MARGIN)

    def size(self, text: str, width: int) -> QSize:
        """The room the message takes in a row `width` wide."""
        key = (text, width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.KEPT:
                self._sizes.clear()
            room = self._text_rect(QRect(0, 0, width, 0)).width()
            bounds = QFontMetrics(self._font).boundingRect(QRect(0, 0, max(room, 20), 100_000),
                                                           Qt.TextFlag.TextWordWrap, text)
            size = QSize(width, max(bounds.height(), self.ICON) + 2 * self.MARGIN)
            self._sizes[key] = size
        return size

    def row_size(self, message: str) -> QSize | None:
        """The room `message` takes in the view at its present width; None while the view is hidden (it is
        measured when shown, at the width it has then)."""
        if not self._view.isVisible():
            return None
        return self.size(message, self.row_width or self._view.viewport().width())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        if isinstance(model, FindingsModel) and 0 <= index.row() < len(model.findings):
            finding = model.findings[index.row()]
            text, severity = finding.message, finding.severity
        else:
            text, severity = index.data() or "", None
        if option.state & self._LIVELY:
            self._draw(painter, option, text, severity)
        else:
            painter.drawPixmap(option.rect.topLeft(), self._plain_row(painter, option, text, severity))

    def _plain_row(self, painter: QPainter, option: QStyleOptionViewItem, text: str, severity: str | None) -> QPixmap:
        """The row drawn on the list's background, from the pixmaps kept (most recently used last)."""
        size = option.rect.size()
        ratio = painter.device().devicePixelRatioF()
        background = option.palette.base().color()
        key = (text, severity, size.width(), size.height(), ratio, background.rgba(), self._view.viewport().width())
        pixmap = self._pixmaps.pop(key, None)
        if pixmap is None:
            while len(self._pixmaps) >= self.PIXMAPS:
                self._pixmaps.pop(next(iter(self._pixmaps)))
            pixmap = QPixmap(ceil(size.width() * ratio), ceil(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(background)
            plain = QStyleOptionViewItem(option)
            plain.rect = QRect(QPoint(0, 0), size)
            into = QPainter(pixmap)
            self._draw(into, plain, text, severity)
            into.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def _draw(self, painter: QPainter, option: QStyleOptionViewItem, text: str, severity: str | None) -> None:
        # The row's background (selection, hover, focus) as the style draws it, without text or icon.
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect
        if severity is not None:
            severity_icon(severity).paint(painter, QRect(rect.left() + self.MARGIN, rect.top() + self.MARGIN,
                                                         self.ICON, self.ICON))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or severity is None:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        else:
            colour = _colour(severity)
        painter.save()
        painter.setPen(colour)
        painter.setFont(self._font)
        painter.drawText(self._text_rect(rect), Qt.TextFlag.TextWordWrap, text)
        painter.restore()


@cache
def _colour(severity: str) -> QColor:
    return QColor(_COLOURS[severity])


class FindingsPanel(QWidget):
    findingActivated = Signal(str)   # the finding's path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        self.delegate = FindingDelegate(self.ui.list)
        self.model = FindingsModel(self, self.delegate.row_size)
        self.ui.list.setModel(self.model)
        self.ui.list.setItemDelegate(self.delegate)
        python_viewport(self.ui.list, QPalette.ColorRole.Base).installEventFilter(self)
        # One click goes to the field (and Enter on a chosen finding, as before).
        self.ui.list.clicked.connect(self._go)
        self.ui.list.activated.connect(self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The rows' sizes follow the list's width and font (the view lays them out a moment later). A hidden
        # list is not measured: it is when shown, at the width it has then.
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self.ui.list.viewport():
            width = self._row_width()
            if width != self.delegate.row_width and self.ui.list.isVisible():
                self.delegate.row_width = width
                self.model.measure_again()
        elif kind == QEvent.Type.FontChange and self.delegate.font_changed():
            self.model.measure_again()
        elif kind == QEvent.Type.Hide and watched is self.ui.list.viewport():
            self.delegate.row_width = None
        return False

    def _row_width(self) -> int:
        """The viewport's width, less the scroll bar's when the rows cannot fit even at one line each: that bar is
        about to appear, and measuring 200 rows at the width it leaves once is half the work of measuring twice."""
        view = self.ui.list
        width = view.viewport().width()
        bar = view.verticalScrollBar()
        lowest = FindingDelegate.ICON + 2 * FindingDelegate.MARGIN
        if (not bar.isVisible() and view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
                and self.model.rowCount() * lowest > view.viewport().height()):
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        return width

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
