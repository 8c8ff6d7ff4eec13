"""Tests for workbooks/labels.py and values.py: labels compared by text, cell values read exactly."""

import datetime
from decimal import Decimal

import pytest

from zydesk.rules.numbers import NumberKind
from zydesk.workbooks.labels import category_code, level1_code, norm, strip_numbering
from zydesk.workbooks.values import CellValueError, float_decimal, read_number, read_rate, text_of


@pytest.mark.parametrize("label, expected", [
    ("项 目 名 称", "项目名称"), ("项目名称：", "项目名称"), ("项目名称:", "项目名称"), ("　主管部门　", "主管部门"),
    ("项目资金\n（万元）", "项目资金(万元)"), ("其中：当年财政拨款", "其中:当年财政拨款"),
])
def test_labels_are_compared_without_spaces_and_widths(label, expected):
    assert norm(label) == expected


@pytest.mark.parametrize("label, code", [
    ("数量指标", "quantity"), ("服务对象满意度指标", "satisfaction"), ("满意度指标", "satisfaction"),
    ("经济效益", "economic"), ("可持续影响指标（10分）", "sustainability"), ("成 本 指 标", "cost"),
])
def test_level2_variants(label, code):
    assert category_code(label) == code


def test_level1_whatever_its_points():
    assert level1_code("产出指标（50分）") == level1_code("产出指标(60分)") == level1_code("产出指标") == "output"
    assert level1_code("其他") is None


@pytest.mark.parametrize("text, expected", [
    ("指标1：抗震加固", "抗震加固"), ("指标1:抗震加固", "抗震加固"), ("指标 1抗震加固", "抗震加固"),
    ("1.抗震加固", "抗震加固"), ("1.5万平方米改造", "1.5万平方米改造"), ("抗震加固", "抗震加固"),
    ("指标1：指标2：x", "指标2：x"),
])
def test_numbering_is_dropped_once(text, expected):
    assert strip_numbering(text) == expected


@pytest.mark.parametrize("value, kind, yuan, expected", [
    ("'3,248.64", NumberKind.AMOUNT, False, "3248.64"),
    ("１０００", NumberKind.AMOUNT, False, "1000"),
    ("3248.639548", NumberKind.AMOUNT, False, "3248.639548"),
    (3248.639548, NumberKind.AMOUNT, False, "3248.639548"),
    (32486395.48, NumberKind.AMOUNT, True, "3248.639548"),
    ("32,486,395.48", NumberKind.AMOUNT, True, "3248.639548"),
    ("3248.639548万元", NumberKind.AMOUNT, True, "3248.639548"),  # an explicit unit wins over the sheet's
    (0.1 + 0.2, NumberKind.SCORE, False, "0.3"),
    (10, NumberKind.WEIGHT, False, "10"),
    ("10分", NumberKind.WEIGHT, False, "10"),
])
def test_numbers_are_read_exactly(value, kind, yuan, expected):
    assert read_number(value, kind, yuan) == Decimal(expected)


@pytest.mark.parametrize("value", [None, "", "  ", "—", "-", "/", "*", "无", "——"])
def test_blank_and_placeholders_are_no_value(value):
    assert read_number(value, NumberKind.AMOUNT) is None


@pytest.mark.parametrize("value, kind", [
    ("abc", NumberKind.AMOUNT), ("1.001", NumberKind.WEIGHT), (True, NumberKind.SCORE),
    (datetime.date(2021, 1, 1), NumberKind.AMOUNT), ("1.00001", NumberKind.AMOUNT),
])
def test_unreadable_numbers_say_why(value, kind):
    with pytest.raises(CellValueError):
        read_number(value, kind, yuan=value == "1.00001")


def test_rates_are_fractions():
    assert read_rate(0.928828) == Decimal("0.928828")
    assert read_rate("93%") == Decimal("0.93")
    assert read_rate(93) == Decimal("0.93")  # typed as a whole percent without the format
    assert read_rate("—") is None


def test_texts_of_cells_as_shown():
    assert text_of(17420.0) == "17420"
    assert text_of(datetime.datetime(2021, 12, 1)) == "2021-12-01"
    assert float_decimal(1e20) == Decimal("100000000000000000000")
