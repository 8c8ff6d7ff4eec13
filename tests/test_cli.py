"""The command line: check (text and JSON), new-year, --version; exit codes and one-line refusals."""

import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT, bundle_of, clean_form
from zydesk import __version__, storage
from zydesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_example_text(capsys):
    code, out, err = run(capsys, "check", str(EXAMPLE))
    assert code == 1 and err == ""  # form 4 has errors
    assert "表 1：老旧小区综合整治项目" in out
    assert "分值合计 110　得分合计 110　等级 优" in out
    assert ("警告 execution.score_mismatch forms[2].execution.score："
            "预算执行率得分填写 10，按执行率 92.88% 计算应为 9.29") in out
    assert "错误 weights.total forms[3]：分值合计 110，应为 100" in out
    assert out.rstrip().endswith("共 4 张表：2 个错误，5 个警告")


def test_check_example_json(capsys):
    code, out, _ = run(capsys, "check", str(EXAMPLE), "--json")
    assert code == 1
    report = json.loads(out)
    forms = report["files"][0]["forms"]
    assert report["files"][0]["path"] == str(EXAMPLE)
    third = forms[2]
    assert third["index"] == 3 and third["id"] == "5eed2021-0000-0000-0000-000000000003"
    assert third["execution_rate"] == "0.928828" and third["execution_score_computed"] == "9.29"
    assert third["total_weight"] == "100" and third["total_score"] == "100" and third["grade"] == "优"
    assert third["findings"] == [{"code": "execution.score_mismatch", "severity": "warning",
                                  "path": "forms[2].execution.score",
                                  "message": "预算执行率得分填写 10，按执行率 92.88% 计算应为 9.29"}]
    assert [len(f["findings"]) for f in forms] == [3, 0, 1, 3]


def test_check_warnings_only_exits_0(capsys, tmp_path):
    path = tmp_path / "w.zyd.json"
    form = clean_form(leader="")
    storage.save(bundle_of(form), path)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and "header.contact" in out


def test_check_undefined_rate_is_null(capsys, tmp_path):
    form = clean_form()
    form.funds.total.executed = None
    form.funds.fiscal.executed = None
    path = tmp_path / "r.zyd.json"
    storage.save(bundle_of(form), path)
    _, out, _ = run(capsys, "check", str(path), "--json")
    report = json.loads(out)["files"][0]["forms"][0]
    assert report["execution_rate"] is None and report["execution_score_computed"] is None


def test_check_unreadable_file_exits_2_with_one_line(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "check", str(EXAMPLE), str(bad))
    assert code == 2
    assert err.splitlines() == [f"zydesk: {bad}: 第 1 行第 2 列：不是有效的 JSON（文件损坏或不完整）"]
    assert "表 4" in out


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check"])
    assert info.value.code == 2


def test_new_year(capsys, tmp_path):
    out_path = tmp_path / "2022.zyd.json"
    code, out, _ = run(capsys, "new-year", str(EXAMPLE), "-o", str(out_path))
    assert code == 0 and "2022" in out
    nxt = storage.load(out_path)
    assert nxt.year == 2022 and nxt.forms[0].funds.total.annual is None
    code, _, err = run(capsys, "new-year", str(EXAMPLE), "-o", str(out_path), "--year", "2030")
    assert code == 2 and "文件已存在" in err
    assert storage.load(out_path).year == 2022  # not overwritten
    other = tmp_path / "2030.zyd.json"
    assert run(capsys, "new-year", str(EXAMPLE), "-o", str(other), "--year", "2030")[0] == 0
    assert storage.load(other).year == 2030


def test_new_year_refuses_damaged_input(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zydesk", "schema_version": 9}', encoding="utf-8")
    code, _, err = run(capsys, "new-year", str(bad), "-o", str(tmp_path / "o.json"))
    assert code == 2 and err.startswith(f"zydesk: {bad}: schema_version: 文件版本 9")
    assert not (tmp_path / "o.json").exists()


def test_version_and_entry_point():
    result = subprocess.run([sys.executable, "-m", "zydesk", "--version"], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    assert result.returncode == 0 and result.stdout.strip() == f"zydesk {__version__}"


def test_core_runs_without_qt(tmp_path):
    # The core must work on a machine where Qt cannot even be imported.
    script = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import pkgutil, importlib, zydesk\n"
        "for m in pkgutil.walk_packages(zydesk.__path__, 'zydesk.'):\n"
        "    if not m.name.startswith('zydesk.gui'): importlib.import_module(m.name)\n"
        "from zydesk.cli import main\n"
        f"sys.exit(main(['check', {str(EXAMPLE)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
