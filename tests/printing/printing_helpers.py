"""Helpers for the printing tests: PDF text per page, whitespace-free comparison, the example printed once."""

import io
import re
from functools import cache
from pathlib import Path

from pypdf import PdfReader

from zydesk import storage
from zydesk.model import Bundle
from zydesk.printing import PrintResult, render_pdf_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
_WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text without any whitespace: PDF extraction breaks cells into lines wherever they wrapped."""
    return _WHITESPACE.sub("", text)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def load_example() -> Bundle:
    return storage.load(EXAMPLE)


@cache
def example_pdf() -> tuple[bytes, PrintResult]:
    """The example bundle printed with default options, once per test run (treat as read-only)."""
    return render_pdf_bytes(load_example())
