"""The settings dialog: defaults for new files, print options, recent files (load/save like Picard's pages)."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..rules.policy import load_policy, policy_ids
from .autosave import ENV_SECONDS, env_seconds
from .dialogs import FontFileDialog
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .settings import Settings

GENERIC_TITLE = "项目支出绩效自评表"  # the title without a region, when the office leaves it blank
_SIGNATURES = (("preparer", "preparer"), ("reviewer", "reviewer"), ("unit_head", "unitHead"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self._policies = policy_ids()
        self.ui.policy.addItems([load_policy(p).name for p in self._policies])
        self.ui.browseFont.clicked.connect(self._browse_font)
        self.ui.clearRecent.clicked.connect(self._clear_recent)
        self.accepted.connect(self.save)
        self.load()

    def load(self) -> None:
        s = self.settings
        self.ui.title.setText(s.default_title)
        defaults = s.form_defaults()
        self.ui.department.setText(defaults["department"])
        self.ui.unit.setText(defaults["implementer"])
        self.ui.policy.setCurrentIndex(self._policies.index(s.default_policy))
        names = s.signature_names()
        for key, widget in _SIGNATURES:
            getattr(self.ui, widget).setText(names[key])
        self.ui.fontFile.setText(str(s.font_file or ""))
        self.ui.rateDecimals.setCurrentIndex(1 if s.rate_decimals == 2 else 0)
        self.ui.printSignatures.setChecked(s.print_signatures)
        self.ui.autosaveMinutes.setValue(max(1, round(s.autosave_seconds / 60)))
        override = env_seconds()
        if override is not None:
            self.ui.autosaveNote.setText(f"{self.ui.autosaveNote.text()}\n当前由环境变量 {ENV_SECONDS} 设为每 "
                                         f"{override} 秒，此处的设置暂不生效。")
        self._show_recent()

    def save(self) -> None:
        s = self.settings
        s.default_title = self.ui.title.text()
        s.set_form_defaults(self.ui.department.text(), self.ui.unit.text())
        s.default_policy = self._policies[self.ui.policy.currentIndex()]
        s.set_signature_names({key: getattr(self.ui, widget).text() for key, widget in _SIGNATURES})
        font = self.ui.fontFile.text().strip()
        s.font_file = Path(font) if font else None
        s.rate_decimals = 2 if self.ui.rateDecimals.currentIndex() == 1 else 0
        s.print_signatures = self.ui.printSignatures.isChecked()
        s.autosave_seconds = self.ui.autosaveMinutes.value() * 60

    def _show_recent(self) -> None:
        count = len(self.settings.recent_files())
        self.ui.recentCount.setText(f"共 {count} 个" if count else "没有记录")
        self.ui.clearRecent.setEnabled(bool(count))

    def _browse_font(self) -> None:
        path = FontFileDialog.ask(self, self.ui.fontFile.text())
        if path is not None:
            self.ui.fontFile.setText(str(path))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._show_recent()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted


class FirstRunDialog(SettingsDialog):
    """The first start: only the office's defaults, with a welcome; the same fields stay in 设置 for later."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(settings, parent)
        self.setWindowTitle("欢迎使用 zydesk")
        self.ui.welcome.setVisible(True)
        self.ui.newGroup.setTitle("本单位")
        for group in (self.ui.printGroup, self.ui.autosaveGroup, self.ui.recentGroup):
            group.setVisible(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("开始使用")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("以后再说")
        if not settings.has_title():
            self.ui.title.clear()  # the placeholder shows an example; 朝阳区 is not every office's region
        self.ui.title.setFocus()

    def save(self) -> None:
        super().save()
        if not self.ui.title.text().strip():
            self.settings.default_title = GENERIC_TITLE
