"""Qt-free mutators of a bundle addressed by field paths (`forms[2].funds.total.executed`), one per edit."""

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from .bundle import Bundle, Form, Indicator, new_id
from .categories import CATEGORIES, CATEGORY_BY_CODE

_STEP = re.compile(r"([A-Za-z_]\w*)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")
_CATEGORY_ORDER = {c.code: i for i, c in enumerate(CATEGORIES)}


class PathError(KeyError):
    """A path that does not name a field of the bundle."""


@lru_cache(maxsize=16384)
def split_path(path: str) -> tuple[str | int, ...]:
    """`forms[2].funds.total` -> ("forms", 2, "funds", "total"); cached, the editor asks on every keystroke."""
    parts: list[str | int] = []
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        if not match:
            raise PathError(path)
        parts.append(match.group(1))
        parts.extend(int(i) for i in _INDEX.findall(match.group(2)))
    return tuple(parts)


@lru_cache(maxsize=64)
def _field_names(cls: type[BaseModel]) -> frozenset[str]:
    return frozenset(cls.model_fields)


def join_path(parts: Sequence[str | int]) -> str:
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
    return text


def _step(node: Any, part: str | int, path: str) -> Any:
    try:
        if isinstance(part, int):
            return node[part]
        if not isinstance(node, BaseModel) or part not in _field_names(type(node)):
            raise PathError(path)
        return getattr(node, part)
    except (IndexError, TypeError):
        raise PathError(path) from None


def get_value(bundle: Bundle, path: str) -> Any:
    """The value at a path: a leaf (str, Decimal, int, None) or a sub-model."""
    node: Any = bundle
    for part in split_path(path):
        node = _step(node, part, path)
    return node


def set_value(bundle: Bundle, path: str, value: Any) -> Any:
    """Assign a leaf field (validated by the model) and return the value it had before."""
    parts = split_path(path)
    if not parts or isinstance(parts[-1], int):
        raise PathError(path)
    node: Any = bundle
    for part in parts[:-1]:
        node = _step(node, part, path)
    name = parts[-1]
    old = _step(node, name, path)
    setattr(node, name, value)
    return old


def form_index(path: str) -> int | None:
    """The form a path belongs to (`forms[2]...` -> 2), None for bundle-level fields."""
    parts = split_path(path)
    if len(parts) >= 2 and parts[0] == "forms" and isinstance(parts[1], int):
        return parts[1]
    return None


# ---- indicators -------------------------------------------------------------------------------

def group_indices(form: Form, category: str) -> list[int]:
    """Positions of a 二级 group's rows in the form's indicator list, in order."""
    return [i for i, ind in enumerate(form.indicators) if ind.category == category]


def append_position(form: Form, category: str) -> int:
    """Where a new row of a group goes: after the group's last row, or where the group belongs."""
    rows = group_indices(form, category)
    if rows:
        return rows[-1] + 1
    order = _CATEGORY_ORDER[category]
    for i, ind in enumerate(form.indicators):
        if _CATEGORY_ORDER[ind.category] > order:
            return i
    return len(form.indicators)


def insert_indicator(form: Form, index: int, indicator: Indicator) -> None:
    if indicator.category not in CATEGORY_BY_CODE:
        raise ValueError(indicator.category)
    form.indicators.insert(index, indicator)


def remove_indicator(form: Form, index: int) -> Indicator:
    return form.indicators.pop(index)


def swap_indicators(form: Form, first: int, second: int) -> None:
    """Exchange two rows (moving a row up or down inside its group)."""
    rows = form.indicators
    rows[first], rows[second] = rows[second], rows[first]


def neighbour_in_group(form: Form, index: int, step: int) -> int | None:
    """The previous (step -1) or next (+1) row of the same 二级 group, or None at the group's edge."""
    rows = group_indices(form, form.indicators[index].category)
    position = rows.index(index) + step
    return rows[position] if 0 <= position < len(rows) else None


# ---- forms ------------------------------------------------------------------------------------

def insert_form(bundle: Bundle, index: int, form: Form) -> None:
    bundle.forms.insert(index, form)


def remove_form(bundle: Bundle, index: int) -> Form:
    return bundle.forms.pop(index)


def move_form(bundle: Bundle, source: int, target: int) -> None:
    """Take the form at `source` out and put it back at `target` (indices of the final list)."""
    form = bundle.forms.pop(source)
    bundle.forms.insert(target, form)


def duplicate_form(form: Form, name_suffix: str = "") -> Form:
    """A deep copy with a new id (a different project), optionally with a suffix to its name."""
    copy = form.model_copy(deep=True)
    copy.id = new_id()
    if name_suffix:
        copy.project_name = copy.project_name + name_suffix
    return copy
