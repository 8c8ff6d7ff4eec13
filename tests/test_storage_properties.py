"""Property tests: generated bundles survive save->load; damaged files are refused, never a traceback."""

import json
import string
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE
from hostile import PATHS
from zydesk import storage
from zydesk.model import CATEGORIES, Bundle, Execution, Form, FundRow, Funds, Goal, Indicator, Signatures
from zydesk.storage import LoadError

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
               max_size=30)
amount = st.none() | st.decimals(min_value=-10**9, max_value=10**9, places=6, allow_nan=False, allow_infinity=False)
score = st.none() | st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False)

fund_rows = st.builds(FundRow, initial=amount, annual=amount, executed=amount)
indicators = st.builds(
    Indicator, category=st.sampled_from([c.code for c in CATEGORIES]), name=text, target=text, actual=text,
    weight=score, score=score, deviation=text,
    assessment=st.none() | st.sampled_from(["achieved", "partial", "not_achieved"]),
)
forms = st.builds(
    Form, id=st.uuids().map(str), project_name=text, department=text, implementer=text, leader=text, phone=text,
    funds=st.builds(Funds, total=fund_rows, fiscal=fund_rows, carryover=fund_rows, other=fund_rows),
    execution=st.builds(Execution, weight=score.filter(lambda d: d is not None), score=score),
    goal=st.builds(Goal, expected=text, actual=text), indicators=st.lists(indicators, max_size=6),
)
bundles = st.builds(
    Bundle, title=text, year=st.none() | st.integers(-5000, 5000), policy=st.sampled_from(["mof-2020", "haidian-2016"]),
    signatures=st.builds(Signatures, preparer=text, reviewer=text, unit_head=text, date=text),
    forms=st.lists(forms, max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(bundles)
def test_save_then_load_gives_an_equal_bundle(bundle):
    again = storage.loads(storage.dumps(bundle))
    assert again == bundle
    assert storage.dumps(again) == storage.dumps(bundle)


def _never_floats(value):
    if isinstance(value, dict):
        return all(_never_floats(v) for v in value.values())
    if isinstance(value, list):
        return all(_never_floats(v) for v in value)
    return not isinstance(value, float)


@settings(max_examples=50, deadline=None)
@given(bundles)
def test_decimals_are_written_as_plain_strings(bundle):
    raw = json.loads(storage.dumps(bundle))
    assert _never_floats(raw)
    for form in raw["forms"]:
        for ind in form["indicators"]:
            for key in ("weight", "score"):
                assert ind[key] is None or ("E" not in ind[key] and Decimal(ind[key]).is_finite())


EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")


def _load_or_refuse(text_):
    try:
        return storage.loads(text_)
    except LoadError as exc:
        assert exc.reason and "Traceback" not in exc.reason
        return None


SPLICES = st.text(string.printable + "：，“”{}[]\"", max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(EXAMPLE_TEXT) - 1), st.integers(1, 40), SPLICES)
def test_spliced_files_load_or_are_refused_cleanly(position, length, insert):
    _load_or_refuse(EXAMPLE_TEXT[:position] + insert + EXAMPLE_TEXT[position + length:])


@settings(max_examples=200, deadline=None)
@given(st.integers(1, len(EXAMPLE_TEXT.rstrip()) - 1))
def test_truncated_files_are_always_refused(cut):
    assert _load_or_refuse(EXAMPLE_TEXT[:cut]) is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=8,
)


ALL_PATHS = PATHS


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALL_PATHS), json_values)
def test_any_value_replaced_anywhere_loads_or_is_refused_by_place(path, value):
    raw = json.loads(EXAMPLE_TEXT)
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    try:
        storage.loads(json.dumps(raw, ensure_ascii=False))
    except LoadError as exc:
        assert exc.reason
