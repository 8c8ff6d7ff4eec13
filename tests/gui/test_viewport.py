"""A viewport made in Python is set up as the one Qt makes for the same kind of scroll area."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListView, QScrollArea

from zydesk.gui.viewport import python_viewport


def _looks(viewport) -> tuple:
    attributes = sorted(a.name for a in Qt.WidgetAttribute if viewport.testAttribute(a))
    return (viewport.objectName(), viewport.backgroundRole(), viewport.autoFillBackground(),
            viewport.hasMouseTracking(), viewport.focusPolicy(), viewport.acceptDrops(), viewport.contextMenuPolicy(),
            viewport.focusProxy() is viewport.parentWidget(), attributes)


@pytest.mark.parametrize(("area_class", "role"), [(QScrollArea, QPalette.ColorRole.NoRole),
                                                  (QListView, QPalette.ColorRole.Base)])
def test_the_viewport_looks_like_qts_own(qtbot, area_class, role):
    qts, ours = area_class(), area_class()
    qtbot.addWidget(qts)
    qtbot.addWidget(ours)
    made = python_viewport(ours, role)
    assert ours.viewport() is made
    assert _looks(made) == _looks(qts.viewport())
