"""The import, export and schema commands: exit status, what they print, and that nothing is half-written."""

import json

import jsonschema
import pytest

from conftest import DATA, EXAMPLE, ROOT
from zydesk import storage
from zydesk.__main__ import main
from zydesk.schema import schema_text

WORKBOOKS = DATA / "workbooks"
SCHEMA_COPY = ROOT / "resources" / "schema" / "zydesk-v1.schema.json"


def test_import_prints_sheets_unplaced_cells_and_findings(tmp_path, capsys):
    out = tmp_path / "2022.zyd.json"
    report = tmp_path / "report.json"
    assert main(["import", str(WORKBOOKS / "mof-template-2022.xlsx"), "-o", str(out), "--report", str(report)]) == 0
    text = capsys.readouterr().out
    assert "  Sheet1 → 表 1 社区服务站运行经费（9 个指标）" in text
    assert "未能放入表中的单元格（9 个）：" in text
    assert "  Sheet1!J14 “已复核”: zydesk 没有对应的项（“备注”列）" in text
    assert "共 1 张表：" in text  # the findings summary of `check`
    assert storage.load(out).year == 2022
    data = json.loads(report.read_text(encoding="utf-8"))
    sheet = data["workbooks"][0]["sheets"][0]
    assert set(sheet) == {"name", "form_index", "skipped", "unplaced", "file_totals", "computed"}
    assert sheet["unplaced"][0] == {"cell": "J14", "text": "已复核", "reason": "zydesk 没有对应的项（“备注”列）",
                                    "field": "forms[0].indicators[0].name"}


def test_import_several_workbooks_lists_skipped_sheets(tmp_path, capsys):
    out = tmp_path / "out.zyd.json"
    args = ["import", str(WORKBOOKS / "xiaoguan-2021.xls"), str(WORKBOOKS / "yuan-2021.ods"), "-o", str(out)]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "  汇总：跳过（不是自评表）" in text and "  填表说明：跳过（不是自评表）" in text
    assert len(storage.load(out).forms) == 5


def test_import_never_overwrites(tmp_path, capsys):
    out = tmp_path / "out.zyd.json"
    out.write_text("mine", encoding="utf-8")
    assert main(["import", str(WORKBOOKS / "yuan-2021.ods"), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "mine"
    assert "文件已存在" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"plain text", b"PK\x03\x04broken"])
def test_import_of_a_bad_file_is_one_line_and_writes_nothing(tmp_path, capsys, content):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    out = tmp_path / "out.zyd.json"
    assert main(["import", str(bad), "-o", str(out), "--report", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"zydesk: {bad}: ") and "Traceback" not in err
    assert not out.exists() and not (tmp_path / "r.json").exists()


def test_import_report_that_cannot_be_written_leaves_no_bundle(tmp_path, capsys):
    out = tmp_path / "out.zyd.json"
    args = ["import", str(WORKBOOKS / "yuan-2021.ods"), "-o", str(out), "--report", str(tmp_path / "no" / "r.json")]
    assert main(args) == 2
    assert not out.exists()
    assert "无法写入报告" in capsys.readouterr().err


def test_export_then_import_on_the_command_line(tmp_path, capsys):
    xlsx, back = tmp_path / "2021.xlsx", tmp_path / "back.zyd.json"
    assert main(["export", str(EXAMPLE), "-o", str(xlsx)]) == 0
    assert "已导出" in capsys.readouterr().out
    assert main(["import", str(xlsx), "-o", str(back)]) == 0
    assert back.read_text(encoding="utf-8") == storage.dumps(storage.load(EXAMPLE))


def test_export_selected_forms(tmp_path):
    from python_calamine import CalamineWorkbook

    xlsx = tmp_path / "some.xlsx"
    assert main(["export", str(EXAMPLE), "-o", str(xlsx), "--forms", "1,3"]) == 0
    names = CalamineWorkbook.from_path(str(xlsx)).sheet_names
    assert names == ["1 老旧小区综合整治项目", "3 公共服务经费", "指标明细", "zydesk"]


@pytest.mark.parametrize("forms", ["0", "5", "x"])
def test_export_bad_form_numbers(tmp_path, capsys, forms):
    xlsx = tmp_path / "x.xlsx"
    assert main(["export", str(EXAMPLE), "-o", str(xlsx), "--forms", forms]) == 2
    assert not xlsx.exists()
    assert "--forms" in capsys.readouterr().err


def test_export_of_an_unreadable_file(tmp_path, capsys):
    bad = tmp_path / "bad.zyd.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert capsys.readouterr().err.startswith(f"zydesk: {bad}: ")


def test_schema_prints_the_published_copy(capsys):
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    # After a model change: `zydesk schema > resources/schema/zydesk-v1.schema.json`.
    assert printed == SCHEMA_COPY.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("path", [EXAMPLE, *sorted(DATA.glob("v*.json"))], ids=lambda p: p.name)
def test_schema_accepts_the_example_and_the_old_sample_files(path):
    schema = json.loads(SCHEMA_COPY.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema,
                        cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("change", [
    lambda d: d.update(extra=1),
    lambda d: d["forms"][0]["funds"]["total"].update(initial="3,248"),
    lambda d: d["forms"][0]["indicators"][0].update(category="other"),
    lambda d: d.update(schema_version=2),
])
def test_schema_refuses_what_zydesk_refuses(change):
    schema = json.loads(SCHEMA_COPY.read_text(encoding="utf-8"))
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    with pytest.raises(storage.LoadError):
        storage.loads(json.dumps(data, ensure_ascii=False))
