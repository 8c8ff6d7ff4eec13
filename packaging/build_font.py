"""Build the Zydesk Serif SC fonts (GB 2312 subset of Noto Serif CJK SC, TrueType outlines)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_REGULAR = NOTO_DIR / "NotoSerifCJK-Regular.ttc"
DEFAULT_BOLD = NOTO_DIR / "NotoSerifCJK-Bold.ttc"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# Debian ships the full OFL text here; the font itself only carries a summary.
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")

FAMILY = "Zydesk Serif SC"
PS_FAMILY = "ZydeskSerifSC"
SOURCE_FAMILY = "Noto Serif CJK SC"
# Source family names are reserved/trademarked ("Noto" by Google, "Source" by
# Adobe as OFL Reserved Font Name), so the renamed font must not use them.
RESERVED_NAME = "Source"

# 2000-01-01T00:00:00Z in seconds since 1904-01-01, the head table's epoch.
# A constant keeps the output byte-identical between runs.
FIXED_TIMESTAMP = 3029529600

# Quadratic approximation tolerance in font units (1000 upm), as in otf2ttf.
MAX_ERR = 1.0
# CFF contours run counter-clockwise; TrueType expects clockwise outer contours.
REVERSE_DIRECTION = True

# Tables useless to reportlab (no shaping, no vertical text, no hinting);
# dropping them keeps the embedded resource small.
DROP_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]

# Name IDs rewritten for the new family. 16/17 are removed rather than set:
# Regular/Bold is a plain RIBBI family, where they would only repeat 1/2.
RENAMED_IDS = (1, 2, 3, 4, 5, 6, 16, 17)
# The trademark notice (7) refers to the source name we no longer use.
DROPPED_IDS = (7,)

EXTRA_TEXT = "—–…‘’“”·•※㎡㎏㎞℃°±×÷≥≤≠％（）【】《》〔〕№‰¥€→←〇卅"


def gb2312_chars() -> set[str]:
    """Every character of GB 2312, found by decoding each EUC-CN byte pair."""
    chars = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def wanted_codepoints() -> set[int]:
    """All code points the budget form may print."""
    cps = {ord(c) for c in gb2312_chars()}
    cps.update(range(0x20, 0x7F))  # printable ASCII
    cps.update(range(0xFF01, 0xFF5F))  # full-width forms
    cps.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    cps.update(range(0x2460, 0x2474))  # circled numbers 1-20
    cps.update(range(0x2160, 0x216C))  # Roman numerals I-XII
    cps.update(ord(c) for c in EXTRA_TEXT)
    return cps


def family_names(font: TTFont) -> list[str]:
    """Typographic and legacy family names of a font, in that order."""
    names = (font["name"].getDebugName(i) for i in (16, 1))
    return [n for n in names if n]


def open_sc_face(path: Path) -> TTFont:
    """Return the Simplified Chinese face of a CJK collection (or a plain font)."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return TTFont(path, recalcTimestamp=False)
    collection = TTCollection(path, recalcTimestamp=False)
    for face in collection.fonts:
        # Match "SC" as a word so e.g. "Noto Serif CJK SC" matches but
        # nothing matches by accident inside a longer word.
        if any(re.search(r"\bSC\b", n) for n in family_names(face)):
            return face
    raise SystemExit(f"{path}: no face with 'SC' in its family name")


def subset_font(font: TTFont, codepoints: set[int]) -> None:
    """Keep only the wanted characters, reporting those the font lacks."""
    missing = sorted(codepoints - set(font.getBestCmap()))
    for cp in missing:
        print(f"missing U+{cp:04X} {chr(cp)!r}", file=sys.stderr)
    options = subset.Options()
    options.drop_tables += DROP_TABLES
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.glyph_names = False
    # Keep every name record for now; rename_font() decides what survives.
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)


def quadratic_glyphs(font: TTFont) -> dict:
    """Redraw every CFF glyph as a TrueType quadratic glyph."""
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        tt_pen = TTGlyphPen(glyph_set)
        pen = Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=REVERSE_DIRECTION)
        glyph_set[name].draw(pen)
        # Implied on-curve points cost bytes and nothing else without hinting.
        glyphs[name] = tt_pen.glyph(dropImpliedOnCurves=True)
    return glyphs


