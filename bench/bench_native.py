"""Issue 14, "fast as a native tool": every measure next to its anchor, in alternating rounds, as medians.

    .venv/bin/python -m bench.bench_native [--rounds N] [--only print,start,gui,long] [--baseline DIR]

print: `zydesk print` of the example (fresh process) against LibreOffice xlsx→pdf of the same four forms.
start: editor cold start to the first paint (`--startup-probe`) with the example and with a 200-indicator form,
against a bare PySide6 window. gui: one keystroke in a 200-indicator form with the repaint (1600×1000 and
1366×768, every panel open), and switching forms in a 40-form bundle. long: printing one form whose text fields
hold 1,000 to 10,000 characters each (is it linear?).
Each round runs every program once, in turn, so a change in the machine's load hits all of them alike.
--baseline DIR: the print and the editor start are also run from another checkout (e.g. `git archive main | tar -x
-C DIR`, then packaging/compile_ui.py there), in the same rounds; the print with DIR/.venv's Python when there is one
(its own packages), else this one (run in DIR, `-m zydesk` imports DIR's code).
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.anchors import (
    EXAMPLE,
    ROOT,
    bare_window_command,
    libreoffice,
    libreoffice_command,
    process_env,
    run_seconds,
    zydesk_command,
)

GOALS = {"print": 0.22, "start": 2.5, "start-200": 4.0}
FRAME_MS, SWITCH_MS, LONG_S = 16.0, 100.0, 5.0


def _alternate(commands: dict[str, tuple], rounds: int, env: dict,
               cpu: dict[str, float] | None = None) -> dict[str, float]:
    """Median seconds of each command (command, until[, working folder]); one unmeasured round first (bytecode,
    LibreOffice profile). With `cpu`, also the median processor seconds of each (see run_seconds)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(rounds + 1):
        for name, (command, until, *cwd) in commands.items():
            used: list[float] | None = [] if cpu is not None else None
            seconds = run_seconds(command, env, until, *(cwd or [ROOT]), cpu=used)
            if round_:
                times[name].append(seconds)
                cpus[name].extend(used or [])
    if cpu is not None:
        cpu.update({name: statistics.median(values) for name, values in cpus.items() if values})
    return {name: statistics.median(values) for name, values in times.items()}


def _ratio_line(what: str, seconds: float, anchor: str, anchor_s: float, goal: float) -> None:
    ratio = seconds / anchor_s
    verdict = "ok" if ratio <= goal else "ABOVE goal"
    print(f"{what:<54} {seconds * 1000:7.0f} ms  {anchor}: {anchor_s * 1000:6.0f} ms  "
          f"ratio {ratio:.2f} (goal ≤ {goal})  {verdict}", flush=True)


def bench_print(rounds: int, folder: Path, baseline: Path | None = None) -> None:
    """With `baseline` (another checkout; its .venv when it has one), its print is timed in the same rounds."""
    office = libreoffice()
    commands = {"zydesk": (zydesk_command("print", str(EXAMPLE), "-o", str(folder / "zydesk.pdf")), None)}
    if baseline is not None:
        python = baseline / ".venv" / "bin" / "python"
        command = zydesk_command("print", str(EXAMPLE), "-o", str(folder / "baseline.pdf"))
        commands["baseline"] = ([str(python) if python.exists() else sys.executable, *command[1:]], None,
                                baseline.resolve())
    if office is None:
        print("LibreOffice is not installed (apt-get install libreoffice-calc-nogui): printing only")
    else:
        commands["libreoffice"] = (libreoffice_command(office, folder, folder / "lo-profile"), None)
    medians = _alternate(commands, rounds, process_env())
    runs = [("zydesk print of the example", "zydesk")]
    if baseline is not None:
        runs.append((f"the same from {baseline}", "baseline"))
    for what, name in runs:
        if office is None:
            print(f"{what}: {medians[name] * 1000:.0f} ms median of {rounds}")
        else:
            _ratio_line(what, medians[name], "LibreOffice xlsx→pdf", medians["libreoffice"], GOALS["print"])


