"""Tests for zydesk/gui/editor/totals_section.py: each 一级 group's weight against the policy, absent ones too."""

from zydesk.gui.analysis import relative_path


def test_a_group_without_indicators_shows_as_zero_against_the_policy(window):
    document = window.document
    rows = [i for i, ind in enumerate(document.bundle.forms[1].indicators) if ind.category == "satisfaction"]
    window.navigator.select(1)
    for row in reversed(rows):
        document.remove_indicator(1, row)
    text = window.editor.totals.ui.groupTotals.text()
    assert "满意度指标 0 分（应为 10）" in text and "产出指标 50 分" in text
    paths = [relative_path(f.path, "forms[1]") for f in document.analysis(1).findings if f.code == "weights.level1"]
    assert paths == ["indicators"]
    window.reveal("forms[1].indicators")                      # activating that finding goes to the indicators
    assert window.editor.index == 1
