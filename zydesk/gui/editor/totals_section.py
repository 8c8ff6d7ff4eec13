"""总分: Σ 分值 against the policy total, Σ 得分, the grade, and each 一级 group's weight against the policy."""

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QFrame, QWidget

from ...model import LEVEL1S, tidy
from ..bindings import MarkOnly
from ..document import Document
from ..forms.ui_totals_section import Ui_TotalsSection
from ..marks import WARNING_COLOUR
from .section import Section


class TotalsSection(QFrame, Section):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TotalsSection()
        self.ui.setupUi(self)
        # Findings about the whole form (weights.total) are marked on the total weight.
        self.bindings = {"": MarkOnly(self.ui.totalWeight)}

    def focus_chain(self) -> list[QWidget]:
        return []

    def refresh(self, document: Document, index: int) -> None:
        scores = document.analysis(index).scores
        policy = document.policy
        expected = policy.total_weight
        weight = f"分值合计 {tidy(scores.total_weight)}"
        if scores.total_weight != expected:
            weight += f"（应为 {tidy(expected)}）"
        self._set(self.ui.totalWeight, weight)
        self._set(self.ui.totalScore, f"得分合计 {tidy(scores.total_score)}")
        self._set(self.ui.grade, f"评级 {scores.grade}")
        self._set(self.ui.groupTotals, group_totals_html(document, index))

    @staticmethod
    def _set(label, text: str) -> None:
        if label.text() != text:
            label.setText(text)


def group_totals_html(document: Document, index: int) -> str:
    """`预算执行率 10 · 产出指标 60（应为 50）· …`, mismatches coloured like warnings."""
    form = document.bundle.forms[index]
    weights = document.policy.weights
    parts = [("预算执行率", form.execution.weight, weights.get("execution"))]
    used = document.analysis(index).scores.level1_weights
    for level1 in LEVEL1S:
        expected = weights.get(level1.code)
        if level1.code in used or expected:  # a group with no indicator counts as 0 (weights.level1)
            parts.append((level1.label, used.get(level1.code, Decimal(0)), expected))
    shown = []
    for label, weight, expected in parts:
        text = f"{escape(label)} {tidy(weight)} 分"
        if expected is not None and weight != expected:
            text = f'<span style="color:{WARNING_COLOUR}">{text}（应为 {tidy(expected)}）</span>'
        shown.append(text)
    return " · ".join(shown)

