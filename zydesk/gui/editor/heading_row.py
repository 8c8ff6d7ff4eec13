"""The indicator block's column headings; the same widget, floated, is the sticky header while scrolling."""

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from .columns import COLUMNS, LEVEL1_WIDTH, LEVEL2_WIDTH, SPACING, Heading, add_cell


class HeadingRow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("headingRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(SPACING)
        for text, width in ((("一级指标", "一级\n指标"), LEVEL1_WIDTH), (("二级指标", "二级\n指标"), LEVEL2_WIDTH)):
            label = Heading(text, self)
            label.setFixedWidth(width)
            row.addWidget(label)
        for column, (forms, _, _) in enumerate(COLUMNS):
            add_cell(row, Heading(forms, self), column)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
