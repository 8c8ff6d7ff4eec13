"""The form's texts alone, for bench_start_floor: what laying out and drawing them costs with no widget at all.

    python -m bench.form_text_stage --list FILE OUT
    python -m bench.form_text_stage TEXTS {fonts,draw}

--list: open FILE in the editor and write, for each text the form editor shows at its first paint (labels, boxes,
buttons), the text (rich text as its plain text), its widget's width and font (JSON).
TEXTS fonts: a bare PySide6 window that first loads each of those fonts by drawing one line of Chinese and Latin
text into an image, then shows itself and says `painted` at its first paint (as bench/bare_window.py does).
TEXTS draw: the same, and also lays out and draws every text of TEXTS, wrapped at its widget's width, into the image.
The difference between the two is the least the form's content costs to put on screen, whatever draws it.
"""

import json
import sys


def list_texts(path: str, out: str) -> None:
    from PySide6.QtGui import Qt, QTextDocumentFragment  # QtGui's Qt namespace has mightBeRichText
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

    from zydesk.gui.startup_probe import open_and_paint

    readers = ((QLabel, QLabel.text), (QLineEdit, QLineEdit.text), (QPlainTextEdit, QPlainTextEdit.toPlainText),
               (QComboBox, QComboBox.currentText), (QAbstractButton, QAbstractButton.text))

    def write(window) -> None:
        try:
            _write(window)
        finally:   # an error above must end the process, not leave it waiting
            window.document.undo_stack.setClean()
            QApplication.quit()

    def _write(window) -> None:
        shown = []
        for widget in window.editor.findChildren(QWidget):
            text = next((read(widget) for kind, read in readers if isinstance(widget, kind)), "")
            if Qt.mightBeRichText(text):   # drawn as its plain text: a floor, not what a rich label costs
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            if widget.isVisible() and text:
                shown.append({"text": text, "width": widget.width(), "font": widget.font().toString()})
        with open(out, "w", encoding="utf-8") as file:
            json.dump(shown, file, ensure_ascii=False)

    open_and_paint([path], write)


def show(texts_file: str, draw: bool) -> int:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QImage, QPainter, QTextOption
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.bare_window import FirstPaint  # the anchor's own report of its paint

    with open(texts_file, encoding="utf-8") as file:
        texts = json.load(file)
    app = QApplication(sys.argv[:1])
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    fonts = {}
    for described in sorted({text["font"] for text in texts}):
        fonts[described] = QFont()
        fonts[described].fromString(described)
        painter.setFont(fonts[described])
        painter.drawText(0, 20, "项目支出绩效自评表 Ab 0123 万元")   # the font's files and engines loaded, not counted
    if draw:
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for number, text in enumerate(texts):
            painter.setFont(fonts[text["font"]])
            painter.drawText(QRectF(0, number * 22 % 1000, max(text["width"], 20), 200), text["text"], wrap)
    painter.end()
    window = QWidget()
    window.installEventFilter(FirstPaint(window))
    window.resize(1600, 1000)
    window.show()
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "--list":
        list_texts(sys.argv[2], sys.argv[3])
    else:
        sys.exit(show(sys.argv[1], sys.argv[2] == "draw"))