def set_maxp_v1(font: TTFont) -> None:
    """TrueType fonts need maxp 1.0; no hinting, so the hinting limits are 0."""
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    maxp.compile(font)  # fills numGlyphs and the point/contour maxima


def set_post_format(font: TTFont) -> None:
    """Post format 3: the CID-keyed source has no meaningful glyph names."""
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}


def cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines with glyf/loca, as fontTools' otf2ttf snippet does."""
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = quadratic_glyphs(font)
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes the bounding boxes used below
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        # TrueType rasterisers assume lsb == xMin.
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    set_maxp_v1(font)
    set_post_format(font)
    font.sfntVersion = "\x00\x01\x00\x00"


def new_names(style: str, version: str) -> dict[int, str]:
    """Name records identifying the renamed font."""
    ps_name = f"{PS_FAMILY}-{style}"
    full_name = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    return {
        1: FAMILY,
        2: style,
        3: f"{version};ZYDESK;{ps_name}",
        4: full_name,
        5: f"Version {version}; modified from {SOURCE_FAMILY} (GB 2312 subset, TrueType outlines)",
        6: ps_name,
    }


def rename_font(font: TTFont, style: str) -> None:
    """Rename to Zydesk Serif SC, keeping copyright, credits and licence."""
    name = font["name"]
    version = f"{font['head'].fontRevision:.3f}"
    name.names = [rec for rec in name.names if rec.nameID not in RENAMED_IDS + DROPPED_IDS]
    for name_id, text in new_names(style, version).items():
        name.setName(text, name_id, 3, 1, 0x409)


def fix_timestamps(font: TTFont) -> None:
    """Pin head dates so two builds are byte-identical."""
    font["head"].created = FIXED_TIMESTAMP
    font["head"].modified = FIXED_TIMESTAMP
    font.recalcTimestamp = False


def build_face(source: Path, style: str, out_dir: Path, cps: set[int]) -> TTFont:
    """Build one output font from one source collection."""
    font = open_sc_face(source)
    subset_font(font, cps)
    cff_to_glyf(font)
    rename_font(font, style)
    fix_timestamps(font)
    target = out_dir / f"{PS_FAMILY}-{style}.ttf"
    font.save(target)
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return font


def ofl_text(copyright_file: Path) -> str:
    """Extract the SIL OFL 1.1 text from a Debian copyright file."""
    # The licence text is the stand-alone "License: SIL-1.1" paragraph; the
    # same field also appears, without text, in the "Files: *" paragraph.
    for paragraph in copyright_file.read_text(encoding="utf-8").split("\n\n"):
        head, _, text = paragraph.partition("\n")
        if head.strip() == "License: SIL-1.1" and "SIL OPEN FONT LICENSE" in text:
            # deb822 continuation lines: one leading space, " ." is a blank line.
            lines = ("" if line == " ." else line[1:] for line in text.splitlines())
            return "\n".join(lines).strip("\n") + "\n"
    raise SystemExit(f"{copyright_file}: no SIL OFL 1.1 text found")


def write_ofl(font: TTFont, out_dir: Path) -> None:
    """Write OFL.txt with the source font's copyright line."""
    if not DEBIAN_COPYRIGHT.exists():
        print(f"{DEBIAN_COPYRIGHT} not found; OFL.txt left as is", file=sys.stderr)
        return
    notice = font["name"].getDebugName(0).replace("©", "Copyright ©").rstrip(".")
    header = (
        f"{notice}, with Reserved Font Name '{RESERVED_NAME}'.\n"
        f"{FAMILY} is a Modified Version of {SOURCE_FAMILY} "
        "(subset, converted to TrueType outlines, renamed).\n"
        "Noto is a trademark of Google Inc.\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
    )
    path = out_dir / "OFL.txt"
    path.write_text(header + ofl_text(DEBIAN_COPYRIGHT), encoding="utf-8")
    print(f"wrote {path}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--regular", type=Path, default=DEFAULT_REGULAR)
    parser.add_argument("--bold", type=Path, default=DEFAULT_BOLD)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    cps = wanted_codepoints()
    regular = build_face(args.regular, "Regular", args.out, cps)
    build_face(args.bold, "Bold", args.out, cps)
    write_ofl(regular, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
