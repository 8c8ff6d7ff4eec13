"""Menus the window gains from its parts: 指标 (the row commands and their keys) and 帮助 → 使用说明."""

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


def install_menus(window: "MainWindow") -> None:
    ui = window.ui
    menu = QMenu("指标(&I)", window)
    menu.setObjectName("menuIndicators")
    actions = window.editor.indicators.actions
    for action in actions.all():
        if action is actions.adopt_row:
            menu.addSeparator()
        menu.addAction(action)
    ui.menubar.insertMenu(ui.menuHelp.menuAction(), menu)
    guide = QAction("使用说明(&G)", window)
    guide.setObjectName("actionGuide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: _show_guide(window))
    ui.menuHelp.insertAction(ui.actionAbout, guide)
    window.actionGuide = guide


def _show_guide(window: "MainWindow") -> None:
    from .guide import GuideDialog

    GuideDialog.ask(window)
