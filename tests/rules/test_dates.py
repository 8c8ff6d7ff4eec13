"""Tests for zydesk/rules/dates.py: the 填报日期 a person types."""

import datetime

import pytest

from zydesk.rules.dates import DateError, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年3月1日", datetime.date(2022, 3, 1)),
    (" 2022 年 3 月 15 日 ", datetime.date(2022, 3, 15)),
    ("2022年03月01", datetime.date(2022, 3, 1)),
    ("2022-03-01", datetime.date(2022, 3, 1)),
    ("2022/3/1", datetime.date(2022, 3, 1)),
    ("2022.12.31", datetime.date(2022, 12, 31)),
    ("２０２２－０３－０１", datetime.date(2022, 3, 1)),
    ("2024-02-29", datetime.date(2024, 2, 29)),
    ("", None),
    ("   ", None),
])
def test_dates_accepted(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("abc", "不是日期"),
    ("2022年3月", "不是日期"),
    ("2022-3", "不是日期"),
    ("2022-03/01", "不是日期"),
    ("22-03-01", "不是日期"),
    ("2022年3月1日下午", "不是日期"),
    ("2023-02-29", "2023年2月没有29日"),
    ("2022-13-01", "月份应为 1–12"),
    ("2022年0月1日", "月份应为 1–12"),
    ("2022-04-00", "2022年4月没有0日"),
    ("1999-12-31", "2000–2100"),
])
def test_dates_refused_with_reason(text, reason):
    with pytest.raises(DateError, match=reason):
        parse_date(text)
