"""Storage: clear refusals that name the place, exact round trips, atomic saves with a backup."""

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import EXAMPLE
from zydesk import atomicfile, storage
from zydesk.storage import LoadError, SaveError


def write(tmp_path: Path, text: str, name="x.zyd.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def example_raw() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def refused(tmp_path, raw_or_text) -> str:
    text = raw_or_text if isinstance(raw_or_text, str) else json.dumps(raw_or_text, ensure_ascii=False)
    path = write(tmp_path, text)
    with pytest.raises(LoadError) as info:
        storage.load(path)
    assert info.value.path == str(path)
    return info.value.reason


def test_example_round_trips_byte_for_byte(example, tmp_path):
    assert storage.dumps(example) == EXAMPLE.read_text(encoding="utf-8")


def test_json_numbers_are_read_exactly(tmp_path):
    raw = example_raw()
    raw["forms"][0]["funds"]["total"]["annual"] = 0.1
    raw["forms"][0]["execution"]["weight"] = 10
    text = json.dumps(raw, ensure_ascii=False).replace('"annual": 0.1', '"annual": 3248.639548')
    bundle = storage.load(write(tmp_path, text))
    assert bundle.forms[0].funds.total.annual == Decimal("3248.639548")
    assert bundle.forms[0].execution.weight == Decimal(10)
    assert '"annual": "3248.639548"' in storage.dumps(bundle)


def test_bad_number_names_the_place(tmp_path):
    raw = example_raw()
    raw["forms"][3]["indicators"][8]["weight"] = "十"
    assert refused(tmp_path, raw) == "forms[3].indicators[8].weight: 不是有效的数字"


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda r: r.update(extra=1), "extra: 未知的键"),
    (lambda r: r["forms"][0].update(colour="红"), "forms[0].colour: 未知的键"),
    (lambda r: r.update(format="other"), "format: 不是 zydesk 文件"),
    (lambda r: r.pop("format"), "format: 不是 zydesk 文件"),
    (lambda r: r.update(schema_version=2), "schema_version: 文件版本 2 比本程序支持的版本 1 新"),
    (lambda r: r.update(policy="beijing-1999"), "policy: 未知的评分规则“beijing-1999”"),
    (lambda r: r.update(year="2021"), "year: 应为整数"),
    (lambda r: r["forms"][1].update(project_name=5), "forms[1].project_name: 应为文本"),
    (lambda r: r["forms"][0]["indicators"][0].update(category="fun"), "forms[0].indicators[0].category: 不是允许的值"),
    (lambda r: r["forms"][0].pop("id"), "forms[0].id: 缺少此项"),
    (lambda r: r.update(forms={}), "forms: 应为列表"),
])
def test_foreign_or_newer_files_are_refused_by_key(tmp_path, mutate, expected):
    raw = example_raw()
    mutate(raw)
    assert refused(tmp_path, raw).startswith(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("", "第 1 行第 1 列：不是有效的 JSON"),
    ('{"format": "zydesk", "schema_version": 1, "forms": [', "不是有效的 JSON"),
    ("[1, 2]", "不是 zydesk 文件"),
    ("   \n", "第 2 行第 1 列：不是有效的 JSON（文件损坏或不完整）"),
    ("{", "第 1 行第 2 列：不是有效的 JSON（文件损坏或不完整）"),
    ("项目名称,主管部门\n老旧小区,住建委\n", "不是 zydesk 文件（内容不是 JSON"),
    ("zydesk format: v1\n", "不是 zydesk 文件（内容不是 JSON"),
    ("\ufeff  hello", "不是 zydesk 文件（内容不是 JSON"),
    ("<?xml version='1.0'?><a/>", "不是 zydesk 文件（内容不是 JSON"),
    ('{"format": "zydesk", "format": "zydesk"}', "format: 键重复出现"),
    ('{"format": "zydesk", "schema_version": 1, "year": NaN}', "不是有效的 JSON 数字：NaN"),
])
def test_damaged_files_are_refused(tmp_path, text, expected):
    assert expected in refused(tmp_path, text)


def test_truncated_example_is_refused(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    for cut in (1, 10, len(text) // 2, len(text) - 3):
        reason = refused(tmp_path, text[:cut])
        assert "不是有效的 JSON（文件损坏或不完整）" in reason and "不是 zydesk 文件" not in reason


def test_not_utf8_missing_folder_and_too_large(tmp_path):
    path = tmp_path / "gbk.json"
    path.write_bytes('{"title": "朝阳"}'.encode("gbk"))
    with pytest.raises(LoadError, match="不是 UTF-8"):
        storage.load(path)
    with pytest.raises(LoadError, match="文件不存在"):
        storage.load(tmp_path / "none.json")
    with pytest.raises(LoadError, match="文件夹"):
        storage.load(tmp_path)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(storage.MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match="文件过大"):
        storage.load(big)


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert len(storage.load(path).forms) == 4


def test_any_file_name_opens(tmp_path, example):
    path = tmp_path / "项目 自评.txt"
    storage.save(example, path)
    assert storage.load(path) == example


def test_save_keeps_previous_version_as_backup(tmp_path, example):
    path = tmp_path / "b.zyd.json"
    storage.save(example, path)
    assert not storage.backup_path(path).exists()
    first = path.read_text(encoding="utf-8")
    example.forms[0].project_name = "改名"
    storage.save(example, path)
    assert storage.backup_path(path).read_text(encoding="utf-8") == first
    assert storage.load(path).forms[0].project_name == "改名"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zyd.json", "b.zyd.json.bak"]


def test_failed_save_leaves_old_file_intact(tmp_path, example, monkeypatch):
    path = tmp_path / "b.zyd.json"
    storage.save(example, path)
    before = path.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(SaveError, match="磁盘空间不足"):
        storage.save(example, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zyd.json"]


@pytest.mark.parametrize(("errno_", "reason"), [(13, "没有写入权限"), (30, "没有写入权限"), (5, "保存失败")])
def test_unwritable_folder(tmp_path, example, monkeypatch, errno_, reason):
    # Root ignores permission bits here, so the refusal the OS would give is injected.
    def refuse(*args, **kwargs):
        raise OSError(errno_, os.strerror(errno_))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match=reason):
        storage.save(example, tmp_path / "x.json")
    assert list(tmp_path.iterdir()) == []


def test_vanished_folder(tmp_path, example):
    with pytest.raises(SaveError, match="文件夹不存在"):
        storage.save(example, tmp_path / "gone" / "x.json")


def test_replace_retries_while_windows_holds_the_file(tmp_path, monkeypatch):
    calls = []
    real_replace = os.replace

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) < 3:
            raise PermissionError(13, "in use")
        real_replace(src, dst)

    monkeypatch.setattr(atomicfile, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(os, "replace", flaky)
    storage.write_atomic(tmp_path / "f.txt", "x")
    assert (tmp_path / "f.txt").read_text() == "x" and len(calls) == 3
