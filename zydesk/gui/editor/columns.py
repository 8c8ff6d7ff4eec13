"""Column geometry of the indicator block, shared by the heading row and every indicator row."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

SPACING = 4
LEVEL1_WIDTH = 68
LEVEL2_WIDTH = 84

# (heading, fixed width or None, stretch): fixed cells keep their width, the rest share by stretch.
COLUMNS: tuple[tuple[str, int | None, int], ...] = (
    ("", 40, 0),                          # 指标1
    ("三级指标", None, 4),
    ("年度指标值", None, 3),
    ("实际完成值", None, 3),
    ("分值", 52, 0),
    ("得分", 64, 0),
    ("偏差原因分析\n及改进措施", None, 3),
    ("评价", 104, 0),
    ("", 66, 0),                          # row tools
)


def add_cell(layout: QBoxLayout, widget: QWidget, column: int) -> None:
    _, width, stretch = COLUMNS[column]
    if width is not None:
        widget.setFixedWidth(width)
    else:
        policy = widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        widget.setSizePolicy(policy)
    layout.addWidget(widget, stretch)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("heading")
    return label
