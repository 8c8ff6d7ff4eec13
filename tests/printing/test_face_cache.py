"""Parsed font tables kept on disk: a font loaded from them is the parsed font, and prints the same bytes."""

import marshal
import os
import time
from datetime import datetime

import pytest
from printing_helpers import load_example
from reportlab.pdfbase.ttfonts import TTFont

from zydesk.printing import PrintOptions, face_cache, face_tables, fonts, render_pdf_bytes
from zydesk.resources import bundled_font_paths

# The same instant for both prints compared byte for byte (the PDF carries its time of printing).
PRINTED = datetime(2026, 12, 1, 9, 30)

REGULAR, BOLD = bundled_font_paths()


@pytest.fixture(autouse=True)
def empty_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ZYDESK_CACHE_DIR", str(tmp_path / "cache"))
    fonts.clear_cache()
    yield tmp_path / "cache"
    fonts.clear_cache()


def cache_file(folder, path=REGULAR):
    return folder / face_cache.cache_name(path.read_bytes(), 0)


def no_parsing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the font was parsed although its tables are cached")

    monkeypatch.setattr(TTFont, "__init__", refuse)


def test_a_cached_font_is_the_parsed_font_field_by_field(empty_cache):
    parsed = face_cache.load_font("A", REGULAR)
    assert cache_file(empty_cache).is_file()
    cached = face_cache.load_font("A", REGULAR)
    fresh = TTFont("A", str(REGULAR))
    assert cached.face is not parsed.face
    assert vars(cached).keys() == vars(fresh).keys()
    # The deferred tables are built on first use, the same as parsed; then the face holds exactly the parsed fields.
    assert face_cache.DEFERRED - vars(cached.face).keys() == face_cache.DEFERRED
    for key in face_cache.DEFERRED:
        assert getattr(cached.face, key) == getattr(fresh.face, key), key
    for key in ("fontName", "_asciiReadable", "_shapable"):
        assert getattr(cached, key) == getattr(fresh, key), key
    face, expected = vars(cached.face), vars(fresh.face)
    assert face.keys() == expected.keys()
    for key in expected.keys() - {"_pdfScale"}:
        assert face[key] == expected[key], key
        assert type(face[key]) is type(expected[key]), key
    assert face["name"].ustr == expected["name"].ustr
    assert [face["_pdfScale"](v) for v in (0, 1, 733, -120)] == [expected["_pdfScale"](v) for v in (0, 1, 733, -120)]


def test_printing_from_cached_tables_gives_the_same_pdf_bytes(empty_cache, monkeypatch):
    bundle = load_example()
    parsed, _ = render_pdf_bytes(bundle, PrintOptions(created=PRINTED))  # parses both faces, caches their tables
    assert cache_file(empty_cache, REGULAR).is_file() and cache_file(empty_cache, BOLD).is_file()
    fonts.clear_cache()
    no_parsing(monkeypatch)
    cached, result = render_pdf_bytes(bundle, PrintOptions(created=PRINTED))
    assert cached == parsed
    options = PrintOptions(forms=[2], created=PRINTED)
    assert render_pdf_bytes(bundle, options)[0] == render_pdf_bytes(bundle, options)[0]
    assert not result.warnings


def test_tables_shipped_beside_the_font_are_used_first(tmp_path, empty_cache, monkeypatch):
    shipped = tmp_path / "fonts"
    shipped.mkdir()
    font = shipped / REGULAR.name
    font.write_bytes(REGULAR.read_bytes())
    written = face_cache.write_face(shipped, font)
    assert written.parent == shipped
    no_parsing(monkeypatch)
    assert face_cache.load_font("A", font).face.name.ustr == "ZydeskSerifSC-Regular"
    assert not list(empty_cache.glob(f"*{face_cache.SUFFIX}"))   # no tables had to be cached


