"""Tests for zydesk/gui/settings.py and settings_dialog.py: preferences round-trip; the dialog loads and saves."""

from pathlib import Path

from zydesk.gui import dialogs
from zydesk.gui.settings import MAX_RECENT, Settings
from zydesk.gui.settings_dialog import SettingsDialog
from zydesk.model import DEFAULT_TITLE

from .conftest import answer


def test_defaults(qapp):
    settings = Settings()
    assert settings.default_title == DEFAULT_TITLE
    assert settings.signature_names() == {"preparer": "", "reviewer": "", "unit_head": ""}
    assert settings.font_file is None
    assert settings.rate_decimals == 0
    assert settings.print_signatures
    assert settings.recent_files() == []


def test_values_survive_a_new_settings_object(qapp, tmp_path):
    settings = Settings()
    settings.default_title = "海淀区项目支出绩效自评表"
    settings.font_file = tmp_path / "font.ttf"
    settings.rate_decimals = 2
    settings.print_signatures = False
    settings.store.sync()
    again = Settings()
    assert again.default_title == "海淀区项目支出绩效自评表"
    assert again.font_file == tmp_path / "font.ttf"
    assert again.rate_decimals == 2
    assert not again.print_signatures


def test_recent_files_newest_first_without_duplicates_and_bounded(qapp, tmp_path):
    settings = Settings()
    paths = [tmp_path / f"{i}.zyd.json" for i in range(MAX_RECENT + 2)]
    for path in paths:
        settings.add_recent(path)
    settings.add_recent(paths[3])
    recent = settings.recent_files()
    assert recent[0] == paths[3].resolve()
    assert len(recent) == MAX_RECENT
    assert len(set(recent)) == MAX_RECENT
    settings.remove_recent(paths[3].resolve())
    assert paths[3].resolve() not in settings.recent_files()
    settings.clear_recent()
    assert settings.recent_files() == []


def test_a_single_recent_file_reads_back_as_a_list(qapp, tmp_path):
    settings = Settings()
    settings.add_recent(tmp_path / "only.zyd.json")
    settings.store.sync()
    assert Settings().recent_files() == [(tmp_path / "only.zyd.json").resolve()]


def test_dialog_loads_and_saves(qtbot, monkeypatch, tmp_path):
    settings = Settings()
    settings.set_signature_names({"preparer": "张三"})
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.preparer.text() == "张三"
    assert dialog.ui.rateDecimals.currentIndex() == 0
    answer(monkeypatch, dialogs.FontFileDialog, tmp_path / "simsun.ttc")
    dialog.ui.browseFont.click()
    dialog.ui.title.setText("海淀区项目支出绩效自评表")
    dialog.ui.rateDecimals.setCurrentIndex(1)
    dialog.ui.printSignatures.setChecked(False)
    dialog.accept()
    assert settings.default_title == "海淀区项目支出绩效自评表"
    assert settings.font_file == Path(tmp_path / "simsun.ttc")
    assert settings.rate_decimals == 2
    assert not settings.print_signatures
    assert settings.signature_names()["preparer"] == "张三"


def test_print_options_follow_the_settings(window):
    window.settings.rate_decimals = 2
    window.settings.print_signatures = False
    options = window.printing.options()
    assert options.rate_decimals == 2 and not options.signatures and options.font_file is None


def test_window_geometry_is_remembered(make_window):
    first = make_window()
    first.resize(1234, 777)
    first.close()
    second = make_window()
    assert second.settings.window_geometry() is not None
