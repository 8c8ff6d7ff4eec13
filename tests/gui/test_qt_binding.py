"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on CPython 3.11 did not, and aborted."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    changed = Signal(int)


def test_void_calls_and_emits_keep_none_and_true_alive(qapp):
    edit = QLineEdit()
    emitter = _Emitter()
    emitter.changed.connect(lambda _: None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20_000):  # the broken binding lost one reference per call and aborted after a few thousand
        edit.setText(str(i))
        emitter.changed.emit(i)
        edit.setReadOnly(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 100 and after[1] >= before[1] - 100
