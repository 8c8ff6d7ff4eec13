"""PySide6 reads the source of each module imported after it; zydesk tells it the answer for its own and Python's."""

import os
import sys

import PySide6.QtCore  # noqa: F401  (PySide6 makes the table below when it loads)

# PySide6's `__feature__` support (snake_case, true_property) keeps one entry per module name: 0 for a module
# that uses PySide6, -1 for one to ignore. A name without an entry is looked up on its first import statement
# after PySide6 by reading the module's whole source (inspect.getsource) and searching it for "PySide6": about
# 120 modules at the editor's start, 1 % of its instructions. zydesk selects no feature, so either value means
# "none"; the entries written here are the ones PySide6 would find itself. A PySide6 without the table is left
# alone (and tests/gui/test_feature_scan.py fails, so that an upgrade says so).
_FEATURES = "shibokensupport.feature"
_OWN = ("PySide6", "shiboken6", "shibokensupport", "__feature__")
_GUI_FOLDERS = ("", "editor", "forms")


def skip_feature_scan() -> None:
    table = getattr(sys.modules.get(_FEATURES), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    # The editor's modules use it (a few do not; without a feature selected that makes no difference).
    here = os.path.dirname(__file__)
    for folder in _GUI_FOLDERS:
        package = ".".join(filter(None, (__package__, folder)))
        try:
            names = os.listdir(os.path.join(here, folder))
        except OSError:  # a packaged program keeps its modules in an archive, where PySide6 finds no source either
            continue
        for file in names:
            if file.endswith(".py"):
                table.setdefault(package if file == "__init__.py" else f"{package}.{file[:-3]}", 0)
    # Python's own modules, and those loaded before PySide6 (zydesk's core, pydantic): none of them uses it.
    for name in (*sys.stdlib_module_names, *list(sys.modules)):
        if not name.startswith(_OWN):
            table.setdefault(name, -1)
