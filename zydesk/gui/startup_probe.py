"""`zydesk --startup-probe FILE`: opens the editor like `zydesk FILE`, reports the first paint, and quits.

For the start-up benchmarks of the checkout and of the packaged folder (bench/): the same code path as a
user's start, with a line `painted <RSS MB>` on stdout once the window has painted. With ZYDESK_PROBE_HOLD set, it
then waits to be ended by a signal instead of quitting, so that an instruction count ends at the paint.
"""

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

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


class FirstPaint(QObject):
    """Calls `then(window)` in the event loop's turn after the window's first paint event: the paint delivered."""

    def __init__(self, window, then: Callable[[QWidget], None]):
        super().__init__(window)
        self.window = window
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.then(self.window))  # after this paint has been delivered: on screen
        return False


def report(window) -> None:
    print(f"painted {rss_mb():.1f}", flush=True)
    if os.environ.get("ZYDESK_PROBE_HOLD"):
        while True:  # until the benchmark's signal: the count stops here, not after closing the window
            time.sleep(60)
    window.document.undo_stack.setClean()
    QApplication.quit()


def open_and_paint(args: list[str], then: Callable[[QWidget], None]) -> int:
    """Opens the editor on `args` as a user's start does, at 1600×1000, and calls `then` once it has painted."""
    app = create_app([])
    window = open_window(args)
    loaded()
    FirstPaint(window, then)
    window.resize(1600, 1000)
    window.show()
    window.editor.focus_first()
    return app.exec()


def main(args: list[str]) -> int:
    return open_and_paint(args, report)
