"""Editor speed: cold start to a painted window with the example, one keystroke in a 200-indicator form, RSS."""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
STARTS = 7
KEYSTROKES = 200


def cold_starts(command: list[str]) -> tuple[float, float]:
    """Fresh processes as on an office PC: bytecode cached (a PyInstaller build ships it), so writing
    it is allowed even when PYTHONDONTWRITEBYTECODE is set here; one unmeasured start fills the cache."""
    with tempfile.TemporaryDirectory() as folder:
        # A copy of the example, and recovery copies kept apart: no lock or leftover may ask a question.
        example = Path(folder) / "example.zyd.json"
        shutil.copyfile(EXAMPLE, example)
        return _cold_starts(command, example, Path(folder) / "recovery")


def _cold_starts(command: list[str], example: Path, recovery: Path) -> tuple[float, float]:
    times, rss = [], []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ZYDESK_RECOVERY_DIR=str(recovery))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(STARTS + 1):
        start = time.perf_counter()
        process = subprocess.Popen([*command, "--startup-probe", str(example)], cwd=ROOT, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = ""
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("painted"):
                if run:
                    times.append(time.perf_counter() - start)
                    rss.append(float(line.split()[1]))
                break
        process.wait(timeout=30)
        if not line.startswith("painted"):
            raise SystemExit("the editor did not paint")
    return statistics.median(times), statistics.median(rss)


def generated_window(indicators: int = 200):
    """The editor showing one generated form with `indicators` rows, painted once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.common import generated_bundle
    from zydesk.gui.app import create_app
    from zydesk.gui.document import Document
    from zydesk.gui.main_window import MainWindow

    create_app([])
    window = MainWindow()
    window.set_document(Document(generated_bundle(1, indicators)))
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    return window


def keystrokes() -> tuple[float, float]:
    """Median ms of one key typed into a 200-indicator form: to updated findings, and to the next repaint."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = generated_window()
    field = window.editor.funds.ui.totalExecuted
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "1000")
    findings = window.findings.model
    synchronous, painted = [], []
    keys = [Qt.Key.Key_5, Qt.Key.Key_Backspace]     # 10005 <-> 1000: every key re-scores and re-checks
    for i in range(KEYSTROKES):
        before = findings.findings
        start = time.perf_counter()
        QTest.keyClick(field, keys[i % 2])
        after_findings = time.perf_counter()
        QApplication.processEvents()
        end = time.perf_counter()
        assert findings.findings is not before, "findings were not recomputed"
        synchronous.append((after_findings - start) * 1000)
        painted.append((end - start) * 1000)
    window.document.undo_stack.setClean()
    window.close()
    return statistics.median(synchronous), statistics.median(painted)


def main() -> None:
    start, rss = cold_starts([sys.executable, "-m", "zydesk"])
    print(f"cold start to painted window with the example: {start * 1000:.0f} ms median of {STARTS} "
          "fresh processes (goal <= 1000 ms)")
    print(f"RSS with the example open: {rss:.0f} MB median (goal <= 200 MB)")
    key, key_painted = keystrokes()
    print(f"one keystroke in a 200-indicator form to updated findings: {key:.1f} ms median of {KEYSTROKES} "
          f"(goal <= 16 ms); including the repaint: {key_painted:.1f} ms")


if __name__ == "__main__":
    main()
