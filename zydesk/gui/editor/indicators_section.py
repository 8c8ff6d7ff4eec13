"""绩效指标: rows grouped under their 一级 and 二级 headings like the paper, each group with its own tools."""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import LEVEL1S, Category, Level1, categories_of, edits, tidy
from ...rules.scoring import read_indicator
from ..bindings import Binding
from ..document import Document
from ..icons import icon
from ..marks import WARNING_COLOUR
from ..wrapped_label import FixedWidthLabel
from .columns import LEVEL1_WIDTH, LEVEL2_WIDTH, SPACING, Heading, label_forms
from .heading_row import HeadingRow
from .indicator_row import IndicatorRow
from .row_actions import RowActions, row_of
from .row_batches import FIRST_ROWS, BatchedRows
from .section import Section


class GroupBlock(QFrame):
    """One 二级 group: its label on the left, its rows, and a button that adds a row."""

    addRequested = Signal(str)   # the group's category

    def __init__(self, category: Category, parent: QWidget | None = None):
        super().__init__(parent)
        self.category = category
        self.setObjectName("group")
        self.rows: list[IndicatorRow] = []
        self.indices: list[int] = []
        self.document: Document | None = None
        self.form = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(SPACING)
        # Left: the 二级 label with the group's "add a row" button under it; right: the rows.
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        self.label = Heading(label_forms(category.label), self)
        self.label.setObjectName("level2")
        self.label.setFixedWidth(LEVEL2_WIDTH)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add = QToolButton(self)
        self.add.setIcon(icon("add"))
        self.add.setText("添加")
        self.add.setToolTip(f"在“{category.label}”下添加一行（Ctrl+Enter；光标在本组时）")
        self.add.setAccessibleName(f"添加{category.label}")
        self.add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add.setAutoRaise(True)
        self.add.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # in the Tab order: an empty group needs it
        self.add.clicked.connect(lambda: self.addRequested.emit(self.category.code))
        side.addWidget(self.label, 1)
        side.addWidget(self.add, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(side)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        self.body = body
        layout.addLayout(body, 1)

    def sync(self, document: Document, form: int, indices: list[int], budget: int | None = None) -> int:
        """Show rows `indices` of the form, reusing row widgets, making at most `budget` new ones now (None: all;
        `grow` makes the rest); extra ones are dropped. Returns how many were made."""
        self.document, self.form, self.indices = document, form, list(indices)
        made = self._make(budget)
        while len(self.rows) > len(indices):
            row = self.rows.pop()
            self.body.removeWidget(row)
            row.hide()
            row.deleteLater()  # may be the sender of the click that removed it
        for number, (row, index) in enumerate(zip(self.rows, indices, strict=False), start=1):
            row.bind(document, form, index, number, len(indices))
        self.label.setEnabled(bool(indices))
        return made

    def grow(self, budget: int | None) -> int:
        """Make and bind up to `budget` (None: all) of the rows still missing; returns how many."""
        first = len(self.rows)
        made = self._make(budget)
        for position in range(first, len(self.rows)):
            self.rows[position].bind(self.document, self.form, self.indices[position], position + 1, len(self.indices))
        return made

    def missing(self) -> int:
        return len(self.indices) - len(self.rows)

    def _make(self, budget: int | None) -> int:
        made = 0
        while len(self.rows) < len(self.indices) and (budget is None or made < budget):
            row = IndicatorRow(self)
            self.body.addWidget(row)
            row.show()  # at once: a row made after the window is on screen would otherwise show a turn later
            self.rows.append(row)
            made += 1
        return made


class Level1Block(QFrame):
    """One 一级 group: its label (with the group's weight against the policy) and its 二级 groups."""

    def __init__(self, level1: Level1, parent: QWidget | None = None):
        super().__init__(parent)
        self.level1 = level1
        self.setObjectName("level1Block")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.label = FixedWidthLabel(self)
        self.label.setObjectName("level1")
        self.label.setWordWrap(True)
        self.label.setFixedWidth(LEVEL1_WIDTH)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.groups = [GroupBlock(category, self) for category in categories_of(level1.code)]
        for i, group in enumerate(self.groups):
            if i:
                column.addWidget(_rule(self))
            column.addWidget(group)
        layout.addLayout(column, 1)

    def show_weight(self, weight, expected) -> None:
        text = f"<b>{escape(self.level1.label)}</b><br>{tidy(weight)} 分" if weight is not None \
            else f"<b>{escape(self.level1.label)}</b>"
        if weight is not None and expected is not None and weight != expected:
            text += f'<br><span style="color:{WARNING_COLOUR}">应为 {tidy(expected)} 分</span>'
        if self.label.text() != text:
            self.label.setText(text)


class IndicatorsSection(BatchedRows, QFrame, Section):
    """The rows of a long form are made in batches once the window has painted: a 200-row form opens at once.

    `rows` and `bindings` hold the rows made so far; `rowsAdded` says more were made, `complete()` makes the rest
    now (for whoever needs a row that is still missing)."""

    rowsAdded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        self.heading = HeadingRow(self)
        layout.addWidget(self.heading)
        self.blocks = []
        for level1 in LEVEL1S:
            layout.addWidget(_rule(self))
            block = Level1Block(level1, self)
            layout.addWidget(block)
            self.blocks.append(block)
        self.bindings: dict[str, Binding] = {}
        self.rows: list[IndicatorRow] = []
        self._shown: dict[IndicatorRow, tuple] = {}   # what refresh last showed on each row
        self.document: Document | None = None
        self.form = -1
        self.actions = RowActions(self)
        for group in self.groups():
            group.addRequested.connect(self.actions.add_to)

    def current_row(self) -> IndicatorRow | None:
        row = row_of(QApplication.focusWidget())
        return row if row in self.rows else None

    def ensure_visible(self, widget: QWidget) -> None:
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(widget, 60, 60)

    def groups(self) -> list[GroupBlock]:
        return [group for block in self.blocks for group in block.groups]

    def bind(self, document: Document, index: int) -> None:
        self.document, self.form = document, index
        self._generation += 1
        form = document.bundle.forms[index]
        budget = FIRST_ROWS
        for group in self.groups():
            budget -= group.sync(document, index, edits.group_indices(form, group.category.code), budget)
        self._collect()
        if self.missing():
            self._schedule()

    def refresh(self, document: Document, index: int) -> None:
        scores = document.analysis(index).scores
        indicators = document.bundle.forms[index].indicators
        states = [(suggestion, read_indicator(indicator) is not None)
                  for suggestion, indicator in zip(scores.suggestions, indicators, strict=True)]
        shown = {row: states[row.index] for row in self.rows}
        if shown != self._shown:
            # Only the rows whose suggestion or kind changed: a keystroke changes one row of hundreds.
            for row, state in shown.items():
                if self._shown.get(row) != state:
                    row.show_suggestion(state[0])
                    row.show_quantitative(state[1])
            self._shown = shown
        for block in self.blocks:
            block.show_weight(scores.level1_weights.get(block.level1.code),
                              document.policy.weights.get(block.level1.code))

    def focus_chain(self) -> list[QWidget]:
        # Paper order: groups top to bottom, rows within each group (not the file's list order).
        # Each group's 添加 follows its rows: an empty group can get its first row by keyboard.
        return [w for group in self.groups()
                for w in (*(w for row in group.rows for w in row.focus_chain()), group.add)]


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
