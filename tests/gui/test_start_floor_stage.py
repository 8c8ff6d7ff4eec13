"""bench/start_floor_stage.py and form_text_stage.py: each step of the start runs and says `painted`; what they list."""

import json
import os
import subprocess
import sys

from bench.start_floor_stage import STAGES

from .conftest import EXAMPLE, ROOT


def _run(*args: str, tmp_path, module: str = "bench.start_floor_stage") -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZYDESK_RECOVERY_DIR=str(tmp_path / "recovery"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("ZYDESK_PROBE_HOLD", None)
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
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


def test_the_window_without_its_form_editor_paints(tmp_path):
    copy = tmp_path / "example.zyd.json"
    copy.write_bytes(EXAMPLE.read_bytes())
    done = _run("--window-only", str(copy), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("painted ")
    assert not (tmp_path / f".~lock.{copy.name}#").exists()


def test_the_form_s_texts_are_listed_and_drawn_without_widgets(tmp_path):
    copy, listed = tmp_path / "example.zyd.json", tmp_path / "texts.json"
    copy.write_bytes(EXAMPLE.read_bytes())

    def stage(*args: str) -> subprocess.CompletedProcess:
        return _run(*args, tmp_path=tmp_path, module="bench.form_text_stage")

    done = stage("--list", str(copy), str(listed))
    assert done.returncode == 0, done.stderr
    texts = json.loads(listed.read_text(encoding="utf-8"))
    shown = {text["text"] for text in texts}
    # The form's own words and the example's values; rich labels as plain text; nothing from the navigator.
    assert {"项目名称", "老旧小区综合整治项目", "抗震加固"} <= shown
    assert not any("<" in text for text in shown)
    assert "本文件的表" not in shown
    assert all(text["width"] > 0 and text["font"] for text in texts)
    for step in ("fonts", "draw"):
        done = stage(str(listed), step)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == ["painted"]
