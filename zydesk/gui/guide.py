"""帮助 → 使用说明 (F1): colours, keys, every check code with its rule, where recovery copies are kept."""

import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..recovery import recovery_dir
from ..rules.catalogue import CHECKS
from ..rules.findings import SEVERITY_LABELS
from .marks import ERROR_COLOUR, WARNING_COLOUR
from .screen_fit import fit_to_screen
from .unreadable import CODE as UNREADABLE_CODE

if TYPE_CHECKING:
    from .main_window import MainWindow

_MNEMONIC = re.compile(r"\(&?\w\)")
# Keys that belong to no menu action: the fields' own.
FIELD_KEYS = (
    ("Tab / Shift+Tab", "到下一格 / 上一格（每行指标的格数相同：三级指标 … 评价、上移、下移、删除，"
                        "然后是本组的“添加”）"),
    ("Enter", "在单行格中结束输入"),
    ("Esc", "放弃无法识别的数字，恢复原值"),
)


def guide_html(window: "MainWindow") -> str:
    return "".join((
        "<h2>使用说明</h2>",
        _colours(), _keys(window), _codes(), _recovery(),
    ))


def _colours() -> str:
    rows = (
        (f'<span style="background:#fde7e9; border:1px solid {ERROR_COLOUR}">　红色底　</span>',
         "错误：打印前会再提醒；不影响保存"),
        ('<span style="background:#fff4ce; border:1px solid #d39c00">　黄色底　</span>', "警告：请核对"),
        (f'<span style="border:2px dashed {ERROR_COLOUR}">　红色虚线框　</span>',
         "输入的数字无法识别，尚未采用：下方有红色说明，检查结果中也列出；改正或按 Esc 恢复原值"),
        (f'<span style="color:{ERROR_COLOUR}">●</span> <span style="color:{WARNING_COLOUR}">●</span>',
         "左侧表名旁的圆点：该表的错误数 / 警告数"),
        ('<u>建议 9.29</u>', "按完成情况计算的建议得分；单击即采用"),
        (f'<span style="color:{WARNING_COLOUR}">应为 30 分</span>', "一级指标的分值合计与评分规则不同"),
    )
    return "<h3>颜色的含义</h3>" + _table(rows)


def _keys(window: "MainWindow") -> str:
    rows = list(FIELD_KEYS)
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        name = _MNEMONIC.sub("", action.iconText()).rstrip("…")   # 撤销, not 撤销 修改…; no (A)
        if keys and name:
            rows.append((" / ".join(dict.fromkeys(keys)), name))
    rows = list(dict.fromkeys(rows))
    return "<h3>键盘</h3>" + _table([(escape(k), escape(t)) for k, t in rows])


def _codes() -> str:
    rows = [(f"<code>{c.code}</code>", f"{SEVERITY_LABELS[c.severity]}：{escape(c.rule)}") for c in CHECKS]
    rows.append((f"<code>{UNREADABLE_CODE}</code>",
                 "错误：输入的数字无法识别（如“abc”“1e3”），文件中仍是原值，直到改正"))
    return "<h3>检查项目</h3><p>检查结果中每条问题都有一个代码；单击问题即跳到对应的栏目。</p>" + _table(rows)


def _recovery() -> str:
    return ("<h3>恢复副本</h3>"
            "<p>未保存的修改每隔一段时间（设置 → 自动保存）复制一份到："
            f"<br><code>{escape(str(recovery_dir()))}</code><br>"
            "程序意外退出后，下次启动时会提示恢复；保存或正常关闭后副本即删除。"
            "每个文件旁边另有上一次保存的备份 <code>文件名.bak</code>。</p>")


def _table(rows) -> str:
    cells = "".join(f"<tr><td style='padding:2px 12px 2px 0'>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table>{cells}</table>"


class GuideDialog(QDialog):
    def __init__(self, window: "MainWindow", parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle("使用说明")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(guide_html(window))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, window: "MainWindow") -> "GuideDialog":
        """Shown beside the window (not modal): the user may read and type at once."""
        dialog = window.findChild(GuideDialog)
        if dialog is None:
            dialog = cls(window)
            fit_to_screen(dialog, 760, 820)
        dialog.show()
        dialog.activateWindow()
        return dialog
