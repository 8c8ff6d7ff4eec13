"""reportlab's paragraph module imported with its URL pattern compiled on first use: same matches, re untouched."""

import re
import subprocess
import sys

import pytest
from reportlab.platypus import paragraph

from zydesk.printing import quick_import
from zydesk.printing.quick_import import LazyPattern

URIS = [
    "https://www.example.com/a/b", "HTTP://EXAMPLE.COM", "ftp://user:pw@10.0.0.1:2121/x?y#z", "http://bücher.de/x",
    "http://[::1]/", "localhost", "www.example.com", "not a url", "http://-bad-.com", "", "项目支出绩效自评表",
]


def test_re_compile_is_the_standard_one_after_the_import():
    assert re.compile.__module__ == "re" and re.compile.__name__ == "compile"


def test_a_fresh_process_gets_the_lazy_pattern_and_the_standard_re_compile():
    code = ("import re, zydesk.printing; from reportlab.platypus import paragraph; "
            "print(type(paragraph.uri_pat).__name__, re.compile.__module__)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["LazyPattern", "re"]


def test_the_url_pattern_matches_what_the_compiled_pattern_matches():
    # In this process reportlab may have been imported before zydesk.printing: build the lazy one here.
    source, flags = paragraph.uri_pat.pattern, paragraph.uri_pat.flags
    lazy, real = LazyPattern(source, flags), re.compile(source, flags)
    assert lazy.flags & re.IGNORECASE
    for uri in URIS:
        found, expected = lazy.match(uri), real.match(uri)
        assert (found and found.groups()) == (expected and expected.groups()), uri
    assert paragraph._uri_split_pairs("https://www.example.com/a/b") == [
        ("https://www.example.com/a/", "b"), ("https://www.example.com/", "a/b"), ("https://", "www.example.com/a/b")]


def test_every_other_pattern_of_the_module_is_compiled_at_import():
    patterns = [value for name, value in vars(paragraph).items() if isinstance(value, re.Pattern)]
    assert len(patterns) >= 5
    assert not [name for name, value in vars(paragraph).items()
                if isinstance(value, LazyPattern) and name != "uri_pat"]


def test_a_lazy_pattern_compiles_once_on_first_use():
    lazy = LazyPattern("(^(?:[a-z0-9\\.\\-\\+]*)://)x", re.IGNORECASE)
    assert lazy.match("HTTP://X") and lazy.search("-- a://x") is None
    assert lazy.compiled() is lazy.compiled()


def test_importing_again_after_the_module_is_loaded_changes_nothing(monkeypatch):
    before = re.compile
    quick_import.import_paragraph()
    assert re.compile is before and sys.modules[quick_import.PARAGRAPH] is paragraph


def test_re_compile_is_restored_when_the_import_fails(monkeypatch):
    monkeypatch.delitem(sys.modules, quick_import.PARAGRAPH)
    before = re.compile

    def broken(*_args, **_kwargs):
        raise ImportError("broken")

    monkeypatch.setattr("builtins.__import__", broken)
    with pytest.raises(ImportError):
        quick_import.import_paragraph()
    monkeypatch.undo()
    assert re.compile is before
