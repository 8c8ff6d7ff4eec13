"""项目资金（万元）: four rows × 年初/全年预算数/全年执行数, each row's 执行率, the execution 分值 and 得分."""

from PySide6.QtWidgets import QFrame, QWidget

from ...model import FUND_COLUMNS, FUND_ROWS
from ...rules.numbers import NumberKind
from ...rules.scoring import row_rate
from ..document import Document
from ..forms.ui_funds_section import Ui_FundsSection
from ..labels import NO_VALUE, rate_text, score_text
from ..number_binding import NumberBinding, typed_number
from .section import Section


class FundsSection(QFrame, Section):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FundsSection()
        self.ui.setupUi(self)
        amount = typed_number(NumberKind.AMOUNT)
        self.bindings = {}
        for row, _ in FUND_ROWS:
            for column, _ in FUND_COLUMNS:
                widget = getattr(self.ui, f"{row}{column.capitalize()}")
                self.bindings[f"funds.{row}.{column}"] = NumberBinding(widget, amount)
            if row == "total":
                self.bindings["execution.weight"] = NumberBinding(
                    self.ui.executionWeight, typed_number(NumberKind.WEIGHT))
                self.bindings["execution.score"] = NumberBinding(
                    self.ui.executionScore, typed_number(NumberKind.SCORE))
        self.rate_labels = {row: getattr(self.ui, f"{row}Rate") for row, _ in FUND_ROWS}

    def refresh(self, document: Document, index: int) -> None:
        form = document.bundle.forms[index]
        policy = document.policy
        for row, label in self.rate_labels.items():
            text = rate_text(row_rate(getattr(form.funds, row), policy))
            if label.text() != text:
                label.setText(text)
        computed = document.analysis(index).scores.execution_score
        text = NO_VALUE if computed is None else f"计算 {score_text(computed)}"
        if self.ui.executionComputed.text() != text:
            self.ui.executionComputed.setText(text)
