"""Instructions per keystroke in a 200-indicator form, by callgrind: `python -m bench.keystroke_instructions [W H]`.

Wall and CPU times of one keystroke swing with the load of a shared machine; the instructions it executes
do not. The editor runs under valgrind's callgrind with instrumentation off; once every row is made and a
few keys are typed, only KEYS keystrokes into 全年执行数 (each with its repaint, as in `gui_measures
keystroke`, every panel open) are counted. Prints `instructions per keystroke: N M (W×H)`. Needs valgrind.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEYS = 20
WARM_UP = 8
ROOT = Path(__file__).resolve().parent.parent


def _count(width: int, height: int) -> None:
    """The child: runs inside callgrind, switches the instrumentation on around the keystrokes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.common import generated_bundle
    from bench.gui_measures import _close, _window

    window = _window(generated_bundle(1, 200), width, height)
    field = window.editor.funds.ui.totalExecuted
    window.editor.ensureWidgetVisible(field)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "1000")
    window.editor.indicators.complete()
    keys = [Qt.Key.Key_5, Qt.Key.Key_Backspace]   # 10005 <-> 1000: every key re-scores and re-checks
    for i in range(WARM_UP):
        QTest.keyClick(field, keys[i % 2])
        QApplication.processEvents()
    control = ["callgrind_control", "--instr=on", str(os.getpid())]
    subprocess.run(control, check=True, capture_output=True)
    for i in range(KEYS):
        QTest.keyClick(field, keys[i % 2])
        QApplication.processEvents()
    subprocess.run([*control[:1], "--instr=off", str(os.getpid())], check=True, capture_output=True)
    _close(window)


def instructions(width: int, height: int) -> float:
    """Instructions of one keystroke with its repaint (mean of KEYS)."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                        sys.executable, "-m", "bench.keystroke_instructions", "--child", str(width), str(height)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        totals = re.search(r"^totals:\s*(\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise SystemExit("callgrind wrote no totals")
        return int(totals.group(1)) / KEYS


def main(args: list[str]) -> None:
    if args[:1] == ["--child"]:
        _count(int(args[1]), int(args[2]))
        return
    width, height = (int(args[0]), int(args[1])) if len(args) == 2 else (1600, 1000)
    print(f"instructions per keystroke: {instructions(width, height) / 1e6:.2f} M ({width}×{height})")


if __name__ == "__main__":
    main(sys.argv[1:])
