"""A real editor in its own process for the crash and two-instance tests: `zydesk FILE`, typing like a user.

    python tests/gui/editor_driver.py FILE [--no-typing]

Runs the program's own `main`. Once the window is up it types into 全年执行数 of the first form (committed
keystroke by keystroke) and adds 二期 to 项目名称 through an input method, leaving the cursor in that field
(not committed yet, as when the power goes while someone is typing). Prints "typed" ("open" with
--no-typing) and keeps running until the test kills it.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

EXECUTED = "3000"
PROJECT_SUFFIX = "（二期）"
TIMEOUT_MS = 5000


def wait_for(condition, timeout_ms: int = TIMEOUT_MS) -> bool:
    for _ in range(timeout_ms // 20):
        if condition():
            return True
        QTest.qWait(20)
    return condition()


def input_method(widget, text: str) -> None:
    """Pinyin pre-edit first, then the committed characters, as a Chinese input method sends them."""
    attrs = [QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, 2, 1)]
    QApplication.sendEvent(widget, QInputMethodEvent("er", attrs))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def drive(typing: bool) -> None:
    from zydesk.gui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, lambda: drive(typing))
        return
    window = windows[0]
    window.activateWindow()
    wait_for(window.isActiveWindow)
    if typing:
        executed = window.editor.funds.ui.totalExecuted
        executed.setFocus(Qt.FocusReason.MouseFocusReason)
        executed.selectAll()
        QTest.keyClicks(executed, EXECUTED)
        name = window.editor.header.ui.projectName
        name.setFocus(Qt.FocusReason.MouseFocusReason)
        QTest.keyClick(name, Qt.Key.Key_End)
        input_method(name, PROJECT_SUFFIX)
    print("typed" if typing else "open", flush=True)


def main(argv: list[str]) -> int:
    from zydesk.gui.app import create_app
    from zydesk.gui.app import main as editor_main

    create_app([])
    QTimer.singleShot(0, lambda: drive("--no-typing" not in argv))
    return editor_main([a for a in argv if not a.startswith("--")])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
