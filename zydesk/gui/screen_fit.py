"""Sizing a dialog to the screen it opens on: the wanted size, never more than the screen has room for."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width`×`height`, or smaller to fit the available screen, and centre it there."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else widget.screen()) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    width = min(width, int(room.width() * SCREEN_SHARE))
    height = min(height, int(room.height() * SCREEN_SHARE))
    widget.resize(width, height)
    widget.move(room.center().x() - width // 2, room.center().y() - height // 2)
