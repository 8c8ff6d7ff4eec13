"""The exact decimal type of the file format: read from strings or JSON numbers, written as plain strings."""

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, PlainSerializer, PlainValidator, StrictStr
from pydantic_core import PydanticCustomError

from .limits import (
    AMOUNT,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    POINTS,
    LimitError,
    NumberLimit,
    OversizedNumber,
    decimal_from_text,
    plain_number,
    text_problem,
)
from .limits import check_year as _check_year


def to_decimal(value: Any) -> Decimal:
    """Accept a decimal string, an int or a Decimal (from JSON parsed with parse_float=Decimal)."""
    if isinstance(value, bool | float):
        # A binary float has already lost the exact value; refuse rather than guess.
        raise PydanticCustomError("decimal", "不是有效的数字")
    if isinstance(value, OversizedNumber):
        raise PydanticCustomError("number_range", "数值超出范围")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = decimal_from_text(value)
        except LimitError as exc:
            raise PydanticCustomError("number_range", str(exc)) from None
        except InvalidOperation:
            raise PydanticCustomError("decimal", "不是有效的数字") from None
    else:
        raise PydanticCustomError("decimal", "不是有效的数字")
    if not result.is_finite():
        raise PydanticCustomError("decimal", "不是有效的数字")
    return result


def plain(value: Decimal) -> str:
    """Decimal as a plain string, never in exponent form; trailing zeros kept as stored."""
    if value == 0 and value.as_tuple().exponent > 0:
        return "0"
    return format(value, "f")


def tidy(value: Decimal) -> str:
    """Decimal for messages and totals: plain, with trailing fractional zeros removed (10.50 -> 10.5)."""
    text = plain(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _bounded(limit: NumberLimit):
    plain_text = plain_number(limit)

    def validate(value: Any) -> Decimal:
        # One call per number, not two (to_decimal, then the limit): a district's summary reads millions.
        if type(value) is str and plain_text(value):
            return Decimal(value)  # within the limit as written: check() would return it unchanged
        try:
            return limit.check(to_decimal(value))
        except LimitError as exc:
            raise PydanticCustomError("number_range", str(exc)) from None
    return validate


def _year(value: Any) -> int:
    if isinstance(value, OversizedNumber):
        raise PydanticCustomError("number_range", "数值超出范围")
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("int_type", "应为整数")
    try:
        return _check_year(value)
    except LimitError as exc:
        raise PydanticCustomError("number_range", str(exc)) from None


def _text(max_chars: int):
    def validate(value: str) -> str:
        # A quick yes for nearly every text: no forbidden character (control, surrogate) is printable. A newline,
        # a tab or a no-break space is not printable either: those texts take the full check.
        if len(value) <= max_chars and value.isprintable():
            return value
        problem = text_problem(value, max_chars)
        if problem is not None:
            raise PydanticCustomError("text_limit", problem)
        return value
    return validate


def _decimal_field(validate) -> Any:
    """A Decimal field read by `validate` from a JSON string or number and written back as a plain string."""
    return Annotated[
        Decimal,
        PlainValidator(validate, json_schema_input_type=str),
        PlainSerializer(plain, return_type=str),
    ]


Dec = _decimal_field(to_decimal)
# The file's fields: bounded as FILE-FORMAT.md "Limits" says, so no arithmetic or formatting sees more.
Amount = _decimal_field(_bounded(AMOUNT))
Points = _decimal_field(_bounded(POINTS))
Year = Annotated[int, PlainValidator(_year, json_schema_input_type=int)]
Text = Annotated[StrictStr, AfterValidator(_text(MAX_TEXT_CHARS))]
Title = Annotated[StrictStr, AfterValidator(_text(MAX_TITLE_CHARS))]
