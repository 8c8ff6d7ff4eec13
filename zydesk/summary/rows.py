"""One summary row per form, from the same scoring and check functions `zydesk check --json` reports."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..model import Bundle
from ..rules.checks import check_form, is_placeholder
from ..rules.findings import count
from ..rules.policy import load_policy
from ..rules.scoring import denominator, execution_rate, total_score, total_weight

DEVIATION_CHARS = 60
DEVIATION_SEPARATOR = "；"


@dataclass
class FormRow:
    """What the summary shows of one form; decimals exact, None where the form leaves a cell blank."""

    year: int | None
    project_name: str
    department: str
    implementer: str
    initial: Decimal | None
    annual: Decimal | None
    executed: Decimal | None
    execution_rate: Decimal | None  # fraction, None when undefined (FORM.md §2)
    total_weight: Decimal
    total_score: Decimal
    grade: str
    errors: int
    warnings: int
    deviation: str
    file_name: str
    # Not columns: what totals, duplicates and the editor need.
    rate_denominator: Decimal | None
    form_id: str
    form_index: int  # 0-based position in its file
    file_path: str
    duplicate: bool = False
    number: int = 0  # 序号, 1-based in the order shown


def main_deviation(texts: list[str], limit: int = DEVIATION_CHARS) -> str:
    """The non-placeholder 偏差原因 texts in form order, joined, cut to `limit` characters (… marks a cut)."""
    parts = [" ".join(t.split()) for t in texts if not is_placeholder(t)]
    joined = DEVIATION_SEPARATOR.join(p for p in parts if p)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def bundle_rows(bundle: Bundle, path: Path | str | None, display_name: str | None = None) -> list[FormRow]:
    """A row per form of `bundle`, in file order; `display_name` overrides the file name shown."""
    policy = load_policy(bundle.policy)
    file_name = display_name if display_name is not None else (Path(path).name if path else "")
    rows = []
    for index, form in enumerate(bundle.forms):
        # The functions score_form is made of, without the per-indicator suggestions the summary never shows.
        score = total_score(form)
        findings = check_form(bundle, index, policy)
        total = form.funds.total
        rows.append(FormRow(
            year=bundle.year, project_name=form.project_name, department=form.department,
            implementer=form.implementer, initial=total.initial, annual=total.annual, executed=total.executed,
            execution_rate=execution_rate(form, policy), total_weight=total_weight(form),
            total_score=score, grade=policy.grade(score),
            errors=count(findings, "error"), warnings=count(findings, "warning"),
            deviation=main_deviation([i.deviation for i in form.indicators]), file_name=file_name,
            rate_denominator=denominator(total, policy), form_id=form.id, form_index=index,
            file_path="" if path is None else str(path),
        ))
    return rows
