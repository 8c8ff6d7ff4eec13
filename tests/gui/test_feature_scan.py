"""Tests for zydesk/gui/feature_scan.py: PySide6 is told about zydesk's modules instead of reading their source."""

import json
import subprocess
import sys

import zydesk.gui.main_window
from conftest import ROOT
from zydesk.gui import feature_scan


def test_pyside_still_keeps_the_table_and_the_scan_it_saves():
    # Written against PySide6 6.11's shibokensupport/feature.py. When this fails after an upgrade, the table is
    # gone or renamed: feature_scan.py then does nothing (a slower start, nothing worse) and wants a look.
    features = sys.modules["shibokensupport.feature"]
    assert isinstance(features.pyside_feature_dict, dict)
    assert features._mod_uses_pyside(zydesk.gui.main_window) is True    # the answer written for the editor's modules
    assert features._mod_uses_pyside(json) is False                     # and for Python's own


def test_the_table_gets_the_answers_pyside_would_find(monkeypatch):
    features = sys.modules["shibokensupport.feature"]
    table = {"zydesk.gui.navigator": 1}
    monkeypatch.setattr(features, "pyside_feature_dict", table)
    feature_scan.skip_feature_scan()
    assert table["zydesk.gui.main_window"] == 0 and table["zydesk.gui.editor.form_editor"] == 0
    assert table["zydesk.gui.forms.ui_main_window"] == 0 and table["zydesk.gui"] == 0
    assert table["json"] == -1 and table["zydesk.storage"] == -1
    assert table["zydesk.gui.navigator"] == 1                        # a choice already made stays
    assert not [name for name in table if name.startswith(("PySide6", "shiboken"))]


def test_a_pyside_without_the_table_is_left_alone(monkeypatch):
    monkeypatch.delattr(sys.modules["shibokensupport.feature"], "pyside_feature_dict")
    feature_scan.skip_feature_scan()


def test_the_editor_starts_without_reading_the_source_of_its_modules():
    code = ("import sys, json\n"
            "import zydesk.gui\n"
            "features = sys.modules['shibokensupport.feature']\n"
            "scanned = []\n"
            "scan = features._mod_uses_pyside\n"
            "features._mod_uses_pyside = lambda module: scanned.append(module.__name__) or scan(module)\n"
            "import zydesk.gui.app, zydesk.gui.main_window\n"
            "print(json.dumps(scanned))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    scanned = json.loads(out.splitlines()[-1])
    assert not [name for name in scanned if name.startswith("zydesk.gui")]
