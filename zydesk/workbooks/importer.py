"""Workbooks to one bundle: every sheet read or skipped with a reason, validated like a file on disk."""

import json
import os
from dataclasses import dataclass, field
from decimal import Decimal

from .. import storage
from ..model import DEFAULT_POLICY, DEFAULT_TITLE, Bundle, new_id, plain, tidy
from ..rules.policy import load_policy
from ..rules.scoring import score_form
from .fit_limits import fit_form, fit_sheet_texts
from .grid import EMPTY_RESULT, SheetGrid, SkippedSheet, read_workbook
from .guard import WorkbookError, check_workbook
from .indicator_rows import read_indicators
from .labels import FIXED_WORDS, norm
from .meta import DETAIL_SHEET, SHEET, apply_form_meta, read_meta
from .sheet_form import NOT_A_FORM, SheetForm, SheetReader, Unplaced, cell_name
from .signatures import read_signatures
from .values import text_of

RATE_PLACES = Decimal("0.000001")


@dataclass
class SheetReport:
    name: str
    form_index: int | None = None  # 1-based number of the form in the bundle
    skipped: str | None = None
    project_name: str = ""
    indicators: int = 0
    unplaced: list[Unplaced] = field(default_factory=list)
    file_totals: dict = field(default_factory=dict)
    computed: dict = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)


@dataclass
class WorkbookReport:
    path: str
    sheets: list[SheetReport] = field(default_factory=list)


@dataclass
class ImportResult:
    bundle: Bundle
    workbooks: list[WorkbookReport]


def read_sheet(grid: SheetGrid, verbatim: bool = False) -> SheetForm | None:
    """One sheet as a form, or None when it holds none."""
    reader = SheetReader(grid, verbatim)
    located = reader.locate()
    if located is None:
        return None
    name_row, header = located
    reader.read_title(name_row)
    reader.read_header(range(0, header))
    after_funds = reader.read_funds(range(name_row, header))
    reader.read_goal(range(after_funds, header))
    end = read_indicators(reader, header)
    read_signatures(reader, range(end, grid.height))
    for r, c in grid.formulas_without_value:
        if grid.formula_note == EMPTY_RESULT and (r, c) in reader.computed:
            continue  # an empty 执行率 or 总分 is what a template's =IF(…,"") shows, and zydesk computes them itself
        reader.unplace(r, c, grid.formula_note, reader.fields.get((r, c)))
    for r, c, value in grid.filled():
        if (r, c) in reader.taken or (isinstance(value, str) and norm(value) in FIXED_WORDS):
            continue
        reader.unplace(r, c, "不在表格版式中")
    result = reader.result
    result.unplaced.sort(key=lambda u: _cell_order(u.cell))
    return result


def _cell_order(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits or 0), name


def _complete(form: dict) -> dict:
    """The form as a file holds it, keys in file order, absent header rows empty."""
    execution = form.get("execution") or {"weight": None, "score": None}
    return {"id": form.get("id") or new_id(),
            **{key: form.get(key, "") for key in ("project_name", "department", "implementer", "leader", "phone")},
            "funds": form.get("funds") or {k: {"initial": None, "annual": None, "executed": None}
                                           for k in ("total", "fiscal", "carryover", "other")},
            "execution": execution, "goal": form.get("goal") or {"expected": "", "actual": ""},
            "indicators": form.get("indicators", [])}


