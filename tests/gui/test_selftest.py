"""`zydesk --self-test`: every step passes on a good install, and a broken step is named with exit 1."""

import subprocess
import sys

from zydesk.gui import selftest

from .conftest import ROOT


def test_self_test_passes_in_a_fresh_process():
    result = subprocess.run([sys.executable, "-m", "zydesk", "--self-test"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("（")[0] for line in lines] == [
        "通过：导入全部模块", "通过：注册字体", "通过：输出示例 PDF", "通过：用 QtPdf 打开 PDF", "通过：Qt 中文翻译",
        "通过：创建主窗口",
        "自检通过"]
    assert result.stderr == ""


def test_a_failing_step_is_reported_and_the_rest_still_run(monkeypatch, qapp):
    def no_fonts():
        raise RuntimeError("字体文件缺失")

    monkeypatch.setattr(selftest, "_fonts", no_fonts)
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert lines[1].startswith("失败：注册字体") and "字体文件缺失" in lines[1]
    assert lines[-2].startswith("通过：创建主窗口")
    assert lines[-1] == "自检失败：1 项"
