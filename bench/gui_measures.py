"""In-editor timings of issue 14, one per process: `python -m bench.gui_measures keystroke|switch [W H]`.

keystroke W H: one key typed into 全年执行数 of a 200-indicator form, to the repaint, at a window of W×H with
every panel open (navigator, bundle bar, editor, findings); prints `keystroke <median ms> <to findings ms>
<CPU ms of the GUI thread>` (CPU time is less disturbed by other processes on a shared machine).
switch: a 40-form bundle (20 indicators each); the Down key in the navigator moves to the next form, timed to
the repaint; prints `switch <median ms> <worst ms> <CPU ms of the GUI thread>`.
"""

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.common import generated_bundle
from zydesk.gui.app import create_app
from zydesk.gui.document import Document
from zydesk.gui.main_window import MainWindow

KEYSTROKES = 200
SWITCH_ROUNDS = 3
# The first-start layout of MainWindow._fit_first_start: the side panels take 15 % and 18 % of the width.
NAVIGATOR_SHARE, FINDINGS_SHARE = 15, 18


def _window(bundle, width: int, height: int) -> MainWindow:
    create_app([])
    window = MainWindow()
    window.set_document(Document(bundle))
    window.resize(width, height)
    navigator = max(170, min(250, width * NAVIGATOR_SHARE // 100))
    findings = max(200, min(300, width * FINDINGS_SHARE // 100))
    window.ui.splitter.setSizes([navigator, max(400, width - navigator - findings), findings])
    window.show()
    QApplication.processEvents()
    return window


def _close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


def keystroke(width: int, height: int) -> None:
    window = _window(generated_bundle(1, 200), width, height)
    assert window.navigator.isVisible() and window.findings.isVisible() and window.bundle_bar.isVisible()
    field = window.editor.funds.ui.totalExecuted
    window.editor.ensureWidgetVisible(field)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "1000")
    QApplication.processEvents()
    findings = window.findings.model
    synchronous, painted, cpu = [], [], []
    keys = [Qt.Key.Key_5, Qt.Key.Key_Backspace]  # 10005 <-> 1000: every key re-scores and re-checks
    for i in range(KEYSTROKES):
        before = findings.findings
        start, start_cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(field, keys[i % 2])
        after_findings = time.perf_counter()
        QApplication.processEvents()
        end, end_cpu = time.perf_counter(), time.thread_time()
        assert findings.findings is not before, "findings were not recomputed"
        synchronous.append((after_findings - start) * 1000)
        painted.append((end - start) * 1000)
        cpu.append((end_cpu - start_cpu) * 1000)
    _close(window)
    medians = (statistics.median(values) for values in (painted, synchronous, cpu))
    print("keystroke " + " ".join(f"{value:.2f}" for value in medians))


def switch() -> None:
    window = _window(generated_bundle(40, 20), 1600, 1000)
    view = window.navigator.ui.list
    view.setFocus()
    times, cpu = [], []
    for _ in range(SWITCH_ROUNDS):
        window.navigator.select(0)
        QApplication.processEvents()
        for form in range(1, 40):
            start, start_cpu = time.perf_counter(), time.thread_time()
            QTest.keyClick(view, Qt.Key.Key_Down)
            QApplication.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            assert window.editor.index == form, "the editor did not follow the navigator"
    _close(window)
    print(f"switch {statistics.median(times):.2f} {max(times):.2f} {statistics.median(cpu):.2f}")


def main(args: list[str]) -> None:
    if args[:1] == ["keystroke"]:
        keystroke(int(args[1]), int(args[2]))
    elif args[:1] == ["switch"]:
        switch()
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
