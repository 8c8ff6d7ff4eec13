"""Tests for zydesk/gui/main_window.py and bundle_bar.py: title, menus, bundle fields, signatures, Chinese UI."""

from PySide6.QtWidgets import QApplication

from zydesk.gui import signatures_dialog
from zydesk.gui.signatures_dialog import SignaturesDialog

from .conftest import answer, finish, replace_text


def test_title_shows_file_name_and_modified_mark(window, qtbot):
    assert window.windowTitle() == "xiaoguan-2021.zyd.json[*]"
    assert not window.isWindowModified()
    replace_text(qtbot, window.editor.funds.ui.totalInitial, "1")
    assert window.isWindowModified()
    assert window.ui.actionUndo.isEnabled()
    assert window.ui.actionUndo.text() == "撤销 修改年度资金总额 年初预算数"


def test_year_is_read_like_a_number_and_checked_in_every_form(window, qtbot):
    year = window.bundle_bar.ui.year
    replace_text(qtbot, year, "１９９９")
    assert window.document.bundle.year == 1999
    assert year.property("finding") == "error"
    assert "1999" in window.editor.caption.text()
    assert all(window.document.analysis(i).errors >= 1 for i in range(4))
    finish(qtbot, year)
    replace_text(qtbot, year, "20x1")              # 2 and 20 are read, then the entry turns unreadable
    assert year.property("finding") == "refused"
    assert window.document.bundle.year == 20
    finish(qtbot, year)
    assert year.text() == "1999"                   # the whole entry is refused, not just its end
    assert window.document.bundle.year == 1999
    assert window.document.undo_stack.count() == 1
    window.document.undo()
    assert year.text() == "2021"
    assert year.property("finding") == ""


def test_title_edit_changes_the_caption(window, qtbot):
    replace_text(qtbot, window.bundle_bar.ui.title, "海淀区项目支出绩效自评表")
    finish(qtbot, window.bundle_bar.ui.title)
    assert "海淀区项目支出绩效自评表" in window.editor.caption.text()


def test_policy_change_re_scores_every_form(window):
    combo = window.bundle_bar.ui.policy
    haidian = next(i for i in range(combo.count()) if "2016" in combo.itemText(i))
    combo.setCurrentIndex(haidian)
    combo.activated.emit(haidian)
    assert window.document.bundle.policy == "haidian-2016"
    window.document.undo()
    assert window.document.bundle.policy == "mof-2020"
    assert combo.currentIndex() != haidian


def test_signatures_dialog_is_one_undo_step(window, monkeypatch):
    answer(monkeypatch, SignaturesDialog, {"preparer": "张三", "reviewer": "李四", "unit_head": "", "date": ""})
    window.ui.actionSignatures.trigger()
    assert window.document.bundle.signatures.preparer == "张三"
    assert window.document.undo_stack.count() == 1
    window.document.undo()
    assert window.document.bundle.signatures.reviewer == ""


def test_signatures_dialog_round_trip(qtbot):
    dialog = signatures_dialog.SignaturesDialog({"preparer": "张三", "date": "2022年3月1日"})
    qtbot.addWidget(dialog)
    assert dialog.values() == {"preparer": "张三", "reviewer": "", "unit_head": "", "date": "2022年3月1日"}


def test_every_visible_text_is_chinese(window):
    english = []
    for action in window.findChildren(type(window.ui.actionNew)):
        text = action.text().replace("&", "")
        if text and text.isascii() and text not in ("zydesk",):
            english.append(text)
    for menu in (window.ui.menuFile, window.ui.menuEdit, window.ui.menuForms, window.ui.menuHelp):
        assert not menu.title().replace("&", "").isascii()
    assert english == []


def test_qt_own_buttons_are_translated(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from zydesk.gui.app import install_translations

    install_translations(QApplication.instance())
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_first_start_fits_a_small_screen(qtbot):
    from zydesk.gui.main_window import MainWindow

    window = MainWindow()  # no saved geometry: the offscreen screen is 800×800, smaller than the design
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert 0 < window.width() <= available.width() and 0 < window.height() <= available.height()
