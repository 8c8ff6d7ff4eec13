"""The indicator headings stay at the top of the form while its rows scroll under them."""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from .heading_row import HeadingRow


class StickyHeader(QObject):
    """A second heading row floating over the top of the viewport, shown once the section's own
    heading has scrolled away and as long as rows of the section are still on screen."""

    def __init__(self, area: QScrollArea, section: QWidget, heading: QWidget):
        super().__init__(area)
        self.area, self.section, self.heading = area, section, heading
        self.copy = HeadingRow(area.viewport())
        self.copy.setObjectName("stickyHeading")
        self.copy.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.copy.setStyleSheet("#stickyHeading { background: palette(window); "
                                "border-bottom: 1px solid palette(mid); }")
        self.copy.hide()
        area.verticalScrollBar().valueChanged.connect(self.update)
        for watched in (area.viewport(), section):
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self.update()
        return False

    def update(self, *_args) -> None:
        viewport = self.area.viewport()
        if not self.section.isVisible():
            self.copy.hide()
            return
        top = self.heading.mapTo(viewport, QPoint(0, 0))
        section_bottom = self.section.mapTo(viewport, QPoint(0, self.section.height())).y()
        height = self.heading.height()
        if top.y() >= 0 or section_bottom < 2 * height:
            self.copy.hide()
            return
        self.copy.setGeometry(top.x(), 0, self.heading.width(), height)
        self.copy.show()
        self.copy.raise_()
