"""The big tables of a parsed face (per character or glyph, thousands of entries) packed as arrays of integers.

Kept as plain containers, the two bundled faces are 90,000 small objects that every print unpacks and checks
one by one; as arrays of 32-bit integers (little-endian) they are a few byte strings, read and checked in C.
A table that holds anything but integers of the expected shape (widths scaled to floats) is not packed.
"""

import sys
from array import array
from functools import partial
from itertools import accumulate

# Table name → shape: {int: int}, {int: [int, ...]}, [(int, int), ...], [int, ...].
TABLES = {"charToGlyph": "map", "charWidths": "map", "glyphToChar": "multimap", "hmetrics": "pairs",
          "glyphPos": "ints"}
_CODE = "i"
_LITTLE = sys.byteorder == "little"
# Written with the tables: a file packed with other integers is not read as these.
LAYOUT = f"{_CODE}{array(_CODE).itemsize}-little"
LAYOUT_KEY = "@"


def pack(face: dict) -> dict:
    """{name: [shape, bytes, ...]} of the tables of `face` that have their expected shape."""
    packed: dict = {LAYOUT_KEY: LAYOUT}
    for name, shape in TABLES.items():
        parts = _split(face.get(name), shape)
        if parts is not None:
            try:
                packed[name] = [shape, *(_bytes(part) for part in parts)]
            except (OverflowError, TypeError):  # an integer beyond 32 bits, or not an integer
                continue
    return packed


def unpack(packed: object, deferred: frozenset[str] = frozenset()) -> dict | None:
    """The tables again, as the parser made them; None for anything not made by pack().

    A table named in `deferred` is checked now but comes back as a function that builds it (it cannot fail)."""
    if not isinstance(packed, dict) or packed.get(LAYOUT_KEY) != LAYOUT:
        return None
    tables = {}
    for name, entry in packed.items():
        if name == LAYOUT_KEY:
            continue
        if TABLES.get(name) is None or not isinstance(entry, list) or not entry or entry[0] != TABLES[name]:
            return None
        parts = [_ints(part) for part in entry[1:]]
        if any(part is None for part in parts):
            return None
        if not _fits(entry[0], parts):
            return None
        tables[name] = partial(_join, entry[0], parts) if name in deferred else _join(entry[0], parts)
    return tables


def _split(table, shape: str) -> list | None:
    if shape == "map" and type(table) is dict:
        return [list(table), list(table.values())]
    if shape == "multimap" and type(table) is dict and all(type(v) is list for v in table.values()):
        return [list(table), [len(v) for v in table.values()], [c for v in table.values() for c in v]]
    if shape == "pairs" and type(table) is list and all(type(p) is tuple and len(p) == 2 for p in table):
        return [[p[0] for p in table], [p[1] for p in table]]
    if shape == "ints" and type(table) is list:
        return [table]
    return None


def _bytes(values: list) -> bytes:
    if not all(type(v) is int for v in values):
        raise TypeError("not an integer")
    numbers = array(_CODE, values)
    if not _LITTLE:
        numbers.byteswap()
    return numbers.tobytes()


def _ints(data: object) -> list | None:
    if type(data) is not bytes or len(data) % array(_CODE).itemsize:
        return None
    numbers = array(_CODE)
    numbers.frombytes(data)
    if not _LITTLE:
        numbers.byteswap()
    return numbers.tolist()


def _fits(shape: str, parts: list[list[int]]) -> bool:
    """Whether the parts make a table of `shape`: their number and lengths, the counts of a multimap."""
    counts = {"map": 2, "multimap": 3, "pairs": 2, "ints": 1}
    if len(parts) != counts[shape]:
        return False
    if shape == "ints":
        return True
    if len(parts[0]) != len(parts[1]):
        return False
    return shape != "multimap" or (min(parts[1], default=0) >= 0 and sum(parts[1]) == len(parts[2]))


def _join(shape: str, parts: list[list[int]]):
    """The table of parts that _fits() accepted."""
    if shape == "ints":
        return parts[0]
    first, second = parts[0], parts[1]
    if shape == "map":
        return dict(zip(first, second, strict=True))
    if shape == "pairs":
        return list(zip(first, second, strict=True))
    flat = parts[2]
    ends = list(accumulate(second))
    return dict(zip(first, (flat[end - n:end] for n, end in zip(second, ends, strict=True)), strict=True))

