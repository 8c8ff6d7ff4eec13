"""`zydesk --startup-probe FILE`: opens the editor like `zydesk FILE`, reports the first paint, and quits.

For the start-up benchmarks of the checkout and of the packaged folder (bench/): the same code path as a
user's start, with a line `painted <RSS MB>` on stdout once the window has painted. With ZYDESK_PROBE_HOLD set, it
then waits to be ended by a signal instead of quitting, so that an instruction count ends at the paint.
"""

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..startup import loaded
from .app import create_app, open_window


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; there the probe reports 0

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)  # after this paint has been delivered: on screen
        return False

    def report(self) -> None:
        print(f"painted {rss_mb():.1f}", flush=True)
        if os.environ.get("ZYDESK_PROBE_HOLD"):
            while True:  # until the benchmark's signal: the count stops here, not after closing the window
                time.sleep(60)
        self.window.document.undo_stack.setClean()
        QApplication.quit()


def main(args: list[str]) -> int:
    app = create_app([])
    window = open_window(args)
    loaded()
    window.installEventFilter(_FirstPaint(window))
    window.resize(1600, 1000)
    window.show()
    window.editor.focus_first()
    return app.exec()
