"""What every section of the form editor offers: its bindings by field key, binding to a form, refreshing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ..bindings import Binding
from ..document import Document


class Section:
    """Mixin for a section widget; `bindings` maps a field key relative to the form to its binding."""

    bindings: dict[str, Binding]

    def bind(self, document: Document, index: int) -> None:
        for key, binding in self.bindings.items():
            binding.bind(document, f"forms[{index}].{key}" if key else f"forms[{index}]")

    def refresh(self, document: Document, index: int) -> None:
        """Update computed displays from the document's analysis of the form."""

    def focus_chain(self) -> list[QWidget]:
        return [b.widget for b in self.bindings.values() if b.widget.focusPolicy() != Qt.FocusPolicy.NoFocus]
