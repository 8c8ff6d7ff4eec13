"""Hostile files through load, check, print and new-year in-process: a clean refusal or a bounded result, never
a crash (exit 3), a hang, a traceback or a giant message. A larger sweep by hand: `python tests/hostile.py 2000`."""

import pytest
from hypothesis import HealthCheck, given, settings

from hostile import EXAMPLE_TEXT, hostile_texts, run_everything

pytestmark = pytest.mark.slow


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(hostile_texts())
def test_hostile_files_are_refused_cleanly_or_handled_within_bounds(text):
    run_everything(text)


def test_the_example_itself_runs_clean():
    assert run_everything(EXAMPLE_TEXT) == {"check": 1, "check-json": 1, "print": 0, "new-year": 0}


@pytest.mark.parametrize("replace", [
    ('"executed": "3248.639548"', '"executed": "1e999999999"'),
    ('"executed": "3248.639548"', '"executed": "-1e-999999999"'),
    ('"weight": "10"', '"weight": "1e999999999"'),
    ('"weight": "10"', '"weight": 1e308'),
    ('"weight": "10"', '"weight": ' + "1" * 10_000),
    ('"year": 2021', '"year": ' + "1" * 5_000),
    ('"year": 2021', '"year": ' + "1" * 4_300),
    ('"title": "', '"title": "\\ud800'),
    ('"format": "zydesk"', '"format": "' + "x" * 1_000_000 + '"'),
])
def test_the_reported_hostile_files_exit_2_with_one_line(replace):
    text = EXAMPLE_TEXT.replace(*replace, 1)
    assert text != EXAMPLE_TEXT
    assert set(run_everything(text).values()) == {2}


def test_a_10000_digit_text_in_a_cell_prints():
    text = EXAMPLE_TEXT.replace('"target": "17420 ㎡"', '"target": "' + "1" * 10_000 + '"', 1)
    assert text != EXAMPLE_TEXT
    assert run_everything(text)["print"] == 0
