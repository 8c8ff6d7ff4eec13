"""One step of the editor's start, for bench_start_floor: everything up to STAGE, then a line `painted`.

    python -m bench.start_floor_stage STAGE [CLASSES_FILE]
    python -m bench.start_floor_stage --list-classes FILE OUT
    python -m bench.start_floor_stage --window-only FILE

The stages are cumulative, in the order the editor loads them (STAGES). `qt-classes` makes Python's classes for
the Qt types named in CLASSES_FILE (PySide6 makes a type, its methods and its enums when Python first names it).
With ZYDESK_PROBE_HOLD set, the process waits after its line until a signal ends it, as the editor's probe does.
--list-classes: open FILE in the editor and write the QtCore/QtGui/QtWidgets types that exist at its first paint.
--window-only: start as `zydesk --startup-probe FILE` does, but with an empty widget where the form editor goes (its
modules still loaded): the menus, tool bar, navigator, findings and bundle bar with FILE's data, and no form at all.
What that costs is the least any design of the form could start in.
"""

import os
import sys
import time

STAGES = ("python", "pydantic", "core", "pyside", "qt-classes", "gui-modules")
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")


def _done() -> None:
    # Not the editor's probe (zydesk.gui.startup_probe): importing it would load Qt and zydesk into every step.
    print("painted", flush=True)
    if os.environ.get("ZYDESK_PROBE_HOLD"):
        while True:  # until the benchmark's signal, as zydesk's --startup-probe does
            time.sleep(60)


def run(stage: str, classes_file: str | None) -> None:
    wanted = STAGES[:STAGES.index(stage) + 1]
    if "pydantic" in wanted:
        from zydesk.startup import hold_collector, skip_pydantic_plugins

        hold_collector()
        skip_pydantic_plugins()
        import pydantic  # noqa: F401
        from pydantic import BaseModel  # noqa: F401
    if "core" in wanted:
        from zydesk.__main__ import _core_before_qt

        _core_before_qt()
    if "pyside" in wanted:
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
    if "qt-classes" in wanted and classes_file:
        import importlib

        with open(classes_file, encoding="utf-8") as names:
            for line in names:
                module, _, name = line.strip().partition(".")
                getattr(importlib.import_module(f"PySide6.{module}"), name)
    if "gui-modules" in wanted:
        import zydesk.gui.app
        import zydesk.gui.main_window
        import zydesk.gui.startup_probe  # noqa: F401
    _done()


def list_classes(path: str, out: str) -> None:
    import importlib

    from PySide6.QtWidgets import QApplication

    from zydesk.gui.startup_probe import open_and_paint

    def write(window) -> None:
        names = sorted(f"{module}.{name}" for module in QT_MODULES
                       for name, value in vars(importlib.import_module(f"PySide6.{module}")).items()
                       if isinstance(value, type))
        with open(out, "w", encoding="utf-8") as file:
            file.write("\n".join(names) + "\n")
        window.document.undo_stack.setClean()
        QApplication.quit()

    open_and_paint([path], write)   # the moment the editor's probe reports its paint


def window_only(path: str) -> int:
    from zydesk.__main__ import _core_before_qt
    from zydesk.startup import hold_collector, skip_pydantic_plugins

    hold_collector()   # as zydesk's own start does (zydesk.__main__.main)
    skip_pydantic_plugins()
    _core_before_qt()
    from PySide6.QtWidgets import QWidget

    from zydesk.gui.editor import form_editor

    class NoRowCommands:
        adopt_row = None

        @staticmethod
        def all() -> list:
            return []

    class NoFormEditor(QWidget):
        """What the main window asks of its form editor, answered with nothing shown."""

        class indicators:   # the 指标 menu (zydesk.gui.menus) lists the row commands: none here
            actions = NoRowCommands

        def set_document(self, document) -> None:
            pass

        def show_form(self, index: int) -> None:
            pass

        def focus_first(self) -> None:
            pass

        def reveal(self, path: str) -> None:
            pass

    form_editor.FormEditor = NoFormEditor   # before the window's Designer code names it
    from zydesk.gui.forms import ui_main_window

    if ui_main_window.FormEditor is not NoFormEditor:
        raise SystemExit("--window-only: the main window was loaded before its form editor could be left out")
    from zydesk.gui.startup_probe import main

    return main([path])


if __name__ == "__main__":
    if sys.argv[1] == "--list-classes":
        list_classes(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--window-only":
        sys.exit(window_only(sys.argv[2]))
    else:
        run(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
