"""The entry point: subcommands from one list, files to the editor, unknown words refused, bugs exit 3 with a log."""

import os
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT
from zydesk import __main__ as entry
from zydesk import cli


@pytest.fixture
def gui_calls(monkeypatch):
    calls = []
    import zydesk.gui.app as app

    monkeypatch.setattr(app, "main", lambda args: calls.append(args) or 0)
    return calls


def test_an_unknown_subcommand_prints_usage_and_exits_2(gui_calls, capsys):
    assert entry.main(["frobnicate", "x", "-o", "y"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: zydesk") and "未知的命令“frobnicate”" in err
    assert gui_calls == []


@pytest.mark.parametrize("arg", ["报表.zyd.json", "new.json", "folder/doc", "./frobnicate"])
def test_a_file_name_opens_the_editor_even_when_missing(gui_calls, arg):
    assert entry.main([arg]) == 0
    assert gui_calls == [[arg]]


def test_an_existing_file_without_extension_opens_the_editor(gui_calls, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "frobnicate").write_bytes(EXAMPLE.read_bytes())
    assert entry.main(["frobnicate"]) == 0
    assert gui_calls == [["frobnicate"]]


def test_no_arguments_and_qt_options_open_the_editor(gui_calls):
    assert entry.main([]) == 0
    assert entry.main(["-style", "fusion"]) == 0
    assert gui_calls == [[], ["-style", "fusion"]]


def test_every_subcommand_goes_to_the_command_line(monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "main", lambda args: seen.append(args[0]) or 0)
    for name in entry.SUBCOMMANDS:
        assert entry.main([name, "x"]) == 0
    assert seen == list(entry.SUBCOMMANDS)
    assert {"check", "print", "new-year", "import", "export", "schema", "summary"} <= set(entry.SUBCOMMANDS)


def test_an_internal_error_exits_3_with_one_line_naming_the_log(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("ZYDESK_LOG_DIR", str(tmp_path / "logs"))

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("zydesk.rules.checks.check_form", broken)  # the CLI imports it when `check` runs
    assert entry.main(["check", str(EXAMPLE)]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("zydesk: 内部错误")
    logs = list((tmp_path / "logs").glob("zydesk-crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err[0]
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug" in text and "'check'" in text


def test_the_real_program_exits_3_from_a_fresh_process(tmp_path):
    env = {**os.environ, "ZYDESK_LOG_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    code = "import sys, zydesk.cli as c; c._check = lambda a: 1 / 0; from zydesk.__main__ import main; " \
           "sys.exit(main(['check', 'x']))"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names may be any bytes")
def test_file_names_that_are_not_text_are_reported_not_crashed_on(tmp_path):
    name = os.fsdecode(b"\xff\xfe.zyd.json")
    (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
    result = subprocess.run([sys.executable, "-m", "zydesk", "check", name, "missing\udcff.json"], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"\\udcff" in result.stderr


def test_new_year_past_9999_is_refused_cleanly(tmp_path, capsys):
    source = tmp_path / "y.zyd.json"
    source.write_text(EXAMPLE.read_text(encoding="utf-8").replace('"year": 2021', '"year": 9999'), encoding="utf-8")
    assert cli.main(["new-year", str(source), "-o", str(tmp_path / "out.zyd.json")]) == 2
    assert "4 位" in capsys.readouterr().err
    assert not (tmp_path / "out.zyd.json").exists()
    with pytest.raises(SystemExit) as caught:
        cli.main(["new-year", str(source), "-o", str(tmp_path / "o.json"), "--year", "1" * 5000])
    assert caught.value.code == 2
    assert len(capsys.readouterr().err) < 400


def test_a_reader_that_stops_early_gets_no_internal_error(tmp_path):
    # `zydesk schema | head -1`: the reader has gone before the schema is written.
    env = dict(os.environ, ZYDESK_LOG_DIR=str(tmp_path / "logs"))
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([sys.executable, "-m", "zydesk", "schema"], cwd=ROOT, env=env, stdout=write_end,
                                stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    assert result.stderr.decode("utf-8") == "" and result.returncode == 141
    assert not (tmp_path / "logs").exists()
