"""FILE-FORMAT.md "Limits": every hostile value of issue 10 is refused on loading, by place, in one short line."""

import json
import os
import re
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE
from zydesk import storage
from zydesk.model import FundRow, Indicator
from zydesk.model.limits import AMOUNT, POINTS, LimitError, quote, remove_forbidden, text_problem
from zydesk.model.rollover import roll_over
from zydesk.rules.numbers import NumberError, NumberKind, parse_typed
from zydesk.storage import LoadError

RAW = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _text(change) -> str:
    raw = json.loads(json.dumps(RAW))
    result = change(raw)
    return result if isinstance(result, str) else json.dumps(raw, ensure_ascii=False)


def _refusal(change) -> str:
    with pytest.raises(LoadError) as caught:
        storage.loads(_text(change))
    return caught.value.reason


def _set(*path_and_value):
    *path, value = path_and_value

    def change(raw):
        node = raw
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


@pytest.mark.parametrize(("change", "expected"), [
    (_set("forms", 0, "funds", "total", "executed", "1e999999999"), "forms[0].funds.total.executed: 数值超出范围"),
    (_set("forms", 0, "funds", "total", "executed", "-1e-999999999"), "forms[0].funds.total.executed: 最多 6 位小数"),
    (_set("forms", 0, "funds", "total", "executed", "1000000000000"), "forms[0].funds.total.executed: 数值超出范围"),
    (_set("forms", 0, "funds", "total", "executed", "1.0000001"), "forms[0].funds.total.executed: 最多 6 位小数"),
    (_set("forms", 0, "execution", "weight", "1e999999999"), "forms[0].execution.weight: 数值超出范围"),
    (_set("forms", 0, "indicators", 0, "score", "1000000"), "forms[0].indicators[0].score: 数值超出范围"),
    (_set("forms", 0, "indicators", 0, "weight", "2.001"), "forms[0].indicators[0].weight: 最多 2 位小数"),
    (_set("forms", 0, "indicators", 0, "weight", "1" * 10_000), "forms[0].indicators[0].weight: 数值超出范围"),
    (_set("year", 12345), "year: 年度应为不超过 4 位的整数"),
    (_set("title", "标" * 201), "title: 文字过长（201 字，最多 200 字）"),
    (_set("forms", 0, "goal", "actual", "长" * 10_001), "forms[0].goal.actual: 文字过长（10001 字，最多 10000 字）"),
    (_set("forms", 0, "project_name", "a\x00b"), "forms[0].project_name: 含有控制字符 U+0000（只允许换行和制表符）"),
    (_set("forms", 0, "project_name", "a\ud800b"), "forms[0].project_name: 含有无效字符（不成对的代理项）"),
    (_set("signatures", "date", "\udfff"), "signatures.date: 含有无效字符（不成对的代理项）"),
])
def test_out_of_limit_values_are_refused_by_place(change, expected):
    assert _refusal(change).startswith(expected)


@pytest.mark.parametrize("number", ["1e308", "1" * 10_000, "1" * 5_000 + ".5", "-0.0000000000000000000001"])
def test_json_numbers_are_bounded_before_conversion(number):
    text = _text(lambda raw: json.dumps(raw).replace('"weight": "10"', f'"weight": {number}', 1))
    with pytest.raises(LoadError) as caught:
        storage.loads(text)
    assert caught.value.reason.startswith("forms[0].")
    assert "数值超出范围" in caught.value.reason or "位小数" in caught.value.reason


@pytest.mark.parametrize("digits", [4_300, 5_000, 1_000_000])
def test_a_year_of_thousands_of_digits_is_refused(digits):
    text = _text(lambda raw: json.dumps(raw).replace('"year": 2021', '"year": ' + "1" * digits, 1))
    with pytest.raises(LoadError) as caught:
        storage.loads(text)
    assert caught.value.reason == "year: 数值超出范围"


def test_year_9999_rolls_over_to_a_clear_refusal(example):
    example.year = 9999
    with pytest.raises(LimitError, match="4 位"):
        roll_over(example)
    assert roll_over(example, 2000).year == 2000


@pytest.mark.parametrize(("change", "echoed"), [
    (_set("format", "x" * 1_000_000), "format"),
    (_set("policy", "p" * 10_000), "policy"),
    (_set("k" * 1_000_000, 1), "键"),
    (_set("\ud800" * 100, 1), "键"),
    (lambda raw: json.dumps(raw).replace('"title"', '"' + "t" * 150 + '": 1, "' + "t" * 150 + '": 2, "title"', 1),
     "键重复"),
])
def test_messages_quote_at_most_40_characters(change, echoed):
    reason = _refusal(change)
    assert echoed in reason
    assert len(reason) < 200
    reason.encode("utf-8")   # printable: no lone surrogate reaches a terminal


