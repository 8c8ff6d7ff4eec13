"""Start-up: each command loads only what it needs, and the garbage collector runs once its modules are in."""

import gc
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT
from zydesk import startup
from zydesk.cli import main


@pytest.fixture
def held_collector():
    startup.hold_collector()
    yield
    gc.enable()


@pytest.mark.parametrize("command", [["check", str(EXAMPLE)], ["print", str(EXAMPLE), "-o", "{out}"],
                                     ["new-year", str(EXAMPLE), "-o", "{out}"]])
def test_every_command_lets_the_collector_run_once_loaded(held_collector, command, tmp_path, capsys):
    assert not gc.isenabled()
    main([part.format(out=tmp_path / "out") for part in command])
    capsys.readouterr()
    assert gc.isenabled()


def test_loaded_changes_nothing_when_nothing_was_held():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    startup.loaded()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def modules_after(*args: str) -> set[str]:
    """The modules a fresh `zydesk ARGS` process has loaded when it ends."""
    code = ("import atexit, json, sys\n"
            "atexit.register(lambda: print('MODULES', json.dumps(sorted(sys.modules))))\n"
            "from zydesk.__main__ import main\n"
            f"sys.exit(main({list(args)!r}))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False).stdout
    return set(json.loads(out.split("MODULES", 1)[1]))


def test_check_loads_no_printing_and_print_no_checks(tmp_path):
    checking = modules_after("check", str(EXAMPLE))
    assert "zydesk.rules.checks" in checking
    assert not any(name.startswith(("reportlab", "zydesk.printing", "PySide6")) for name in checking)
    printing = modules_after("print", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"))
    assert "zydesk.printing.render" in printing and (tmp_path / "x.pdf").is_file()
    assert not any(name.startswith(("zydesk.rules.checks", "zydesk.model.rollover", "PySide6")) for name in printing)


def test_the_editor_starts_without_the_rarely_used_dialogs_and_the_workbook_code(tmp_path):
    bundle = tmp_path / "example.zyd.json"
    bundle.write_bytes(EXAMPLE.read_bytes())
    starting = modules_after("--startup-probe", str(bundle))
    assert "zydesk.gui.main_window" in starting and "zydesk.gui.editor.indicator_row" in starting
    later = ("zydesk.workbooks", "xlsxwriter", "openpyxl", "zydesk.summary", "zydesk.gui.summary_dialog",
             "zydesk.gui.signatures_dialog", "zydesk.gui.lock_dialog", "zydesk.gui.import_report", "reportlab",
             "zydesk.printing", "zydesk.gui.recovery_dialog", "zydesk.gui.form_choice", "zydesk.gui.print_actions",
             "zydesk.model.rollover")
    assert not [name for name in starting if name.startswith(later)]
