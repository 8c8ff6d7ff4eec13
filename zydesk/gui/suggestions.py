"""采用建议得分: put the computed score into 得分, for one row or for a whole form, as one undo step."""

from decimal import Decimal

from ..model import tidy
from .document import Document


def row_adoption(document: Document, form: int, row: int) -> dict[str, Decimal]:
    suggestion = document.analysis(form).scores.suggestions[row]
    return {} if suggestion is None else {f"forms[{form}].indicators[{row}].score": typed_like(suggestion)}


def form_adoption(document: Document, form: int) -> dict[str, Decimal]:
    """Every suggested score of the form (执行率得分 included) that differs from the entered one."""
    scores = document.analysis(form).scores
    values: dict[str, Decimal] = {}
    if scores.execution_score is not None:
        values[f"forms[{form}].execution.score"] = typed_like(scores.execution_score)
    for row in range(len(scores.suggestions)):
        values.update(row_adoption(document, form, row))
    return values


def typed_like(score: Decimal) -> Decimal:
    """9.30 -> 9.3, 1.00 -> 1: stored as a person would type it."""
    return Decimal(tidy(score))


def adopt(document: Document, values: dict[str, Decimal], text: str) -> int:
    """Apply `values` as one undo step; how many 得分 changed (0: nothing to do, nothing pushed)."""
    changed = {path: value for path, value in values.items() if document.value(path) != value}
    if changed:
        document.edit_many(changed, text)
    return len(changed)
