"""The summary table as a Qt item model: cells as the core writes them, sorted by value (Decimal, not text)."""

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..summary import FormRow, Summary, TotalRow
from ..summary.columns import COLUMNS, NUMERIC_KINDS, Cell, entry_cells

FORM_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # 0-based form of the document; -1 on total rows
TOTAL_BRUSH = QBrush(QColor("#EDEDED"))
DUPLICATE_BRUSH = QBrush(QColor("#FBE3E3"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex


def sort_key(cell: Cell) -> tuple:
    """Blank cells last; numbers by value (10 after 9.5, 100.00% after 92.88%); text by its characters."""
    value = cell.value
    if value is None or value == "":
        return (1, 0, "")
    if isinstance(value, int | Decimal):
        return (0, 0, Decimal(value))
    return (0, 1, value)


class SummaryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[FormRow, list[Cell]]] = []
        self._totals: list[tuple[TotalRow, list[Cell]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_summary(self, summary: Summary) -> None:
        self.beginResetModel()
        self._rows = [(e, entry_cells(e)) for e in summary.entries if isinstance(e, FormRow)]
        self._totals = [(e, entry_cells(e)) for e in summary.entries if isinstance(e, TotalRow)]
        self.endResetModel()

    def _entry(self, row: int) -> tuple[FormRow | TotalRow, list[Cell]]:
        return self._rows[row] if row < len(self._rows) else self._totals[row - len(self._rows)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows) + len(self._totals)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, cells = self._entry(index.row())
        cell = cells[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell.text if role == Qt.ItemDataRole.DisplayRole or len(cell.text) > 20 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if cell.kind in NUMERIC_KINDS else _LEFT)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if isinstance(entry, TotalRow) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if isinstance(entry, TotalRow):
                return TOTAL_BRUSH
            return DUPLICATE_BRUSH if entry.duplicate else None
        if role == FORM_INDEX_ROLE:
            return entry.form_index if isinstance(entry, FormRow) else -1
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the forms by the column's values; the 合计 row stays last."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        persistent = self.persistentIndexList()
        blanks = [r for r in old if sort_key(r[1][column])[0] == 1]
        values = sorted((r for r in old if sort_key(r[1][column])[0] == 0), key=lambda r: sort_key(r[1][column]),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = values + blanks
        moved = {id(entry): new for new, (entry, _) in enumerate(self._rows)}
        targets = []
        for index in persistent:
            row = index.row()
            new_row = moved[id(old[row][0])] if row < len(old) else row
            targets.append(self.index(new_row, index.column()))
        self.changePersistentIndexList(persistent, targets)
        self.layoutChanged.emit()
