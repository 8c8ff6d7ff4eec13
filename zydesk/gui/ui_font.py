"""Chinese text in the editor on a PC that has no Chinese font: the bundled one joins Qt's fonts."""

from PySide6.QtGui import QFontDatabase, QGuiApplication

from ..resources import bundled_font_paths


def ensure_chinese_font(app: QGuiApplication) -> str | None:
    """Adds the bundled font when no installed font writes Simplified Chinese; returns its family if added.

    Office PCs have SimSun or a distribution's CJK font, and the editor keeps the desktop's look with it.
    A PC without one (a minimal or English install) would show boxes instead of every label.
    """
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    family = None
    for path in bundled_font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        # The desktop's font stays first (Latin, digits); what it lacks comes from the bundled one.
        font = app.font()
        font.setFamilies([font.family(), family])
        app.setFont(font)
    return family
