"""The real editor under Xvfb: the recovery and lock dialogs as users see them (tests/gui/safety_screenshots.py)."""

import shutil

import pytest
from PySide6.QtGui import QImage

from .conftest import ROOT, run_under_xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb (xvfb-run) is not installed")
def test_screenshots_of_the_recovery_and_lock_dialogs():
    out = ROOT / "artifacts" / "safety"
    written = run_under_xvfb("tests/gui/safety_screenshots.py", out, drop_env=("ZYDESK_AUTOSAVE_SECONDS",))
    assert [p.name for p in written] == [
        "recovery-dialog.png", "lock-dialog-other-computer.png", "main-window-restored-read-only.png",
        "lock-dialog-insist.png", "lock-dialog-stale.png", "backup-prompt.png", "settings-dialog.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 300, path
        # Not blank: text and widgets give many different colours.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert len(colours) > 20, path
