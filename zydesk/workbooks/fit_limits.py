"""Cell values over FILE-FORMAT.md's limits: cut or left out and listed, so the rest of the workbook imports."""

from decimal import Decimal, InvalidOperation

from ..model.limits import AMOUNT, MAX_TEXT_CHARS, MAX_TITLE_CHARS, POINTS, LimitError, remove_forbidden, text_problem
from .sheet_form import SheetForm, Unplaced

_HEADER = ("project_name", "department", "implementer", "leader", "phone")
_INDICATOR_TEXTS = ("name", "target", "actual", "deviation")


def fit_text(text: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, list[str]]:
    """The text as a file may hold it, and what was changed (empty when nothing was)."""
    # A Windows line break typed into a cell is a line break, not a control character to complain about.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    notes = []
    problem = text_problem(text, len(text))  # the length is judged below, after the removal
    if problem is not None:
        text = remove_forbidden(text)
        notes.append(f"{problem}，已删去")
    if len(text) > limit:
        notes.append(f"文字过长（{len(text)} 字，最多 {limit} 字），只导入了前 {limit} 字")
        text = text[:limit]
    return text, notes


def fit_form(form: dict, sheet: SheetForm) -> list[Unplaced]:
    """Bring every value of one form within the limits in place; one report entry per value changed."""
    notes: list[Unplaced] = []

    def text(holder: dict, key: str, path: str) -> None:
        value = holder.get(key)
        if not isinstance(value, str):
            return
        fitted, reasons = fit_text(value)
        holder[key] = fitted
        if reasons:
            notes.append(Unplaced(sheet.cells.get(path, ""), value, "；".join(reasons), path))

    def number(holder: dict, key: str, path: str, limit) -> None:
        value = holder.get(key)
        if value is None:
            return
        try:
            limit.check(Decimal(value))
        except (LimitError, InvalidOperation) as exc:
            holder[key] = None
            reason = str(exc) if isinstance(exc, LimitError) else "不是有效的数字"
            notes.append(Unplaced(sheet.cells.get(path, ""), str(value), f"{reason}，未导入", path))

    for key in _HEADER:
        text(form, key, key)
    for key in ("expected", "actual"):
        text(form["goal"], key, f"goal.{key}")
    for row, cols in form["funds"].items():
        for col in cols:
            number(cols, col, f"funds.{row}.{col}", AMOUNT)
    for key in ("weight", "score"):
        number(form["execution"], key, f"execution.{key}", POINTS)
    for i, indicator in enumerate(form["indicators"]):
        for key in _INDICATOR_TEXTS:
            text(indicator, key, f"indicators[{i}].{key}")
        for key in ("weight", "score"):
            number(indicator, key, f"indicators[{i}].{key}", POINTS)
    return notes


def fit_sheet_texts(sheet: SheetForm) -> list[Unplaced]:
    """The sheet's title and signature line, which go to the bundle rather than to the form."""
    notes = []
    if sheet.title is not None:
        sheet.title = _fit_noted(sheet, sheet.title, "title", MAX_TITLE_CHARS, notes)
    for key, value in sheet.signatures.items():
        sheet.signatures[key] = _fit_noted(sheet, value, f"signatures.{key}", MAX_TEXT_CHARS, notes)
    return notes


def _fit_noted(sheet: SheetForm, value: str, path: str, limit: int, notes: list[Unplaced]) -> str:
    fitted, reasons = fit_text(value, limit)
    if reasons:
        # Not a field of the form: the report line goes to the form's 项目名称.
        notes.append(Unplaced(sheet.cells.get(path, ""), value, "；".join(reasons)))
    return fitted
