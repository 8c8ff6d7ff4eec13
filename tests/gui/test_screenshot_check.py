"""The screenshot test's notion of a painted screen: blank and ruled-only images are not, a page is."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from .screenshots import looks_painted


def _image(width=400, height=300) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


def test_a_blank_image_is_not_painted(qapp):
    assert not looks_painted(_image())


def test_rules_alone_are_not_painted(qapp):
    image = _image()
    painter = QPainter(image)
    for y in range(0, 300, 30):
        painter.drawLine(0, y, 400, y)
    painter.end()
    assert not looks_painted(image)


def test_a_page_whose_middle_row_is_a_gap_is_painted(window, qapp):
    page = window.editor.widget().grab().toImage()
    # Blank out the middle band: the old test looked only at the middle row and failed when a gap fell there.
    painter = QPainter(page)
    painter.fillRect(0, page.height() // 2 - 10, page.width(), 20, Qt.GlobalColor.white)
    painter.end()
    assert looks_painted(page)
