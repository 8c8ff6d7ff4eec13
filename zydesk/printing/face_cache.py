"""A TrueType font parsed once: reportlab's tables of a font file kept on disk, so a print skips the parse.

Parsing the bundled 2.7 MB faces costs a fresh `zydesk print` more than laying out the example. The parsed
tables (character map, widths, glyph offsets, names, metrics) depend only on the file's bytes and the reportlab
version; they are kept as a `marshal` file (plain numbers, strings and containers, checked on loading; the
per-glyph tables as arrays of integers, face_tables.py) named after the SHA-256 of the font file. The build
ships the bundled fonts' tables next to the fonts (`resources/fonts/*.face`); any other font's land in the
user's cache folder on first use. The hash itself is kept in the cache folder too, with the file's size and
times, and used while the file is unchanged (_known_name). Anything unexpected
in a cache file (another reportlab, damage) means the font is simply parsed again: never a different print.
"""

import hashlib
import itertools
import marshal
import os
import sys
import tempfile
import time
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from . import face_tables

FORMAT = 2  # 2: the per-glyph tables packed (face_tables.py)
SUFFIX = ".face"
STAT_SUFFIX = f"-f{FORMAT}.known"
SETTLED_NS = 2_000_000_000
STAT_KEYS = os.name == "posix"
NAME_FIELDS = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
# Tables reportlab reads only while it parses a font (glyph → characters, to fill the widths): a face from the
# cache builds them on first use, which a print never makes (two thousand small lists per face, 4 ms).
DEFERRED = frozenset({"glyphToChar"})
# Only these types may come out of a cache file (marshal could also hold code objects: never accepted).
_PLAIN = {int, float, str, bytes, bool, type(None)}


def cache_dir() -> Path:
    """Per-user cache folder; ZYDESK_CACHE_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZYDESK_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "zydesk" / "fonts"


def cache_name(data: bytes, index: int) -> str:
    # The format is in the name: another version of zydesk keeps its own file instead of replacing this one.
    return f"{hashlib.sha256(data).hexdigest()[:32]}-{index}-f{FORMAT}{SUFFIX}"


def load_font(name: str, path: Path, index: int = 0) -> TTFont:
    """reportlab's TTFont of `path`, from the shipped or cached tables when there are any, else parsed (and
    the tables cached for next time). Raises what TTFont raises for a file that is no usable TrueType font."""
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        data = handle.read()
    file_name = _known_name(path, index, stat, data)
    for folder in (path.parent, cache_dir()):
        state = _read(folder / file_name)
        if state is not None:
            return _font(name, _face(state, str(path), data))
    font = TTFont(name, str(path), subfontIndex=index)
    _write(cache_dir() / file_name, font.face)
    return font


def _stat_key(stat: os.stat_result) -> str:
    # Any write to or replacement of the file changes its status-change time (ctime), which no program can set
    # back on POSIX, or its file id. Windows has no such time (st_ctime is the creation time there and a program
    # may set every time it reports), so STAT_KEYS is off there: the file is hashed on every print.
    return f"{stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns} {stat.st_ino} {stat.st_dev}"


def _known_name(path: Path, index: int, stat: os.stat_result, data: bytes) -> str:
    """cache_name(data, index), from a record of the file's status when the file is unchanged since it was hashed.

    Hashing the two bundled 2.7 MB faces is 4 ms of every print. A record is kept only for a file unchanged for
    SETTLED_NS before it was hashed, so a change within the clock's granularity of the record cannot go unseen."""
    if not STAT_KEYS:
        return cache_name(data, index)
    record = cache_dir() / f"{hashlib.sha256(f'{path.resolve()}#{index}'.encode()).hexdigest()[:32]}{STAT_SUFFIX}"
    key = _stat_key(stat)
    try:
        known_key, _, known_name = record.read_text(encoding="utf-8").partition("\n")
    except (OSError, ValueError):
        known_key = known_name = ""
    if known_key == key and known_name == _name_shape(known_name):
        return known_name
    file_name = cache_name(data, index)
    if time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) > SETTLED_NS:
        _write_bytes(record, f"{key}\n{file_name}".encode())  # without it, the next print hashes the file again
    return file_name


def _name_shape(name: str) -> str:
    """`name` if it is a name cache_name() makes (32 hex digits, index, format), else ""."""
    digest, _, rest = name.partition("-")
    ok = len(digest) == 32 and all(c in "0123456789abcdef" for c in digest) and rest.endswith(f"-f{FORMAT}{SUFFIX}")
    return name if ok else ""


