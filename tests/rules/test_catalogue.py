"""The catalogue names every code the checks can report, with the severity they report it with."""

import re
from pathlib import Path

from zydesk.rules import checks
from zydesk.rules.catalogue import CHECK_BY_CODE, CHECKS
from zydesk.rules.checks import check_bundle
from zydesk.storage import load

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "xiaoguan-2021.json"
_EMITTED = re.compile(r'Finding\(\s*"([a-z_.]+)",\s*"(error|warning)"')


def test_every_code_the_checks_emit_is_in_the_catalogue_with_its_severity():
    emitted = set(_EMITTED.findall(Path(checks.__file__).read_text(encoding="utf-8")))
    assert emitted, "the pattern no longer finds the checks' findings"
    assert {(c.code, c.severity) for c in CHECKS} >= emitted


def test_codes_are_unique_and_rules_are_written():
    assert len(CHECK_BY_CODE) == len(CHECKS)
    assert all(check.rule and not check.rule.isascii() for check in CHECKS)


def test_findings_on_the_example_are_catalogued():
    for findings in check_bundle(load(EXAMPLE)):
        for finding in findings:
            assert CHECK_BY_CODE[finding.code].severity == finding.severity
