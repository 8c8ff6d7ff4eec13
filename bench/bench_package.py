"""The office-PC folders (dist/zydesk, dist/compat/zydesk): size, cold start to a painted window, self-test.

Build them first (`make package`, `make package-compat`), then `python -m bench.bench_package`; a folder
not built is skipped with a note, but the standard one is required.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_gui import cold_starts

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"standard": ROOT / "dist" / "zydesk", "for older PCs": ROOT / "dist" / "compat" / "zydesk"}
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


def measure(name: str, folder: Path) -> None:
    program = folder / ("zydesk.exe" if sys.platform == "win32" else "zydesk")
    print(f"[{name}] bundle size: {folder_mb(folder):.1f} MB (files, links not counted; goal <= 150 MB)")
    start, rss = cold_starts([str(program)])
    print(f"[{name}] packaged editor cold start to painted window: {start * 1000:.0f} ms median "
          f"(goal <= 1500 ms); RSS {rss:.0f} MB")
    print(f"[{name}] packaged --self-test: {self_test_s(program):.2f} s median of {RUNS}")


def main() -> None:
    for name, folder in FOLDERS.items():
        if (folder / "zydesk").exists() or (folder / "zydesk.exe").exists():
            measure(name, folder)
        elif name == "standard":
            raise SystemExit(f"{folder} is missing: build it with `make package` first")
        else:
            print(f"[{name}] {folder} not built (`make package-compat`): skipped")


if __name__ == "__main__":
    main()
