"""Screenshots of the real editor (Xvfb, 1600×1000) with the example: each form, its full page, the preview.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/screenshots.py [OUTDIR]

Writes PNGs into OUTDIR (default artifacts/screenshots, git-ignored) for a person to look at.
"""

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
SIZE = (1600, 1000)


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
    QTest.qWait(500)
    screen = QGuiApplication.primaryScreen()
    written = []
    for index in range(len(window.document.bundle.forms)):
        window.navigator.select(index)
        window.editor.focus_first()
        QTest.qWait(300)
        written.append(out / f"form-{index + 1}.png")
        screen.grabWindow(0).save(str(written[-1]))
        written.append(out / f"form-{index + 1}-page.png")
        window.editor.widget().grab().save(str(written[-1]))
    data, result = window.printing.render()
    dialog = PreviewDialog(PdfPages(data), result, window.printing, window)
    dialog.setGeometry(0, 0, *SIZE)
    dialog.show()
    QTest.qWait(1500)
    written.append(out / "preview.png")
    screen.grabWindow(0).save(str(written[-1]))
    dialog.close()
    window.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "artifacts" / "screenshots"
    for path in shoot(target):
        print(path)
