"""Tests for zydesk/gui/file_actions.py: new, open, recent, save, save as, new year, the prompt on close."""

import datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from zydesk import storage
from zydesk.gui import dialogs
from zydesk.gui.dialogs import SaveChangesPrompt

from .conftest import EXAMPLE, answer, finish, replace_text


def test_ctrl_s_saves_and_reopening_gives_an_equal_bundle(window, example_copy, qtbot, make_window):
    window.navigator.select(2)
    replace_text(qtbot, window.editor.funds.ui.executionScore, "9.29")
    replace_text(qtbot, window.editor.header.ui.leader, "王五")     # not finished: Ctrl+S commits it
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]"
    assert window.isWindowModified()
    qtbot.keyClick(window.editor.header.ui.leader, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    saved = storage.load(example_copy)
    assert saved == window.document.bundle
    assert saved.forms[2].execution.score == Decimal("9.29")
    assert saved.forms[2].leader == "王五"
    assert example_copy.with_name(example_copy.name + ".bak").exists()
    assert window.close()                      # saved: closes without asking, and lets go of the lock
    reopened = make_window(example_copy)
    assert reopened.document.bundle == window.document.bundle
    reopened.navigator.select(2)
    assert reopened.editor.funds.ui.executionScore.text() == "9.29"


def test_save_of_a_new_document_asks_for_a_name_and_adds_the_suffix(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    assert window.windowTitle() == "未命名[*]"
    replace_text(qtbot, window.editor.header.ui.projectName, "新项目")
    finish(qtbot, window.editor.header.ui.projectName)
    assert window.document.bundle.forms[0].project_name == "新项目"
    calls = []
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "报表", calls=calls)
    window.ui.actionSave.trigger()
    year = datetime.date.today().year - 1
    assert calls[0][1].endswith(f"{year}年朝阳区项目支出绩效自评表.zyd.json")
    target = tmp_path / "报表.zyd.json"
    assert storage.load(target).forms[0].project_name == "新项目"
    assert window.windowTitle() == "报表.zyd.json[*]"
    assert window.settings.recent_files()[0] == target.resolve()


def test_a_new_document_has_one_empty_form_with_policy_weights(make_window):
    window = make_window()
    bundle = window.document.bundle
    assert len(bundle.forms) == 1
    assert len(bundle.forms[0].indicators) == 9
    assert window.editor.totals.ui.totalWeight.text() == "分值合计 100"
    assert not window.isWindowModified()


def test_settings_give_new_documents_their_title_and_names(make_window):
    from zydesk.gui.settings import Settings

    settings = Settings()
    settings.default_title = "海淀区项目支出绩效自评表"
    settings.set_signature_names({"preparer": "张三", "reviewer": "李四"})
    window = make_window()
    assert window.document.bundle.title == "海淀区项目支出绩效自评表"
    assert window.document.bundle.signatures.preparer == "张三"
    assert window.bundle_bar.ui.title.text() == "海淀区项目支出绩效自评表"


def test_closing_a_modified_window_prompts_and_cancel_keeps_it_open(window, monkeypatch, qtbot):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    calls = []
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.CANCEL, calls=calls)
    assert not window.close()                      # the typed text is committed first, then asked about
    assert calls == [(window, "xiaoguan-2021.zyd.json")]
    assert window.isVisible()
    assert window.document.bundle.forms[0].phone == "123"


def test_closing_and_discarding_leaves_the_file_alone(window, example_copy, monkeypatch, qtbot):
    before = example_copy.read_bytes()
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.DISCARD)
    assert window.close()
    assert example_copy.read_bytes() == before


def test_closing_and_saving_writes_the_file(window, example_copy, monkeypatch, qtbot):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.SAVE)
    assert window.close()
    assert storage.load(example_copy).forms[0].phone == "123"


def test_an_unmodified_window_closes_without_asking(window):
    assert window.close()


def test_open_asks_about_changes_first_then_opens(window, monkeypatch, qtbot, tmp_path):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    finish(qtbot, window.editor.header.ui.phone)
    other = tmp_path / "other.zyd.json"
    other.write_bytes(EXAMPLE.read_bytes())
    answer(monkeypatch, SaveChangesPrompt, SaveChangesPrompt.DISCARD)
    answer(monkeypatch, dialogs.OpenFileDialog, other)
    window.ui.actionOpen.trigger()
    assert window.document.path == other
    assert window.windowTitle() == "other.zyd.json[*]"
    assert not window.isWindowModified()
    assert window.document.bundle.forms[0].phone == "84856685"


def test_a_damaged_file_is_refused_with_the_core_reason(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.zyd.json"
    bad.write_text('{"format": "zydesk", "schema_version": 99}', encoding="utf-8")
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    assert not window.files.open(bad)
    assert errors[0][1] == "无法打开文件"
    assert "版本 99" in errors[0][2] and errors[0][2].startswith("bad.zyd.json：")
    assert window.document.path.name == "xiaoguan-2021.zyd.json"


def test_save_failure_is_shown_and_the_document_stays_modified(window, monkeypatch, qtbot, tmp_path):
    replace_text(qtbot, window.editor.header.ui.phone, "123")
    failed = []
    answer(monkeypatch, dialogs.SaveFailedPrompt, False, calls=failed)
    answer(monkeypatch, dialogs.SaveFileDialog, tmp_path / "missing-folder" / "x.zyd.json")
    assert not window.files.save_as()
    assert failed == [(window, "x.zyd.json", "文件夹不存在或网络路径已断开，未保存")]
    assert window.isWindowModified()


def test_recent_files_menu_opens_them(window, example_copy, monkeypatch, tmp_path):
    other = tmp_path / "other.zyd.json"
    other.write_bytes(EXAMPLE.read_bytes())
    assert window.files.open(other)
    window.files.fill_recent_menu()
    actions = window.ui.menuRecent.actions()
    assert [a.text() for a in actions] == ["&1 other.zyd.json", "&2 xiaoguan-2021.zyd.json"]
    actions[1].trigger()
    assert window.document.path == example_copy


def test_new_year_writes_a_new_file_and_never_overwrites(window, example_copy, monkeypatch, tmp_path):
    names = []
    answer(monkeypatch, dialogs.YearDialog, 2022)
    answer(monkeypatch, dialogs.SaveFileDialog, example_copy, calls=names)     # the user picks this year's file
    errors = []
    answer(monkeypatch, dialogs.Messages, None, name="error", calls=errors)
    before = example_copy.read_bytes()
    window.ui.actionNewYear.trigger()
    assert errors[0][1] == "文件已存在"
    assert example_copy.read_bytes() == before
    assert names[0][1].endswith("xiaoguan-2022.zyd.json")

    target = tmp_path / "xiaoguan-2022.zyd.json"
    answer(monkeypatch, dialogs.SaveFileDialog, target)
    window.ui.actionNewYear.trigger()
    rolled = storage.load(target)
    assert rolled.year == 2022
    assert rolled.forms[0].funds.total.executed is None
    assert rolled.forms[0].indicators[0].name == "抗震加固"
    assert window.document.path == target
    assert window.bundle_bar.ui.year.text() == "2022"
    assert window.editor.funds.ui.totalExecuted.text() == ""
    # Last year's dated targets (2020年12月, 2021年12月) are warned of, in the note and at the field.
    assert "2 个年度指标值还写着往年的日期" in window.statusBar().currentMessage()
    assert "indicator.stale_year" in {f.code for f in window.document.analysis(0).findings}
