"""The example prints the same as it did before the speed work of issue 14: fingerprints and page texts pinned.

A deliberate change to what the paper says updates the pinned file:
`.venv/bin/python tests/printing/test_print_pinned.py` rewrites tests/data/example-print.json.
"""

import json
import sys
from pathlib import Path

from printing_helpers import example_pdf, load_example, page_texts, squash

from zydesk.printing import fingerprint

PINNED = Path(__file__).resolve().parent.parent / "data" / "example-print.json"


def printed() -> dict:
    data, result = example_pdf()
    return {
        "fingerprints": [fingerprint(form) for form in load_example().forms],
        "pages": result.pages,
        "page_texts": [squash(text) for text in page_texts(data)],
    }


def test_the_example_prints_as_pinned():
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    now = printed()
    assert now["fingerprints"] == pinned["fingerprints"]
    assert now["pages"] == pinned["pages"]
    for number, (text, expected) in enumerate(zip(now["page_texts"], pinned["page_texts"], strict=True), 1):
        assert text == expected, f"page {number} prints differently"


if __name__ == "__main__":
    PINNED.write_text(json.dumps(printed(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.exit(0)