def face_state(face: TTFontFace) -> dict:
    """The parsed tables of a face as plain data; the file's bytes and the unit-scaling function left out."""
    state = {key: value for key, value in vars(face).items() if key not in ("_ttf_data", "_pdfScale", "filename")}
    for key in NAME_FIELDS:
        state[key] = state[key].ustr
    tables = face_tables.pack(state)
    for key in tables.keys() & face_tables.TABLES.keys():
        del state[key]
    return {"format": FORMAT, "reportlab": reportlab.Version, "face": state, "tables": tables}


def write_face(folder: Path, path: Path, index: int = 0) -> Path:
    """Parse `path` and store its tables in `folder` (the build ships them); returns the file written."""
    data = path.read_bytes()
    target = folder / cache_name(data, index)
    _write(target, TTFont("zydesk-build", str(path), subfontIndex=index).face, strict=True)
    return target


def _write(target: Path, face: TTFontFace, strict: bool = False) -> None:
    _write_bytes(target, marshal.dumps(face_state(face)), strict)


def _write_bytes(target: Path, data: bytes, strict: bool = False) -> None:
    """`data` into `target` whole or not at all (a temporary file renamed over it)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except OSError:
        if strict:
            raise
        # A read-only or full cache folder only costs the next print a parse (or a hash).


def _read(path: Path) -> dict | None:
    try:
        state = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (not isinstance(state, dict) or state.get("format") != FORMAT or state.get("reportlab") != reportlab.Version
            or not isinstance(state.get("face"), dict) or not _plain([state["face"]])):
        return None
    face, tables = state["face"], face_tables.unpack(state.get("tables"), DEFERRED)
    if not all(isinstance(face.get(key), str) for key in NAME_FIELDS) or not isinstance(face.get("unitsPerEm"), int):
        return None
    if tables is None:
        return None
    return {**face, **tables}


def _plain(items, depth: int = 0) -> bool:
    """Whether every item is a number, string or bytes, or a list, tuple or dict of such (a few levels deep)."""
    kinds = set(map(type, items))
    if kinds <= _PLAIN:
        return True
    if depth > 3 or not kinds <= _PLAIN | {list, tuple, dict}:
        return False
    # Nested sequences are checked together (thousands of one-item glyph lists cost one pass), and a level
    # of one kind is taken apart without a Python-level loop over its items (a fresh print checks two faces).
    sequences = _of_kinds(items, kinds, _SEQUENCES)
    dicts = _of_kinds(items, kinds, _DICTS)
    chain = itertools.chain.from_iterable
    return (_plain(list(chain(sequences)), depth + 1) and _plain(list(chain(dicts)), depth + 1)
            and _plain(list(chain(map(dict.values, dicts))), depth + 1))


_SEQUENCES, _DICTS = frozenset((list, tuple)), frozenset((dict,))


def _of_kinds(items: list, kinds: set, wanted: frozenset) -> list:
    """The items whose type is in `wanted`, picked without a Python-level loop (C iterators only)."""
    if kinds.isdisjoint(wanted):
        return []
    if kinds <= wanted:
        return items
    return list(itertools.compress(items, map(wanted.__contains__, map(type, items))))


class CachedFace(TTFontFace):
    """A face made from cached tables; a table in DEFERRED is built when it is first read."""

    def __getattr__(self, name: str):
        builders = vars(self).get(_BUILDERS)
        if not builders or name not in builders:
            raise AttributeError(name)
        value = builders.pop(name)()
        setattr(self, name, value)
        if not builders:
            del self.__dict__[_BUILDERS]
        return value


_BUILDERS = "_zydesk_deferred"


def _face(state: dict, filename: str, data: bytes) -> TTFontFace:
    face = CachedFace.__new__(CachedFace)
    # A deferred table comes from face_tables.unpack as the function building it (a table that was not packed
    # is a plain value and is set as it is).
    builders = {key: state[key] for key in DEFERRED if callable(state.get(key))}
    fields = {key: value for key, value in state.items() if key not in builders}
    if builders:
        fields[_BUILDERS] = builders
    for key in NAME_FIELDS:
        fields[key] = TTFNameBytes(fields[key].encode("utf8"))
    units = fields["unitsPerEm"]
    fields["_pdfScale"] = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)
    vars(face).update(fields, filename=filename, _ttf_data=data)
    return face


def _font(name: str, face: TTFontFace) -> TTFont:
    # What TTFont.__init__ does after parsing the face (reportlab 4–5); a test compares the two field by field.
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob or ())
    return font
