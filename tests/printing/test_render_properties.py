"""Any text prints: random markup, newlines, long runs and odd characters never break the renderer."""

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from printing_helpers import page_texts, squash

from zydesk.model import Bundle, Execution, Form, Goal, Indicator
from zydesk.printing import render_pdf_bytes

ALPHABET = st.sampled_from(list("项目支出绩效自评表保障完成（）《》：、。，<>&;/b \n\t%㎡≥≤0123456789abcXYZ\"'"))
# Short texts, and long ones made by repeating a short one (page-long cells without huge random inputs).
TEXT = st.text(ALPHABET, max_size=80) | st.text(ALPHABET, min_size=5, max_size=30).map(lambda t: t * 60)
CATEGORY = st.sampled_from(["quantity", "quality", "cost", "social", "satisfaction"])
NUMBER = st.none() | st.decimals(min_value=0, max_value=99999, places=2).map(Decimal)


@st.composite
def forms(draw):
    indicators = [Indicator(category=draw(CATEGORY), name=draw(TEXT), target=draw(TEXT), actual=draw(TEXT),
                            weight=draw(NUMBER), score=draw(NUMBER), deviation=draw(TEXT))
                  for _ in range(draw(st.integers(0, 6)))]
    return Form(id="p", project_name=draw(TEXT), department=draw(TEXT), leader=draw(TEXT),
                execution=Execution(weight=Decimal("10"), score=draw(NUMBER)),
                goal=Goal(expected=draw(TEXT), actual=draw(TEXT)), indicators=indicators)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forms())
def test_any_text_prints_and_is_readable(form):
    data, result = render_pdf_bytes(Bundle(year=2021, forms=[form]))
    assert result.pages >= 1
    text = squash("".join(page_texts(data)))
    name = squash(form.project_name)
    if len(name) < 40:  # short enough never to be cut by a page break
        assert name in text
