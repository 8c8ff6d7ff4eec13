"""Qt's own texts that its Chinese translation (qtbase_zh_CN.qm) lacks in Qt 6, such as the file dialog's labels."""

from PySide6.QtCore import QTranslator

# Qt 6 renamed these source texts (mnemonics added); the shipped zh_CN catalogue still has the old ones.
MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class MissingQtStrings(QTranslator):
    """Asked last (installed first): answers only what no other catalogue knows; None lets the source text stand."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return MISSING.get((context, source_text))

    def isEmpty(self) -> bool:
        return False
