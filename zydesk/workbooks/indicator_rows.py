"""The indicator block of a form sheet: columns by their header words, 一级/二级 carried down, one row each."""

from ..model import CATEGORY_BY_CODE
from ..rules.numbers import NumberKind
from . import labels as lb
from .sheet_form import SheetReader
from .values import is_blank, text_of

TEXT_COLUMNS = ("target", "actual", "deviation")


def read_indicators(reader: SheetReader, header: int) -> int:
    """Rows under the header until 总分/合计; returns the row after the block."""
    grid = reader.grid
    columns: dict[str, int] = {}
    extra: dict[int, str] = {}
    body = header + 1
    for c in range(len(grid.rows[header])):
        ar, ac = grid.anchor(header, c)
        value = grid.raw(ar, ac)
        if (ar, ac) != (header, c) or is_blank(value):
            continue
        name = lb.norm(text_of(value))
        key = lb.indicator_column(name)
        reader.take(ar, ac)
        if key is not None and key not in columns:
            columns[key] = ac
            body = max(body, grid.span(ar, ac)[2] + 1)  # a header cell may span two rows
        elif name not in lb.FIXED_WORDS:
            extra[ac] = text_of(value).strip()
    state = {"level1": "", "level2": ""}
    indicators: list[dict] = reader.result.form.setdefault("indicators", [])
    for r in range(body, grid.height):
        if _is_total(reader, r, columns):
            return r + 1
        _row(reader, r, columns, extra, state, indicators)
    return grid.height


def _is_total(reader: SheetReader, r: int, columns: dict[str, int]) -> bool:
    first = min(columns.values(), default=0)
    label = next((c for c, n in reader.by_row.get(r, ()) if n.startswith(lb.TOTAL_LABELS)
                  and c <= columns.get("name", first)), None)
    if label is None:
        return False
    reader.take(r, label)
    for key in ("weight", "score"):
        if key in columns:
            reader.computed.add(reader.grid.anchor(r, columns[key]))
            value = reader.take(r, columns[key])
            reader.result.file_totals[f"total_{key}"] = None if is_blank(value) else text_of(value).strip()
    return True


def _carried(reader: SheetReader, r: int, col: int | None, state: dict, key: str) -> str:
    if col is None:
        return state[key]
    text = text_of(reader.grid.value(r, col)).strip()
    reader.take(r, col)
    if text:
        state[key] = text
    return state[key]


def _own(reader: SheetReader, r: int, col: int | None) -> bool:
    """Whether the row itself has a value in this column (not only a merged cell from above)."""
    if col is None:
        return False
    ar, ac = reader.grid.anchor(r, col)
    return ar == r and not is_blank(reader.grid.raw(ar, ac))


def _row(reader: SheetReader, r: int, columns: dict[str, int], extra: dict[int, str], state: dict,
         indicators: list[dict]) -> None:
    grid = reader.grid
    own = [key for key in ("name", *TEXT_COLUMNS, "weight", "score") if _own(reader, r, columns.get(key))]
    level1 = _carried(reader, r, columns.get("level1"), state, "level1")
    level2 = _carried(reader, r, columns.get("level2"), state, "level2")
    known = set(columns.values())
    outside = [c for c, value in enumerate(grid.rows[r]) if value != "" and value is not None
               and c not in known and not is_blank(value) and grid.anchor(r, c) == (r, c)
               and (r, c) not in reader.taken]
    if not own:
        for c in outside:  # a row with no indicator: what else it holds is still listed
            reader.unplace(r, c, _extra_reason(extra, c))
        return
    index = len(indicators)
    path = f"indicators[{index}]"
    category = lb.category_code(level2) or (lb.category_code(level1) if not level2 else None)
    if category is None:
        reason = f"二级指标“{level2[:20]}”不是已知的类别" if level2 else "没有二级指标"
        for key in own:
            reader.unplace(r, columns[key], reason)
        for c in outside:
            reader.unplace(r, c, reason)
        return
    group = lb.level1_code(level1)
    if group is not None and group != CATEGORY_BY_CODE[category].level1.code and "level1" in columns:
        reader.unplace(r, columns["level1"], f"一级指标与二级指标“{level2[:20]}”不一致，按二级指标归类", path)
    indicator = {"category": category, "name": "", "target": "", "actual": "", "weight": None, "score": None,
                 "deviation": "", "assessment": None}
    if "name" in columns:
        name = reader.text(r, columns["name"], f"{path}.name") if _own(reader, r, columns["name"]) else ""
        name = lb.strip_numbering(name)
        indicator["name"] = name if reader.verbatim else name.strip()
    for key in TEXT_COLUMNS:
        if key in columns:
            indicator[key] = reader.text(r, columns[key], f"{path}.{key}")
    for key, kind in (("weight", NumberKind.WEIGHT), ("score", NumberKind.SCORE)):
        if key in columns:
            indicator[key] = reader.number(r, columns[key], kind, f"{path}.{key}")
    for c in outside:
        reader.unplace(r, c, _extra_reason(extra, c), path)
    indicators.append(indicator)


def _extra_reason(extra: dict[int, str], c: int) -> str:
    if c in extra:
        return f"zydesk 没有对应的项（“{extra[c][:20]}”列）"
    return "不在表格版式中"
