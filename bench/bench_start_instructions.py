"""Issue 14's start-up ratios in instructions (valgrind's callgrind): the same on a busy machine as on a quiet one.

    .venv/bin/python -m bench.bench_start_instructions [--baseline DIR]

Each program runs once under callgrind, two at a time: the bare PySide6 window (bench/bare_window.py), and
`zydesk --startup-probe` on a copy of the example and on a 200-indicator form. Each is counted from its start to its
first paint: with ZYDESK_PROBE_HOLD set, both wait after the paint until a signal ends them. Instructions are not
seconds: loading shared libraries and faulting in memory weigh less in them, so these ratios run below the
wall-time ones of `bench.bench_native --only start` (the figures the issue sets goals for). They move with them,
without the noise of a shared machine, so that one change can be judged by them.
--baseline DIR: the same two starts from another checkout (an export of a commit, its forms compiled).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.anchors import EXAMPLE, ROOT, bare_window_command, process_env, zydesk_command
from bench.bench_native import GOALS

COLLECTED = re.compile(r"Collected : ([\d,]+)")


def instructions(command: list[str], env: dict[str, str], cwd: Path) -> int:
    """Instructions callgrind counts for `command` from its start to its first paint (its `painted` line)."""
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                                   cwd=cwd, env=dict(env, ZYDESK_PROBE_HOLD="1"), stdout=subprocess.PIPE,
                                   stderr=errors, text=True)
        assert process.stdout is not None
        painted = any(line.startswith("painted") for line in process.stdout)  # stops reading at the line
        process.terminate()  # valgrind reports the count of a process a signal ends
        process.wait(timeout=600)
        errors.seek(0)
        report = errors.read()
    found = COLLECTED.search(report)
    if not painted or found is None:
        raise SystemExit(f"{' '.join(command)}: exit {process.returncode}\n{report[-2000:]}")
    return int(found.group(1).replace(",", ""))


def valgrind_missing() -> bool:
    """True, having said so, when valgrind is not installed: the count cannot be taken."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): nothing counted")
        return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="also count this checkout's starts (an export of a commit)")
    args = parser.parse_args()
    if valgrind_missing():
        return
    from bench.common import generated_bundle
    from zydesk import storage

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        example, big = folder / "example.zyd.json", folder / "big.zyd.json"
        example.write_bytes(EXAMPLE.read_bytes())
        storage.save(generated_bundle(1, 200), big)
        env = process_env(ZYDESK_RECOVERY_DIR=str(folder / "recovery"))
        runs = {"bare": (bare_window_command(), ROOT)}
        trees = {"": ROOT} if args.baseline is None else {"": ROOT, " (baseline)": args.baseline.resolve()}
        for number, (suffix, tree) in enumerate(trees.items()):
            # Each tree opens its own copies: two editors running at once must not find each other's lock.
            own = folder / str(number)
            own.mkdir()
            for path in (example, big):
                (own / path.name).write_bytes(path.read_bytes())
            runs[f"example{suffix}"] = (zydesk_command("--startup-probe", str(own / example.name)), tree)
            runs[f"big{suffix}"] = (zydesk_command("--startup-probe", str(own / big.name)), tree)
        for command, cwd in runs.values():
            # Unmeasured first: the bytecode caches get written, as on an office PC after its first start.
            subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True, timeout=120)
        # One at a time per core: callgrind is single-threaded and the counts do not depend on the load.
        with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
            futures = {what: pool.submit(instructions, command, env, cwd) for what, (command, cwd) in runs.items()}
            counts = {what: future.result() for what, future in futures.items()}
    bare = counts["bare"]
    print(f"bare window: {bare / 1e6:,.0f} M instructions", flush=True)
    for what, count in counts.items():
        if what == "bare":
            continue
        goal = GOALS["start-200" if what.startswith("big") else "start"]
        kind, _, suffix = what.partition(" ")
        label = {"example": "the example", "big": "200 indicators"}[kind] + (f" {suffix}" if suffix else "")
        print(f"cold start to the first paint, {label:<26} {count / 1e6:7,.0f} M instructions  "
              f"ratio {count / bare:.2f} (wall-time goal ≤ {goal})", flush=True)


if __name__ == "__main__":
    sys.exit(main())
