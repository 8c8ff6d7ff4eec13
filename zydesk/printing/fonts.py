"""The Chinese fonts of the printed form: which file, registered once per process, and what it cannot print.

Lookup order: the font file the user configured → the bundled Zydesk Serif SC (regular + bold) → the PC's
SimSun/宋体 → other TrueType (glyf) CJK fonts found on the system → reportlab's built-in `STSong-Light`
(not embedded; a warning says so). reportlab refuses CFF-outline fonts (Noto CJK .ttc/.otf): they fail to
register and the search moves on.
"""

import hashlib
import os
import sys
import threading
from pathlib import Path
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from ..resources import bundled_font_paths
from .face_cache import load_font

BUNDLED_NAME = "ZydeskSerifSC"
CID_FALLBACK = "STSong-Light"
# A font that cannot print these is no Chinese font for our purpose.
PROBE = "项目支出绩效自评表（万元）"

SIMSUN_FILES = (("simsun.ttc", 0), ("simsun.ttf", 0), ("simsunb.ttf", 0))
# TrueType-outline CJK fonts common on Windows and Linux, in order of preference (Song/Ming styles first).
OTHER_CJK_FILES = (
    ("nsimsun.ttf", 0), ("simfang.ttf", 0), ("simkai.ttf", 0), ("simhei.ttf", 0), ("msyh.ttc", 0),
    ("msyh.ttf", 0), ("deng.ttf", 0), ("uming.ttc", 0), ("ukai.ttc", 0), ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0), ("droidsansfallbackfull.ttf", 0), ("droidsansfallback.ttf", 0),
    ("arial unicode.ttf", 0), ("arialuni.ttf", 0),
)


class FontSet(NamedTuple):
    """Registered reportlab font names for regular and bold text, and what they can print."""

    regular: str
    bold: str
    label: str  # for messages, Chinese: which font and where it came from
    embedded: bool
    warnings: tuple[str, ...] = ()
    codepoints: frozenset[int] | None = None  # None: coverage unknown

    def __repr__(self) -> str:  # without the thousands of code points
        return f"FontSet({self.regular!r}, {self.bold!r}, {self.label!r}, embedded={self.embedded})"

    def lacks(self, text: str) -> list[str]:
        """The characters of `text` this font has no glyph for, each once, in order of appearance."""
        if self.codepoints is None:
            return []
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in seen and ch not in "\n\r\t " and ord(ch) not in self.codepoints:
                seen[ch] = None
        return list(seen)


_LOCK = threading.RLock()
_CACHE: dict[str | None, FontSet] = {}
_REGISTERED: dict[tuple[str, int], tuple[str, frozenset[int]]] = {}
_SYSTEM_INDEX: dict[str, Path] | None = None


class _Unusable(Exception):
    """A font file that cannot serve; the message (Chinese) says why."""


def font_set(font_file: Path | None = None) -> FontSet:
    """The fonts to print with, found and registered on first use and cached for the process."""
    key = None if font_file is None else str(font_file)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _choose(font_file)
        return _CACHE[key]


def clear_cache() -> None:
    """Forget the choice and the registered files (benchmarks measure a cold start; tests switch fonts)."""
    global _SYSTEM_INDEX
    with _LOCK:
        _CACHE.clear()
        _REGISTERED.clear()
        _SYSTEM_INDEX = None


def _choose(font_file: Path | None) -> FontSet:
    warnings: list[str] = []
    if font_file is not None:
        try:
            return _file_set(Path(font_file), 0, None, f"设置的字体 {font_file}", warnings)
        except _Unusable as exc:
            warnings.append(f"设置的字体文件 {font_file} 无法使用（{exc}），已改用其他字体")
    regular, bold = bundled_font_paths()
    try:
        return _file_set(regular, 0, bold, "随附字体 Zydesk Serif SC", warnings, name=BUNDLED_NAME)
    except _Unusable as exc:
        warnings.append(f"随附字体 {regular.name} 无法使用（{exc}），安装可能不完整")
    for names, kind in ((SIMSUN_FILES, "宋体"), (OTHER_CJK_FILES, "系统字体")):
        for filename, index in names:
            path = _system_font_index().get(filename)
            if path is None:
                continue
            try:
                found = _file_set(path, index, None, f"{kind} {path}", warnings)
            except _Unusable:
                continue
            warnings.append(f"已改用{kind} {path} 打印，版式与随附字体略有不同")
            return FontSet(found.regular, found.bold, found.label, True, tuple(warnings), found.codepoints)
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    warnings.append(f"未找到可嵌入的中文字体，已改用 PDF 内置字体 {CID_FALLBACK}：字体未嵌入 PDF，"
                    "在其他电脑或打印机上可能显示不同甚至缺字")
    return FontSet(CID_FALLBACK, CID_FALLBACK, f"PDF 内置字体 {CID_FALLBACK}", False, tuple(warnings), None)


def _file_set(path: Path, index: int, bold_path: Path | None, label: str, warnings: list[str],
              name: str | None = None) -> FontSet:
    regular, codepoints = _register(path, index, name)
    bold = regular
    if bold_path is not None:
        try:
            bold, _ = _register(bold_path, 0, f"{name}-Bold" if name else None)
        except _Unusable as exc:
            warnings.append(f"粗体字体 {bold_path.name} 无法使用（{exc}），标题改用常规字体")
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return FontSet(regular, bold, label, True, tuple(warnings), codepoints)


def _register(path: Path, index: int, name: str | None) -> tuple[str, frozenset[int]]:
    key = (str(path), index)
    if key in _REGISTERED:
        return _REGISTERED[key]
    if not path.is_file():
        raise _Unusable("文件不存在")
    if name is None:
        name = "Zy-" + hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:10]
    try:
        font = load_font(name, path, index)
    except Exception as exc:  # reportlab raises TTFError, struct/OS errors on damaged or CFF fonts
        text = str(exc)
        if "postscript" in text.lower():
            raise _Unusable("PostScript（CFF）轮廓字体不能嵌入，请用 TrueType 字体") from None
        raise _Unusable(f"不是可用的 TrueType 字体：{text}") from None
    codepoints = frozenset(font.face.charToGlyph)
    if any(ord(ch) not in codepoints for ch in PROBE):
        raise _Unusable("不含中文字形")
    pdfmetrics.registerFont(font)
    _REGISTERED[key] = (name, codepoints)
    return name, codepoints


def font_dirs() -> list[Path]:
    """Folders where the PC keeps its fonts."""
    home = Path.home()
    if os.name == "nt":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs = [Path(windir) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"),
                home / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", home / ".fonts"]


def _system_font_index() -> dict[str, Path]:
    """Lower-case file name -> path of every font file in font_dirs() (first found wins), built once."""
    global _SYSTEM_INDEX
    if _SYSTEM_INDEX is None:
        index: dict[str, Path] = {}
        for folder in font_dirs():
            if not folder.is_dir():
                continue
            for root, _dirs, files in os.walk(folder):
                for filename in files:
                    if filename.lower().endswith((".ttf", ".ttc")):
                        index.setdefault(filename.lower(), Path(root) / filename)
        _SYSTEM_INDEX = index
    return _SYSTEM_INDEX
