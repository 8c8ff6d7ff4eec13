"""The first start (settings_dialog.FirstRunDialog, FileController.first_run) and a new form shown calmly (待填写)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from zydesk.gui import app, settings_dialog
from zydesk.gui.main_window import MainWindow
from zydesk.gui.settings import Settings
from zydesk.gui.settings_dialog import FirstRunDialog, SettingsDialog

from .conftest import answer, finish, replace_text, type_text

OFFICE = {"title": "海淀区项目支出绩效自评表", "department": "北京市海淀区人民政府学院路街道办事处",
          "unit": "学院路街道办事处", "preparer": "王五", "reviewer": "赵六", "unitHead": "钱七"}


def fill(qtbot, dialog) -> None:
    for name, text in OFFICE.items():
        widget = getattr(dialog.ui, name)
        widget.selectAll()
        type_text(qtbot, widget, text)
    haidian = next(i for i in range(dialog.ui.policy.count()) if "海淀" in dialog.ui.policy.itemText(i))
    dialog.ui.policy.setCurrentIndex(haidian)


def test_first_run_dialog_asks_only_for_the_office_and_keeps_it(qtbot):
    settings = Settings()
    dialog = FirstRunDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "欢迎使用 zydesk" and dialog.ui.welcome.isVisible()
    assert not dialog.ui.printGroup.isVisible() and not dialog.ui.recentGroup.isVisible()
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    again = Settings()
    assert again.default_title == OFFICE["title"] and again.default_policy == "haidian-2016"
    assert again.form_defaults() == {"department": OFFICE["department"], "implementer": OFFICE["unit"]}
    assert again.signature_names() == {"preparer": "王五", "reviewer": "赵六", "unit_head": "钱七"}
    later = SettingsDialog(again)                 # reachable later: the same fields in 设置
    qtbot.addWidget(later)
    assert later.ui.unit.text() == OFFICE["unit"] and "海淀" in later.ui.policy.currentText()
    assert not later.ui.welcome.isVisible() and later.ui.printGroup.isVisibleTo(later)


def test_first_start_without_a_file_asks_once_and_the_new_file_uses_the_answers(monkeypatch, qtbot):
    monkeypatch.setattr(app.sys, "excepthook", app.sys.excepthook)
    asked, seen = [], []

    def answer_first_run(cls, parent, settings):
        asked.append(parent)
        settings.default_title = OFFICE["title"]
        settings.set_form_defaults(OFFICE["department"], OFFICE["unit"])
        settings.default_policy = "haidian-2016"
        return True
    monkeypatch.setattr(settings_dialog.FirstRunDialog, "ask", classmethod(answer_first_run))

    def close_when_asked(left=100):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not asked and left:
            QTimer.singleShot(50, lambda: close_when_asked(left - 1))
            return
        window = windows[0]
        seen.append(window.document.bundle)
        window.close()
    QTimer.singleShot(0, close_when_asked)
    assert app.main([]) == 0
    bundle, = seen
    assert len(asked) == 1 and Settings().first_run_done
    assert bundle.title == OFFICE["title"] and bundle.policy == "haidian-2016"
    assert bundle.forms[0].implementer == OFFICE["unit"] and bundle.forms[0].department == OFFICE["department"]


def test_later_starts_and_starts_with_a_file_ask_nothing(monkeypatch, example_copy):
    monkeypatch.setattr(app.sys, "excepthook", app.sys.excepthook)
    asked = []
    answer(monkeypatch, FirstRunDialog, True, calls=asked)
    for args, done in (([str(example_copy)], False), ([], True)):
        Settings().first_run_done = done
        QTimer.singleShot(300, lambda: [w.close() for w in QApplication.topLevelWidgets()
                                        if isinstance(w, MainWindow) and w.isVisible()])
        assert app.main(args) == 0
    assert asked == []


def test_a_blank_title_at_first_run_is_the_title_without_a_region(qtbot):
    dialog = FirstRunDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.ui.title.text() == "" and "朝阳区" in dialog.ui.title.placeholderText()
    dialog.accept()
    assert Settings().default_title == "项目支出绩效自评表"


def test_declining_the_first_run_keeps_the_defaults_and_says_where_to_find_them(make_window, monkeypatch):
    window = make_window()
    answer(monkeypatch, FirstRunDialog, False)
    window.files.first_run()
    assert window.settings.first_run_done
    assert "设置" in window.statusBar().currentMessage()
    assert window.document.bundle.title == "朝阳区项目支出绩效自评表"


def test_a_new_form_shows_what_is_missing_calmly_until_typed_into(make_window, qtbot):
    window = make_window()
    document = window.document
    analysis = document.analysis(0)
    assert analysis.calm and analysis.real_errors > 10 and analysis.errors == analysis.warnings == 0
    assert window.findings.ui.summary.text().startswith(f"新表，还有 {analysis.todo} 项待填写")
    assert {f.severity for f in window.findings.model.findings} == {"todo"}
    name = window.editor.header.ui.projectName
    assert name.property("finding") == "todo"
    assert window.navigator.model.index(0).data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("新表")
    assert document.total_errors() == analysis.real_errors     # printing still confirms them
    replace_text(qtbot, name, "社区服务项目")
    finish(qtbot, name)
    analysis = document.analysis(0)
    assert not analysis.calm and analysis.errors == analysis.real_errors > 0
    assert window.editor.header.ui.department.property("finding") == "error"
    assert window.findings.ui.summary.text().startswith("错误 ")
    document.undo()                                            # typed into once: stays checked as usual
    assert not document.analysis(0).calm


def test_an_added_form_is_calm_a_duplicated_one_is_not(window):
    window.ui.actionAddForm.trigger()
    added = window.navigator.current()
    assert window.document.analysis(added).calm
    window.ui.actionDuplicateForm.trigger()
    assert not window.document.analysis(window.navigator.current()).calm
    assert not window.document.analysis(0).calm                 # a form read from a file is checked as usual


def test_new_forms_take_the_offices_unit(make_window):
    settings = Settings()
    settings.set_form_defaults("主管局", "本单位")
    window = make_window()
    assert window.document.bundle.forms[0].implementer == "本单位"
    window.ui.actionAddForm.trigger()
    assert window.document.bundle.forms[1].department == "主管局"
