"""Finding a form: the filter box (name, department, unit), only forms with errors, type-ahead on names."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import compose, replace_text, type_text


def _listed(window):
    proxy = window.navigator.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_typing_in_the_box_lists_matching_forms_by_name_department_or_unit(window, qtbot):
    box = window.navigator.filter.search
    qtbot.keyClick(window.editor.header.ui.projectName, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is box                   # Ctrl+F
    type_text(qtbot, box, "疫情")
    # Form 4 matches; form 1 is the one being edited and stays listed while it is.
    assert [n[:2] for n in _listed(window)] == ["1.", "4."]
    replace_text(qtbot, box, "住建委")                          # 主管部门 of form 1 only
    assert [n[:2] for n in _listed(window)] == ["1."]
    box.clear()
    assert len(_listed(window)) == 4


def test_choosing_a_filtered_form_shows_it(window, qtbot):
    box = window.navigator.filter.search
    replace_text(qtbot, box, "公共服务")
    view = window.navigator.ui.list
    index = next(window.navigator.proxy.index(r, 0) for r in range(window.navigator.proxy.rowCount())
                 if window.navigator.proxy.index(r, 0).data().startswith("3."))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.editor.index == 2
    assert window.navigator.current() == 2
    box.clear()
    assert window.navigator.current() == 2


def test_only_forms_with_errors(window, qtbot):
    window.navigator.select(1)
    window.navigator.filter.errors.setChecked(True)
    # Form 4 has errors; form 2 is the one being edited, so it stays; 1 and 3 have warnings only.
    assert [n[:2] for n in _listed(window)] == ["2.", "4."]
    window.navigator.select(3)
    assert [n[:2] for n in _listed(window)] == ["4."]


def test_a_form_chosen_elsewhere_is_listed_while_it_is_shown(window, qtbot):
    replace_text(qtbot, window.navigator.filter.search, "疫情")
    window.navigator.select(3)
    window.navigator.select(1)                                   # e.g. a finding or undo needs form 2
    assert window.editor.index == 1
    assert [n[:2] for n in _listed(window)] == ["2.", "4."]


def test_type_ahead_on_names_in_the_list(window, qtbot):
    view = window.navigator.ui.list
    view.setFocus()
    compose(view, "公共")
    assert window.navigator.current() == 2
    qtbot.wait(1100)
    compose(view, "民生")
    assert window.navigator.current() == 1
