"""The per-row findings cache: a warm cache gives exactly what a cold one gives, each row its own label and place."""

from conftest import bundle_of, clean_form
from zydesk.rules import checks
from zydesk.rules.checks import check_bundle
from zydesk.rules.policy import load_policy


def _cold(bundle):
    checks._ROW_FINDINGS.clear()
    return check_bundle(bundle)


def test_warm_and_cold_give_the_same_findings(example):
    cold = _cold(example)
    assert check_bundle(example) == cold
    example.forms[1].indicators[0].score = example.forms[1].indicators[0].weight + 1
    changed = check_bundle(example)
    assert changed != cold and changed == _cold(example)


def test_the_same_row_in_two_places_names_each_place():
    form = clean_form()
    form.indicators[0].score = form.indicators[0].weight + 1
    twin = form.model_copy(deep=True)
    found = check_bundle(bundle_of(form, twin))
    paths = [[f.path for f in per_form if f.code == "score.range"] for per_form in found]
    assert paths == [["forms[0].indicators[0].score"], ["forms[1].indicators[0].score"]]


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(checks, "_ROW_FINDINGS_MAX", 3)
    checks._ROW_FINDINGS.clear()
    form = clean_form()
    check_bundle(bundle_of(form))
    assert len(checks._ROW_FINDINGS) <= 3
    assert checks.check_form(bundle_of(form), 0, load_policy("mof-2020")) == _cold(bundle_of(form))[0]
