"""Benchmark of `zydesk summary` over a district's folder: 300 bundles × 30 forms × 20 indicators.

Run from the repository root: `.venv/bin/python -m bench.bench_summary [FORMS…] [--cpu-only]`. Each measurement is a
fresh `zydesk summary` process (interpreter start, reading every file, the output written), so the peak
RSS it reports is the whole command's. Goals (issue 13): 9,000 forms to .xlsx ≤ 5 s and to .pdf ≤ 15 s,
memory ≤ 500 MB. Smaller folders (1,000 and 3,000 forms) show how the time grows.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import generated_form  # noqa: E402
from zydesk.model import Bundle  # noqa: E402
from zydesk.storage import dumps  # noqa: E402

FORMS_PER_BUNDLE = 30
INDICATORS = 20
SIZES = (1_000, 3_000, 9_000)
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
GOALS_S = {".xlsx": 5.0, ".pdf": 15.0, ".csv": None}
GOAL_RSS_MB = 500
UNITS = ("区财政局", "区教委", "区卫健委", "区住建委", "区城管委", "区民政局")


def write_folder(folder: Path, forms: int) -> None:
    """`forms` forms in bundles of 30, one unit per bundle, with varied funds, scores and departments."""
    for b in range((forms + FORMS_PER_BUNDLE - 1) // FORMS_PER_BUNDLE):
        count = min(FORMS_PER_BUNDLE, forms - b * FORMS_PER_BUNDLE)
        bundle_forms = []
        for f in range(count):
            seed = b * FORMS_PER_BUNDLE + f
            form = generated_form(INDICATORS, seed)
            form.id = f"bench-{seed:08d}"
            form.department = UNITS[b % len(UNITS)]
            form.implementer = f"第{b + 1}街道办事处"
            # Weights adding up to 100 and scores spread over the grades, as real forms are.
            for i, indicator in enumerate(form.indicators):
                indicator.weight = Decimal("4.5")
                indicator.score = Decimal("4.5") - Decimal(seed % 9 + i % 4) / 4
            if seed % 5 == 0:
                form.funds.total.executed = (form.funds.total.annual * Decimal("0.85")).quantize(Decimal("0.000001"))
            bundle_forms.append(form)
        bundle = Bundle(year=2024, forms=bundle_forms)
        (folder / f"unit-{b:03d}.zyd.json").write_text(dumps(bundle), encoding="utf-8")


def run_once(args: list[str], ok_codes: tuple[int, ...] = (0,)) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB, the process's own high-water mark) of one
    `zydesk …` process. On a busy shared machine the CPU time is the steadier figure."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "zydesk", *args],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok_codes:
        raise SystemExit(f"zydesk {args[0]} failed ({proc.returncode}): {stderr.strip()[:500]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def cpu_breakdown(folder: Path) -> str:
    """CPU seconds in this process for each stage: steadier than wall time on a shared, busy machine."""
    from zydesk.summary import build_summary, summary_bytes
    from zydesk.summary.gather import gather

    # Files are read in worker processes: their CPU time counts too (children's times, once they have ended).
    before, wall = os.times(), time.perf_counter()
    summary = build_summary(gather([folder]).rows)
    after = os.times()
    used = sum(after[:4]) - sum(before[:4])  # user + system of this process and of its ended workers
    parts = [f"read+check {used:.2f} (wall {time.perf_counter() - wall:.2f})"]
    for suffix in (".xlsx", ".pdf", ".csv"):
        start = time.process_time()
        summary_bytes(summary, suffix)
        parts.append(f"write {suffix} {time.process_time() - start:.2f}")
    return "CPU s: " + ", ".join(parts)


def main(argv: list[str]) -> int:
    cpu_only = "--cpu-only" in argv  # the in-process CPU breakdown alone, without the fresh processes
    sizes = tuple(int(a) for a in argv if a.isdigit()) or SIZES
    ok, results = True, []
    with tempfile.TemporaryDirectory() as tmp:
        for forms in sizes:
            folder = Path(tmp) / f"forms-{forms}"
            folder.mkdir()
            write_folder(folder, forms)
            print(f"{forms:>6} forms {cpu_breakdown(folder)}", flush=True)
            if cpu_only:
                continue
            files = sorted(str(p) for p in folder.iterdir())
            size_mb = sum(Path(p).stat().st_size for p in files) / 1e6
            # The reference: `zydesk check` reads and checks the same files (exit 1: the forms have errors).
            check = statistics.median(run_once(["check", *files], (0, 1))[1] for _ in range(RUNS))
            print(f"{forms:>6} forms ({size_mb:5.1f} MB of files) -> check  CPU {check:6.2f} s median of {RUNS} "
                  "(reading, checking and printing every finding, for comparison)", flush=True)
            for suffix, goal in GOALS_S.items():
                times, cpus, rss = [], [], 0.0
                for _ in range(RUNS):
                    seconds, cpu, peak = run_once(["summary", str(folder), "-o", str(Path(tmp) / f"out{suffix}")])
                    times.append(seconds)
                    cpus.append(cpu)
                    rss = max(rss, peak)
                median, cpu = statistics.median(times), statistics.median(cpus)
                verdict = ""
                if forms == max(SIZES) and goal is not None:
                    good = median <= goal and rss <= GOAL_RSS_MB
                    ok &= good
                    verdict = "  ok" if good else f"  OVER the goal ({goal} s, {GOAL_RSS_MB} MB)"
                out_kb = (Path(tmp) / f"out{suffix}").stat().st_size / 1024
                print(f"{forms:>6} forms ({size_mb:5.1f} MB of files) -> {suffix:<5} {median:6.2f} s (CPU {cpu:.2f} s) "
                      f"median of {RUNS}, peak RSS ≤ {rss:5.0f} MB, output {out_kb:,.0f} KB{verdict}", flush=True)
                results.append({"forms": forms, "suffix": suffix, "median_s": round(median, 3), "rss_mb": round(rss),
                                "cpu_s": round(cpu, 3), "check_cpu_s": round(check, 3)})
    if os.environ.get("BENCH_JSON"):
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(results, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
