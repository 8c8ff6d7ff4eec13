"""Timing helpers for the benchmarks: medians of repeated runs, generated large bundles."""

import statistics
import time
from collections.abc import Callable
from decimal import Decimal

from zydesk.model import CATEGORIES, Bundle, Execution, Form, FundRow, Funds, Goal, Indicator


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def generated_form(n_indicators: int, seed: int = 0) -> Form:
    indicators = []
    for i in range(n_indicators):
        category = CATEGORIES[i % len(CATEGORIES)].code
        quantitative = i % 2 == 0
        indicators.append(Indicator(
            category=category, name=f"指标内容第{i}项，保障工作顺利开展",
            target=f"≥{100 + i} 个" if quantitative else "按期完成",
            actual=f"{95 + i + seed % 7} 个" if quantitative else "已完成",
            weight=Decimal("2.5"), score=Decimal("2.4"), deviation="" if i % 3 else "部分未完成，原因已分析",
            assessment="achieved" if not quantitative else None,
        ))
    amount = Decimal("1234.567891") + seed
    row = FundRow(initial=amount, annual=amount, executed=amount - 1)
    return Form(
        id=f"00000000-0000-0000-0000-{seed:012d}", project_name=f"生成项目{seed}", department="区财政局",
        implementer="街道办事处", leader="张三", phone="84856685",
        funds=Funds(total=row, fiscal=row, carryover=FundRow(), other=FundRow()),
        execution=Execution(weight=Decimal("10"), score=Decimal("9.99")),
        goal=Goal(expected="年度目标" * 20, actual="完成情况" * 20), indicators=indicators,
    )


def generated_bundle(n_forms: int, n_indicators: int) -> Bundle:
    return Bundle(year=2024, forms=[generated_form(n_indicators, seed) for seed in range(n_forms)])
