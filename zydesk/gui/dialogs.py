"""Every question the program asks, behind small `ask()` classmethods so tests replace them and never block."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QPushButton

# Boxes and file dialogs are named through the module when shown: PySide6 builds a class, with every enum it has,
# when it is first named, and a start shows none of them.

BUNDLE_FILTER = "zydesk 文件 (*.zyd.json *.json);;所有文件 (*)"
PDF_FILTER = "PDF 文件 (*.pdf)"
FONT_FILTER = "TrueType 字体 (*.ttf *.ttc);;所有文件 (*)"
BUNDLE_SUFFIX = ".zyd.json"


def _choose(box: "QMessageBox", choices: "tuple[tuple[str, QMessageBox.ButtonRole, str], ...]", default: str,
            cancel: str) -> str:
    """Ask with one button per choice plus 取消 (also Esc); the answer of the button clicked."""
    answers = {}
    for text, role, answer in choices:
        button = box.addButton(text, role)
        answers[button] = answer
        if answer == default:
            box.setDefaultButton(button)
    box.setEscapeButton(box.addButton("取消", QtWidgets.QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return answers.get(box.clickedButton(), cancel)


class SaveChangesPrompt:
    """Save / discard / cancel before the document is closed or replaced."""

    SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "保存修改", f"“{name}”已修改，是否保存？",
                                    parent=parent)
        box.setInformativeText("不保存，本次的修改将会丢失。")
        return _choose(box, (("保存", QtWidgets.QMessageBox.ButtonRole.AcceptRole, cls.SAVE),
                             ("不保存", QtWidgets.QMessageBox.ButtonRole.DestructiveRole, cls.DISCARD)),
                       cls.SAVE, cls.CANCEL)


class ChangedOnDiskPrompt:
    """The file was saved by someone else since it was opened here: overwrite it, save as, or cancel."""

    OVERWRITE, SAVE_AS, CANCEL = "overwrite", "save_as", "cancel"

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "文件已被修改",
                          f"“{name}”在您打开之后已被其他人或其他程序保存过。", parent=parent)
        box.setInformativeText("覆盖：用您的内容替换对方保存的内容（对方的修改将丢失，旧文件留作 .bak 备份）。\n"
                               "另存为：保存为另一个文件，两份内容都保留。")
        return _choose(box, (("覆盖", QtWidgets.QMessageBox.ButtonRole.DestructiveRole, cls.OVERWRITE),
                             ("另存为…", QtWidgets.QMessageBox.ButtonRole.AcceptRole, cls.SAVE_AS)),
                       cls.SAVE_AS, cls.CANCEL)


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: str = "") -> Path | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, "打开", directory, BUNDLE_FILTER)
        return Path(path) if path else None


class SaveFileDialog:
    """A target file name; refusing to overwrite is up to the caller (the dialog itself asks)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str, title: str = "另存为",
            file_filter: str = BUNDLE_FILTER, confirm_overwrite: bool = True) -> Path | None:
        option = QtWidgets.QFileDialog.Option
        options = option(0) if confirm_overwrite else option.DontConfirmOverwrite
        path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, suggested, file_filter, options=options)
        return Path(path) if path else None


class FontFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str = "") -> Path | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, "选择打印字体", current, FONT_FILTER)
        return Path(path) if path else None


class YearDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, year: int) -> int | None:
        value, ok = QtWidgets.QInputDialog.getInt(parent, "生成新年度", "新年度：", year, 2000, 2100)
        return value if ok else None


class PrintConfirm:
    """Printing a bundle that still has errors is allowed, after the user has seen how many."""

    @classmethod
    def ask(cls, parent: QWidget | None, errors: int, forms: list[int]) -> bool:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "仍有错误",
                          f"要打印的表中还有 {errors} 处错误（{forms_text(forms)}）。", parent=parent)
        box.setInformativeText("错误不会阻止打印，但请确认后再提交。仍要继续吗？")
        go = box.addButton("仍然继续", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton("取消", QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go


class SaveFailedPrompt:
    """A save that did not happen (read-only folder, full disk, network gone): save elsewhere, or not now."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, reason: str) -> bool:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "保存失败", f"{name}：{reason}", parent=parent)
        box.setInformativeText("您的修改仍在程序中，没有丢失。可以用“另存为”保存到另一个文件夹（如“文档”或 U 盘）。")
        save_as = box.addButton("另存为…", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton("暂不保存", QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is save_as


class BackupPrompt:
    """A file that cannot be opened, with a backup beside it: open the backup instead?"""

    @classmethod
    def box(cls, parent: QWidget | None, name: str, reason: str, backup_name: str,
            backup_time: str) -> "tuple[QMessageBox, QPushButton]":
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "无法打开文件", f"{name}：{reason}",
                                    parent=parent)
        box.setInformativeText(
            f"旁边有一份备份“{backup_name}”（{backup_time} 保存），是上一次保存之前的版本。要打开这份备份吗？\n\n"
            "备份会作为未保存的文件打开，原文件和备份都不会被改动；核对后请用“另存为”保存。")
        open_backup = box.addButton("打开备份", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton("取消", QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_backup)
        box.setEscapeButton(cancel)
        return box, open_backup

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, reason: str, backup_name: str, backup_time: str) -> bool:
        box, open_backup = cls.box(parent, name, reason, backup_name, backup_time)
        box.exec()
        return box.clickedButton() is open_backup


class Messages:
    """Error and information messages (the core's reasons, never a traceback)."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QtWidgets.QMessageBox.critical(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QtWidgets.QMessageBox.information(parent, title, text)


def forms_text(numbers: list[int], most: int = 8) -> str:
    """`表 3、表 4`; a long list ends `… 等 12 张表`."""
    shown = "、".join(f"表 {n}" for n in numbers[:most])
    return shown if len(numbers) <= most else f"{shown} 等 {len(numbers)} 张表"


def with_bundle_suffix(path: Path) -> Path:
    """`报表` -> `报表.zyd.json`; a name that already ends in .json is kept."""
    return path if path.name.lower().endswith(".json") else path.with_name(path.name + BUNDLE_SUFFIX)
