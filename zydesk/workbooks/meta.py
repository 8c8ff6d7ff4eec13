"""The hidden sheet `zydesk`: what the paper layout cannot show, so that export then import gives the bundle back."""

import json
from decimal import Decimal

from ..model import Bundle, Form, plain

SHEET = "zydesk"
DETAIL_SHEET = "指标明细"
MAX_META_ROWS = 100_000


def meta_rows(bundle: Bundle, sheet_names: list[str], numbers: list[int]) -> list[tuple[str, str]]:
    """Key/JSON-value rows: the bundle's own keys, then per form its sheet, id, assessments and exact decimals."""
    rows = [("format", json.dumps(bundle.format)), ("schema_version", json.dumps(bundle.schema_version)),
            ("title", json.dumps(bundle.title, ensure_ascii=False)), ("year", json.dumps(bundle.year)),
            ("policy", json.dumps(bundle.policy, ensure_ascii=False)),
            ("signatures", json.dumps(bundle.signatures.model_dump(), ensure_ascii=False))]
    for sheet, number in zip(sheet_names, numbers, strict=True):
        form = bundle.forms[number - 1]
        entry = {"sheet": sheet, "id": form.id, "indicators": len(form.indicators),
                 "assessments": {str(i): ind.assessment for i, ind in enumerate(form.indicators)
                                 if ind.assessment is not None},
                 "decimals": _exact_decimals(form)}
        rows.append((f"form {number}", json.dumps(entry, ensure_ascii=False)))
    return rows


def _exact_decimals(form: Form) -> dict[str, str]:
    """Decimals whose written number reads back differently (`2.50` reads as 2.5): their exact text."""
    exact: dict[str, str] = {}

    def check(path: str, value: Decimal | None) -> None:
        if value is None:
            return
        text = plain(value)
        shown = text.rstrip("0").rstrip(".") if "." in text else text
        if shown != text or (text.startswith("-0") and value == 0):
            exact[path] = text

    for key in ("total", "fiscal", "carryover", "other"):
        row = getattr(form.funds, key)
        for col in ("initial", "annual", "executed"):
            check(f"funds.{key}.{col}", getattr(row, col))
    check("execution.weight", form.execution.weight)
    check("execution.score", form.execution.score)
    for i, indicator in enumerate(form.indicators):
        check(f"indicators[{i}].weight", indicator.weight)
        check(f"indicators[{i}].score", indicator.score)
    return exact


def read_meta(rows: list[list[object]]) -> dict | None:
    """The hidden sheet's content, or None when it is not zydesk's (a foreign workbook)."""
    entries: dict[str, object] = {}
    for row in rows[:MAX_META_ROWS]:
        if len(row) < 2 or not isinstance(row[0], str) or not isinstance(row[1], str):
            continue
        try:
            entries[row[0]] = json.loads(row[1])
        except ValueError:
            return None
    if entries.get("format") != "zydesk":
        return None
    forms = [v for k, v in entries.items() if k.startswith("form ") and isinstance(v, dict)]
    return {**entries, "forms": forms}


def apply_form_meta(form: dict, entry: dict) -> None:
    """Give a form read from its sheet its id, assessments and exact decimals, where the sheet still agrees."""
    if isinstance(entry.get("id"), str) and entry["id"]:
        form["id"] = entry["id"]
    indicators = form.get("indicators", [])
    same_rows = entry.get("indicators") == len(indicators)
    for key, assessment in (entry.get("assessments") or {}).items():
        if same_rows and str(key).isdigit() and int(key) < len(indicators):
            indicators[int(key)]["assessment"] = assessment
    for path, exact in (entry.get("decimals") or {}).items():
        if same_rows or not path.startswith("indicators"):
            _set_if_equal(form, path, exact)


def _set_if_equal(form: dict, path: str, exact: object) -> None:
    # Only where the visible cell still holds the same number: an edit made in the sheet wins.
    parts = path.replace("[", ".").replace("]", "").split(".")
    node = form
    try:
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        current = node[parts[-1]]
        if current is not None and isinstance(exact, str) and Decimal(current) == Decimal(exact):
            node[parts[-1]] = exact
    except (KeyError, IndexError, TypeError, ValueError, ArithmeticError):
        return
