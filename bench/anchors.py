"""Fresh processes timed from the outside, and the anchors the issue-14 figures are ratios to.

Anchors: LibreOffice turning the example (as a workbook, bench/data/xiaoguan-2021.xlsx) into a PDF; a bare
PySide6 window (bench/bare_window.py) from start to its first paint.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
ANCHOR_WORKBOOK = ROOT / "bench" / "data" / "xiaoguan-2021.xlsx"


def process_env(**extra: str) -> dict[str, str]:
    """As on an office PC: bytecode cached (an installed copy ships it), offscreen Qt, recovery kept apart."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_seconds(command: list[str], env: dict[str, str], until: str | None = None, cwd: Path = ROOT) -> float:
    """Wall time of a fresh process (run in `cwd`): to its exit, or to the first stdout line starting with `until`."""
    start = time.perf_counter()
    if until is None:
        subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(until):
            elapsed = time.perf_counter() - start
            process.stdout.close()
            process.wait(timeout=60)
            return elapsed
    process.wait(timeout=60)
    raise SystemExit(f"{' '.join(command)}: no line starting with {until!r}")


def zydesk_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "zydesk", *args]


def bare_window_command() -> list[str]:
    return [sys.executable, "-m", "bench.bare_window"]


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_command(program: str, out_dir: Path, profile: Path) -> list[str]:
    """xlsx → PDF, headless, with a profile of its own (made by the first, unmeasured run)."""
    return [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
            "--outdir", str(out_dir), str(ANCHOR_WORKBOOK)]
