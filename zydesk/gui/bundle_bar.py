"""The bar above the form for fields of the whole file: printed title, 年度, scoring policy, signatures."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..model.limits import quote
from ..rules.findings import Finding
from ..rules.policy import load_policy, policy_ids
from .bindings import Binding, ChoiceBinding
from .document import Document
from .forms.ui_bundle_bar import Ui_BundleBar
from .number_binding import NumberBinding
from .text_binding import TextBinding

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_year(text: str) -> int | None:
    """The 年度 as typed: blank, or whole digits (full-width allowed); the range is the checks' business."""
    text = text.translate(_FULL_WIDTH_DIGITS).strip().removesuffix("年").strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 4:
        raise ValueError(f"“{quote(text)}”不是年份（请填写四位数字，如 2021）")
    return int(text)


def year_text(year: int | None) -> str:
    return "" if year is None else str(year)


class BundleBar(QWidget):
    signaturesRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BundleBar()
        self.ui.setupUi(self)
        policies = [(pid, load_policy(pid).name) for pid in policy_ids()]
        self.bindings: dict[str, Binding] = {
            "title": TextBinding(self.ui.title),
            "year": NumberBinding(self.ui.year, parse_year, year_text),
            "policy": ChoiceBinding(self.ui.policy, policies),
        }
        self.ui.signatures.clicked.connect(self.signaturesRequested)

    def set_document(self, document: Document) -> None:
        for key, binding in self.bindings.items():
            binding.bind(document, key)

    def load(self, key: str) -> None:
        if key in self.bindings:
            self.bindings[key].load()

    def show_findings(self, by_path: dict[str, list[Finding]]) -> None:
        for key, binding in self.bindings.items():
            binding.set_findings(by_path.get(key, ()))

    def focus_chain(self) -> list[QWidget]:
        return [self.ui.title, self.ui.year, self.ui.policy]
