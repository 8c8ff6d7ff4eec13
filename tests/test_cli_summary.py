"""`zydesk summary`: folders read recursively, unreadable files listed and skipped, exit status, atomic output."""

import csv
import io
import os
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT, bundle_of, clean_form
from zydesk import storage
from zydesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def read_csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


@pytest.fixture
def district(tmp_path):
    """Two units in nested folders, one with a form handed in twice, plus things that are not bundles."""
    root = tmp_path / "各单位"
    (root / "教委" / "2021").mkdir(parents=True)
    (root / "卫健委").mkdir()
    storage.save(bundle_of(clean_form(id="a1", department="教委"), clean_form(id="a2", department="教委")),
                 root / "教委" / "2021" / "教委.zyd.json")
    storage.save(bundle_of(clean_form(id="a1", department="卫健委")), root / "卫健委" / "卫健委.zyd.json")
    storage.save(bundle_of(clean_form(id="a2", department="卫健委")), root / "卫健委" / "卫健委.zyd.json")  # + .bak
    (root / "说明.txt").write_text("不是表", encoding="utf-8")
    (root / "坏.zyd.json").write_text('{"format": "zydesk", "schema_version": 1, "forms": [', encoding="utf-8")
    return root


def test_folder_summary_lists_skipped_files_and_flags_duplicates(district, tmp_path, capsys):
    out = tmp_path / "汇总.csv"
    code, stdout, err = run(capsys, "summary", str(district), "-o", str(out))
    assert code == 0
    skipped = [line for line in err.splitlines() if "已跳过" in line]
    assert len(skipped) == 3  # the backup, the broken file, the text file: one line each
    assert any("坏.zyd.json" in line and "不是有效的 JSON" in line for line in skipped)
    assert any("卫健委.zyd.json.bak" in line and "备份" in line for line in skipped)
    assert "已输出" in stdout and "2 个文件" in stdout and "3 张表" in stdout
    rows = read_csv(out)
    assert rows[-1][0] == "合计" and rows[-1][2].startswith("共 3 张表")
    flagged = [r for r in rows[1:-1] if r[-1].endswith("（重复）")]
    assert sorted(r[-1] for r in flagged) == ["卫健委.zyd.json（重复）", "教委.zyd.json（重复）"]
    assert "重复" in err


def test_several_files_by_implementer_and_year(tmp_path, capsys):
    old = tmp_path / "2020.zyd.json"
    storage.save(bundle_of(clean_form(id="x", implementer="甲街道"), year=2020), old)
    out = tmp_path / "汇总.csv"
    code, _, _ = run(capsys, "summary", str(EXAMPLE), str(old), "-o", str(out), "--by", "implementer")
    assert code == 0
    rows = read_csv(out)
    assert [r[0] for r in rows if not r[0].isdigit()] == ["序号", "小计", "小计", "合计"]
    code, _, _ = run(capsys, "summary", str(EXAMPLE), str(old), "-o", str(out), "--year", "2020")
    rows = read_csv(out)
    assert code == 0 and len(rows) == 3 and rows[1][1] == "2020"


def test_no_bundle_read_exits_2_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "汇总.xlsx"
    code, _, err = run(capsys, "summary", str(tmp_path / "a.txt"), str(tmp_path / "missing.json"), "-o", str(out))
    assert code == 2 and not out.exists()
    assert "missing.json：文件不存在" in err and "没有读到任何 zydesk 文件" in err


def test_bad_output_name_is_refused_before_reading(tmp_path, capsys):
    code, _, err = run(capsys, "summary", str(EXAMPLE), "-o", str(tmp_path / "汇总.docx"))
    assert code == 2 and "不支持的输出格式" in err and err.count("\n") == 1


def test_output_inside_the_folder_is_not_read_back(tmp_path, capsys):
    storage.save(bundle_of(clean_form()), tmp_path / "a.zyd.json")
    out = tmp_path / "汇总.csv"
    for _ in range(2):
        code, _, err = run(capsys, "summary", str(tmp_path), "-o", str(out))
        assert code == 0 and "汇总.csv" not in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a read-only folder (not root)")
def test_unwritable_output_keeps_the_old_file(tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "汇总.csv"
    out.write_text("旧", encoding="utf-8")
    folder.chmod(0o500)
    try:
        code, _, err = run(capsys, "summary", str(EXAMPLE), "-o", str(out))
    finally:
        folder.chmod(0o700)
    assert code == 2 and "未输出" in err and out.read_text(encoding="utf-8") == "旧"


def test_summary_as_a_user_runs_it(tmp_path):
    out = tmp_path / "汇总.pdf"
    proc = subprocess.run([sys.executable, "-m", "zydesk", "summary", str(EXAMPLE), "-o", str(out)], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF") and "已输出" in proc.stdout


def test_a_held_output_file_is_one_line_and_stays_as_it_was(tmp_path, capsys, monkeypatch):
    import errno

    from zydesk.summary import output

    out = tmp_path / "汇总.xlsx"
    out.write_bytes(b"old")

    def refuse(path, data, before_replace=None):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output, "write_file", refuse)
    code, _, err = run(capsys, "summary", str(EXAMPLE), "-o", str(out))
    assert code == 2 and out.read_bytes() == b"old"
    assert err.strip().endswith("没有写入权限，或文件正被其他程序（如 Excel、PDF 阅读器）打开，未输出")
    assert err.count("\n") == 1


def test_missing_output_folder(tmp_path, capsys):
    code, _, err = run(capsys, "summary", str(EXAMPLE), "-o", str(tmp_path / "无" / "汇总.csv"))
    assert code == 2 and "文件夹不存在，未输出" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_the_folder_is_skipped_without_blocking(tmp_path, capsys):
    storage.save(bundle_of(clean_form()), tmp_path / "a.zyd.json")
    os.mkfifo(tmp_path / "p.zyd.json")
    code, _, err = run(capsys, "summary", str(tmp_path), str(tmp_path / "p.zyd.json"), "-o", str(tmp_path / "汇总.csv"))
    assert code == 0 and err.count("不是普通文件") == 1


def test_a_year_with_no_forms_gives_an_empty_table_and_says_so(tmp_path, capsys):
    out = tmp_path / "汇总.csv"
    code, _, err = run(capsys, "summary", str(EXAMPLE), "--year", "2030", "-o", str(out))
    rows = read_csv(out)
    assert code == 0 and "没有 2030 年度的表" in err
    assert len(rows) == 2 and rows[1][0] == "合计" and rows[1][2].startswith("共 0 张表")


def test_the_group_choices_are_the_summary_groups():
    from zydesk import cli_summary
    from zydesk.summary import GROUP_LABELS

    assert set(cli_summary.GROUPS) == set(GROUP_LABELS)