def test_trailing_zeros_beyond_the_places_are_accepted_and_dropped():
    assert FundRow(executed="1.50000000").executed == Decimal("1.500000")
    assert Indicator(category="cost", weight="2.500").weight == Decimal("2.50")
    assert FundRow(executed="0E+999999999").executed == 0


def test_limits_themselves():
    assert AMOUNT.check(Decimal("999999999999.999999")) == Decimal("999999999999.999999")
    with pytest.raises(LimitError):
        AMOUNT.check(Decimal("1E+12"))
    assert POINTS.check(Decimal("-999999.99")) == Decimal("-999999.99")
    assert text_problem("a\tb\nc") is None
    assert text_problem("x" * 10_000) is None and text_problem("x" * 10_001)
    assert quote("x" * 100) == "x" * 40 + "…"
    assert quote("\x00" * 5) == "\\u0000" * 5
    assert quote("\x00" * 50) == "\\u0000" * 6 + "\\u00…"


@pytest.mark.parametrize(("text", "kind", "reason"), [
    ("1.1234567", NumberKind.AMOUNT, "金额最多 6 位小数"),
    ("1000000000000", NumberKind.AMOUNT, "金额超出范围"),
    ("-1,000,000,000,000", NumberKind.AMOUNT, "金额超出范围"),
    ("1" * 10_000, NumberKind.AMOUNT, "金额超出范围"),
    ("1000000", NumberKind.WEIGHT, "分值超出范围"),
    ("1000000", NumberKind.SCORE, "得分超出范围"),
    ("9.295", NumberKind.SCORE, "得分最多 2 位小数"),
])
def test_typed_numbers_over_the_limits_name_the_field(text, kind, reason):
    with pytest.raises(NumberError, match=reason) as caught:
        parse_typed(text, kind)
    assert len(str(caught.value)) < 120
    assert parse_typed("999999999999.999999", NumberKind.AMOUNT) == Decimal("999999999999.999999")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.zyd.json"
    os.mkfifo(fifo)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_reason_of(fifo)), daemon=True)
    worker.start()
    worker.join(5)
    assert outcome == ["不是普通文件（管道、设备或套接字），不会读取"]


def _reason_of(path: Path) -> str:
    try:
        storage.load(path)
    except LoadError as exc:
        return exc.reason
    return "loaded"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_devices_are_refused_without_reading():
    assert _reason_of(Path("/dev/zero")) == "不是普通文件（管道、设备或套接字），不会读取"


def test_a_folder_and_an_oversized_file(tmp_path):
    assert _reason_of(tmp_path) == "这是一个文件夹，不是文件"
    big = tmp_path / "big.zyd.json"
    with open(big, "wb") as handle:
        handle.truncate(storage.MAX_FILE_BYTES + 1)   # sparse: no 20 MB written
    assert _reason_of(big).startswith("文件过大")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_a_lock_does_not_hang_the_open(tmp_path):
    from zydesk.lockfile import lock_path, read_lock

    document = tmp_path / "doc.zyd.json"
    os.mkfifo(lock_path(document))
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(read_lock(document)), daemon=True)
    worker.start()
    worker.join(5)
    assert outcome and outcome[0].user == "未知用户"


# The rule as one character class (what limits.py compiled before: surrogates now go through the UTF-8 encoder).
_CLASS_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CLASS_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_AWKWARD = ["a", "中", "\n", "\t", "\x00", "\x0b", "\x1f", "\x7f", "\x9f", "\xa0", "\x85", "\u2028", "\ud800",
            "\udbff", "\udc00", "\udfff", "\ue000", "😀", "\\"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_AWKWARD), max_size=14).map("".join), st.integers(1, 16))
def test_controls_and_lone_surrogates_are_found_as_one_character_class_finds_them(text, limit):
    found = _CLASS_FORBIDDEN.search(text)
    expected = None if found is None else (
        "含有无效字符（不成对的代理项）" if "\ud800" <= found.group() <= "\udfff"
        else f"含有控制字符 U+{ord(found.group()):04X}（只允许换行和制表符）")
    assert text_problem(text, 100) == expected
    assert remove_forbidden(text) == _CLASS_FORBIDDEN.sub("", text)
    shown = _CLASS_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text[:limit])
    assert quote(text, limit) == shown[:limit] + ("…" if len(shown) > limit or len(text) > limit else "")
