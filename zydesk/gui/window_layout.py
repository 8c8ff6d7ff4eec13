"""The window's size and its three panels: fitted to the screen on the first start, as left afterwards."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from .settings import Settings

SPLITTER_SIZES = (210, 1000, 250)
# Below this (1366, 1440, 1600 wide) the window fills the screen and the side panels start narrow.
SMALL_SCREEN_WIDTH = 1700


def set_up_panels(splitter: QSplitter) -> None:
    splitter.setSizes(list(SPLITTER_SIZES))
    splitter.setStretchFactor(1, 1)
    splitter.setCollapsible(1, False)   # the side panels may be dragged shut, the form never


def restore(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    geometry = settings.window_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        fit_first_start(window, splitter)
    state = settings.window_state()
    if state is not None:
        window.restoreState(state)
    panels = settings.splitter_state()
    if panels is not None:
        splitter.restoreState(panels)


def save(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.set_window_geometry(window.saveGeometry())
    settings.set_window_state(window.saveState())
    settings.set_splitter_state(splitter.saveState())


def fit_first_start(window: QMainWindow, splitter: QSplitter) -> None:
    # The designed 1400×900 does not fit a 1366×768 office laptop: never start larger than the screen.
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    small = available.width() < SMALL_SCREEN_WIDTH
    # A small laptop screen is all used: the indicator texts need every pixel of width.
    width = available.width() if small else min(window.width(), available.width() * 95 // 100)
    height = available.height() if small else min(window.height(), available.height() * 90 // 100)
    window.resize(width, height)
    window.move(available.topLeft() if small else available.center() - window.rect().center())
    if small:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    # The side panels give up room first: the indicator columns need it most.
    navigator = max(160, min(SPLITTER_SIZES[0], width * 13 // 100))
    findings = max(180, min(SPLITTER_SIZES[2], width * 15 // 100))
    splitter.setSizes([navigator, max(400, width - navigator - findings), findings])
