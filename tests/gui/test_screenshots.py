"""The real editor under Xvfb at 1600×1000: screenshots of each form and the preview (tests/gui/screenshots.py)."""

import shutil

import pytest
from PySide6.QtGui import QImage

from .conftest import ROOT, run_under_xvfb
from .screenshots import looks_painted

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb (xvfb-run) is not installed")
def test_screenshots_of_every_form_and_the_preview(tmp_path):
    out = ROOT / "artifacts" / "screenshots"
    written = run_under_xvfb("tests/gui/screenshots.py", out)
    assert [p.name for p in written] == [
        "form-1.png", "form-1-page.png", "form-2.png", "form-2-page.png", "form-3.png", "form-3-page.png",
        "form-4.png", "form-4-page.png", "preview.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        if not path.name.endswith("-page.png"):
            assert (image.width(), image.height()) == (1600, 1000)
        # Not a blank screen, judged on the whole image (the middle row may fall between two sections).
        assert looks_painted(image), path
