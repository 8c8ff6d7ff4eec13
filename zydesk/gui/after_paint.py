"""Work a window's first paint does not need, run once the window is on screen (its first paint done)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

# Should the window itself get no paint event (its children cover it), this long after it is shown.
AFTER_SHOW_MS = 100


class _FirstPaint(QObject):
    """Waits for its window's first paint, then runs the callbacks in the event loop's next turn, in order."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.callbacks: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Paint:
                self._painted()
            elif event.type() == QEvent.Type.Show:
                QTimer.singleShot(AFTER_SHOW_MS, self._painted)
        return False

    def _painted(self) -> None:
        if self.callbacks:
            self.window.removeEventFilter(self)
            callbacks, self.callbacks = self.callbacks, []
            for callback in callbacks:
                QTimer.singleShot(0, self.window, callback)  # not after the window is gone


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Runs `callback` once `window` (not yet on screen) has painted for the first time."""
    waiting = window.findChild(_FirstPaint, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if waiting is None:
        waiting = _FirstPaint(window)
    elif not waiting.callbacks:
        window.installEventFilter(waiting)   # painted before: waiting again for the window's next showing
    waiting.callbacks.append(callback)
