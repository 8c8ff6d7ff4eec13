"""reportlab's paragraph module loaded without compiling a pattern no print of ours uses (20 ms of `zydesk print`).

reportlab.platypus.paragraph compiles, when it is imported, a case-insensitive URL pattern (`uri_pat`, from a
Django validator) that only its hyphenation of URLs matches against; our paragraphs wrap CJK-style and never
hyphenate. Case-insensitive ranges up to U+FFFF make that one compile cost about as much as laying out a
form, in every fresh process. While the module is imported, `re.compile` hands out a pattern that compiles on
first use for that pattern text only; every other pattern compiles as usual, and `re.compile` is restored
before this returns. If a reportlab version words the pattern differently, it is simply compiled at import.
"""

import re
import sys
import threading

PARAGRAPH = "reportlab.platypus.paragraph"
# The start of reportlab's pattern (reportlab 4.x–5.x); a pattern not starting so is compiled at once.
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"

_LOCK = threading.Lock()
_COMPILE = re.compile


class LazyPattern:
    """A compiled pattern made on first use: matching, searching and the attributes work as re.Pattern's."""

    __slots__ = ("_flags", "_lock", "_pattern", "_source")

    def __init__(self, source: str, flags: int):
        self._source = source
        self._flags = flags
        self._pattern: re.Pattern | None = None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern:
        with self._lock:
            if self._pattern is None:
                self._pattern = _COMPILE(self._source, self._flags)
            return self._pattern

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[:30]!r}…)"


def import_paragraph() -> None:
    """Import reportlab.platypus.paragraph (and so reportlab.platypus) with its URL pattern compiled lazily."""
    with _LOCK:
        if PARAGRAPH in sys.modules:
            return
        real = re.compile

        def compile_(pattern, flags=0):
            if isinstance(pattern, str) and pattern.startswith(URI_PATTERN_START) and flags == re.IGNORECASE:
                return LazyPattern(pattern, flags)
            return real(pattern, flags)

        re.compile = compile_
        try:
            import reportlab.platypus.paragraph  # noqa: F401
        finally:
            re.compile = real


import_paragraph()
