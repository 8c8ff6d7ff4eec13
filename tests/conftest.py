"""Shared fixtures: the bundled example and small builders of forms for rule tests."""

import os
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Parsed-font caches of a test run stay out of the user's cache folder.
os.environ.setdefault("ZYDESK_CACHE_DIR", tempfile.mkdtemp(prefix="zydesk-test-cache-"))

from zydesk import storage
from zydesk.model import Bundle, Execution, Form, FundRow, Funds, Goal, Indicator

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_logs(tmp_path, monkeypatch):
    """Crash logs of a test go to its own folder, never into the user's real state folder."""
    monkeypatch.setenv("ZYDESK_LOG_DIR", str(tmp_path / "logs"))


@pytest.fixture
def example() -> Bundle:
    return storage.load(EXAMPLE)


def D(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def clean_form(**changes) -> Form:
    """A form with no findings under mof-2020; tests change one thing and look for one finding."""
    indicators = [
        Indicator(category="quantity", name="完成数量", target="100 个", actual="100 个",
                  weight=D("20"), score=D("20")),
        Indicator(category="quality", name="质量", target="合格", actual="合格", weight=D("10"), score=D("10")),
        Indicator(category="timeliness", name="时效", target="按时", actual="按时", weight=D("10"), score=D("10")),
        Indicator(category="cost", name="成本", target="≤ 50 万元", actual="40 万元", weight=D("10"), score=D("10")),
        Indicator(category="social", name="社会效益", target="改善", actual="改善", weight=D("30"), score=D("30")),
        Indicator(category="satisfaction", name="满意度", target="≥90%", actual="95%", weight=D("10"), score=D("10")),
    ]
    form = Form(
        id="00000000-0000-0000-0000-000000000001",
        project_name="测试项目", department="财政局", implementer="街道办事处",
        leader="张三", phone="010-84856685",
        funds=Funds(
            total=FundRow(initial=D("100"), annual=D("100"), executed=D("95")),
            fiscal=FundRow(initial=D("100"), annual=D("100"), executed=D("95")),
        ),
        execution=Execution(weight=D("10"), score=D("9.5")),
        goal=Goal(expected="目标", actual="完成"),
        indicators=indicators,
    )
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def bundle_of(*forms: Form, year: int | None = 2021, policy: str = "mof-2020") -> Bundle:
    return Bundle(year=year, policy=policy, forms=list(forms))
