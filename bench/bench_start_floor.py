"""Issue 14's editor start, step by step in instructions (callgrind): what each part of the start costs.

    .venv/bin/python -m bench.bench_start_floor

Counts, from the start of a process to its line `painted`, the cumulative steps of the editor's start
(bench/start_floor_stage.py: the interpreter, pydantic, zydesk's core, PySide6, the Qt classes the editor's first
paint uses, zydesk's GUI modules), then the whole editor on the example with its first form's indicators taken out
and on the example itself, and the bare PySide6 window. Each is set against 2.5 × the bare window, the issue's goal:
what is left of that budget after the steps no form layout can avoid. Needs valgrind.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.anchors import EXAMPLE, ROOT, bare_window_command, process_env, zydesk_command
from bench.bench_native import GOALS
from bench.bench_start_instructions import instructions
from bench.start_floor_stage import STAGES


def _stage_command(stage: str, classes: Path) -> list[str]:
    return [sys.executable, "-m", "bench.start_floor_stage", stage, str(classes)]


def main() -> None:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): nothing counted")
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        example, no_rows, listed = folder / "example.zyd.json", folder / "no-rows.zyd.json", folder / "listed.json"
        example.write_bytes(EXAMPLE.read_bytes())
        bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        bundle["forms"][0]["indicators"] = []
        no_rows.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
        listed.write_bytes(EXAMPLE.read_bytes())
        classes = folder / "classes.txt"
        env = process_env(ZYDESK_RECOVERY_DIR=str(folder / "recovery"), XDG_CONFIG_HOME=str(folder / "config"))
        subprocess.run([sys.executable, "-m", "bench.start_floor_stage", "--list-classes", str(listed), str(classes)],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        named = len(classes.read_text(encoding="utf-8").split())
        runs = {f"+ {stage}": _stage_command(stage, classes) for stage in STAGES}
        runs["editor, first form without indicators"] = zydesk_command("--startup-probe", str(no_rows))
        runs["editor, the example (18 indicator rows)"] = zydesk_command("--startup-probe", str(example))
        runs["bare window"] = bare_window_command()
        for command in runs.values():  # unmeasured: bytecode caches written, as after an office PC's first start
            subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {what: pool.submit(instructions, command, env, ROOT) for what, command in runs.items()}
            counts = {what: future.result() for what, future in futures.items()}
    bare = counts.pop("bare window")
    budget = GOALS["start"] * bare
    print(f"bare window {bare / 1e6:,.0f} M instructions; the goal ({GOALS['start']} ×) allows {budget / 1e6:,.0f} M")
    print(f"Qt types that exist at the editor's first paint (QtCore, QtGui, QtWidgets): {named}")
    previous = 0
    for what, count in counts.items():
        step = f"(+{(count - previous) / 1e6:5,.0f})" if what.startswith("+") else ""
        print(f"{what:<42} {count / 1e6:7,.0f} M {step:>9}  {count / bare:5.2f} × bare  "
              f"{count / budget:6.0%} of the budget", flush=True)
        if what.startswith("+"):
            previous = count


if __name__ == "__main__":
    sys.exit(main())
