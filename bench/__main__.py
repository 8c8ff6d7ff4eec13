"""Runs every bench/bench_*.py in its own process, one after the other."""

import subprocess
import sys
from pathlib import Path

for script in sorted(Path(__file__).parent.glob("bench_*.py")):
    print(f"== {script.stem}", flush=True)
    subprocess.run([sys.executable, "-m", f"bench.{script.stem}"], check=False)
