"""The editor shows Chinese on a PC without a Chinese font, and keeps the desktop's own font where there is one."""

import json
import os
import subprocess
import sys

from PySide6.QtGui import QFontDatabase

from zydesk.gui import ui_font

from .conftest import ROOT

NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""

PROBE = """
import json
from PySide6.QtGui import QFontDatabase, QFontMetrics
from zydesk.gui.app import create_app
app = create_app([])
print(json.dumps({
    "families": app.font().families(),
    "chinese": QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
    "draws_label": QFontMetrics(app.font()).inFontUcs4(ord("绩")),
}))
"""


def test_a_pc_without_chinese_fonts_gets_the_bundled_one(tmp_path):
    # A fontconfig that knows no fonts at all: the barest PC there is.
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_FONTS.format(cache=tmp_path / "cache"), encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["chinese"] == ["Zydesk Serif SC"]
    assert seen["families"][-1] == "Zydesk Serif SC"
    assert seen["draws_label"]


def test_a_pc_with_a_chinese_font_keeps_its_look(monkeypatch, qapp):
    monkeypatch.setattr(QFontDatabase, "families", lambda *args: ["SimSun"])
    before = qapp.font().families()
    assert ui_font.ensure_chinese_font(qapp) is None
    assert qapp.font().families() == before
