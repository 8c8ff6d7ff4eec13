"""Migrations by schema_version: registered steps, refusal of newer files, real old files kept in tests/data."""

import json

import pytest

from conftest import DATA
from zydesk import storage
from zydesk.model import migrations


def test_current_version_passes_through():
    raw = {"format": "zydesk", "schema_version": 1, "forms": []}
    assert migrations.migrate(raw) == raw


def test_a_registered_step_upgrades_a_synthetic_version(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})

    @migrations.register(1)
    def rename_title(raw):
        raw["heading"] = raw.pop("title")
        return raw

    upgraded = migrations.migrate({"format": "zydesk", "schema_version": 1, "title": "T"}, current=2)
    assert upgraded == {"format": "zydesk", "schema_version": 2, "heading": "T"}


def test_missing_step_is_refused(monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(migrations.MigrationError, match="没有从版本 1 升级"):
        migrations.migrate({"schema_version": 1}, current=2)


@pytest.mark.parametrize(("version", "message"), [(2, "比本程序支持的版本 1 新"), (0, "无效的版本"),
                                                  ("1", "应为整数"), (True, "应为整数"), (None, "应为整数")])
def test_bad_versions(version, message):
    with pytest.raises(migrations.MigrationError, match=message):
        migrations.migrate({"schema_version": version})


@pytest.mark.parametrize("sample", sorted(DATA.glob("v*.json")), ids=lambda p: p.name)
def test_every_kept_sample_file_still_loads(sample):
    bundle = storage.load(sample)
    raw = json.loads(sample.read_text(encoding="utf-8"))
    assert len(bundle.forms) == len(raw["forms"])
