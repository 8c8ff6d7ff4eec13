"""What the core computes for one form (scores and findings), grouped the way the widgets need it."""

from dataclasses import replace
from functools import cached_property
from typing import NamedTuple

from ..model import Bundle
from ..rules.checks import check_form
from ..rules.findings import Finding, count
from ..rules.policy import Policy
from ..rules.scoring import FormScores, score_form

# How a finding shows on a new form nobody has typed into yet: what is missing, calmly, not as 22 red errors.
TODO = "todo"


class _Computed(NamedTuple):
    scores: FormScores
    findings: list[Finding]                 # as the checks report them (printing confirms these errors)
    by_path: dict[str, list[Finding]]       # as shown: calm on an untouched form
    calm: bool = False


class FormAnalysis(_Computed):
    """Fields fixed once made, so the counts below are counted once. Not a frozen dataclass: that one compiles
    the source of six methods at every start."""

    # Asked for many times per keystroke (navigator, findings panel, filter): counted once per analysis.
    @cached_property
    def shown(self) -> list[Finding]:
        return [replace(f, severity=TODO) for f in self.findings] if self.calm else self.findings

    @property
    def errors(self) -> int:
        """Errors as shown (none while the form is untouched); `real_errors` are what printing confirms."""
        return 0 if self.calm else self.real_errors

    @cached_property
    def real_errors(self) -> int:
        return count(self.findings, "error")

    @cached_property
    def warnings(self) -> int:
        return 0 if self.calm else count(self.findings, "warning")

    @property
    def todo(self) -> int:
        return len(self.findings) if self.calm else 0


def analyse(bundle: Bundle, index: int, policy: Policy, calm: bool = False) -> FormAnalysis:
    """Score and check form `index`; findings are also indexed by the path relative to the form.

    `calm`: the form is new and untouched, so its findings show as 待填写 rather than errors and warnings."""
    form = bundle.forms[index]
    findings = check_form(bundle, index, policy)
    analysis = FormAnalysis(score_form(form, policy), findings, {}, calm)
    prefix = f"forms[{index}]"
    for finding in analysis.shown:
        analysis.by_path.setdefault(relative_path(finding.path, prefix), []).append(finding)
    return analysis


def relative_path(path: str, prefix: str) -> str:
    """`forms[2].funds.total.executed` -> `funds.total.executed`; `forms[2]` -> ``; `year` stays `year`."""
    if path == prefix:
        return ""
    if path.startswith(prefix + "."):
        return path[len(prefix) + 1:]
    return path
