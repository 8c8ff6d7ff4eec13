"""Typed entries a field refused (`abc`, `1e3`): kept on screen and listed as findings until fixed or dropped."""

from typing import NamedTuple

from ..model.edits import form_index
from ..rules.findings import Finding

CODE = "input.unreadable"


class Refusal(NamedTuple):
    """Immutable, compared by value; not a frozen dataclass, which compiles the source of six methods at each start."""

    text: str      # what the user typed, shown again when the field is shown again
    reason: str    # why it cannot be read (NumberError's message)
    label: str     # the field's name, for the finding


class Unreadable:
    """The refused entries of a document by field path; the model never holds them."""

    def __init__(self) -> None:
        self._by_path: dict[str, Refusal] = {}

    def get(self, path: str) -> Refusal | None:
        return self._by_path.get(path)

    def set(self, path: str, refusal: Refusal | None) -> bool:
        """Record or drop the refusal at `path`; True when something changed."""
        if refusal is None:
            return self._by_path.pop(path, None) is not None
        if self._by_path.get(path) == refusal:
            return False
        self._by_path[path] = refusal
        return True

    def drop_under(self, prefix: str) -> None:
        for path in [p for p in self._by_path if p.startswith((prefix + ".", prefix + "["))]:
            del self._by_path[path]

    def findings(self, form: int) -> list[Finding]:
        """Errors for the entries of form `form` and of the bundle's own fields (the year), shown with every form."""
        return [Finding(CODE, "error", path, f"{refusal.label}：{refusal.reason}，未采用（改正，或按 Esc 恢复原值）")
                for path, refusal in self._by_path.items() if form_index(path) in (None, form)]
