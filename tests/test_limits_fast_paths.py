"""The quick yes of each limit check (plain numbers, printable texts, known keys) never says yes to what the full
check refuses, and gives exactly the value the full check gives."""

import json
from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from conftest import EXAMPLE
from zydesk import storage
from zydesk.model.decimals import _bounded, _text, to_decimal
from zydesk.model.limits import AMOUNT, MAX_TEXT_CHARS, POINTS, LimitError, plain_number, text_problem
from zydesk.storage import LoadError

NUMBER_TEXTS = st.one_of(
    st.from_regex(r"\A-?[0-9]{1,16}(\.[0-9]{0,9})?\Z"),
    st.from_regex(r"\A[ +-]?[0-9０-９_]{0,14}[.eE]?[0-9+-]{0,8} ?\Z"),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.text(alphabet="0123456789.-+eE _", max_size=20),
)


def _full(limit, value):
    """The slow path: to_decimal, then the limit, as a bounded field checked them before the fast path."""
    try:
        return limit.check(to_decimal(value))
    except LimitError as exc:
        raise PydanticCustomError("number_range", str(exc)) from None


def _outcome(check, value):
    try:
        result = check(value)
    except PydanticCustomError as exc:
        return ("refused", exc.type, exc.message())
    except InvalidOperation:  # neither path may raise anything else
        return ("crash",)
    return ("ok", str(result), result.as_tuple())


@pytest.mark.parametrize("limit", [AMOUNT, POINTS])
@given(text=NUMBER_TEXTS)
def test_the_plain_number_path_gives_what_the_full_check_gives(limit, text):
    assert _outcome(_bounded(limit), text) == _outcome(lambda v: _full(limit, v), text)


@pytest.mark.parametrize("limit, text", [
    (AMOUNT, "999999999999.999999"), (AMOUNT, "-0"), (AMOUNT, "1234.567891"), (POINTS, "999999.99"), (POINTS, "4.5"),
])
def test_plain_numbers_at_the_limits_take_the_fast_path(limit, text):
    assert plain_number(limit)(text)
    assert _bounded(limit)(text).as_tuple() == Decimal(text).as_tuple()


@pytest.mark.parametrize("limit, text", [
    (AMOUNT, "1000000000000"), (AMOUNT, "1.1234567"), (AMOUNT, " 1"), (AMOUNT, "１２"), (AMOUNT, "1_0"),
    (AMOUNT, "1e3"), (AMOUNT, "+1"), (AMOUNT, "1."), (POINTS, "1000000"), (POINTS, "1.001"), (AMOUNT, "٣"),
])
def test_anything_else_is_left_to_the_full_check(limit, text):
    assert not plain_number(limit)(text)


@given(text=st.text(max_size=300) | st.sampled_from(["\ud800", "a\x85", "\x7f", "a\tb", "a\nb", "\u3000", "\u2028"])
       | st.sampled_from([200, 201, MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1]).map(lambda n: "长" * n))
def test_the_text_validator_says_what_text_problem_says(text):
    for limit in (200, MAX_TEXT_CHARS):
        validate = _text(limit)
        problem = text_problem(text, limit)
        if problem is None:
            assert validate(text) is text
        else:
            with pytest.raises(PydanticCustomError) as caught:
                validate(text)
            assert caught.value.message() == problem


def test_known_keys_are_still_refused_when_repeated_or_out_of_limits():
    text = EXAMPLE.read_text(encoding="utf-8")
    storage.loads(text)  # every key of the format is now known
    with pytest.raises(LoadError, match="键重复出现"):
        storage.loads(text.replace('"title"', '"title": "a", "title"', 1))
    raw = json.loads(text)
    raw["signatures"]["x\x01"] = ""
    with pytest.raises(LoadError, match="U\\+0001"):
        storage.loads(json.dumps(raw))
    raw = json.loads(text)
    raw["signatures"]["长" * 201] = ""
    with pytest.raises(LoadError, match="文字过长"):
        storage.loads(json.dumps(raw))


def test_the_known_keys_stay_few(monkeypatch):
    monkeypatch.setattr(storage, "_KEYS_SEEN", set())
    many = json.dumps({f"k{i}": i for i in range(10_000)})
    storage._refuse_duplicates(list(json.loads(many).items()))
    assert len(storage._KEYS_SEEN) == 0
    storage._refuse_duplicates([("a", 1), ("b", 2)])
    assert {"a", "b"} == storage._KEYS_SEEN