def bench_start(rounds: int, folder: Path, baseline: Path | None = None) -> None:
    """With `baseline` (an export of another commit, its forms compiled), its editor starts in the same rounds:
    before and after side by side, under the same load."""
    from bench.common import generated_bundle
    from zydesk import storage

    example, big = folder / "example.zyd.json", folder / "big.zyd.json"
    example.write_bytes(EXAMPLE.read_bytes())
    storage.save(generated_bundle(1, 200), big)
    commands = {
        "bare": (bare_window_command(), "painted"),
        "example": (zydesk_command("--startup-probe", str(example)), "painted"),
        "big": (zydesk_command("--startup-probe", str(big)), "painted"),
    }
    if baseline is not None:
        commands["example (baseline)"] = (zydesk_command("--startup-probe", str(example)), "painted", baseline)
        commands["big (baseline)"] = (zydesk_command("--startup-probe", str(big)), "painted", baseline)
    cpu: dict[str, float] = {}
    medians = _alternate(commands, rounds, process_env(ZYDESK_RECOVERY_DIR=str(folder / "recovery")), cpu)
    for suffix in ("", " (baseline)") if baseline is not None else ("",):
        _ratio_line(f"cold start to first paint, the example{suffix}", medians[f"example{suffix}"], "bare window",
                    medians["bare"], GOALS["start"])
        _ratio_line(f"cold start to first paint, 200 indicators{suffix}", medians[f"big{suffix}"], "bare window",
                    medians["bare"], GOALS["start-200"])
    if "bare" in cpu:
        # Processor time to the exit (the probe quits right after the paint): steadier than wall time under load.
        print("processor time to exit (user + system), ratio to the bare window's: " + ", ".join(
            f"{name} {seconds * 1000:.0f} ms ({seconds / cpu['bare']:.2f})" for name, seconds in cpu.items()),
            flush=True)


def _child(*args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-m", "bench.gui_measures", *args], cwd=ROOT, env=process_env(),
                         check=True, capture_output=True, text=True).stdout.split()
    return [float(x) for x in out[1:]]


def bench_gui(rounds: int) -> None:
    for width, height in ((1600, 1000), (1366, 768)):
        runs = [_child("keystroke", str(width), str(height)) for _ in range(rounds)]
        painted, findings, cpu = (statistics.median(r[i] for r in runs) for i in range(3))
        verdict = "ok" if painted <= FRAME_MS else "ABOVE goal"
        print(f"keystroke, 200 indicators, {width}×{height}, every panel: {painted:.1f} ms with the repaint "
              f"({findings:.1f} ms to the findings; GUI-thread CPU {cpu:.1f} ms), median of {rounds} runs × 200 keys; "
              f"goal ≤ {FRAME_MS}  {verdict}", flush=True)
    runs = [_child("switch") for _ in range(rounds)]
    median, worst = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)
    verdict = "ok" if median <= SWITCH_MS else "ABOVE goal"
    print(f"switch form, 40-form bundle: {median:.1f} ms median (worst {worst:.0f} ms; GUI-thread CPU {cpu:.1f} ms) "
          f"of {rounds} runs × 117 switches; goal ≤ {SWITCH_MS:.0f}  {verdict}", flush=True)


def bench_long(rounds: int) -> None:
    from bench.long_text import long_text_seconds

    sizes = (1_000, 2_500, 5_000, 10_000)
    medians = {n: statistics.median(long_text_seconds(n) for _ in range(rounds)) for n in sizes}
    for n, seconds in medians.items():
        per = seconds / medians[sizes[0]] / (n / sizes[0])
        print(f"print one form, every text field {n:>6,} characters: {seconds:7.2f} s  "
              f"(time per character relative to 1,000: {per:.2f}; linear ≈ 1)", flush=True)
    verdict = "ok" if medians[10_000] <= LONG_S else "ABOVE goal"
    print(f"10,000 characters: goal ≤ {LONG_S} s  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="print,start,gui,long")
    parser.add_argument("--baseline", type=Path, help="print, start: also time this folder's zydesk (an export of "
                        "another commit, e.g. `git archive main | tar -x -C DIR` + packaging/compile_ui.py there)")
    args = parser.parse_args()
    parts = args.only.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "print" in parts:
            bench_print(args.rounds, folder, args.baseline)
        if "start" in parts:
            bench_start(args.rounds, folder, args.baseline)
    if "gui" in parts:
        bench_gui(args.rounds)
    if "long" in parts:
        bench_long(min(args.rounds, 3))


if __name__ == "__main__":
    main()
