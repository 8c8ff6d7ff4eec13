"""One XML part of a workbook zip read as a stream of tags: bounded size, no DTD, so no entity expansion."""

import zipfile
from collections.abc import Callable
from xml.parsers import expat

CHUNK = 1 << 20
# The whole archive is already held under guard.MAX_UNPACKED_BYTES; one part is bounded again while it streams.
MAX_PART_BYTES = 200 * 1024 * 1024
# With namespace processing on, a tag arrives as "<namespace URI> <local name>", whatever prefix the file used.
SEPARATOR = " "


class UnsafeXml(ValueError):
    """A part that is too large or declares a DTD (which no spreadsheet needs; entities could explode)."""


def _refuse(*_args) -> None:
    raise UnsafeXml("含有 DTD 声明")


def stream_part(archive: zipfile.ZipFile, name: str, start: Callable[[str, dict], None],
                end: Callable[[str], None] | None = None, max_bytes: int = MAX_PART_BYTES) -> None:
    """Call start(tag, attributes) and end(tag) for every element of the part; raises UnsafeXml or expat.error."""
    parser = expat.ParserCreate(namespace_separator=SEPARATOR)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    seen = 0
    with archive.open(name) as handle:
        while chunk := handle.read(CHUNK):
            seen += len(chunk)
            if seen > max_bytes:
                raise UnsafeXml(f"{name} 过大")
            parser.Parse(chunk, False)
    parser.Parse(b"", True)
