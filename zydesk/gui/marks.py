"""How a field with a finding (or a refused entry) looks: a coloured background and a tooltip."""

from PySide6.QtWidgets import QWidget

ERROR_COLOUR = "#c42b1c"
WARNING_COLOUR = "#9d5d00"
TODO_COLOUR = "#5f6368"  # 待填写 on a new form: neutral grey, not an alarm
_BACKGROUND = {"error": "#fde7e9", "warning": "#fff4ce", "refused": "#fde7e9", "todo": "#f3f3f3"}
_BORDER = {
    "error": f"1px solid {ERROR_COLOUR}", "warning": "1px solid #d39c00", "refused": f"2px dashed {ERROR_COLOUR}",
    "todo": "1px dashed #a0a0a0",
}


def mark(widget: QWidget, severity: str | None, tooltip: str) -> None:
    """Colour `widget` for an error, a warning or a refused entry; None clears the mark."""
    if severity is None:
        style = ""
    else:
        selector = type(widget).__mro__[0].__name__
        for cls in type(widget).__mro__:
            if cls.__module__.startswith("PySide6"):
                selector = cls.__name__
                break
        style = (f"{selector} {{ background-color: {_BACKGROUND[severity]}; "
                 f"border: {_BORDER[severity]}; border-radius: 2px; padding: 1px; }}")
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)
    if widget.toolTip() != tooltip:
        widget.setToolTip(tooltip)
    if widget.property("finding") != (severity or ""):
        widget.setProperty("finding", severity or "")
