"""Tests for zydesk/gui/restore.py and recovery_dialog.py: crash leftovers offered at start, restored or not."""

import json
import os
import uuid

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from zydesk import storage
from zydesk.gui import app, dialogs
from zydesk.gui.lock_dialog import LockDialog
from zydesk.gui.recovery_dialog import DISCARD, KEEP, RESTORE, RecoveryDialog
from zydesk.gui.restore import offers
from zydesk.lockfile import lock_path, read_lock
from zydesk.recovery import RECOVERY_SUFFIX, pending, recovery_dir

from .conftest import EXAMPLE, answer

REAL_ASK = RecoveryDialog.ask   # taken before conftest replaces it for every test
DEAD_PID = 0   # never a running process: the editor that wrote these is gone


def leftover(document, phone="999", saved_at="2026-11-29T10:15:30+08:00", bundle_text=None):
    """A recovery copy as a killed editor leaves it."""
    bundle = storage.load(EXAMPLE)
    bundle.forms[0].phone = phone
    recovery_dir().mkdir(parents=True, exist_ok=True)
    path = recovery_dir() / f"{uuid.uuid4()}{RECOVERY_SUFFIX}"
    path.write_text(json.dumps({"document": None if document is None else str(document), "saved_at": saved_at,
                                "owner_pid": DEAD_PID, "bundle": bundle_text or storage.dumps(bundle)},
                               ensure_ascii=False), encoding="utf-8")
    return path


def choose(monkeypatch, *choices):
    seen = []
    answer(monkeypatch, RecoveryDialog, lambda parent, offered: list(zip(offered, choices, strict=True)), calls=seen)
    return seen


def test_no_leftovers_no_question(started):
    started.extend(app.open_windows([]))             # RecoveryDialog.ask would fail the test
    assert len(started) == 1


def test_restored_work_is_a_modified_document_of_its_file_and_saves_there(example_copy, monkeypatch, started, qtbot):
    copy = leftover(example_copy)
    choose(monkeypatch, RESTORE)
    started.extend(app.open_windows([]))
    window, = started
    assert window.document.path == example_copy
    assert window.document.bundle.forms[0].phone == "999"
    assert window.isWindowModified() and window.windowTitle() == "xiaoguan-2021.zyd.json[*]"
    assert window.editor.header.ui.phone.text() == "999"
    assert read_lock(example_copy).pid == os.getpid()
    # The copy stays (now kept by this editor) until the work is saved; undo cannot make it "saved".
    assert copy.exists() and json.loads(copy.read_text(encoding="utf-8"))["owner_pid"] == os.getpid()
    assert pending() == []
    assert window.files.save()
    assert storage.load(example_copy).forms[0].phone == "999"
    assert not copy.exists() and not window.isWindowModified()


def test_discarded_copies_go_and_postponed_ones_stay(example_copy, tmp_path, monkeypatch, started):
    first = leftover(example_copy, saved_at="2026-11-29T10:00:00+08:00")
    second = leftover(None, saved_at="2026-11-29T09:00:00+08:00")
    choose(monkeypatch, DISCARD, KEEP)                  # newest first
    started.extend(app.open_windows([]))
    assert not first.exists() and second.exists()
    assert not started[0].isWindowModified() and started[0].document.path is None
    assert [p.path for p in pending()] == [second]


def test_a_never_saved_bundle_comes_back_as_a_new_unsaved_document(monkeypatch, started, tmp_path):
    leftover(None, phone="777")
    choose(monkeypatch, RESTORE)
    started.extend(app.open_windows([]))
    window, = started
    assert window.document.path is None and window.isWindowModified()
    assert window.windowTitle() == "未命名[*]"
    target = tmp_path / "新文件.zyd.json"
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    assert window.files.save()
    assert storage.load(target).forms[0].phone == "777"
    assert list(recovery_dir().iterdir()) == []


def test_the_file_on_the_command_line_is_not_opened_twice(example_copy, tmp_path, monkeypatch, started):
    other = tmp_path / "other.zyd.json"
    other.write_bytes(EXAMPLE.read_bytes())
    leftover(example_copy, saved_at="2026-11-29T10:00:00+08:00")
    leftover(other, saved_at="2026-11-29T09:00:00+08:00")
    choose(monkeypatch, RESTORE, RESTORE)
    started.extend(app.open_windows([str(example_copy)]))
    assert [w.document.path for w in started] == [example_copy, other]
    assert all(w.isWindowModified() for w in started)
    assert read_lock(other).pid == os.getpid()


def test_restoring_a_file_someone_else_has_open_is_read_only_or_postponed(example_copy, monkeypatch, started):
    lock_path(example_copy).write_text(json.dumps({"user": "李慧娟", "host": "FINANCE-PC2", "pid": 4242,
                                                   "since": "2026-11-29T09:15:00+08:00"}), encoding="utf-8")
    copy = leftover(example_copy)
    choose(monkeypatch, RESTORE)
    answer(monkeypatch, LockDialog, LockDialog.CANCEL)
    started.extend(app.open_windows([]))
    assert copy.exists() and started[0].document.path is None    # cancelled: kept for the next start

    choose(monkeypatch, RESTORE)
    answer(monkeypatch, LockDialog, LockDialog.READ_ONLY)
    started.extend(app.open_windows([]))
    window = started[-1]
    assert window.document.read_only and window.document.bundle.forms[0].phone == "999"
    assert window.windowTitle() == "xiaoguan-2021.zyd.json（只读）[*]"
    assert "另存为" in window.statusBar().currentMessage()
    assert read_lock(example_copy).host == "FINANCE-PC2"


def test_dialog_lists_each_copy_and_sets_all(qtbot, example_copy):
    leftover(example_copy, saved_at="2026-11-29T10:15:30+08:00")
    leftover(None, saved_at="2026-11-29T09:00:00+08:00")
    leftover(example_copy, saved_at="2026-11-29T08:00:00+08:00", bundle_text="{")
    offered = offers(pending())
    dialog = RecoveryDialog(offered)
    qtbot.addWidget(dialog)
    table = dialog.ui.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0][0] == "xiaoguan-2021.zyd.json" and rows[0][1] == str(example_copy.parent)
    assert rows[0][2] == "2021 年度，4 张表"
    assert "1. 老旧小区综合整治项目" in table.item(0, 2).toolTip()
    assert rows[0][3].startswith("2026-11-29 ")
    assert rows[1][0] == "未保存的新文件" and rows[1][1] == "（从未保存过）"
    assert rows[2][2] == "无法恢复（副本已损坏）" and table.item(2, 2).toolTip().startswith("第 1 行")
    assert [c.currentData() for c in dialog.combos] == [RESTORE, RESTORE, KEEP]
    assert [c.count() for c in dialog.combos] == [3, 3, 2]        # a damaged copy cannot be restored
    dialog.ui.discardAll.click()
    assert [choice for _, choice in dialog.choices()] == [DISCARD, DISCARD, DISCARD]
    dialog.ui.restoreAll.click()
    assert [choice for _, choice in dialog.choices()] == [RESTORE, RESTORE, DISCARD]
    QApplication.processEvents()


def test_dialog_closed_with_later_keeps_everything(qtbot):
    leftover(None)
    leftover(None)
    offered = offers(pending())
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().ui.later.click())
    assert [choice for _, choice in REAL_ASK(None, offered)] == [KEEP, KEEP]
    assert len(pending()) == 2
