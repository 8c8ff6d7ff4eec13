"""Work put off until the window's first paint: it waits for the paint, then runs in order; the tab chain with it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from zydesk.gui.after_paint import after_first_paint
from zydesk.gui.document import Document
from zydesk.gui.main_window import MainWindow
from zydesk.storage import load

from .conftest import EXAMPLE


def test_callbacks_wait_for_the_first_paint_and_run_in_order(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    after_first_paint(window, lambda: ran.append("first"))
    after_first_paint(window, lambda: ran.append("second"))
    QApplication.processEvents()
    assert ran == []  # not on screen: nothing yet
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=2000)
    assert ran == ["first", "second"]


def test_a_callback_given_after_a_hide_waits_for_the_next_showing(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    after_first_paint(window, lambda: ran.append("first"))
    window.show()
    qtbot.waitUntil(lambda: ran == ["first"], timeout=2000)
    window.hide()
    after_first_paint(window, lambda: ran.append("again"))
    QApplication.processEvents()
    assert ran == ["first"]
    window.show()
    qtbot.waitUntil(lambda: ran == ["first", "again"], timeout=2000)


def _chain_is_set(window: MainWindow) -> bool:
    """The form's fields are the chain the editor last set (in paper order)."""
    fields = [w for s in window.editor.sections for w in s.focus_chain()]
    return bool(fields) and window.editor._tab_chain._last == fields


def test_opening_sets_the_tab_chain_after_the_first_paint_and_tab_then_follows_the_paper(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document(load(EXAMPLE)))
    assert not _chain_is_set(window)  # opening: the chain waits for the window to be on screen
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: _chain_is_set(window), timeout=2000)

    chain = [w for s in window.editor.sections for w in s.focus_chain() if w.isEnabled()]
    chain[0].setFocus()
    for number, expected in enumerate(chain[1:], 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, (number, chain[number - 1].accessibleName())

    window.ui.navigator.select(1)  # on screen: another form's chain is set at once
    assert _chain_is_set(window)
    window.document.undo_stack.setClean()
    window.close()
