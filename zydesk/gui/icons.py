"""The program's own small SVG icons (resources/icons), the same on every platform."""

from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
