"""Benchmark of `zydesk print`: the 4-form example and a 50-form bundle to PDF, medians of several runs.

Run from the repository root: `.venv/bin/python -m bench.bench_print` (or `python bench/bench_print.py`).
Goals (issue 3): the example ≤ 0.5 s including font loading (cold: font cache cleared before each run),
50 forms ≤ 5 s. A fresh-process figure (`zydesk print` as a user runs it, interpreter start included) is
printed for information.
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


def bundle_of(count: int):
    """`count` forms: the example's four forms repeated, each with its own id."""
    bundle = load(EXAMPLE)
    source = list(bundle.forms)
    bundle.forms = [source[i % len(source)].model_copy(update={"id": f"bench-{i}"}, deep=True) for i in range(count)]
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
    return 0 if seconds <= GOAL_EXAMPLE_S and seconds_large <= GOAL_LARGE_S else 1


if __name__ == "__main__":
    sys.exit(main())
