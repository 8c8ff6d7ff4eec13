"""The office-PC folder (dist/zydesk): its size, cold start to a painted window, and --self-test time.

Build it first (`make package` or `bash packaging/build.sh`), then `python -m bench.bench_package`.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_gui import cold_starts

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "zydesk"
RUNS = 5


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def self_test_s(program: Path) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([str(program), "--self-test"], check=True, capture_output=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    program = DIST / ("zydesk.exe" if sys.platform == "win32" else "zydesk")
    if not program.exists():
        raise SystemExit(f"{program} is missing: build it with `make package` first")
    print(f"bundle size: {folder_mb(DIST):.1f} MB (files, links not counted; goal <= 150 MB)")
    start, rss = cold_starts([str(program)])
    print(f"packaged editor cold start to painted window: {start * 1000:.0f} ms median (goal <= 1500 ms); "
          f"RSS {rss:.0f} MB")
    print(f"packaged --self-test: {self_test_s(program):.2f} s median of {RUNS}")


if __name__ == "__main__":
    main()
