"""Hostile bundles (damaged, extreme, oversized) and the run of one through load, check, print and new-year.

Used by tests/test_hostile_files.py (a fast share) and by hand for a larger sweep with a table of outcomes:

    .venv/bin/python tests/hostile.py 2000        # inputs tried, clean outcomes, failures by kind
"""

import contextlib
import io
import json
import string
import sys
import tempfile
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from zydesk.__main__ import main as zydesk_main  # noqa: E402

EXAMPLE_TEXT = (ROOT / "resources" / "examples" / "xiaoguan-2021.json").read_text(encoding="utf-8")
# A clean run writes at most this much per byte of input (plus a constant): no giant messages.
OUTPUT_PER_INPUT_BYTE = 20
MAX_ERROR_LINE = 400


def _paths(raw, prefix=()):
    yield prefix
    if isinstance(raw, dict):
        for key, value in raw.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(raw, list):
        for i, value in enumerate(raw):
            yield from _paths(value, (*prefix, i))


PATHS = [p for p in _paths(json.loads(EXAMPLE_TEXT)) if p]
# Raw JSON that json.dumps cannot produce (numbers of any size); placed where a marker string stands.
RAW_NUMBERS = ["1e999999999", "-1e-999999999", "1e308", "1" * 5000, "1" * 4301, "9" * 40, "0.0000001", "1E+12",
               "-0", "2021.0", "1" * 10_000 + ".5"]
DECIMAL_STRINGS = ["1e999999999", "-1e-999999999", "NaN", "Infinity", "1e308", "9" * 10_000, "0E+99999",
                   "999999999999.999999", "1000000000000", "-999999.99", "0.0000001", " 1 ", "1_000", "１２"]
TEXTS = st.sampled_from([
    "\ud800", "a\udfffb", "\x00", "\x1b[31m", "\r\n", "\u202e", "<b>&amp;</b>", "长" * 10_000, "x" * 10_001,
    "1" * 10_000, "a b " * 2_500, "\n" * 9_999, "\t" * 100, "（50分）" * 100, "",
])
SCALARS = (st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.sampled_from(DECIMAL_STRINGS) | TEXTS
           | st.text(alphabet=string.printable + "长：“”\ud800", max_size=50))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=5) | st.sampled_from(["weight", "format", "x" * 300, "\ud800"]), inner, max_size=3), max_leaves=6)


@st.composite
def hostile_texts(draw) -> str:
    """The example with a few values replaced, raw numbers spliced in, or the text cut, repeated or nested."""
    raw = json.loads(EXAMPLE_TEXT)
    markers = {}
    for n in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PATHS))
        node = raw
        try:
            for key in path[:-1]:
                node = node[key]
            if draw(st.booleans()):
                marker = f"@@RAW{n}@@"
                markers[json.dumps(marker)] = draw(st.sampled_from(RAW_NUMBERS))
                node[path[-1]] = marker
            else:
                node[path[-1]] = draw(VALUES)
        except (KeyError, IndexError, TypeError):
            continue   # an earlier replacement removed this place
    text = json.dumps(raw, ensure_ascii=draw(st.booleans()), indent=2)
    for marker, number in markers.items():
        text = text.replace(marker, number)
    damage = draw(st.sampled_from(["none", "none", "cut", "forms", "nest", "dup"]))
    if damage == "cut":
        text = text[:draw(st.integers(0, len(text)))]
    elif damage == "forms":   # many forms: oversized but maybe within 20 MB
        body = json.loads(EXAMPLE_TEXT)
        body["forms"] = body["forms"] * draw(st.sampled_from([10, 30]))
        text = json.dumps(body, ensure_ascii=False)
    elif damage == "nest":
        depth = draw(st.sampled_from([100, 100_000]))
        text = text.replace('"signatures": {', '"signatures": ' + "[" * depth + "]" * depth + ', "x": {', 1)
    elif damage == "dup":
        text = text.replace('"title"', '"title": "a", "title"', 1)
    return text


def run_everything(text: str) -> dict[str, int]:
    """Load, check (text and --json), print and new-year one file as the command line does, in this process.

    Returns each command's exit status; raises AssertionError on an unclean outcome (exit 3, a traceback, an
    over-long error line, output out of proportion to the input).
    """
    outcomes = {}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "hostile.zyd.json"
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
        commands = {
            "check": ["check", str(source)],
            "check-json": ["check", str(source), "--json"],
            "print": ["print", str(source), "-o", str(Path(folder) / "out.pdf")],
            "new-year": ["new-year", str(source), "-o", str(Path(folder) / "next.zyd.json")],
        }
        for name, argv in commands.items():
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = zydesk_main(argv)
            outcomes[name] = code
            assert code in (0, 1, 2), f"{name}: exit {code}: {err.getvalue()}"
            assert "Traceback" not in err.getvalue()
            for line in err.getvalue().splitlines():
                assert len(line) <= MAX_ERROR_LINE + len(str(source)), f"{name}: {len(line)}-character line"
            assert len(out.getvalue()) <= OUTPUT_PER_INPUT_BYTE * len(text) + 10_000, f"{name}: giant output"
        if outcomes["new-year"] == 0:
            # What new-year wrote, zydesk itself opens.
            from zydesk import storage

            storage.load(Path(folder) / "next.zyd.json")
        if outcomes["print"] == 0:
            assert (Path(folder) / "out.pdf").stat().st_size > 0
    return outcomes


def sweep(count: int) -> None:
    """Draw `count` hostile files and print the table: inputs tried, clean outcomes, failures by kind."""
    from hypothesis.errors import HypothesisException

    strategy = hostile_texts()
    tried = clean = 0
    refused = loaded = 0
    failures: dict[str, int] = {}
    for _ in range(count):
        if tried and tried % 25 == 0:
            print(f"... {tried} tried, {clean} clean", flush=True)
        try:
            text = strategy.example()
        except HypothesisException:
            continue
        tried += 1
        try:
            outcomes = run_everything(text)
        except Exception as exc:   # AssertionError: an unclean outcome; anything else escaped zydesk
            kind = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:80]}"
            failures[kind] = failures.get(kind, 0) + 1
            continue
        clean += 1
        if outcomes["check"] == 2:
            refused += 1
        else:
            loaded += 1
    print(f"inputs tried: {tried}\nclean outcomes: {clean} ({refused} refused with one line, {loaded} loaded, "
          f"checked, printed and rolled over)\nfailures: {tried - clean}")
    for kind, n in sorted(failures.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5d}  {kind}")


if __name__ == "__main__":
    import warnings

    warnings.filterwarnings("ignore")
    sweep(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
