"""Printing a form whose text fields are long: `python -m bench.long_text N` prints the seconds to render it.

The example's first form with every text field (header, goals, each indicator's texts) holding N characters of
ordinary Chinese prose with punctuation; N = 10,000 is the most a file may hold (FILE-FORMAT.md "Limits").
"""

import subprocess
import sys
import time

from bench.anchors import EXAMPLE, ROOT, process_env

TIMEOUT_S = 300
SENTENCE = "本项目按计划推进，完成老旧小区抗震加固与节能改造，居民满意度明显提升；"
HEADER_FIELDS = ("project_name", "department", "implementer", "leader")
INDICATOR_FIELDS = ("name", "target", "actual", "deviation")


def long_bundle(chars: int):
    from zydesk.storage import load

    text = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
    bundle = load(EXAMPLE)
    form = bundle.forms[0]
    for name in HEADER_FIELDS:
        setattr(form, name, text)
    form.goal.expected = form.goal.actual = text
    for indicator in form.indicators:
        for name in INDICATOR_FIELDS:
            setattr(indicator, name, text)
    bundle.forms = [form]
    return bundle


def long_text_seconds(chars: int) -> float:
    """Seconds to print it in a fresh process (inf when it takes longer than TIMEOUT_S)."""
    try:
        out = subprocess.run([sys.executable, "-m", "bench.long_text", str(chars)], cwd=ROOT, env=process_env(),
                             check=True, capture_output=True, text=True, timeout=TIMEOUT_S).stdout
    except subprocess.TimeoutExpired:
        return float("inf")
    return float(out.split()[0])


def main(chars: int) -> None:
    from zydesk.printing import font_set, render_pdf_bytes

    bundle = long_bundle(chars)
    font_set()
    start = time.perf_counter()
    _, result = render_pdf_bytes(bundle)
    print(f"{time.perf_counter() - start:.3f} {result.pages}")


if __name__ == "__main__":
    main(int(sys.argv[1]))
