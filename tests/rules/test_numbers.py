"""Number reading: quantities in indicator texts (FORM.md §4) and typed numbers (§5)."""

from decimal import Decimal

import pytest

from zydesk.rules.numbers import NumberError, NumberKind, Quantity, comparable, parse_quantity, parse_typed


@pytest.mark.parametrize(("text", "expected"), [
    ("17420 ㎡", Quantity(None, Decimal("17420"), "㎡")),
    ("≥95%", Quantity("≥", Decimal("95"), "%")),
    (">= 95 %", Quantity("≥", Decimal("95"), "%")),
    ("＞＝95%", Quantity("≥", Decimal("95"), "%")),
    ("不低于 90%", Quantity("≥", Decimal("90"), "%")),
    ("不少于3个", Quantity("≥", Decimal("3"), "个")),
    ("至少 2 户", Quantity("≥", Decimal("2"), "户")),
    ("≤5万元", Quantity("≤", Decimal("5"), "万元")),
    ("<= 5", Quantity("≤", Decimal("5"), "")),
    ("不超过 1,234.5 元", Quantity("≤", Decimal("1234.5"), "元")),
    ("不高于10", Quantity("≤", Decimal("10"), "")),
    ("不多于10", Quantity("≤", Decimal("10"), "")),
    ("至多10", Quantity("≤", Decimal("10"), "")),
    ("= 100%", Quantity("=", Decimal("100"), "%")),
    ("＝100%", Quantity("=", Decimal("100"), "%")),
    ("> 3", Quantity(">", Decimal("3"), "")),
    ("＞3", Quantity(">", Decimal("3"), "")),
    ("< 3", Quantity("<", Decimal("3"), "")),
    ("＜3", Quantity("<", Decimal("3"), "")),
    ("１２３４．５万元", Quantity(None, Decimal("1234.5"), "万元")),
    ("1000万元", Quantity(None, Decimal("1000"), "万元")),
    ("7538.177508 万元", Quantity(None, Decimal("7538.177508"), "万元")),
    ("  100%  ", Quantity(None, Decimal("100"), "%")),
    ("12345678 abcdefgh", Quantity(None, Decimal("12345678"), "abcdefgh")),
])
def test_quantitative_texts(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", [
    "合格", "2021年12月", "2021 年 12 月", "居民满意度达到95%", "", "无", "12 abcdefghi",
    "1,23", "正常使用和正常维护下不少于25年", "≥", "100%的 2", "按时",
])
def test_qualitative_texts(text):
    assert parse_quantity(text) is None


def test_units_convert_between_wan_and_yuan():
    a, b = parse_quantity("1 万元"), parse_quantity("5000 元")
    assert comparable(a, b) == (Decimal("1"), Decimal("0.5000"))
    assert comparable(parse_quantity("1 个"), parse_quantity("1 户")) is None


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("1,234.5", NumberKind.AMOUNT, Decimal("1234.5")),
    ("１２３４．５", NumberKind.AMOUNT, Decimal("1234.5")),
    ("  12 ", NumberKind.AMOUNT, Decimal("12")),
    ("12万元", NumberKind.AMOUNT, Decimal("12")),
    ("12345元", NumberKind.AMOUNT, Decimal("1.2345")),
    ("12340 元", NumberKind.AMOUNT, Decimal("1.234")),
    ("0.01元", NumberKind.AMOUNT, Decimal("0.000001")),
    ("3248.639548", NumberKind.AMOUNT, Decimal("3248.639548")),
    ("1000.00", NumberKind.AMOUNT, Decimal("1000.00")),
    ("-5", NumberKind.AMOUNT, Decimal("-5")),
    ("12万", NumberKind.AMOUNT, Decimal("12")),
    ("12 万", NumberKind.AMOUNT, Decimal("12")),
    ("１２．５万", NumberKind.AMOUNT, Decimal("12.5")),
    ("1,234.5万", NumberKind.AMOUNT, Decimal("1234.5")),
    ("12,345元", NumberKind.AMOUNT, Decimal("1.2345")),
    ("1,234,567.89 元", NumberKind.AMOUNT, Decimal("123.456789")),
    ("32,486,395.48元\n", NumberKind.AMOUNT, Decimal("3248.639548")),
    ("\t1,000\t", NumberKind.AMOUNT, Decimal("1000")),
    ("10分", NumberKind.WEIGHT, Decimal("10")),
    ("9.29 分", NumberKind.SCORE, Decimal("9.29")),
    ("92.88%", NumberKind.RATE, Decimal("92.88")),
    ("", NumberKind.SCORE, None),
    ("   ", NumberKind.AMOUNT, None),
])
def test_typed_numbers_accepted(text, kind, expected):
    value = parse_typed(text, kind)
    assert value == expected
    if expected is not None:
        assert str(value) == str(expected)


@pytest.mark.parametrize(("text", "kind", "reason"), [
    ("abc", NumberKind.AMOUNT, "不是有效的数字"),
    ("1.2.3", NumberKind.AMOUNT, "不是有效的数字"),
    ("12%", NumberKind.AMOUNT, "单位“%”"),
    ("10%", NumberKind.SCORE, "单位“%”"),
    ("10万元", NumberKind.WEIGHT, "单位“万元”"),
    ("1.1234567", NumberKind.AMOUNT, "最多 6 位小数"),
    ("0.001元", NumberKind.AMOUNT, "最多 6 位小数"),
    ("9.295", NumberKind.SCORE, "最多 2 位小数"),
    ("1,23", NumberKind.AMOUNT, "不是有效的数字"),
    ("1e3", NumberKind.AMOUNT, "不是有效的数字"),
    ("万", NumberKind.AMOUNT, "不是有效的数字"),
    ("12万万", NumberKind.AMOUNT, "单位“万万”"),
    ("12千", NumberKind.AMOUNT, "单位“千”"),
    ("10万", NumberKind.WEIGHT, "单位“万”"),
    ("9万", NumberKind.SCORE, "单位“万”"),
    ("1.1234567万", NumberKind.AMOUNT, "最多 6 位小数"),
    ("12,34元", NumberKind.AMOUNT, "不是有效的数字"),
])
def test_typed_numbers_refused_with_reason(text, kind, reason):
    with pytest.raises(NumberError, match=reason):
        parse_typed(text, kind)
