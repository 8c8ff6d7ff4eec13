"""The form navigator: one row per form with its name, total score, grade and error/warning badges."""

from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..model import tidy
from .document import Document
from .forms.ui_navigator import Ui_NavigatorPanel
from .labels import project_title
from .marks import ERROR_COLOUR, WARNING_COLOUR
from .navigator_filter import FilterBar, FormFilter, TypeAhead

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1   # `得分 95 · 优`
    ERRORS = Qt.ItemDataRole.UserRole + 2
    WARNINGS = Qt.ItemDataRole.UserRole + 3
    NAME = Qt.ItemDataRole.UserRole + 4      # the project name alone, for type-ahead


class FormListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: Document | None = None
        self._resetting = False

    def set_document(self, document: Document) -> None:
        self.beginResetModel()
        if self.document is not None:
            self.document.formsAboutToChange.disconnect(self._about_to_change)
            self.document.formsChanged.disconnect(self._changed)
            self.document.analysisChanged.disconnect(self._analysed)
        self.document = document
        document.formsAboutToChange.connect(self._about_to_change)
        document.formsChanged.connect(self._changed)
        document.analysisChanged.connect(self._analysed)
        self.endResetModel()

    def _about_to_change(self) -> None:
        self._resetting = True
        self.beginResetModel()

    def _changed(self, _show: int) -> None:
        self.endResetModel()
        self._resetting = False

    def _analysed(self, form: int) -> None:
        if self._resetting or self.document is None:
            return
        first, last = (0, self.rowCount() - 1) if form < 0 else (form, form)
        if 0 <= first <= last < self.rowCount():
            self.dataChanged.emit(self.index(first), self.index(last))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self.document is None:
            return 0
        return len(self.document.bundle.forms)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.document is None or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        form = self.document.bundle.forms[row]
        analysis = self.document.analysis(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}. {project_title(form.project_name)}"
        if role == Role.NAME:
            return form.project_name
        if role == Role.SUMMARY:
            return f"得分 {tidy(analysis.scores.total_score)} · {analysis.scores.grade}"
        errors = self.document.errors(row)
        if role == Role.ERRORS:
            return errors
        if role == Role.WARNINGS:
            return analysis.warnings
        counts = (f"新表，{analysis.todo} 项待填写" if analysis.calm and not errors
                  else f"错误 {errors} 处，警告 {analysis.warnings} 处")
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{project_title(form.project_name)}\n分值合计 {tidy(analysis.scores.total_weight)}，"
                    f"得分合计 {tidy(analysis.scores.total_score)}，评级 {analysis.scores.grade}\n{counts}")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return counts
        return None


class FormDelegate(QStyledItemDelegate):
    """Two lines (name; score and grade) and round badges with the error and warning counts."""

    PADDING = 6
    BADGE = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * line + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # The row's background as the style draws it; the texts and badges are drawn below (the item's
        # own data is not asked for: each role is a call into the model, several per repaint).
        opt = QStyleOptionViewItem(option)
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = opt.palette.currentColorGroup()
        text_colour = opt.palette.color(group, opt.palette.ColorRole.HighlightedText if selected
                                        else opt.palette.ColorRole.Text)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        badges = [(index.data(Role.ERRORS) or 0, ERROR_COLOUR), (index.data(Role.WARNINGS) or 0, WARNING_COLOUR)]
        badges = [(n, c) for n, c in badges if n]
        badge_width = len(badges) * (self.BADGE + 4)
        line = option.fontMetrics.lineSpacing()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(text_colour)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width, line)
        name = option.fontMetrics.elidedText(index.data() or "", Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        summary_colour = QColor(text_colour)
        if not selected:
            summary_colour.setAlpha(170)
        painter.setPen(summary_colour)
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data(Role.SUMMARY) or "")
        x = rect.right() - badge_width + 4
        for count, colour in badges:
            badge = QRect(x, rect.top(), self.BADGE, self.BADGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
            x += self.BADGE + 4
        painter.restore()


class NavigatorPanel(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NavigatorPanel()
        self.ui.setupUi(self)
        self.model = FormListModel(self)
        self.proxy = FormFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = FilterBar(self.proxy, self)
        self.ui.layout.insertWidget(1, self.filter)
        self.ui.list.setModel(self.proxy)
        self.ui.list.setItemDelegate(FormDelegate(self.ui.list))
        self.ui.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.type_ahead = TypeAhead(self.ui.list, lambda index: index.data(Role.NAME) or "")
        find = QAction("查找表", self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(lambda: (self.filter.search.setFocus(), self.filter.search.selectAll()))
        self.addAction(find)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        self.proxy.pinned = row
        self.currentChanged.emit(row)

    def set_actions(self, add: QAction, duplicate: QAction, delete: QAction, up: QAction, down: QAction) -> None:
        for button, action in ((self.ui.addButton, add), (self.ui.duplicateButton, duplicate),
                               (self.ui.deleteButton, delete), (self.ui.upButton, up), (self.ui.downButton, down)):
            button.setDefaultAction(action)

    def set_document(self, document: Document) -> None:
        self.model.set_document(document)

    def current(self) -> int:
        index = self.ui.list.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select(self, row: int) -> None:
        """Make form `row` (of the file) current; a filter that hides it is cleared."""
        if 0 <= row < self.model.rowCount():
            self.proxy.pin(row)
            index = self.proxy.mapFromSource(self.model.index(row))
            if not index.isValid():
                self.filter.clear()
                index = self.proxy.mapFromSource(self.model.index(row))
            self.ui.list.setCurrentIndex(index)
        else:
            self.ui.list.setCurrentIndex(QModelIndex())
