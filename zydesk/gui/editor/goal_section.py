"""年度总体目标: 预期目标 and 实际完成情况, two growing multi-line boxes committed on focus-out."""

from PySide6.QtWidgets import QFrame, QWidget

from ..forms.ui_goal_section import Ui_GoalSection
from ..text_binding import TextBinding
from .section import Section

GOAL_LINES = 3


class GoalSection(QFrame, Section):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GoalSection()
        self.ui.setupUi(self)
        for box in (self.ui.expected, self.ui.actual):
            box.set_min_lines(GOAL_LINES)
        self.bindings = {"goal.expected": TextBinding(self.ui.expected), "goal.actual": TextBinding(self.ui.actual)}
