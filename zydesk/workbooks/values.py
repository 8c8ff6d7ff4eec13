"""Cell values as the form means them: exact decimals from number cells and typed text, blanks and placeholders."""

import datetime
from decimal import Decimal

from ..model import plain
from ..rules.numbers import NumberError, NumberKind, parse_typed

PLACEHOLDERS = frozenset({"—", "——", "-", "－", "―", "/", "／", "*", "＊", "无"})
# Excel shows at most 15 significant digits; beyond them a double carries only binary noise (0.1+0.2).
SIGNIFICANT = 15
_YUAN = Decimal("0.0001")
_RATE_PLACES = Decimal("0.000001")
_PLACES = {NumberKind.AMOUNT: 6, NumberKind.WEIGHT: 2, NumberKind.SCORE: 2, NumberKind.RATE: 30}


class CellValueError(ValueError):
    """A cell in a number column that holds no readable number; the message says why, in Chinese."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_number_cell(value: object) -> bool:
    """A number as the reader gives it (a TRUE/FALSE cell is no number, though Python's bool is an int)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def text_of(value: object) -> str:
    """Any cell as the text a person sees (numbers without binary noise, dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return plain(float_decimal(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time | datetime.datetime):
        return value.isoformat()
    return str(value)


def float_decimal(value: float) -> Decimal:
    """A number cell's double as the decimal Excel shows: 15 significant digits, trailing zeros dropped."""
    return trim(Decimal(format(value, f".{SIGNIFICANT}g")))


def trim(number: Decimal) -> Decimal:
    """The same number without trailing fractional zeros and without an exponent (1E+3 -> 1000)."""
    text = plain(number)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(0) if text in ("", "-0") else Decimal(text)


def read_number(value: object, kind: NumberKind, yuan: bool = False) -> Decimal | None:
    """A number cell or numeric text (`'3,248.64`, `１０００`, `32486395.48` in a 元 sheet) in 万元 / 分.

    Blank and placeholders (`—`, `/`, `无`) are None; anything else unreadable raises CellValueError.
    """
    explicit_unit = False
    if is_blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CellValueError("不是数字")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellValueError("不是有效的数字")
        number = float_decimal(value)
    else:
        text = value.strip().lstrip("'").strip()
        if text in PLACEHOLDERS:
            return None
        explicit_unit = text.endswith("元")
        try:
            number = parse_typed(text, NumberKind.AMOUNT if kind is NumberKind.RATE else kind)
        except NumberError as exc:
            raise CellValueError(str(exc)) from None
        if number is None:
            return None
    if yuan and kind is NumberKind.AMOUNT and not explicit_unit:
        number = trim(number * _YUAN)
    places = _PLACES[kind]
    if -number.as_tuple().exponent > places:
        raise CellValueError(f"最多 {places} 位小数")
    return number


def percent_text(value: int | float) -> str:
    """A number cell shown with a percent format, as the clerk sees it: 0.93 -> `93%`, 0.935 -> `93.5%`."""
    number = Decimal(value) if isinstance(value, int) else float_decimal(value)
    return plain(trim(number * 100)) + "%"


def read_rate(value: object, percent: bool | None = None) -> Decimal | None:
    """A 执行率 cell as a fraction: a number cell is a fraction (93 % is stored as 0.93), `93%` text too.

    `percent`: whether the cell is shown with a percent format (None: not known).
    """
    if is_blank(value):
        return None
    if isinstance(value, str):
        text = value.strip()
        if text in PLACEHOLDERS:
            return None
        percent = text.endswith(("%", "％"))
        number = read_number(text.rstrip("%％"), NumberKind.RATE)
        return None if number is None else trim((number / 100 if percent else number).quantize(_RATE_PLACES))
    number = read_number(value, NumberKind.RATE)
    if number is None:
        return None
    # A number over 1.5 in a rate column is a percentage typed without the format (93 for 93 %); with the
    # format it is the fraction it shows (1.6 is 160 %).
    typed_percent = not percent and number > Decimal("1.5")
    return trim((number / 100 if typed_percent else number).quantize(_RATE_PLACES))
