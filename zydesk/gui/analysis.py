"""What the core computes for one form (scores and findings), grouped the way the widgets need it."""

from dataclasses import dataclass, field

from ..model import Bundle
from ..rules.checks import check_form
from ..rules.findings import Finding, count
from ..rules.policy import Policy
from ..rules.scoring import FormScores, score_form


@dataclass(frozen=True)
class FormAnalysis:
    scores: FormScores
    findings: list[Finding]
    by_path: dict[str, list[Finding]] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return count(self.findings, "error")

    @property
    def warnings(self) -> int:
        return count(self.findings, "warning")


def analyse(bundle: Bundle, index: int, policy: Policy) -> FormAnalysis:
    """Score and check form `index`; findings are also indexed by the path relative to the form."""
    form = bundle.forms[index]
    findings = check_form(bundle, index, policy)
    prefix = f"forms[{index}]"
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(relative_path(finding.path, prefix), []).append(finding)
    return FormAnalysis(score_form(form, policy), findings, by_path)


def relative_path(path: str, prefix: str) -> str:
    """`forms[2].funds.total.executed` -> `funds.total.executed`; `forms[2]` -> ``; `year` stays `year`."""
    if path == prefix:
        return ""
    if path.startswith(prefix + "."):
        return path[len(prefix) + 1:]
    return path
