"""The program's own small SVG icons (resources/icons), the same on every platform."""

from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource

# Every icon the program loads; packaging/zydesk.spec ships exactly these (a test keeps the two in step).
ICON_NAMES = ("add", "down", "form", "new", "open", "preview", "print", "redo", "remove", "save", "undo", "up",
              "zydesk")


@cache
def icon(name: str) -> QIcon:
    if name not in ICON_NAMES:
        raise KeyError(f"unknown icon {name!r}: add it to ICON_NAMES and resources/icons")
    return QIcon(str(resource("icons", f"{name}.svg")))
