"""The real editor under Xvfb: the recovery and lock dialogs as users see them (tests/gui/safety_screenshots.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from .conftest import ROOT

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb (xvfb-run) is not installed")
def test_screenshots_of_the_recovery_and_lock_dialogs():
    out = ROOT / "artifacts" / "safety"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "ZYDESK_AUTOSAVE_SECONDS")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "tests/gui/safety_screenshots.py", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.split()]
    assert [p.name for p in written] == [
        "recovery-dialog.png", "lock-dialog-other-computer.png", "main-window-restored-read-only.png",
        "lock-dialog-insist.png", "lock-dialog-stale.png", "backup-prompt.png", "settings-dialog.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 300, path
        # Not blank: text and widgets give many different colours.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert len(colours) > 20, path
