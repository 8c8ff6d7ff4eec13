"""The start-up anchor: a bare PySide6 window (import, QApplication, show, first paint), then a line `painted`.

Run as its own process, like `zydesk --startup-probe`: `python -m bench.bare_window`. It reports the first
paint the same way the editor's probe does (an event filter, then one turn of the event loop), so the two
times differ only by what zydesk does on top of Qt.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Says `painted` in the event loop's turn after the window's first paint; then quits, or waits (HOLD)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print("painted", flush=True)
        if os.environ.get("ZYDESK_PROBE_HOLD"):
            while True:  # as zydesk's probe does (bench_start_instructions ends it with a signal)
                time.sleep(60)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.installEventFilter(FirstPaint(window))
    window.resize(1600, 1000)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
