"""Room for the indicator texts: narrow side panels remembered, a sticky heading, headings broken at sensible places."""

from PySide6.QtCore import QPoint

from zydesk.gui.editor.columns import Heading, label_forms
from zydesk.gui.main_window import MainWindow
from zydesk.gui.settings import Settings


def test_the_side_panels_keep_the_width_the_user_gave_them(make_window, example_copy, qtbot):
    window = make_window(example_copy)
    sizes = window.ui.splitter.sizes()
    window.ui.splitter.setSizes([150, sum(sizes) - 150, 0])              # findings dragged narrow
    wanted = window.ui.splitter.sizes()
    window.close()
    again = MainWindow(Settings())
    again.resize(window.size())
    again.show()
    qtbot.waitExposed(again)
    assert wanted != sizes
    assert again.ui.splitter.sizes() == wanted
    assert not again.ui.splitter.isCollapsible(1)
    again.close()


def test_the_indicator_heading_stays_visible_while_rows_scroll(window, qtbot):
    editor = window.editor
    sticky = editor.sticky.copy
    editor.verticalScrollBar().setValue(0)
    assert not sticky.isVisible()
    row = editor.indicators.rows[8]                                       # deep in 成本指标
    editor.verticalScrollBar().setValue(row.mapTo(editor.widget(), QPoint(0, 0)).y() - 100)
    qtbot.waitUntil(sticky.isVisible)
    assert sticky.y() == 0 and sticky.width() == editor.indicators.heading.width()
    original = editor.indicators.heading.mapTo(editor.viewport(), QPoint(0, 0))
    assert original.y() < 0 and sticky.x() == original.x()                  # columns line up
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    assert not sticky.isVisible() or editor.indicators.mapTo(editor.viewport(), QPoint(0, 0)).y() < 0


def test_headings_break_only_where_the_words_allow(qapp):
    label = Heading(("偏差原因分析及改进措施", "偏差原因分析\n及改进措施", "偏差原因\n分析及\n改进措施"))
    label.show()
    width = label.fontMetrics().horizontalAdvance
    label.resize(width("偏差原因分析及改进措施") + 2, 60)
    assert label.text() == "偏差原因分析及改进措施"
    label.resize(width("偏差原因分析") + 2, 60)
    assert label.text() == "偏差原因分析\n及改进措施"
    label.resize(width("偏差原因") + 2, 60)
    assert label.text() == "偏差原因\n分析及\n改进措施"
    assert label_forms("可持续影响指标")[1] == "可持续影响\n指标"
    assert label_forms("数量指标") == ("数量指标",)
