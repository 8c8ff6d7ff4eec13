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
        self._copy: HeadingRow | None = None
        area.verticalScrollBar().valueChanged.connect(self.update)
        for watched in (area.viewport(), section):
            watched.installEventFilter(self)

    @property
    def copy(self) -> HeadingRow:
        """Made when first needed (the first scroll past the headings): a start has no use for it, and its style
        sheet makes it one of the dearest widgets to build."""
        if self._copy is None:
            self._copy = HeadingRow(self.area.viewport())
            self._copy.setObjectName("stickyHeading")
            self._copy.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self._copy.setStyleSheet("#stickyHeading { background: palette(window); "
                                     "border-bottom: 1px solid palette(mid); }")
            self._copy.hide()
        return self._copy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self.update()
        return False

    def update(self, *_args) -> None:
        viewport = self.area.viewport()
        if not self.section.isVisible():
            self._hide()
            return
        top = self.heading.mapTo(viewport, QPoint(0, 0))
        section_bottom = self.section.mapTo(viewport, QPoint(0, self.section.height())).y()
        height = self.heading.height()
        if top.y() >= 0 or section_bottom < 2 * height:
            self._hide()
            return
        self.copy.setGeometry(top.x(), 0, self.heading.width(), height)
        self.copy.show()
        self.copy.raise_()

    def _hide(self) -> None:
        if self._copy is not None:
            self._copy.hide()
