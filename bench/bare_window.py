"""The start-up anchor: a bare PySide6 window (import, QApplication, show, first paint), then `painted <RSS MB>`.

Run as its own process, like `zydesk --startup-probe`: `python -m bench.bare_window`. It reports the first
paint the same way the editor's probe does (an event filter, then one turn of the event loop), so the two
times differ only by what zydesk does on top of Qt.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"painted {_rss_mb():.1f}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.installEventFilter(_FirstPaint(window))
    window.resize(1600, 1000)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
