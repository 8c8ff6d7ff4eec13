"""Export then import gives back the same bundle, every field: the example, and random valid bundles."""

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zydesk import storage
from zydesk.model import CATEGORIES, Bundle, Execution, Form, FundRow, Funds, Goal, Indicator, Signatures
from zydesk.workbooks import export_workbook, import_workbooks

# Texts as FILE-FORMAT.md allows them: no control characters but newline and tab, no lone surrogates.
text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn", "Co")) | st.sampled_from(
    "\n\t 项目名称指标1：总分0.5%—/"), max_size=40)
amount = st.none() | st.decimals(min_value=-(10**12) + 1, max_value=10**12 - 1, places=6, allow_nan=False,
                                 allow_infinity=False)
points = st.decimals(min_value=-(10**6) + 1, max_value=10**6 - 1, places=2, allow_nan=False, allow_infinity=False)
fund_rows = st.builds(FundRow, initial=amount, annual=amount, executed=amount)
indicators = st.builds(
    Indicator, category=st.sampled_from([c.code for c in CATEGORIES]), name=text, target=text, actual=text,
    weight=st.none() | points, score=st.none() | points, deviation=text,
    assessment=st.none() | st.sampled_from(["achieved", "partial", "not_achieved"]))
forms = st.builds(
    Form, id=st.uuids().map(str), project_name=text, department=text, implementer=text, leader=text, phone=text,
    funds=st.builds(Funds, total=fund_rows, fiscal=fund_rows, carryover=fund_rows, other=fund_rows),
    execution=st.builds(Execution, weight=points, score=st.none() | points),
    goal=st.builds(Goal, expected=text, actual=text), indicators=st.lists(indicators, max_size=8))
bundles = st.builds(
    Bundle, title=text, year=st.integers(0, 9999), policy=st.sampled_from(["mof-2020", "haidian-2016"]),
    signatures=st.builds(Signatures, preparer=text, reviewer=text, unit_head=text, date=text),
    forms=st.lists(forms, min_size=1, max_size=3))


def test_the_example_comes_back_identical(example, tmp_path):
    export_workbook(example, tmp_path / "x.xlsx")
    again = import_workbooks([tmp_path / "x.xlsx"]).bundle
    assert again == example
    assert storage.dumps(again) == storage.dumps(example)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bundle=bundles)
def test_export_then_import_gives_the_same_bundle(bundle, tmp_path):
    path = tmp_path / "round.xlsx"
    export_workbook(bundle, path)
    again = import_workbooks([path]).bundle
    assert storage.dumps(again) == storage.dumps(bundle)


def test_trailing_zeros_and_long_amounts_survive(example, tmp_path):
    form = example.forms[0]
    form.execution.weight = Decimal("10.00")
    form.funds.other.initial = Decimal("123456789012.123456")  # 18 digits: written as exact text
    form.indicators[0].weight = Decimal("2.50")
    export_workbook(example, tmp_path / "x.xlsx")
    again = import_workbooks([tmp_path / "x.xlsx"]).bundle
    assert storage.dumps(again) == storage.dumps(example)
