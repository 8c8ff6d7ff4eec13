"""Issue 14's editor start, step by step in instructions (callgrind): what each part of the start costs.

    .venv/bin/python -m bench.bench_start_floor [--wall ROUNDS]

Counts, from the start of a process to its line `painted`, the cumulative steps of the editor's start
(bench/start_floor_stage.py: the interpreter, pydantic, zydesk's core, PySide6, the Qt classes the editor's first
paint uses, zydesk's GUI modules), then the whole editor on the example with its first form's indicators taken out
and on the example itself, the editor's window on the example with no form editor at all (the least any design of
the form could start in), the form's texts laid out and drawn with no widget at all (bench/form_text_stage.py), and
the bare PySide6 window. Each is set against 2.5 × the bare window, the issue's goal:
what is left of that budget after the steps no form layout can avoid. Needs valgrind.
--wall ROUNDS: also time the bare window, the window without its form editor and the editor (medians of ROUNDS
alternating runs): instructions leave out what loading libraries and touching memory cost the clock.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.anchors import EXAMPLE, ROOT, bare_window_command, process_env, zydesk_command
from bench.bench_native import GOALS, _alternate
from bench.bench_start_instructions import instructions, valgrind_missing
from bench.start_floor_stage import STAGES


def _stage_command(stage: str, classes: Path) -> list[str]:
    return [sys.executable, "-m", "bench.start_floor_stage", stage, str(classes)]


def _window_only_command(path: Path) -> list[str]:
    return [sys.executable, "-m", "bench.start_floor_stage", "--window-only", str(path)]


def _wall(rounds: int, folder: Path, env: dict[str, str]) -> None:
    own = {}
    for name in ("window", "editor"):   # each start opens its own copy: a lock must not make the next read-only
        own[name] = folder / f"wall-{name}.zyd.json"
        own[name].write_bytes(EXAMPLE.read_bytes())
    commands = {"bare window": (bare_window_command(), "painted"),
                "the window without its form editor": (_window_only_command(own["window"]), "painted"),
                "the editor, the example": (zydesk_command("--startup-probe", str(own["editor"])), "painted")}
    medians = _alternate(commands, rounds, env)
    bare = medians["bare window"]
    print(f"wall time, medians of {rounds} alternating runs:")
    for what, seconds in medians.items():
        print(f"  {what:<40} {seconds * 1000:6.0f} ms  {seconds / bare:5.2f} × bare (goal ≤ {GOALS['start']})",
              flush=True)


def _report(counts: dict[str, int], named: int) -> None:
    bare = counts["bare window"]
    budget = GOALS["start"] * bare
    print(f"bare window {bare / 1e6:,.0f} M instructions; the goal ({GOALS['start']} ×) allows {budget / 1e6:,.0f} M")
    print(f"Qt types that exist at the editor's first paint (QtCore, QtGui, QtWidgets): {named}")
    previous = 0
    for what, count in counts.items():
        if what == "bare window" or what.startswith("texts "):
            continue
        step = f"(+{(count - previous) / 1e6:5,.0f})" if what.startswith("+") else ""
        print(f"{what:<42} {count / 1e6:7,.0f} M {step:>9}  {count / bare:5.2f} × bare  "
              f"{count / budget:6.0%} of the budget", flush=True)
        if what.startswith("+"):
            previous = count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wall", type=int, default=0, metavar="ROUNDS", help="also time the starts")
    args = parser.parse_args()
    if valgrind_missing():
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        example, no_rows, listed = folder / "example.zyd.json", folder / "no-rows.zyd.json", folder / "listed.json"
        window_only = folder / "window-only.zyd.json"
        example.write_bytes(EXAMPLE.read_bytes())
        window_only.write_bytes(EXAMPLE.read_bytes())
        bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        bundle["forms"][0]["indicators"] = []
        no_rows.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
        listed.write_bytes(EXAMPLE.read_bytes())
        classes = folder / "classes.txt"
        env = process_env(ZYDESK_RECOVERY_DIR=str(folder / "recovery"), XDG_CONFIG_HOME=str(folder / "config"))
        subprocess.run([sys.executable, "-m", "bench.start_floor_stage", "--list-classes", str(listed), str(classes)],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        named = len(classes.read_text(encoding="utf-8").split())
        texts = folder / "texts.json"
        subprocess.run([sys.executable, "-m", "bench.form_text_stage", "--list", str(listed), str(texts)],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        shown = json.loads(texts.read_text(encoding="utf-8"))
        runs = {f"+ {stage}": _stage_command(stage, classes) for stage in STAGES}
        runs["editor, first form without indicators"] = zydesk_command("--startup-probe", str(no_rows))
        runs["editor, the example (18 indicator rows)"] = zydesk_command("--startup-probe", str(example))
        runs["the window without its form editor"] = _window_only_command(window_only)
        runs["bare window"] = bare_window_command()
        for step in ("fonts", "draw"):
            runs[f"texts {step}"] = [sys.executable, "-m", "bench.form_text_stage", str(texts), step]
        for command in runs.values():  # unmeasured: bytecode caches written, as after an office PC's first start
            subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {what: pool.submit(instructions, command, env, ROOT) for what, command in runs.items()}
            counts = {what: future.result() for what, future in futures.items()}
        _report(counts, named)
        drawn = counts.pop("texts draw") - counts.pop("texts fonts")
        left = GOALS["start"] * counts["bare window"] - counts["the window without its form editor"]
        print(f"the form's {len(shown)} texts ({sum(len(t['text']) for t in shown):,} characters) laid out and drawn, "
              f"no widget: {drawn / 1e6:,.0f} M; the goal leaves {left / 1e6:,.0f} M for the whole form", flush=True)
        if args.wall:
            _wall(args.wall, folder, env)


if __name__ == "__main__":
    sys.exit(main())
