"""Screenshots of the real editor (Xvfb, 1600×1000) with the example: each form, its full page, the preview.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/screenshots.py [OUTDIR]

Writes PNGs into OUTDIR (default artifacts/screenshots, git-ignored) for a person to look at.
"""

import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
SIZE = (1600, 1000)
PAINT_TIMEOUT_S = 20.0


def looks_painted(image: QImage) -> bool:
    """Not a blank or half-painted screen: many colours (anti-aliased text) and content in many rows.

    Looks at the whole image, not one row: a row may fall on the gap between two sections of a form.
    """
    colours, busy, rows = set(), 0, 0
    for y in range(0, image.height(), 9):
        row = {image.pixel(x, y) for x in range(0, image.width(), 7)}
        colours |= row
        busy += len(row) > 3
        rows += 1
    return len(colours) > 16 and busy >= rows // 5


def _save_when_painted(grab, path: Path) -> None:
    # The first start on a new machine builds the font cache and the preview renders its pages in a thread:
    # wait for a painted screen rather than for a fixed time.
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    while True:
        pixmap: QPixmap = grab()
        if looks_painted(pixmap.toImage()) or time.monotonic() > deadline:
            pixmap.save(str(path))
            return
        QTest.qWait(250)


def shoot(out: Path) -> list[Path]:
    from zydesk.gui.app import create_app, open_window
    from zydesk.gui.pdf_pages import PdfPages
    from zydesk.gui.preview import PreviewDialog

    out.mkdir(parents=True, exist_ok=True)
    create_app([])
    window = open_window([str(EXAMPLE)])
    window.setGeometry(0, 0, *SIZE)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(500)
    screen = QGuiApplication.primaryScreen()
    written = []
    for index in range(len(window.document.bundle.forms)):
        window.navigator.select(index)
        window.editor.focus_first()
        QTest.qWait(300)
        written.append(out / f"form-{index + 1}.png")
        _save_when_painted(lambda: screen.grabWindow(0), written[-1])
        written.append(out / f"form-{index + 1}-page.png")
        _save_when_painted(window.editor.widget().grab, written[-1])
    data, result = window.printing.render()
    dialog = PreviewDialog(PdfPages(data), result, window.printing, window)
    dialog.setGeometry(0, 0, *SIZE)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    QTest.qWait(500)
    written.append(out / "preview.png")
    _save_when_painted(lambda: screen.grabWindow(0), written[-1])
    dialog.close()
    window.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "artifacts" / "screenshots"
    for path in shoot(target):
        print(path)
