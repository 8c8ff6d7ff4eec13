"""`zydesk --self-test`: proves an installed copy works (modules, fonts, PDF, QtPdf, main window), offscreen."""

import importlib
import os
import pkgutil
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import zydesk

from ..resources import resource
from ..startup import loaded


def _import_all() -> str:
    names = [m.name for m in pkgutil.walk_packages(zydesk.__path__, "zydesk.")]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} 个模块"


def _fonts() -> str:
    from ..printing.fonts import font_set

    fonts = font_set()
    if not fonts.embedded or fonts.warnings:
        raise RuntimeError("未使用随程序提供的字体：" + "；".join(fonts.warnings or (fonts.label,)))
    return fonts.label


def _render() -> bytes:
    from ..printing import render_pdf_bytes
    from ..storage import load

    data, result = render_pdf_bytes(load(resource("examples", "xiaoguan-2021.json")))
    if result.pages < 4:
        raise RuntimeError(f"示例只输出了 {result.pages} 页")
    return data


def _qtpdf(data: bytes) -> str:
    from .pdf_pages import PdfPages

    pages = PdfPages(data)
    count = pages.page_count()
    if count < 4:
        raise RuntimeError(f"QtPdf 读出 {count} 页")
    image = pages.document.render(0, pages.document.pagePointSize(0).toSize())
    if image.isNull():
        raise RuntimeError("QtPdf 无法绘制第 1 页")
    return f"{count} 页"


def _translations() -> str:
    from PySide6.QtCore import QCoreApplication

    # Qt's own buttons (确定/取消) come from qtbase_zh_CN, which the package must carry.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if cancel != "取消":
        raise RuntimeError(f"Qt 自带文字未译成中文（“Cancel”显示为“{cancel}”），缺少 qtbase_zh_CN")
    return "“Cancel”→“取消”"


def _window() -> str:
    from PySide6.QtWidgets import QApplication

    from .app import open_window

    # A copy in a folder of its own: opening takes a lock beside the file, and the install folder may be
    # read-only or hold a stale lock from an earlier run, which would ask a question nobody answers.
    with tempfile.TemporaryDirectory() as folder:
        example = Path(folder) / "example.zyd.json"
        shutil.copyfile(resource("examples", "xiaoguan-2021.json"), example)
        window = open_window([str(example)])
        window.show()
        QApplication.processEvents()
        forms = len(window.document.bundle.forms)
        window.document.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
    return f"已打开示例（{forms} 张表）"


def run(out=print) -> int:
    """Each step prints 通过 or 失败 with details; the exit status is 0 only when every step passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    # The offscreen platform's note about window-manager hints is not a failure of ours.
    previous = qInstallMessageHandler(lambda kind, context, text: None if "propagateSizeHints" in text else out(text))
    try:
        return _run_steps(out)
    finally:
        qInstallMessageHandler(previous)


def _run_steps(out) -> int:
    from .app import create_app

    app = create_app([])  # noqa: F841 - QtPdf and widgets need the application object alive
    pdf: dict[str, bytes] = {}
    steps: list[tuple[str, Callable[[], object]]] = [
        ("导入全部模块", _import_all),
        ("注册字体", _fonts),
        ("输出示例 PDF", lambda: f"{len(pdf.setdefault('data', _render())) // 1024} KB"),
        ("用 QtPdf 打开 PDF", lambda: _qtpdf(pdf["data"])),
        ("Qt 中文翻译", _translations),
        ("创建主窗口", _window),
    ]
    failed = 0
    for label, step in steps:
        start = time.perf_counter()
        try:
            detail = step()
        except Exception:  # report every failure and go on: the point is to say what is broken
            failed += 1
            out(f"失败：{label}\n{traceback.format_exc()}")
            if label == "输出示例 PDF":
                break
            continue
        out(f"通过：{label}（{detail}，{(time.perf_counter() - start) * 1000:.0f} ms）")
    out("自检通过" if not failed else f"自检失败：{failed} 项")
    return 1 if failed else 0


def main() -> int:
    loaded()
    return run(lambda line: print(line, flush=True))


if __name__ == "__main__":
    sys.exit(main())
