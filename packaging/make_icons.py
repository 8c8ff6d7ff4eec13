"""Renders resources/icons/zydesk.svg into zydesk.png (256 px) and zydesk.ico (16–256 px) for Windows."""

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs it
    renderer = QSvgRenderer(str(ICONS / "zydesk.svg"))
    images = {size: render(renderer, size) for size in SIZES}
    images[256].save(ICONS / "zydesk.png")
    images[256].save(ICONS / "zydesk.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {ICONS / 'zydesk.png'} and {ICONS / 'zydesk.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
