"""PySide6 reads the source of each module imported after it; zydesk tells it the answer for its own and Python's."""

import os
import sys

import PySide6.QtCore  # noqa: F401  (PySide6 makes the table below when it loads)

# PySide6's `__feature__` support (snake_case, true_property) keeps one entry per module name: 0 for a module
# that uses PySide6, -1 for one to ignore. A name without an entry is looked up on its first import statement
# after PySide6 by reading the module's whole source (inspect.getsource) and searching it for "PySide6": about
# 120 modules at the editor's start, 1.5 % of it. zydesk selects no feature, so either value means "none"; the
# entries written here are the ones PySide6 would find itself. A PySide6 without the table is left alone (and
# tests/gui/test_feature_scan.py fails, so that an upgrade says so).
_FEATURES = "shibokensupport.feature"
_OWN = ("PySide6", "shiboken6", "shibokensupport", "__feature__")   # PySide6's own entries are its business
_COMPILED = "PySide6.Qt"   # but its Qt modules have no source to read: PySide6 finds no use in them either
_GUI = "zydesk.gui"


def skip_feature_scan() -> None:
    table = getattr(sys.modules.get(_FEATURES), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    # The editor's modules use it (a few do not: without a feature selected that makes no difference); the core's
    # never do (an import-linter contract).
    for name in _zydesk_modules():
        table.setdefault(name, 0 if name == _GUI or name.startswith(_GUI + ".") else -1)
    # Python's own modules, and those loaded before PySide6 (pydantic): none of them uses it.
    for name in (*sys.stdlib_module_names, *list(sys.modules)):
        if name.startswith(_COMPILED) or not name.startswith(_OWN):
            table.setdefault(name, -1)


def _zydesk_modules():
    """The names of zydesk's modules, from its folders (none from a packaged program's archive: PySide6 finds no
    source to read there either)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    top = os.path.basename(root)
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        package = top + folder[len(root):].replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                yield package if file == "__init__.py" else f"{package}.{file[:-3]}"
