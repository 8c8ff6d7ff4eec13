"""Tests for zydesk/gui/findings_panel.py: the findings model and the panel's summary."""

from PySide6.QtCore import Qt

from zydesk.gui.findings_panel import PATH_ROLE, FindingsModel
from zydesk.rules.findings import Finding


def _findings():
    return [Finding("weights.total", "error", "forms[3]", "分值合计 110，应为 100"),
            Finding("weights.level1", "warning", "forms[3].indicators[4].weight", "效益指标分值合计 40，应为 30")]


def test_model_passes_qtmodeltester(qtmodeltester, qapp):
    model = FindingsModel()
    model.set_findings(_findings())
    qtmodeltester.check(model, force_py=True)
    model.set_findings([])
    qtmodeltester.check(model, force_py=True)


def test_rows_carry_message_severity_and_path(qapp):
    model = FindingsModel()
    model.set_findings(_findings())
    first = model.index(0, 0)
    assert first.data() == "分值合计 110，应为 100"
    assert first.data(PATH_ROLE) == "forms[3]"
    assert "错误（weights.total）" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("警告")


def test_panel_summarises_the_shown_form(window):
    window.navigator.select(0)
    assert window.findings.ui.summary.text() == "错误 0 处，警告 3 处"
    window.navigator.select(1)
    assert window.findings.ui.summary.text() == "没有发现问题。"
    assert window.findings.model.rowCount() == 0


def test_one_click_on_a_finding_puts_the_cursor_in_its_field(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.navigator.select(2)                       # 公共服务经费: execution.score_mismatch
    view = window.findings.ui.list
    rect = view.visualRect(window.findings.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QApplication.focusWidget() is window.editor.funds.ui.executionScore


def test_rows_wrap_to_the_width_and_font_of_the_list(qtbot):
    from zydesk.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.ui.list
    long = "第一行的三级指标得分填写不规范，按实际完成值与年度指标值计算建议得分，请核对后改正。" * 2
    panel.model.set_findings([Finding("x.long", "warning", "forms[0]", long), *_findings()])

    def first_row() -> int:
        return view.visualRect(panel.model.index(0, 0)).height()

    def heights_follow_the_view() -> bool:
        width = view.viewport().width()
        return all(view.visualRect(panel.model.index(row, 0)).height()
                   == panel.delegate.size(finding.message, width).height()
                   for row, finding in enumerate(panel.model.findings))

    qtbot.waitUntil(heights_follow_the_view)
    wide = first_row()
    panel.resize(200, 600)                       # a narrower list wraps the long message into more lines
    qtbot.waitUntil(lambda: first_row() > wide)
    qtbot.waitUntil(heights_follow_the_view)
    narrow = first_row()
    font = view.font()
    font.setPointSize(font.pointSize() + 4)
    view.setFont(font)                           # and so does a bigger font
    qtbot.waitUntil(lambda: first_row() > narrow)
    qtbot.waitUntil(heights_follow_the_view)


def test_a_list_that_will_scroll_is_measured_once_at_the_width_the_scroll_bar_leaves(qtbot, monkeypatch):
    from zydesk.gui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    many = [Finding("x.many", "warning", f"forms[0].indicators[{i}].score", f"指标{i}得分低于分值，请填写偏差原因分析")
            for i in range(200)]
    panel.model.set_findings(many)
    measured = []
    real = panel.model.measure_again
    monkeypatch.setattr(panel.model, "measure_again", lambda: (measured.append(1), real()))
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.ui.list
    qtbot.waitUntil(view.verticalScrollBar().isVisible)
    width = view.viewport().width()
    assert measured == [1]          # not once without the scroll bar and again with it
    assert all(view.visualRect(panel.model.index(row, 0)).height()
               == panel.delegate.size(finding.message, width).height()
               for row, finding in enumerate(panel.model.findings))
