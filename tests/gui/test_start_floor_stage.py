"""bench/start_floor_stage.py: each step of the start runs and says `painted`; the editor's Qt types are listed."""

import os
import subprocess
import sys

from bench.start_floor_stage import STAGES

from .conftest import EXAMPLE, ROOT


def _run(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZYDESK_RECOVERY_DIR=str(tmp_path / "recovery"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("ZYDESK_PROBE_HOLD", None)
    return subprocess.run([sys.executable, "-m", "bench.start_floor_stage", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_last_stage_loads_every_step(tmp_path):
    classes = tmp_path / "classes.txt"
    classes.write_text("QtCore.Qt\nQtWidgets.QPlainTextEdit\n", encoding="utf-8")
    done = _run(STAGES[-1], str(classes), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["painted"]


def test_the_editor_s_qt_types_are_listed_at_its_first_paint(tmp_path):
    copy, listed = tmp_path / "example.zyd.json", tmp_path / "listed.txt"
    copy.write_bytes(EXAMPLE.read_bytes())
    done = _run("--list-classes", str(copy), str(listed), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    names = listed.read_text(encoding="utf-8").split()
    # The text cells and the Qt namespace are in use by then; a print dialog is not.
    assert {"QtWidgets.QPlainTextEdit", "QtWidgets.QMainWindow", "QtCore.Qt"} <= set(names)
    assert "QtWidgets.QDialog" not in names
    assert not (tmp_path / f".~lock.{copy.name}#").exists()
