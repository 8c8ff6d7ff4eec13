"""Tests for zydesk/gui/qt_strings.py: Qt's own file dialog reads wholly Chinese; other texts are left alone."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from zydesk.gui.app import install_translations


def test_the_qt_file_dialog_has_no_english_label(qtbot):
    install_translations(QApplication.instance())
    dialog = QFileDialog(None, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Linux desktops without a theme get
    dialog.setNameFilters(["zydesk 文件 (*.zyd.json *.json)", "所有文件 (*)"])
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    # Qt 6.11 has the renamed texts with mnemonics (查找范围(&L)：, ours); Qt 6.9's own catalogue says 查找范围：.
    assert any(text.startswith("查找范围") for text in labels) and any(text.startswith("文件类型") for text in labels)
    assert "文件名称(&N)：" in labels
    assert [text for text in labels if text.replace("&", "").rstrip(":").isascii()] == []


def test_texts_no_catalogue_knows_stay_as_written(qapp):
    install_translations(QApplication.instance())
    assert QCoreApplication.translate("MainWindow", "新建(&N)") == "新建(&N)"
    assert QCoreApplication.translate("Nowhere", "zydesk") == "zydesk"
    assert QCoreApplication.translate("QFileDialog", "Detail View") == "详情视图"   # qtbase's own answer wins
