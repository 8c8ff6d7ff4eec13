"""The exact decimal type of the file format: read from strings or JSON numbers, written as plain strings."""

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator
from pydantic_core import PydanticCustomError


def to_decimal(value: Any) -> Decimal:
    """Accept a decimal string, an int or a Decimal (from JSON parsed with parse_float=Decimal)."""
    if isinstance(value, bool | float):
        # A binary float has already lost the exact value; refuse rather than guess.
        raise PydanticCustomError("decimal", "不是有效的数字")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        try:
            result = Decimal(text)
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


Dec = Annotated[
    Decimal,
    PlainValidator(to_decimal, json_schema_input_type=str),
    PlainSerializer(plain, return_type=str),
]
