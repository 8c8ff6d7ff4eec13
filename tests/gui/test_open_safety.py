"""Opening is safe: a damaged or too large file is refused with the core's reason; its backup may be opened."""

import os
import re

import pytest

from zydesk import storage
from zydesk.gui import dialogs
from zydesk.lockfile import read_lock

from .conftest import EXAMPLE, answer

DAMAGED = '{"format": "zydesk", "schema_version": 1, "title": "朝阳'   # cut off mid-save by an old program


@pytest.fixture
def damaged_with_backup(tmp_path):
    path = tmp_path / "报表.zyd.json"
    path.write_text(DAMAGED, encoding="utf-8")
    storage.backup_path(path).write_bytes(EXAMPLE.read_bytes())
    return path


def test_a_damaged_file_offers_its_backup_which_opens_unsaved_and_apart(window, damaged_with_backup, monkeypatch,
                                                                         tmp_path):
    asked = []
    answer(monkeypatch, dialogs.BackupPrompt, True, calls=asked)
    assert window.files.open(damaged_with_backup)
    (_, name, reason, backup_name, when), = asked
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", when)
    assert name == "报表.zyd.json" and backup_name == "报表.zyd.json.bak"
    assert reason.startswith("第 1 行") and "不是有效的 JSON" in reason
    document = window.document
    assert document.path is None and document.origin == damaged_with_backup
    assert document.bundle == storage.load(EXAMPLE)
    assert window.windowTitle() == "报表.zyd.json 的备份[*]" and window.isWindowModified()
    assert "原文件未改动" in window.statusBar().currentMessage()
    assert read_lock(damaged_with_backup) is None
    # Saving asks for a name, suggesting one beside the original; neither the file nor its backup is touched.
    names = []
    target = tmp_path / "报表（从备份恢复）.zyd.json"
    answer(monkeypatch, dialogs.SaveFileDialog, target, calls=names)
    assert window.files.save()
    assert names[0][1] == str(target)
    assert damaged_with_backup.read_text(encoding="utf-8") == DAMAGED
    assert storage.backup_path(damaged_with_backup).read_bytes() == EXAMPLE.read_bytes()
    assert window.windowTitle() == "报表（从备份恢复）.zyd.json[*]"
    assert read_lock(target).pid == os.getpid()


def test_declining_the_backup_keeps_the_current_document_and_releases_the_lock(window, example_copy,
                                                                                damaged_with_backup, monkeypatch):
    answer(monkeypatch, dialogs.BackupPrompt, False)
    assert not window.files.open(damaged_with_backup)
    assert window.document.path == example_copy
    assert read_lock(damaged_with_backup) is None
    assert read_lock(example_copy).pid == os.getpid()


def test_a_too_large_file_is_refused_with_the_core_reason(window, example_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 1024 * 1024)
    big = tmp_path / "big.zyd.json"
    big.write_bytes(b" " * (2 * 1024 * 1024))
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    assert not window.files.open(big)
    assert errors == [(window, "无法打开文件", "big.zyd.json：文件过大（2 MB，上限 1 MB）")]
    assert window.document.path == example_copy
    assert read_lock(big) is None


def test_a_damaged_backup_is_refused_too(window, damaged_with_backup, monkeypatch):
    storage.backup_path(damaged_with_backup).write_text("{}", encoding="utf-8")
    answer(monkeypatch, dialogs.BackupPrompt, True)
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    assert not window.files.open(damaged_with_backup)
    assert errors[0][1] == "无法打开备份" and errors[0][2].startswith("报表.zyd.json.bak：format")
