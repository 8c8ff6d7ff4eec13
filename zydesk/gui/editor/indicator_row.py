"""One indicator row: 三级/年度指标值/实际完成值/分值/得分 (+ suggestion)/偏差原因/评价, with row tools."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ...rules.numbers import NumberKind
from ..bindings import Binding, ChoiceBinding
from ..document import Document
from ..growing_text import GrowingTextEdit
from ..icons import icon
from ..labels import assessment_items, score_text
from ..number_binding import NumberBinding, typed_number
from ..suggestions import adopt, row_adoption
from ..text_binding import TextBinding
from .columns import SPACING, add_cell
from .tier_combo import TierCombo

FIELDS = ("name", "target", "actual", "weight", "score", "deviation", "assessment")
QUALITATIVE_TIP = "定性指标的评价档次，决定得分应在的区间"
ADOPT_KEY = "Ctrl+J"
QUANTITATIVE_TIP = "定量指标（年度指标值与实际完成值都是数字）按完成比例计算建议得分，不用评价档次"


class IndicatorRow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document: Document | None = None
        self.form = self.index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)

        self.number = QLabel(self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setContentsMargins(0, 4, 0, 0)
        self.name = GrowingTextEdit(self, single_line=True)
        self.target = GrowingTextEdit(self, single_line=True)
        self.actual = GrowingTextEdit(self, single_line=True)
        self.weight = _number_edit(self, "分值")
        score_box = QWidget(self)
        score_layout = QVBoxLayout(score_box)
        score_layout.setContentsMargins(0, 0, 0, 0)
        score_layout.setSpacing(0)
        self.score = _number_edit(score_box, "得分")
        self.suggestion = QToolButton(score_box)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setAutoRaise(True)
        self.suggestion.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Ctrl+J does it from the row's cells
        self.suggestion.setToolTip(f"按实际完成值与年度指标值计算的建议得分；单击采用（{ADOPT_KEY}）")
        self.suggestion.setVisible(False)
        font = self.suggestion.font()
        font.setUnderline(True)   # looks clickable: it is
        self.suggestion.setFont(font)
        self.suggestion.clicked.connect(self._adopt)
        score_layout.addWidget(self.score)
        score_layout.addWidget(self.suggestion, 0, Qt.AlignmentFlag.AlignRight)
        score_layout.addStretch(1)
        self.deviation = GrowingTextEdit(self, single_line=True)
        self.assessment = TierCombo(self)
        self.assessment.setToolTip(QUALITATIVE_TIP)
        tools = QWidget(self)
        tools_layout = QHBoxLayout(tools)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        tools_layout.setSpacing(0)
        self.up = _tool(tools, "up", "上移（Alt+↑）", "上移指标")
        self.down = _tool(tools, "down", "下移（Alt+↓）", "下移指标")
        self.remove = _tool(tools, "remove", "删除此指标（Ctrl+Shift+Delete）", "删除指标")
        for button in (self.up, self.down, self.remove):
            tools_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        for column, widget in enumerate((self.number, self.name, self.target, self.actual, self.weight,
                                         score_box, self.deviation, self.assessment, tools)):
            add_cell(layout, widget, column)
        layout.setAlignment(self.weight, Qt.AlignmentFlag.AlignTop)
        layout.setAlignment(self.assessment, Qt.AlignmentFlag.AlignTop)

        for box, name in ((self.name, "三级指标"), (self.target, "年度指标值"), (self.actual, "实际完成值"),
                          (self.deviation, "偏差原因分析及改进措施")):
            box.setAccessibleName(name)
        self.bindings: dict[str, Binding] = {
            "name": TextBinding(self.name),
            "target": TextBinding(self.target),
            "actual": TextBinding(self.actual),
            "weight": NumberBinding(self.weight, typed_number(NumberKind.WEIGHT)),
            "score": NumberBinding(self.score, typed_number(NumberKind.SCORE)),
            "deviation": TextBinding(self.deviation),
            "assessment": ChoiceBinding(self.assessment, assessment_items()),
        }
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.remove.clicked.connect(self._remove)

    def bind(self, document: Document, form: int, index: int, number: int, count: int) -> None:
        self.document, self.form, self.index = document, form, index
        text = f"指标{number}"
        if self.number.text() != text:
            self.number.setText(text)
        # At the group's ends the arrows only look disabled: a disabled button leaves the Tab order,
        # and the Tab count must be the same on every row.
        _show_edge(self.up, "up", number == 1)
        _show_edge(self.down, "down", number == count)
        for key, binding in self.bindings.items():
            binding.bind(document, f"forms[{form}].indicators[{index}].{key}")

    def fields(self) -> list[QWidget]:
        """The row's cells in FIELDS order."""
        return [self.name, self.target, self.actual, self.weight, self.score, self.deviation, self.assessment]

    def focus_chain(self) -> list[QWidget]:
        return [*self.fields(), self.up, self.down, self.remove]

    def show_suggestion(self, suggestion) -> None:
        text = "" if suggestion is None else f"建议 {score_text(suggestion)}"
        if self.suggestion.text() != text:
            self.suggestion.setText(text)
            self.suggestion.setVisible(bool(text))

    def show_quantitative(self, quantitative: bool) -> None:
        """A quantitative row is scored from its figures: the tier does not apply (FORM.md §2)."""
        if self.assessment.read_only != quantitative:
            self.assessment.set_read_only(quantitative)
            self.assessment.setToolTip(QUANTITATIVE_TIP if quantitative else QUALITATIVE_TIP)

    def _move(self, step: int) -> None:
        if self.document is not None:
            self.document.move_indicator(self.form, self.index, step)

    def _remove(self) -> None:
        if self.document is not None:
            self.document.remove_indicator(self.form, self.index)

    def _adopt(self) -> None:
        if self.document is not None:
            adopt(self.document, row_adoption(self.document, self.form, self.index), "采用建议得分")


def _number_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setAccessibleName(name)
    return edit


def _tool(parent: QWidget, icon_name: str, tip: str, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(icon(icon_name))
    button.setToolTip(tip)
    button.setAccessibleName(name)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # reached by Tab; a click leaves the cursor in its cell
    return button


def _show_edge(button: QToolButton, icon_name: str, at_edge: bool) -> None:
    if button.property("edge") != at_edge:
        button.setProperty("edge", at_edge)
        normal = icon(icon_name)
        button.setIcon(QIcon(normal.pixmap(16, QIcon.Mode.Disabled)) if at_edge else normal)
