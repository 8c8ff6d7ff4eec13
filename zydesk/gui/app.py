"""`zydesk [FILE]`: the QApplication in Chinese, the main window, and the file from the command line."""

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__

APP_NAME = "zydesk"


def install_translations(app: QApplication) -> None:
    """Qt's own texts (buttons, file and print dialogs) in Simplified Chinese."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN",):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def _show_unexpected(kind, value, tb) -> None:
    # A bug must not end in a bare traceback on an office PC: say so in a dialog, keep the trace on stderr.
    traceback.print_exception(kind, value, tb)
    from .dialogs import Messages

    Messages.error(None, "程序错误", f"发生了意外错误，请保存文件后重新启动程序。\n\n{kind.__name__}: {value}")


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("zydesk 绩效自评表")
    install_translations(app)
    return app


def open_window(args: list[str]):
    """The main window with FILE (or a new bundle when there is none, or it cannot be read)."""
    from .main_window import MainWindow

    window = MainWindow()
    files = [a for a in args if not a.startswith("-")]
    if not files or not window.files.load(Path(files[0])):
        window.set_document(window.files.new_document())
    return window


def main(args: list[str]) -> int:
    app = create_app(args)
    sys.excepthook = _show_unexpected
    window = open_window(args)
    window.show()
    window.editor.focus_first()
    # Once the window exists on screen: to the front (also when started from a file association).
    QTimer.singleShot(0, window.activateWindow)
    return app.exec()
