"""A scroll area's viewport made in Python and set up as Qt sets up its own, so PySide6 knows its class at once."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def python_viewport(area: QAbstractScrollArea, role: QPalette.ColorRole) -> QWidget:
    """Gives `area` a viewport like the one Qt made (same name, background and attributes) and returns it.

    The first time Python gets a widget Qt made, PySide6 works out its class by trying every widget class it
    knows, building each of them with its enumerations on the way: about 2 % of the editor's start, paid at its
    first `viewport()` call. A viewport made here is known from the start. `role` is the one the area's class
    gives its own viewport (QPalette.ColorRole.NoRole for a QScrollArea, Base for an item view).
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(role)
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    area.setViewport(viewport)
    return viewport
