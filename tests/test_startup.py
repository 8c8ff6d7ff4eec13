"""Start-up: each command loads only what it needs, the collector runs once they are in, pydantic seeks no plugins."""

import gc
import json
import re
import subprocess
import sys
from pathlib import Path

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


def zydesk_command(*args: str) -> tuple[set[str], str]:
    """A fresh process run as the `zydesk` command (its arguments from the command line, not from a caller):
    the modules it has loaded when it ends, and the type of the bundle model's validator."""
    code = ("import atexit, json, sys\n"
            "def report():\n"
            "    model = sys.modules.get('zydesk.model')\n"
            "    validator = type(model.Bundle.__pydantic_validator__).__name__ if model else None\n"
            "    print('MODULES', json.dumps([sorted(sys.modules), validator]))\n"
            "atexit.register(report)\n"
            f"sys.argv = ['zydesk', *{list(args)!r}]\n"
            "from zydesk.__main__ import main\n"
            "sys.exit(main())\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    modules, validator = json.loads(done.stdout.split("MODULES", 1)[1])
    return set(modules), validator


def test_the_zydesk_command_looks_for_no_pydantic_plugins():
    # pydantic's plugin loader imports importlib.metadata and scans every installed package: startup.py stands in.
    modules, validator = zydesk_command("check", str(EXAMPLE))
    assert "zydesk.rules.checks" in modules   # the command ran
    assert "importlib.metadata" not in modules
    assert validator == "SchemaValidator"   # not pydantic's PluggableSchemaValidator


def test_the_editor_starts_without_importlib_metadata_and_socket(tmp_path):
    bundle = tmp_path / "example.zyd.json"
    bundle.write_bytes(EXAMPLE.read_bytes())
    modules, _ = zydesk_command("--startup-probe", str(bundle))
    assert "zydesk.gui.main_window" in modules
    assert not {"importlib.metadata", "socket"} & modules   # no plugin scan; a lock's host name comes from uname


def test_pydantic_asks_its_plugin_loader_only_for_get_plugins():
    # What the stand-in replaces: one import of one function, in one pydantic module. A pydantic that asks its
    # loader for more still works (the stand-in then loads the real one) but loses the saving: this fails then.
    import pydantic

    package = Path(pydantic.__file__).parent
    uses = [(str(path.relative_to(package)), line.strip()) for path in sorted(package.rglob("*.py"))
            if path != package / "plugin" / "_loader.py"
            for line in path.read_text(encoding="utf-8").splitlines() if re.search(r"\b_loader\b", line)]
    assert uses == [("plugin/_schema_validator.py", "from ._loader import get_plugins")]


def test_the_stand_in_gives_what_pydantic_gives_with_plugins_disabled(monkeypatch):
    from pydantic.plugin import _loader

    assert _loader.get_plugins is not startup._no_plugins   # pydantic's own loader, not the stand-in
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "1")   # pydantic's documented setting
    assert tuple(_loader.get_plugins()) == startup._no_plugins() == ()


def test_anything_else_asked_of_the_stand_in_comes_from_pydantics_own_loader():
    code = ("import sys\n"
            "from zydesk import startup\n"
            "startup.skip_pydantic_plugins()\n"
            "stand_in = sys.modules['pydantic.plugin._loader']\n"
            "assert stand_in.get_plugins() == () and 'importlib.metadata' not in sys.modules\n"
            "group = stand_in.PYDANTIC_ENTRY_POINT_GROUP\n"
            "real = sys.modules['pydantic.plugin._loader']\n"
            "print(group, real is not stand_in, real.get_plugins is not startup._no_plugins,"
            " 'importlib.metadata' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["pydantic", "True", "True", "True"]
