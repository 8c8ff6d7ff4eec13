"""Long cell texts: broken once into lines, split by slicing, every character printed once, in order."""

import re

import pytest

from bench.bench_print import every_field_filled
from zydesk.printing import font_set, render_pdf_bytes
from zydesk.printing.lines import break_lines


@pytest.fixture(scope="module")
def font() -> str:
    return font_set().regular


@pytest.mark.parametrize("text", [
    "长" * 1000,
    "以抗震加固为重点，完成老旧小区综合整治 12345 项，abc defg。" * 30,
    "1" * 5000,
    "word " * 400,
    "第一段\n\n第三段" + "，" * 50,
])
def test_lines_keep_every_character_and_fit(font, text):
    lines = break_lines(text, font, 9.0, 60.0)
    assert re.sub(r"\s", "", "".join(line for line, _ in lines)) == re.sub(r"\s", "", text)
    for line, width in lines:
        assert width <= 60.0 + 1e-6 or len(line) == 1


def test_closing_punctuation_does_not_start_a_line(font):
    lines = break_lines("甲乙丙丁，" * 200, font, 9.0, 40.0)
    assert not any(line.startswith("，") for line, _ in lines[1:])


def test_words_stay_together_when_they_fit(font):
    lines = break_lines("abcdef " * 50, font, 9.0, 60.0)
    assert all(re.fullmatch(r"(abcdef ?)+", line) for line, _ in lines)


def test_a_form_with_every_field_long_prints():
    bundle = every_field_filled(1_500)
    _, result = render_pdf_bytes(bundle)
    assert result.pages >= 10


def test_a_10000_digit_run_in_a_narrow_cell_prints(example):
    # reportlab's own table once raised TypeError (tables.py _culprit) on such a cell.
    example.forms[1].indicators[0].target = "1" * 10_000
    _, result = render_pdf_bytes(example)
    assert result.pages > 5


def test_an_overlong_signature_prints_cut_and_says_so(example):
    example.signatures.preparer = "王" * 10_000
    _, result = render_pdf_bytes(example)
    assert result.pages == 5   # the signature block keeps its place: no extra pages
    assert any("签字栏“填报人”内容过长" in w for w in result.warnings)
    _, plain = render_pdf_bytes(example.model_copy(update={"signatures": example.signatures.model_copy(
        update={"preparer": "王五"})}))
    assert not any("签字栏" in w for w in plain.warnings)


def test_the_running_head_of_a_very_long_name_takes_few_measurements(monkeypatch):
    # Shortening the name one character at a time measured it thousands of times: minutes for one long form.
    from zydesk.printing import canvas

    calls = []
    real = canvas.stringWidth

    def counted(text, font, size):
        calls.append(len(text))
        return real(text, font, size)

    monkeypatch.setattr(canvas, "stringWidth", counted)
    font = "Helvetica"
    head = canvas.running_head("项目名称：" + "长" * 10_000 + " （续）", font, 400)
    assert head.endswith("… （续）") and real(head, font, canvas.HEAD_SIZE) <= 400
    assert len(calls) < 20 and sorted(calls)[-2] < 1_000   # one look at the whole name, then short ones
