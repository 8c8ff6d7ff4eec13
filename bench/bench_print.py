"""Benchmark of `zydesk print`: the 4-form example and a 50-form bundle to PDF, medians of several runs.

Run from the repository root: `.venv/bin/python -m bench.bench_print` (or `python bench/bench_print.py`).
Goals (issue 3): the example ≤ 0.5 s including font loading (cold: font cache cleared before each run),
50 forms ≤ 5 s. A fresh-process figure (`zydesk print` as a user runs it, interpreter start included) is
printed for information. Issue 10: one form (the example's second, 9 indicators) with every text field at the
10,000-character limit ≤ 5 s, and time linear in the text (5,000 vs 10,000 characters: ratio about 2).
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from zydesk.printing import fonts, render_pdf_bytes  # noqa: E402
from zydesk.storage import load  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
RUNS = 7
RUNS_LARGE = 3
RUNS_PROCESS = 3
GOAL_EXAMPLE_S = 0.5
GOAL_LARGE_S = 5.0
GOAL_LONG_TEXT_S = 5.0
RUNS_LONG = 3
LONG_TEXT = "以抗震加固为重点，完成老旧小区综合整治 12345 项，abc defg。"


def bundle_of(count: int):
    """`count` forms: the example's four forms repeated, each with its own id."""
    bundle = load(EXAMPLE)
    source = list(bundle.forms)
    bundle.forms = [source[i % len(source)].model_copy(update={"id": f"bench-{i}"}, deep=True) for i in range(count)]
    return bundle


def every_field_filled(chars: int, form_index: int = 1):
    """One form of the example with every text field (header, goal, each indicator, signatures) `chars` long."""
    bundle = load(EXAMPLE)
    fill = (LONG_TEXT * (chars // len(LONG_TEXT) + 1))[:chars]
    form = bundle.forms[form_index]
    for key in ("project_name", "department", "implementer", "leader", "phone"):
        setattr(form, key, fill)
    form.goal.expected = form.goal.actual = fill
    for indicator in form.indicators:
        indicator.name = indicator.target = indicator.actual = indicator.deviation = fill
    for key in ("preparer", "reviewer", "unit_head", "date"):
        setattr(bundle.signatures, key, fill)
    bundle.title = fill[:200]
    bundle.forms = [form]
    return bundle


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        fonts.clear_cache()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def fresh_process(runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "zydesk", "print", str(EXAMPLE), "-o", str(Path(tmp) / "x.pdf")],
                           cwd=ROOT, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, goal: float | None, pages: int | None = None) -> None:
    verdict = "" if goal is None else ("  ok" if seconds <= goal else f"  SLOWER than the {goal} s goal")
    extra = "" if pages is None else f" ({pages} pages)"
    print(f"{name:<44} {seconds:7.3f} s median{extra}{verdict}")


def main() -> int:
    example = load(EXAMPLE)
    seconds, (_, result) = timed(lambda: render_pdf_bytes(example), RUNS)
    report(f"example, 4 forms, cold fonts, {RUNS} runs", seconds, GOAL_EXAMPLE_S, result.pages)
    large = bundle_of(50)
    seconds_large, (_, result_large) = timed(lambda: render_pdf_bytes(large), RUNS_LARGE)
    report(f"50 forms, cold fonts, {RUNS_LARGE} runs", seconds_large, GOAL_LARGE_S, result_large.pages)
    report(f"zydesk print example, fresh process, {RUNS_PROCESS} runs", fresh_process(RUNS_PROCESS), None)
    half_bundle, full_bundle = every_field_filled(5_000), every_field_filled(10_000)
    seconds_half, (_, result_half) = timed(lambda: render_pdf_bytes(half_bundle), RUNS_LONG)
    report(f"every field 5,000 chars, {RUNS_LONG} runs", seconds_half, None, result_half.pages)
    seconds_long, (_, result_long) = timed(lambda: render_pdf_bytes(full_bundle), RUNS_LONG)
    report(f"every field 10,000 chars, {RUNS_LONG} runs", seconds_long, GOAL_LONG_TEXT_S, result_long.pages)
    print(f"{'ratio 10,000 / 5,000 chars (linear: about 2)':<44} {seconds_long / seconds_half:7.2f}")
    goals = (seconds <= GOAL_EXAMPLE_S, seconds_large <= GOAL_LARGE_S, seconds_long <= GOAL_LONG_TEXT_S)
    return 0 if all(goals) else 1


if __name__ == "__main__":
    sys.exit(main())
