"""The import report: one line per sheet, one per cell not placed, and the --report JSON."""

from .importer import ImportResult, SheetReport
from .sheet_form import Unplaced

QUOTE_CHARS = 40


def quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS] + "…"


def sheet_line(sheet: SheetReport) -> str:
    """`表1 → 表 1 老旧小区综合整治项目（16 个指标）` or `汇总：跳过（不是自评表）`."""
    if sheet.form_index is None:
        return f"{sheet.name}：跳过（{sheet.skipped or '不是自评表'}）"
    name = sheet.project_name or "（未填写项目名称）"
    return f"{sheet.name} → 表 {sheet.form_index} {name}（{sheet.indicators} 个指标）"


def unplaced_line(sheet: SheetReport, item: Unplaced) -> str:
    """`表2!H14 “…”: 原因` (a note about the sheet as a whole has no cell)."""
    if not item.cell:
        return f"{sheet.name}：{item.reason}"
    return f"{sheet.name}!{item.cell} “{quote(item.text)}”: {item.reason}"


def report_json(result: ImportResult) -> dict:
    return {"workbooks": [
        {"path": book.path, "sheets": [
            {"name": s.name, "form_index": s.form_index, "skipped": s.skipped,
             "unplaced": [{"cell": u.cell, "text": u.text, "reason": u.reason,
                           "field": _field(s, u)} for u in s.unplaced],
             "file_totals": s.file_totals, "computed": s.computed}
            for s in book.sheets]}
        for book in result.workbooks]}


def _field(sheet: SheetReport, item: Unplaced) -> str | None:
    return field_path(sheet, item.field)


def field_path(sheet: SheetReport, field: str | None) -> str | None:
    """The bundle field a report line leads to: the cell's own field, its row's 三级指标, or the 项目名称."""
    if sheet.form_index is None:
        return None
    form = f"forms[{sheet.form_index - 1}]"
    if not field:
        return f"{form}.project_name"
    if field.endswith("]"):
        return f"{form}.{field}.name"
    if field.count(".") == 1 and field.startswith("funds."):
        return f"{form}.{field}.initial"
    return f"{form}.{field}"
