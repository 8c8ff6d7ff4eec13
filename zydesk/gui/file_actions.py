"""File commands of the window: new, open, recent, save, save as, new year, and the save prompt on close."""

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .. import storage
from ..model import Signatures
from ..model.factory import new_bundle
from ..rules.policy import load_policy
from . import locking
from .dialogs import (
    BackupPrompt,
    ChangedOnDiskPrompt,
    Messages,
    OpenFileDialog,
    SaveChangesPrompt,
    SaveFailedPrompt,
    SaveFileDialog,
    YearDialog,
    with_bundle_suffix,
)
from .document import Document, empty_form
from .status_notes import ACCESS, SAVE

if TYPE_CHECKING:
    from .main_window import MainWindow


class FileController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    @property
    def document(self) -> Document | None:
        return self.window.document

    def _status(self, text: str, cause: str | None = None) -> None:
        self.window.notes.show(text, cause)

    def _folder(self) -> str:
        if self.document is not None and self.document.path is not None:
            return str(self.document.path.parent)
        recent = self.window.settings.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    # ---- new / open ---------------------------------------------------------------------------

    def new_document(self) -> Document:
        """A new file: the evaluated year is last year; one empty form with the policy's weights."""
        settings = self.window.settings
        bundle = new_bundle(datetime.date.today().year - 1, title=settings.default_title,
                            policy=settings.default_policy)
        bundle.signatures = Signatures(**settings.signature_names())
        bundle.forms.append(empty_form(load_policy(bundle.policy), settings.form_defaults()))
        document = Document(bundle)
        document.mark_untouched(bundle.forms[0])
        return document

    def first_run(self) -> None:
        """The office's title, unit, signatories and 评分规则, asked once; 设置 holds them for later."""
        from .settings_dialog import FirstRunDialog

        window = self.window
        window.settings.first_run_done = True
        if not FirstRunDialog.ask(window, window.settings):
            self._status("可以随时在“编辑 → 设置”中填写本单位的信息")
            return
        document = self.document
        if document is not None and document.path is None and document.origin is None \
                and document.recovered_from is None and not document.is_modified():
            window.set_document(self.new_document())   # the untouched new file, now with the office's defaults

    def new(self) -> None:
        if self.maybe_close():
            self.window.set_document(self.new_document())

    def open(self, path: Path | None = None) -> bool:
        if not self.maybe_close():
            return False
        if path is None:
            path = OpenFileDialog.ask(self.window, self._folder())
            if path is None:
                return False
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Open `path` in the window without asking about the current document; errors in a dialog.

        The lock comes first (who else has it open decides read-only), then the file is read.
        """
        access = locking.acquire(self.window, path, self.document)
        if access is None:
            return False
        try:
            bundle = storage.load(path)
        except storage.LoadError as exc:
            access.undo(self.document)
            return self._refused(path, exc.reason)
        document = Document(bundle, path)
        access.apply(document)
        self.window.set_document(document)
        self.window.settings.add_recent(path)
        if document.unwritable:
            self._status(f"已打开 {path}；{document.unwritable}，请用“另存为”保存到别处", ACCESS)
        else:
            self._status(access.note or (f"已只读打开 {path}" if document.read_only else f"已打开 {path}"),
                         ACCESS if document.read_only else None)
        return True

    def _refused(self, path: Path, reason: str) -> bool:
        """The core refused the file (damaged, too large, newer): say why; offer the backup beside it."""
        backup = storage.backup_path(path)
        if not backup.is_file():
            Messages.error(self.window, "无法打开文件", f"{path.name}：{reason}")
            if not path.exists():
                self.window.settings.remove_recent(path.resolve())
            return False
        when = datetime.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        if not BackupPrompt.ask(self.window, path.name, reason, backup.name, when):
            return False
        try:
            bundle = storage.load(backup)
        except storage.LoadError as exc:
            Messages.error(self.window, "无法打开备份", f"{backup.name}：{exc.reason}")
            return False
        # The backup opens as an unsaved document of its own, not attached to the refused file: saving must
        # never overwrite a refused file behind the user's back (FILE-FORMAT.md), which may be a newer
        # program's file or evidence of what went wrong; and the backup itself stays as it is. The title
        # names where it came from, it is marked modified, and Save suggests a new name beside the original.
        document = Document(bundle)
        document.origin = path
        document.mark_unsaved()
        self.window.set_document(document)
        self._status(f"已打开备份 {backup.name}；原文件未改动，请核对后用“另存为”保存", SAVE)
        return True

    def show_restored(self, document: Document, note: str) -> None:
        """A document restored from a recovery copy after a crash (see restore.py)."""
        self.window.set_document(document)
        if document.path is not None:
            self.window.settings.add_recent(document.path)
        self._status(note)

    def fill_recent_menu(self) -> None:
        menu = self.window.ui.menuRecent
        menu.clear()
        files = self.window.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        if not files:
            menu.addAction("（没有记录）").setEnabled(False)

    # ---- save ---------------------------------------------------------------------------------

    def save(self) -> bool:
        document = self.document
        if document is None:
            return False
        document.flush()
        if document.path is None:
            return self.save_as()
        if document.changed_on_disk():
            # Two editors on one file (the lock's "仍要编辑"): the last writer must not win silently.
            answer = ChangedOnDiskPrompt.ask(self.window, document.path.name)
            if answer == ChangedOnDiskPrompt.SAVE_AS:
                return self.save_as()
            if answer != ChangedOnDiskPrompt.OVERWRITE:
                return False
        return self._write(document.path)

    def save_as(self) -> bool:
        document = self.document
        if document is None:
            return False
        document.flush()
        bundle = document.bundle
        suggested = document.path or Path(self._folder()) / f"{bundle.year or ''}年{bundle.title}.zyd.json"
        if document.origin is not None:
            suggested = document.origin.with_name(f"{_stem(document.origin)}（从备份恢复）.zyd.json")
        path = SaveFileDialog.ask(self.window, str(suggested))
        if path is None:
            return False
        return self._write(with_bundle_suffix(path))

    def _write(self, path: Path) -> bool:
        """Save to `path` after the lock check; on any failure the document stays open and modified."""
        document = self.document
        assert document is not None
        allowed, new_lock = locking.lock_for_save(self.window, document, path)
        if not allowed:
            return False
        moved = not locking.same_file(document.path, path)
        try:
            document.save(path)
        except storage.SaveError as exc:
            if new_lock is not None:
                new_lock.release()
            # The document stays as it is; another folder is the way out, so offer it right here.
            if SaveFailedPrompt.ask(self.window, path.name, exc.reason):
                return self.save_as()
            return False
        if moved or new_lock is not None:
            document.take_lock(new_lock)   # the old file's lock goes; the new file's is held
        self.window.settings.add_recent(path)
        self._status(f"已保存 {path}")
        return True

    def maybe_close(self) -> bool:
        """True when the current document may go: unmodified, saved, or the user discards it."""
        document = self.document
        if document is None:
            return True
        document.flush()
        if not document.is_modified():
            return True
        answer = SaveChangesPrompt.ask(self.window, document.display_name())
        if answer == SaveChangesPrompt.SAVE:
            return self.save()
        return answer == SaveChangesPrompt.DISCARD

    # ---- new year -----------------------------------------------------------------------------

    def new_year(self) -> None:
        """Roll over to next year's bundle and save it as a new file (never over an existing one)."""
        document = self.document
        if document is None:
            return
        document.flush()
        bundle = document.bundle
        year = YearDialog.ask(self.window, (bundle.year or datetime.date.today().year - 1) + 1)
        if year is None:
            return
        from ..model.rollover import roll_over  # a yearly command: not loaded at every start

        rolled = roll_over(bundle, year)
        path = SaveFileDialog.ask(self.window, str(self._new_year_name(year)), "保存新年度文件",
                                   confirm_overwrite=False)
        if path is None:
            return
        path = with_bundle_suffix(path)
        if path.exists():
            Messages.error(self.window, "文件已存在",
                           f"{path.name} 已存在。新年度文件不会覆盖已有的文件，请换一个文件名。")
            return
        try:
            storage.save(rolled, path)
        except storage.SaveError as exc:
            Messages.error(self.window, "保存失败", f"{path.name}：{exc.reason}")
            return
        self.window.settings.add_recent(path)
        if self.maybe_close():
            self.load(path)
            loaded = self.window.document
            stale = sum(1 for i in range(len(loaded.bundle.forms)) for f in loaded.analysis(i).findings
                        if f.code == "indicator.stale_year") if loaded is not None else 0
            note = f"；{stale} 个年度指标值还写着往年的日期，请更新（见检查结果）" if stale else ""
            self._status(f"已生成 {year} 年度文件 {path.name}：金额、完成值、得分和签字已清空，请逐项填写{note}")
        else:
            self._status(f"已生成 {year} 年度文件 {path}")

    def _new_year_name(self, year: int) -> Path:
        document = self.document
        assert document is not None
        old = document.bundle.year
        folder = Path(self._folder())
        if document.path is not None and old is not None and str(old) in document.path.name:
            return folder / document.path.name.replace(str(old), str(year))
        return folder / f"{year}年{document.bundle.title}.zyd.json"


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".zyd.json", ".json"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
