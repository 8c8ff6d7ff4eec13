"""`zydesk [FILE]`: the QApplication in Chinese, the main window, and the file from the command line."""

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..startup import loaded
from .icons import icon
from .input_method import prepare_input_method
from .qt_strings import MissingQtStrings
from .ui_font import ensure_chinese_font

APP_NAME = "zydesk"


def install_translations(app: QApplication) -> None:
    """Qt's own texts (buttons, file and print dialogs) in Simplified Chinese."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Installed first, so asked last: Qt asks the most recently installed translator first.
    app.installTranslator(MissingQtStrings(app))
    for name in ("qtbase_zh_CN",):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def _show_unexpected(kind, value, tb) -> None:
    # A bug must not end in a bare traceback on an office PC: say so in a dialog, keep the trace on stderr.
    traceback.print_exception(kind, value, tb)
    from ..crashlog import write_crash_log
    from ..model.limits import quote
    from .dialogs import Messages

    log = write_crash_log(value.with_traceback(tb), sys.argv[1:])
    where = f"\n\n详情已写入 {log}" if log is not None else ""
    Messages.error(None, "程序错误",
                   f"发生了意外错误，请保存文件后重新启动程序。\n\n{kind.__name__}: {quote(str(value), 200)}{where}")


def create_app(argv: list[str]) -> QApplication:
    if QApplication.instance() is None:
        prepare_input_method()  # Qt reads the input-method variables once, when the application starts
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("zydesk 绩效自评表")
    app.setWindowIcon(icon("zydesk"))
    app.setDesktopFileName("zydesk")  # Wayland/X11 desktops match the window to zydesk.desktop's icon
    install_translations(app)
    ensure_chinese_font(app)
    return app


def open_windows(args: list[str], recover: bool = True) -> list:
    """The windows of a start: FILE (or a new bundle when there is none, or it cannot be read), and the work a
    crash left unsaved when the user restores it (offered first; one window per restored document)."""
    from .locking import same_file
    from .main_window import MainWindow
    from .restore import restore_at_start

    restored = restore_at_start(None) if recover else []
    window = MainWindow()
    files = [a for a in args if not a.startswith("-")]
    target = Path(files[0]) if files else None
    matching = [i for i, (document, _) in enumerate(restored) if same_file(document.path, target)]
    if matching:
        # FILE's unsaved work was just restored: that is the FILE to show (not opened a second time).
        window.files.show_restored(*restored.pop(matching[0]))
    elif target is None or not window.files.load(target):
        if restored:
            window.files.show_restored(*restored.pop(0))
        else:
            window.set_document(window.files.new_document())
    windows = [window]
    for document, note in restored:
        windows.append(MainWindow())
        windows[-1].files.show_restored(document, note)
    return windows


def open_window(args: list[str]):
    """The main window with FILE, without offering recovery copies (self-test, screenshots)."""
    return open_windows(args, recover=False)[0]


def main(args: list[str]) -> int:
    app = create_app(args)
    sys.excepthook = _show_unexpected
    windows = open_windows(args)
    loaded()
    for window in reversed(windows):
        window.show()
        window.editor.focus_first()
    started_new = not [a for a in args if not a.startswith("-")] and windows[0].document.path is None
    if started_new and not windows[0].settings.first_run_done:
        # The first start without a file: ask for the office's defaults once the window is on screen.
        QTimer.singleShot(0, windows[0].files.first_run)
    # Once the window exists on screen: to the front (also when started from a file association).
    QTimer.singleShot(0, windows[0].activateWindow)
    return app.exec()
