"""User preferences kept in QSettings (UI only; never anything that changes a file's meaning)."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..model import DEFAULT_POLICY, DEFAULT_TITLE
from ..rules.policy import policy_ids

MAX_RECENT = 8
SIGNATURE_KEYS = ("preparer", "reviewer", "unit_head")
DEFAULT_AUTOSAVE_SECONDS = 60
AUTOSAVE_RANGE_SECONDS = (60, 3600)  # the dialog offers whole minutes; the environment variable goes lower


class Settings:
    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "zydesk", "zydesk")

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    # ---- new bundles ------------------------------------------------------------------------

    @property
    def default_title(self) -> str:
        return self._str("new/title") or DEFAULT_TITLE

    @default_title.setter
    def default_title(self, value: str) -> None:
        self.store.setValue("new/title", value.strip())

    def has_title(self) -> bool:
        return bool(self._str("new/title"))

    @property
    def default_policy(self) -> str:
        chosen = self._str("new/policy")
        return chosen if chosen in policy_ids() else DEFAULT_POLICY

    @default_policy.setter
    def default_policy(self, value: str) -> None:
        self.store.setValue("new/policy", value)

    def form_defaults(self) -> dict[str, str]:
        """Header fields every new form of this office starts with."""
        return {"department": self._str("new/department"), "implementer": self._str("new/unit")}

    def set_form_defaults(self, department: str, unit: str) -> None:
        self.store.setValue("new/department", department.strip())
        self.store.setValue("new/unit", unit.strip())

    @property
    def first_run_done(self) -> bool:
        """The first-run step (the office's title, unit, signatories, 评分规则) was shown once."""
        return self._str("first_run/done") == "true"

    @first_run_done.setter
    def first_run_done(self, value: bool) -> None:
        self.store.setValue("first_run/done", "true" if value else "false")

    def signature_names(self) -> dict[str, str]:
        return {key: self._str(f"new/{key}") for key in SIGNATURE_KEYS}

    def set_signature_names(self, names: dict[str, str]) -> None:
        for key in SIGNATURE_KEYS:
            self.store.setValue(f"new/{key}", names.get(key, "").strip())

    # ---- printing ---------------------------------------------------------------------------

    @property
    def font_file(self) -> Path | None:
        text = self._str("print/font_file")
        return Path(text) if text else None

    @font_file.setter
    def font_file(self, value: Path | None) -> None:
        self.store.setValue("print/font_file", str(value) if value else "")

    @property
    def rate_decimals(self) -> int:
        return 2 if self._str("print/rate_decimals", "0") == "2" else 0

    @rate_decimals.setter
    def rate_decimals(self, value: int) -> None:
        self.store.setValue("print/rate_decimals", "2" if value == 2 else "0")

    @property
    def print_signatures(self) -> bool:
        return self._str("print/signatures", "true") != "false"

    @print_signatures.setter
    def print_signatures(self, value: bool) -> None:
        self.store.setValue("print/signatures", "true" if value else "false")

    # ---- autosave ---------------------------------------------------------------------------

    @property
    def autosave_seconds(self) -> int:
        """How often unsaved work goes to the recovery copy (ZYDESK_AUTOSAVE_SECONDS overrides it)."""
        text = self._str("autosave/seconds", str(DEFAULT_AUTOSAVE_SECONDS))
        low, high = AUTOSAVE_RANGE_SECONDS
        return min(max(int(text), low), high) if text.isdigit() else DEFAULT_AUTOSAVE_SECONDS

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        low, high = AUTOSAVE_RANGE_SECONDS
        self.store.setValue("autosave/seconds", str(min(max(int(value), low), high)))

    # ---- recent files and the window --------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self.store.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [p for p in self.recent_files() if p != path]
        self.store.setValue("recent/files", [str(p) for p in [path, *files][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self.store.setValue("recent/files", [str(p) for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self.store.setValue("recent/files", [])

    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, state: QByteArray) -> None:
        self.store.setValue("window/state", state)
