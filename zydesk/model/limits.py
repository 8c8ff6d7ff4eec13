"""What a file may hold (FILE-FORMAT.md "Limits"): bounded numbers and texts, checked wherever values enter."""

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

MAX_TEXT_CHARS = 10_000
MAX_TITLE_CHARS = 200
MAX_QUOTE_CHARS = 40
MAX_YEAR = 9999
# A number's written form: the longest valid amount is 20 characters, so 40 refuses nothing real and keeps
# int()/Decimal() from ever seeing a million digits.
MAX_NUMBER_CHARS = 40

OUT_OF_RANGE = "数值超出范围"
# Newline and tab are the only control characters a text may hold; lone surrogates cannot be written as UTF-8.
# The surrogates are found by the UTF-8 encoder, not in these classes: a class spanning U+D800-U+DFFF takes
# Python's regular expression compiler ~4 M instructions, paid at every start.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f]")


class LimitError(ValueError):
    """A value outside the limits; the message says which limit, in Chinese."""


class NumberLimit(NamedTuple):
    """|x| < 10**int_digits with at most `places` decimals (trailing zeros beyond them are dropped)."""

    int_digits: int
    places: int

    def check(self, value: Decimal) -> Decimal:
        if not value.is_finite():
            raise LimitError("不是有效的数字")
        exponent = value.as_tuple().exponent
        if not value.is_zero() and value.adjusted() >= self.int_digits:
            raise LimitError(OUT_OF_RANGE)
        if value.is_zero() and exponent > 0:
            return Decimal(0).copy_sign(value)
        if exponent >= -self.places:
            return value
        try:
            kept = value.quantize(Decimal(1).scaleb(-self.places))
        except InvalidOperation:
            raise LimitError(OUT_OF_RANGE) from None
        if kept != value:
            raise LimitError(f"最多 {self.places} 位小数")
        return kept


AMOUNT = NumberLimit(int_digits=12, places=6)   # 万元
POINTS = NumberLimit(int_digits=6, places=2)    # 分值, 得分


def plain_number(limit: NumberLimit) -> Callable[[str], object]:
    """A test for the written form of nearly every stored number ("1234.567891", "-4.5"): ASCII digits, at
    most `int_digits` before the point and `places` after it. Such a text's Decimal is within `limit` and
    `limit.check` returns it unchanged; anything else (spaces, exponents, signs, longer forms) is checked."""
    fraction = rf"(?:\.[0-9]{{1,{limit.places}}})?" if limit.places else ""
    return re.compile(rf"-?[0-9]{{1,{limit.int_digits}}}{fraction}").fullmatch


class OversizedNumber:
    """A JSON number whose written form is too long to convert; validators refuse it by place."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text[:MAX_QUOTE_CHARS]

    def __repr__(self) -> str:
        return quote(self.text)


def parse_json_int(text: str) -> "int | OversizedNumber":
    """json.loads parse_int hook: int() of 5,000 digits raises, of 10**7 digits takes minutes."""
    return OversizedNumber(text) if len(text) > MAX_NUMBER_CHARS else int(text)


def parse_json_float(text: str) -> "Decimal | OversizedNumber":
    """json.loads parse_float hook: exact (never a binary float) and bounded."""
    return OversizedNumber(text) if len(text) > MAX_NUMBER_CHARS else Decimal(text)


def decimal_from_text(text: str) -> Decimal:
    """A decimal string of a file or a cell; raises LimitError/InvalidOperation before any long conversion."""
    text = text.strip()
    if len(text) > MAX_NUMBER_CHARS:
        raise LimitError(OUT_OF_RANGE)
    return Decimal(text)


def check_year(value: int) -> int:
    if not -MAX_YEAR <= value <= MAX_YEAR:
        raise LimitError("年度应为不超过 4 位的整数")
    return value


def text_problem(text: str, max_chars: int = MAX_TEXT_CHARS) -> str | None:
    """Why a text cannot be stored, or None."""
    if len(text) > max_chars:
        return f"文字过长（{len(text)} 字，最多 {max_chars} 字）"
    found = _FORBIDDEN.search(text)
    if _first_surrogate(text) < (len(text) if found is None else found.start()):
        return "含有无效字符（不成对的代理项）"
    if found is None:
        return None
    return f"含有控制字符 U+{ord(found.group()):04X}（只允许换行和制表符）"


def _first_surrogate(text: str) -> int:
    """Where the first lone surrogate is (the only characters UTF-8 cannot encode), or len(text) if none."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return len(text)


def remove_forbidden(text: str) -> str:
    """The text without the characters a file may not hold (control characters other than newline/tab, surrogates)."""
    return _FORBIDDEN.sub("", text).encode("utf-8", "ignore").decode("utf-8")   # "ignore": the surrogates


def quote(value: object, limit: int = MAX_QUOTE_CHARS) -> str:
    """A value shown in a message: at most `limit` characters, control characters and surrogates escaped."""
    text = value if isinstance(value, str) else repr(value)
    shown = _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text[:limit])
    shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")   # surrogates alike: \ud800
    return shown[:limit] + ("…" if len(shown) > limit or len(text) > limit else "")