def test_tables_of_another_font_file_are_not_used(tmp_path, empty_cache):
    face_cache.load_font("A", REGULAR)
    other = tmp_path / "changed.ttf"
    other.write_bytes(REGULAR.read_bytes() + b"\0\0\0\0")  # other bytes, other SHA-256: parsed afresh
    assert face_cache.cache_name(other.read_bytes(), 0) != cache_file(empty_cache).name
    assert face_cache.load_font("B", other).face.numGlyphs == face_cache.load_font("A", REGULAR).face.numGlyphs


@pytest.mark.skipif(not face_cache.STAT_KEYS, reason="no status-change time on this system: always hashed")
def test_an_unchanged_font_file_is_not_hashed_again(empty_cache, monkeypatch):
    first = face_cache.load_font("A", REGULAR)   # the bundled font is older than SETTLED_NS: a record is kept

    def refuse(data, index):
        raise AssertionError("the font file was hashed although it is unchanged")

    monkeypatch.setattr(face_cache, "cache_name", refuse)
    no_parsing(monkeypatch)
    assert face_cache.load_font("A", REGULAR).face.charWidths == first.face.charWidths


@pytest.mark.skipif(not face_cache.STAT_KEYS, reason="no status-change time on this system: always hashed")
def test_a_changed_font_file_is_hashed_again_even_with_its_size_and_time(tmp_path, empty_cache, monkeypatch):
    monkeypatch.setattr(face_cache, "SETTLED_NS", 0)   # keep a record of a file just written
    font = tmp_path / "f.ttf"
    font.write_bytes(b"A" * 4096)
    before = os.stat(font)

    def known(path):
        stat = os.stat(path)
        return face_cache._known_name(path, 0, stat, path.read_bytes())

    assert known(font) == face_cache.cache_name(b"A" * 4096, 0)
    assert len(list(empty_cache.glob(f"*{face_cache.STAT_SUFFIX}"))) == 1
    time.sleep(0.05)   # past the granularity of the file system's clock
    font.write_bytes(b"B" * 4096)
    os.utime(font, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert known(font) == face_cache.cache_name(b"B" * 4096, 0)
    record = next(empty_cache.glob(f"*{face_cache.STAT_SUFFIX}"))
    for damaged in ("", "x\ny", f"{face_cache._stat_key(os.stat(font))}\n../../evil.face"):
        record.write_text(damaged, encoding="utf-8")
        assert known(font) == face_cache.cache_name(b"B" * 4096, 0)


def test_a_font_file_changed_just_now_keeps_no_record(tmp_path, empty_cache):
    font = tmp_path / "f.ttf"
    font.write_bytes(b"A" * 4096)
    face_cache._known_name(font, 0, os.stat(font), font.read_bytes())
    assert not list(empty_cache.glob(f"*{face_cache.STAT_SUFFIX}"))


def test_without_status_change_times_every_font_file_is_hashed(empty_cache, monkeypatch):
    monkeypatch.setattr(face_cache, "STAT_KEYS", False)
    face_cache.load_font("A", REGULAR)
    assert not list(empty_cache.glob(f"*{face_cache.STAT_SUFFIX}"))
    hashed, name = [], cache_file(empty_cache).name
    monkeypatch.setattr(face_cache, "cache_name", lambda data, index: hashed.append(index) or name)
    face_cache.load_font("A", REGULAR)
    assert hashed == [0]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other reportlab", "code object", "wrong shape",
                                    "code object in a table", "other layout", "table cut short", "unknown table"])
