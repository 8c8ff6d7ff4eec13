"""packaging/glibc_floor.py reads the glibc a folder needs from the version references of its ELF files."""

import shutil
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import glibc_floor

pytestmark = pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) is not installed")


def a_program():
    # This interpreter is an ELF program linked against glibc on every Linux that runs these tests.
    return sys.executable


def test_a_program_asks_for_some_glibc_and_a_text_file_is_not_read(tmp_path):
    shutil.copy(a_program(), tmp_path / "program")
    (tmp_path / "notes.txt").write_text("not a program", encoding="utf-8")
    found = glibc_floor.scan(tmp_path)
    assert list(found) == ["program"]
    version = glibc_floor.floor(found, "GLIBC")
    assert version is not None and glibc_floor.version_key(version) >= (2, 2, 5)


def test_versions_compare_as_numbers_not_text():
    assert glibc_floor.version_key("2.28") > glibc_floor.version_key("2.3.4")
    assert glibc_floor.floor({"a": {"GLIBC": "2.9"}, "b": {"GLIBC": "2.17"}}, "GLIBC") == "2.17"


def test_a_limit_below_what_a_file_needs_fails_and_names_the_file(tmp_path, capsys):
    shutil.copy(a_program(), tmp_path / "program")
    assert glibc_floor.main([str(tmp_path), "--max-glibc", "2.0"]) == 1
    assert "program needs GLIBC_" in capsys.readouterr().err
    assert glibc_floor.main([str(tmp_path), "--max-glibc", "99.0"]) == 0
