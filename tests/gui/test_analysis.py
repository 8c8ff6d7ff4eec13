"""Tests for zydesk/gui/analysis.py: one form's scores and findings, counted once and never changed."""

import pytest

from zydesk.gui.analysis import TODO, analyse
from zydesk.rules.policy import load_policy


def test_an_analysis_counts_its_findings_and_keeps_its_fields(example):
    bundle = example
    bundle.forms[0].project_name = ""
    analysis = analyse(bundle, 0, load_policy(bundle.policy))
    assert analysis.errors == analysis.real_errors == len([f for f in analysis.findings if f.severity == "error"]) > 0
    assert analysis.by_path and analysis.shown == analysis.findings and not analysis.calm
    with pytest.raises(AttributeError):
        analysis.calm = True


def test_a_calm_analysis_shows_its_findings_as_still_to_fill(example):
    bundle = example
    bundle.forms[0].project_name = ""
    analysis = analyse(bundle, 0, load_policy(bundle.policy), calm=True)
    assert analysis.errors == analysis.warnings == 0 and analysis.real_errors > 0
    assert analysis.todo == len(analysis.findings) and {f.severity for f in analysis.shown} == {TODO}
