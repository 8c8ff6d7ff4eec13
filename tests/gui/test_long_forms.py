"""A long form: its first rows before the first paint, the rest in batches after it; fields, marks and Tab
order as if every row had been made at once; a row still missing is made when something needs it."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from conftest import bundle_of, clean_form
from zydesk.gui.document import Document
from zydesk.gui.editor.indicator_row import FIELDS
from zydesk.gui.editor.row_batches import FIRST_ROWS
from zydesk.gui.main_window import MainWindow
from zydesk.gui.tab_order import TabChain, chain_tab_order
from zydesk.model import CATEGORIES, Indicator

from .conftest import finish, replace_text

ROWS = 64
LATE = 61  # an indicator whose row is made after the first paint
WAIT_MS = 60_000  # a loaded machine is slow; waiting ends as soon as the rows are there


def long_form(rows: int = ROWS, seed: int = 0):
    form = clean_form(id=f"00000000-0000-0000-0000-{seed:012d}")
    form.indicators = [
        Indicator(category=CATEGORIES[i % len(CATEGORIES)].code, name=f"第{i}项", target=f"{i} 个",
                  actual=f"{i} 个", weight=Decimal("1"), score=Decimal("1"))
        for i in range(rows)
    ]
    if rows > LATE:
        form.indicators[LATE].name = ""  # weighted but unnamed: an error on its name field
    return form


def open_window(qtbot, bundle, show: bool = True) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document(bundle))
    if show:
        show_window(qtbot, window)
    return window


def show_window(qtbot, window: MainWindow) -> None:
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys go to the focus widget of the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


def test_first_rows_before_the_paint_then_every_row_bound_marked_and_in_tab_order(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document(bundle_of(long_form())))
    section = window.editor.indicators
    assert len(section.rows) == FIRST_ROWS and section.missing() == ROWS - FIRST_ROWS
    show_window(qtbot, window)
    qtbot.waitUntil(lambda: not section.missing(), timeout=WAIT_MS)

    assert [row.index for row in section.rows] == list(range(ROWS))
    for row in section.rows:
        assert row.name.toPlainText() == window.document.bundle.forms[0].indicators[row.index].name
    registry = window.editor.registry
    assert all(f"indicators[{i}].{key}" in registry for i in range(ROWS) for key in FIELDS)
    assert section.rows[LATE].name.property("finding") == "error"

    # Tab walks every row in paper order (groups top to bottom), then on to the totals; a quantitative row's
    # tier box is disabled and skipped.
    chain = [w for s in window.editor.sections for w in s.focus_chain() if w.isEnabled()]
    chain[0].setFocus()
    for number, expected in enumerate(chain[1:], 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, (number, chain[number - 1].accessibleName())
    close(window)


def test_going_to_a_row_not_made_yet_makes_it(qtbot):
    window = open_window(qtbot, bundle_of(long_form()), show=False)
    assert window.editor.indicators.missing()
    window.reveal(f"forms[0].indicators[{LATE}].deviation")
    section = window.editor.indicators
    assert not section.missing()
    assert window.editor.registry[f"indicators[{LATE}].deviation"].widget is section.rows[LATE].deviation
    close(window)


def test_typing_in_a_late_row_edits_that_indicator(qtbot):
    window = open_window(qtbot, bundle_of(long_form()))
    section = window.editor.indicators
    qtbot.waitUntil(lambda: not section.missing(), timeout=WAIT_MS)
    box = section.rows[LATE].name
    replace_text(qtbot, box, "补名")
    finish(qtbot, box)
    assert window.document.bundle.forms[0].indicators[LATE].name == "补名"
    assert section.rows[LATE].name.property("finding") == ""
    close(window)


def test_switching_forms_while_rows_are_still_being_made(qtbot):
    window = open_window(qtbot, bundle_of(long_form(ROWS, 0), long_form(ROWS - 10, 1), clean_form()))
    window.navigator.select(1)
    window.navigator.select(2)
    window.navigator.select(1)
    section = window.editor.indicators
    qtbot.waitUntil(lambda: not section.missing(), timeout=WAIT_MS)
    assert [row.index for row in section.rows] == list(range(ROWS - 10))
    assert section.rows[-1].name.toPlainText() == window.document.bundle.forms[1].indicators[-1].name
    close(window)


def test_chain_tab_order_moves_only_what_is_out_of_order(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    boxes = [QLineEdit(parent) for _ in range(30)]
    wanted = boxes[10:20] + boxes[:10] + boxes[20:]  # made in another order than Tab should follow
    assert 0 < chain_tab_order(wanted) < len(wanted) - 1
    assert chain_tab_order(wanted) == 0   # now in order: nothing to move
    parent.show()
    qtbot.waitExposed(parent)
    parent.activateWindow()
    qtbot.waitUntil(parent.isActiveWindow, timeout=2000)
    wanted[0].setFocus()
    for expected in wanted[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    chain = TabChain()
    assert chain.apply(boxes) > 0 and chain.apply(boxes) == 0


def test_a_long_form_after_an_import_report_was_shown(qtbot):
    # The tab order of late rows once reached into the dock's tree header, and Qt crashed in its delayed update.
    window = MainWindow()
    qtbot.addWidget(window)
    window.workbooks.report.show()
    window.set_document(Document(bundle_of(long_form())))
    show_window(qtbot, window)
    qtbot.waitUntil(lambda: not window.editor.indicators.missing(), timeout=WAIT_MS)
    assert len(window.editor.indicators.rows) == ROWS
    close(window)