def import_workbooks(paths: list[str | os.PathLike], year: int | None = None, title: str | None = None
                     ) -> ImportResult:
    """Read workbooks in order into one bundle; WorkbookError when nothing usable comes out."""
    reports: list[WorkbookReport] = []
    forms: list[tuple[SheetForm, SheetReport, str]] = []
    metas: list[dict] = []
    for path in paths:
        report, found, meta = _read_one(str(path))
        reports.append(report)
        forms += [(f, s, str(path)) for f, s in found]
        if meta is not None:
            metas.append(meta)
    if not forms:
        raise WorkbookError(paths[-1] if len(paths) == 1 else "、".join(map(str, paths))[:200],
                            "没有一张工作表是项目支出绩效自评表（需要“项目名称”和“一级指标 二级指标 三级指标”表头）")
    meta = metas[0] if metas else {}
    for form, sheet, _ in forms:
        sheet.unplaced += fit_sheet_texts(form)
    bundle_year = year if year is not None else meta.get("year")
    if bundle_year is None:
        bundle_year = next((f.year for f, _, _ in forms if f.year is not None), None)
    if bundle_year is None:
        raise WorkbookError(forms[0][2], "工作簿中没有年度（如“2021年度”），请用 --year 指定")
    first = {key: next((getattr(f, key) for f, _, _ in forms if getattr(f, key)), None)
             for key in ("title", "signatures")}
    raw = {"format": "zydesk", "schema_version": 1,
           "title": title if title is not None else meta.get("title", first["title"] or DEFAULT_TITLE),
           "year": bundle_year, "policy": meta.get("policy", DEFAULT_POLICY),
           "signatures": {"preparer": "", "reviewer": "", "unit_head": "", "date": ""}, "forms": []}
    raw["signatures"].update(meta.get("signatures", first["signatures"] or {}))
    policy = load_policy(raw["policy"]) if raw["policy"] in _policies() else load_policy(DEFAULT_POLICY)
    seen: set[str] = set()
    for form, sheet, _ in forms:
        complete = _complete(form.form)
        sheet.unplaced += fit_form(complete, form)
        if complete["id"] in seen:
            complete["id"] = new_id()
        seen.add(complete["id"])
        if complete["execution"]["weight"] is None:
            complete["execution"]["weight"] = plain(policy.weights["execution"])
            note = f"预算执行率没有分值，按评分规则取 {tidy(policy.weights['execution'])}"
            sheet.unplaced.append(Unplaced("", "", note, "execution.weight"))
        raw["forms"].append(complete)
        sheet.form_index = len(raw["forms"])
    bundle = _validate(raw, forms)
    for (_, sheet, _), form in zip(forms, bundle.forms, strict=True):
        sheet.project_name, sheet.indicators = form.project_name, len(form.indicators)
        sheet.computed = _computed(form, load_policy(bundle.policy))
    return ImportResult(bundle, reports)


def _policies() -> list[str]:
    from ..rules.policy import policy_ids

    return list(policy_ids())


def _read_one(path: str) -> tuple[WorkbookReport, list[tuple[SheetForm, SheetReport]], dict | None]:
    checked = check_workbook(path)
    sheets = read_workbook(path, checked)
    meta_grid = next((s for s in sheets if isinstance(s, SheetGrid) and s.name == SHEET), None)
    meta = read_meta(meta_grid.rows) if meta_grid is not None else None
    by_sheet = {entry.get("sheet"): entry for entry in (meta or {}).get("forms", [])}
    report = WorkbookReport(path)
    found = []
    for sheet in sheets:
        entry = SheetReport(sheet.name)
        report.sheets.append(entry)
        if isinstance(sheet, SkippedSheet):
            entry.skipped = sheet.reason
        elif meta is not None and sheet.name == SHEET:
            entry.skipped = "zydesk 的隐藏数据表（用于完整还原）"
        elif meta is not None and sheet.name == DETAIL_SHEET:
            entry.skipped = "指标明细（由各表生成，不重复导入）"
        elif (form := read_sheet(sheet, verbatim=meta is not None)) is None:
            entry.skipped = NOT_A_FORM
        else:
            if sheet.name in by_sheet:
                apply_form_meta(form.form, by_sheet[sheet.name])
            entry.unplaced, entry.file_totals, entry.cells = form.unplaced, form.file_totals, form.cells
            found.append((form, entry))
    return report, found, meta


def _validate(raw: dict, forms: list[tuple[SheetForm, SheetReport, str]]) -> Bundle:
    # The same path a file on disk takes, so FILE-FORMAT.md's limits apply to workbook values too.
    try:
        return storage.loads(json.dumps(raw, ensure_ascii=False), "<workbook>")
    except storage.LoadError as exc:
        reason = exc.reason
        if reason.startswith("forms["):
            index = int(reason[6:reason.index("]")])
            form, sheet, path = forms[index]
            where = form.cells.get(reason[reason.index("]") + 2:].split(":")[0])
            place = f"工作表“{sheet.name}”" + (f" {where}" if where else "")
            raise WorkbookError(path, f"{place}：{reason}") from None
        raise WorkbookError(forms[0][2], reason) from None


def _computed(form, policy) -> dict:
    scores = score_form(form, policy)
    rate = scores.execution_rate
    return {"execution_rate": None if rate is None else plain(rate.quantize(RATE_PLACES)),
            "execution_score": None if scores.execution_score is None else plain(scores.execution_score),
            "total_weight": tidy(scores.total_weight), "total_score": tidy(scores.total_score),
            "grade": scores.grade}


__all__ = ["ImportResult", "SheetReport", "WorkbookReport", "cell_name", "import_workbooks", "read_sheet",
           "text_of"]
