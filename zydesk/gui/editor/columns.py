"""Column geometry of the indicator block, shared by the heading row and every indicator row."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

SPACING = 4
LEVEL1_WIDTH = 62
LEVEL2_WIDTH = 76

# (heading as it may be broken, widest first; fixed width or None; stretch). Fixed cells keep their
# width, the text cells share the rest by stretch, the indicator's own words getting the most.
COLUMNS: tuple[tuple[tuple[str, ...], int | None, int], ...] = (
    (("",), 38, 0),                                   # 指标1
    (("三级指标",), None, 5),
    (("年度指标值", "年度\n指标值"), None, 4),
    (("实际完成值", "实际\n完成值"), None, 4),
    (("分值",), 48, 0),
    (("得分",), 60, 0),
    (("偏差原因分析及改进措施", "偏差原因分析\n及改进措施", "偏差原因\n分析及\n改进措施"), None, 3),
    (("评价",), 98, 0),
    (("",), 66, 0),                                   # row tools
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


class Heading(QLabel):
    """A column heading that breaks only where it was told it may (never `偏差原因分` / `析`): the widest
    of its forms that fits the column is shown."""

    def __init__(self, forms: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(forms[0], parent)
        self.forms = forms
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("heading")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._choose(self.width())

    def _choose(self, width: int) -> None:
        metrics = self.fontMetrics()
        chosen = next((f for f in self.forms if all(metrics.horizontalAdvance(line) <= width
                                                    for line in f.split("\n"))), self.forms[-1])
        if chosen != self.text():
            self.setText(chosen)


def label_forms(text: str) -> tuple[str, ...]:
    """Where a 二级/一级 label may break: before its closing 指标, then also in the middle of the rest
    (`可持续影响指标` -> `可持续影响\n指标`; `服务对象满意度指标` -> `服务对象\n满意度\n指标`)."""
    if not text.endswith("指标") or len(text) <= 4:
        return (text,)
    head = text[:-2]
    half = (len(head) + 1) // 2
    return (text, f"{head}\n指标", f"{head[:half]}\n{head[half:]}指标", f"{head[:half]}\n{head[half:]}\n指标")
