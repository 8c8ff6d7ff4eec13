"""Reading numbers: quantities in indicator values (FORM.md §4) and numbers typed by a person (§5)."""

import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from ..model.limits import AMOUNT, MAX_NUMBER_CHARS, POINTS, LimitError, NumberLimit, quote

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋％　", "0123456789.,-+% ")

_COMPARATORS: tuple[tuple[str, str], ...] = (
    # Longest spellings first so that ">=" is not read as ">" followed by "=".
    (">=", "≥"), ("＞＝", "≥"), ("≥", "≥"), ("不低于", "≥"), ("不少于", "≥"), ("至少", "≥"),
    ("<=", "≤"), ("＜＝", "≤"), ("≤", "≤"), ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"),
    ("至多", "≤"), ("=", "="), ("＝", "="), (">", ">"), ("＞", ">"), ("<", "<"), ("＜", "<"),
)
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_MAX_UNIT_CHARS = 8
POSITIVE_COMPARATORS = frozenset({"≥", ">", "="})


class Quantity(NamedTuple):
    comparator: str | None
    value: Decimal
    unit: str


def _normalise(text: str) -> str:
    return text.translate(_FULL_WIDTH).strip()


@lru_cache(maxsize=8192)
def parse_quantity(text: str) -> Quantity | None:
    """`[comparator] number [unit]` as the whole trimmed text, else None (qualitative)."""
    rest = text.strip()
    comparator = None
    for spelling, meaning in _COMPARATORS:
        if rest.startswith(spelling):
            comparator, rest = meaning, rest[len(spelling):]
            break
    rest = _normalise(rest)
    match = _NUMBER.match(rest)
    if not match or match.end() > MAX_NUMBER_CHARS:
        return None
    unit = rest[match.end():].strip()
    if len(unit) > _MAX_UNIT_CHARS or any(ch.isdigit() for ch in unit):
        return None
    value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
    return Quantity(comparator, value, unit)


_TO_WAN = {"万元": Decimal(1), "元": Decimal("0.0001")}


def comparable(a: Quantity, b: Quantity) -> tuple[Decimal, Decimal] | None:
    """Both values in one unit (万元 and 元 convert to each other), or None if the units differ."""
    if a.unit in _TO_WAN and b.unit in _TO_WAN:
        return a.value * _TO_WAN[a.unit], b.value * _TO_WAN[b.unit]
    if a.unit == b.unit:
        return a.value, b.value
    return None


def amount_in_wan(quantity: Quantity) -> Decimal | None:
    factor = _TO_WAN.get(quantity.unit)
    return None if factor is None else quantity.value * factor


class NumberKind(Enum):
    AMOUNT = "amount"   # 万元, up to 6 decimals
    WEIGHT = "weight"   # 分值, 2 decimals
    SCORE = "score"     # 得分, 2 decimals
    RATE = "rate"       # a percentage, 2 decimals


_UNITS: dict[NumberKind, dict[str, Decimal]] = {
    # 万 is the everyday shorthand of 万元 (FORM.md §5).
    NumberKind.AMOUNT: {"万元": Decimal(1), "万": Decimal(1), "元": Decimal("0.0001")},
    NumberKind.WEIGHT: {"分": Decimal(1)},
    NumberKind.SCORE: {"分": Decimal(1)},
    NumberKind.RATE: {"%": Decimal(1)},
}
_DECIMALS = {NumberKind.AMOUNT: 6, NumberKind.WEIGHT: 2, NumberKind.SCORE: 2, NumberKind.RATE: 2}
_LIMITS: dict[NumberKind, NumberLimit] = {
    NumberKind.AMOUNT: AMOUNT, NumberKind.WEIGHT: POINTS, NumberKind.SCORE: POINTS, NumberKind.RATE: POINTS,
}
FIELD_LABELS = {NumberKind.AMOUNT: "金额", NumberKind.WEIGHT: "分值", NumberKind.SCORE: "得分", NumberKind.RATE: "比率"}
_RANGE_HINTS = {
    NumberKind.AMOUNT: "应小于 1 万亿万元", NumberKind.WEIGHT: "应小于 100 万分", NumberKind.SCORE: "应小于 100 万分",
    NumberKind.RATE: "应小于 100 万%",
}
_TYPED = re.compile(r"([+-]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)\s*(\D*)")


class NumberError(ValueError):
    """A typed number that cannot be taken; the message says why, in Chinese."""


def parse_typed(text: str, kind: NumberKind) -> Decimal | None:
    """A number a person typed into a field: blank is None; anything unreadable raises NumberError."""
    normalised = _normalise(text)
    if not normalised:
        return None
    field, shown = FIELD_LABELS[kind], quote(text.strip())
    if len(normalised) > 2 * MAX_NUMBER_CHARS:
        raise NumberError(f"{field}超出范围（{_RANGE_HINTS[kind]}）：“{shown}”")
    match = _TYPED.fullmatch(normalised)
    if not match:
        raise NumberError(f"{field}：“{shown}”不是有效的数字")
    sign, digits, unit = match.groups()
    unit = unit.strip()
    units = _UNITS[kind]
    if unit and unit not in units:
        allowed = "、".join(f"“{u}”" for u in units)
        raise NumberError(f"{field}：单位“{quote(unit)}”不能用在这里（可用 {allowed} 或不写单位）")
    try:
        value = Decimal(sign + digits.replace(",", "").rstrip("."))
    except InvalidOperation:
        raise NumberError(f"{field}：“{shown}”不是有效的数字") from None
    if unit:
        value = _strip_zeros_after_conversion(value, units[unit])
    places = _DECIMALS[kind]
    if -value.as_tuple().exponent > places:
        raise NumberError(f"{field}最多 {places} 位小数：“{shown}”")
    try:
        return _LIMITS[kind].check(value)
    except LimitError:
        raise NumberError(f"{field}超出范围（{_RANGE_HINTS[kind]}）：“{shown}”") from None


def _strip_zeros_after_conversion(value: Decimal, factor: Decimal) -> Decimal:
    if factor == 1:
        return value
    converted = value * factor
    text = format(converted, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)
