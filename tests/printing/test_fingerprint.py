"""fingerprint(): first 8 hex digits of SHA-256 over the form's canonical JSON."""

import hashlib
import json

from zydesk.printing import fingerprint


def test_fingerprint_is_sha256_of_canonical_json(example):
    form = example.forms[0]
    canonical = json.dumps(form.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert fingerprint(form) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def test_fingerprint_is_stable_and_short(example):
    prints = [fingerprint(form) for form in example.forms]
    assert all(len(p) == 8 and int(p, 16) >= 0 for p in prints)
    assert len(set(prints)) == 4
    assert prints == [fingerprint(form) for form in example.forms]


def test_any_change_changes_the_fingerprint(example):
    form = example.forms[1]
    before = fingerprint(form)
    form.indicators[0].deviation = "无。"
    assert fingerprint(form) != before