def test_a_damaged_or_foreign_cache_file_means_parsing_again(empty_cache, damage):
    expected = render_pdf_bytes(load_example(), PrintOptions(forms=[1], created=PRINTED))[0]
    target = cache_file(empty_cache)
    state = marshal.loads(target.read_bytes())
    if damage == "truncated":
        target.write_bytes(target.read_bytes()[:1000])
    elif damage == "garbage":
        target.write_bytes(b"\xff" * 64)
    elif damage == "other reportlab":
        target.write_bytes(marshal.dumps({**state, "reportlab": "0.0"}))
    elif damage == "code object":
        state["face"]["bbox"].append(compile("print(1)", "x", "exec"))
        target.write_bytes(marshal.dumps(state))
    elif damage == "code object in a table":
        state["tables"]["glyphPos"].append(compile("print(1)", "x", "exec"))
        target.write_bytes(marshal.dumps(state))
    elif damage == "other layout":
        state["tables"]["@"] = "q8-little"
        target.write_bytes(marshal.dumps(state))
    elif damage == "table cut short":
        shape, keys, values = state["tables"]["charToGlyph"]
        state["tables"]["charToGlyph"] = [shape, keys, values[:-4]]
        target.write_bytes(marshal.dumps(state))
    elif damage == "unknown table":
        state["tables"]["glyphNames"] = ["ints", b""]
        target.write_bytes(marshal.dumps(state))
    else:
        target.write_bytes(marshal.dumps({**state, "face": ["not", "a", "dict"]}))
    assert face_cache._read(target) is None
    fonts.clear_cache()
    assert render_pdf_bytes(load_example(), PrintOptions(forms=[1], created=PRINTED))[0] == expected


def test_an_unwritable_cache_folder_only_costs_a_parse(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ZYDESK_CACHE_DIR", str(blocker / "cache"))
    assert face_cache.load_font("A", REGULAR).face.numGlyphs > 7000


CODE = compile("1", "x", "eval")


@pytest.mark.parametrize(("items", "plain"), [
    ([{"a": 1, "b": [1, 2], "c": {1: [3]}, "d": (1.5, "x", b"y", None, True)}], True),
    ([[1, (2, 3)], 4, "x"], True),
    ([{"a": CODE}], False),
    ([{CODE: 1}], False),
    ([{"a": [1, (2, CODE)]}], False),
    ([[1, 2], 3, {"k": {"j": [CODE]}}], False),
    ([{"a": {1, 2}}], False),
    ([[[[[[1]]]]]], False),  # deeper than any table of a face
])
def test_plain_accepts_only_numbers_strings_and_containers_of_them(items, plain):
    assert face_cache._plain(items) is plain


@pytest.mark.parametrize("face", [
    {"charToGlyph": {32: 1, 0x4E00: 7}, "charWidths": {32: 250}, "glyphToChar": {1: [32], 7: [0x4E00, 0x2F00], 9: []},
     "hmetrics": [(1000, 100), (250, -3)], "glyphPos": [0, 86, 86]},
    {"charToGlyph": {}, "charWidths": {}, "glyphToChar": {}, "hmetrics": [], "glyphPos": []},
])
def test_packed_tables_unpack_to_the_same_tables(face):
    packed = face_tables.pack(face)
    assert packed.keys() - {"@"} == face.keys()
    tables = face_tables.unpack(marshal.loads(marshal.dumps(packed)))
    assert tables == face
    assert [type(p) for p in tables["hmetrics"]] == [tuple] * len(face["hmetrics"])
    assert all(type(v) is list for v in tables["glyphToChar"].values())


def test_a_deferred_table_is_checked_at_once_and_built_on_first_use():
    face = {"glyphToChar": {1: [32], 7: [0x4E00, 0x2F00]}, "glyphPos": [0, 86]}
    packed = marshal.loads(marshal.dumps(face_tables.pack(face)))
    tables = face_tables.unpack(packed, frozenset({"glyphToChar"}))
    assert tables["glyphPos"] == face["glyphPos"]
    assert tables["glyphToChar"]() == face["glyphToChar"]
    shape, keys, counts, flat = packed["glyphToChar"]
    packed["glyphToChar"] = [shape, keys, counts, flat[:-4]]  # one character short of the counts
    assert face_tables.unpack(packed, frozenset({"glyphToChar"})) is None


def test_a_table_of_other_values_stays_as_it_is():
    face = {"charWidths": {32: 250.5}, "glyphPos": [0, 2**40], "hmetrics": [[1, 2]], "charToGlyph": {32: True}}
    assert face_tables.pack(face) == {"@": face_tables.LAYOUT}
