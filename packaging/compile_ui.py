"""Compiles the Qt Designer sources ui/*.ui into zydesk/gui/forms/ui_*.py (generated, never edited)."""

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "zydesk" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/compile_ui.py; do not edit.\n"


def _uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)
IMPORT_WIDTH = 110


def used_imports_only(code: str) -> str:
    """uic imports some 40 Qt names into every form whatever it uses; each name PySide6 hands out is a class it
    builds on first use (with its enums: QConicalGradient, QUrl ...), so a form imports only the names it uses."""
    body = re.sub(r"^\s*#.*$", "", _QT_IMPORT.sub("", code), flags=re.MULTILINE)   # "Qt" in uic's header is no use

    def keep(match: re.Match) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        if not used:
            return ""
        lines, line = [], f"from {match.group(1)} import ("
        for i, name in enumerate(used):
            item = name + (", " if i < len(used) - 1 else ")")
            if len(line) + len(item.rstrip()) > IMPORT_WIDTH:
                lines.append(line.rstrip())
                line = "    "
            line += item
        return "\n".join([*lines, line]) + "\n"

    return _QT_IMPORT.sub(keep, code)


def compile_one(source: Path) -> str:
    result = subprocess.run([_uic(), "--from-imports", str(source)], capture_output=True, text=True, check=True)
    # uic writes a timestamp-free header, but keep ours first so the file says where it came from.
    return HEADER.format(name=source.name) + used_imports_only(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a generated file is missing or stale")
    args = parser.parse_args()
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Code generated from ../ui/*.ui; never edited by hand."""\n', encoding="utf-8")
    stale = []
    for source in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / f"ui_{source.stem}.py"
        text = compile_one(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(target.relative_to(ROOT))
        else:
            target.write_text(text, encoding="utf-8")
            print(f"compiled {source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    if stale:
        print("stale generated files (run `python packaging/compile_ui.py`): " + ", ".join(map(str, stale)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
