"""Screenshots of the no-work-lost dialogs in the real editor (Xvfb): lock, recovery, backup, read-only window.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/safety_screenshots.py [OUTDIR]

Sets up a copy of the example locked by "another computer", a stale lock, and recovery copies left by a
killed editor, in a temporary folder; writes PNGs into OUTDIR (default artifacts/safety, git-ignored).
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "resources" / "examples" / "xiaoguan-2021.json"
SIZE = (1600, 1000)
OTHER = {"user": "李慧娟", "host": "FINANCE-PC2", "pid": 4242, "since": "2026-11-29T09:15:00+08:00"}


def _leftover(folder: Path, document: Path | None, saved_at: str, phone: str) -> None:
    from zydesk import storage

    bundle = storage.load(EXAMPLE)
    bundle.forms[0].phone = phone
    if document is None:
        bundle.forms = bundle.forms[1:3]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{uuid.uuid4()}.recovery.json").write_text(json.dumps(
        {"document": None if document is None else str(document), "saved_at": saved_at, "owner_pid": 0,
         "bundle": storage.dumps(bundle)}, ensure_ascii=False), encoding="utf-8")


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def shoot(out: Path, work: Path) -> list[Path]:
    os.environ["ZYDESK_RECOVERY_DIR"] = str(work / "recovery")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from zydesk.gui.app import create_app, open_windows
    from zydesk.gui.dialogs import BackupPrompt
    from zydesk.gui.lock_dialog import LockDialog
    from zydesk.gui.recovery_dialog import RecoveryDialog
    from zydesk.gui.settings import Settings
    from zydesk.gui.settings_dialog import SettingsDialog
    from zydesk.lockfile import LockInfo, lock_path

    out.mkdir(parents=True, exist_ok=True)
    create_app([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    shared = work / "共享文件夹" / "财务科"
    shared.mkdir(parents=True)
    document = shared / "2021年朝阳区项目支出绩效自评表.zyd.json"
    document.write_bytes(EXAMPLE.read_bytes())
    lock_path(document).write_text(json.dumps(OTHER, ensure_ascii=False), encoding="utf-8")
    _leftover(work / "recovery", document, "2026-11-29T10:42:17+08:00", "84856686")
    _leftover(work / "recovery", None, "2026-11-29T10:41:05+08:00", "")
    broken = work / "recovery" / f"{uuid.uuid4()}.recovery.json"
    broken.write_text(json.dumps({"document": str(shared / "2020年汇总.zyd.json"), "owner_pid": 0,
                                  "saved_at": "2026-11-28T17:30:00+08:00", "bundle": "{\"format\""}),
                      encoding="utf-8")
    written: list[Path] = []

    def grab(widget, name: str) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()
        QTest.qWait(400)
        written.append(out / name)
        widget.grab().save(str(written[-1]))

    def when_asked(kind, name: str, button: str, then=None) -> None:
        """Once the program's own modal `kind` dialog is up: photograph it, press `button`."""
        def step() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind):
                QTimer.singleShot(50, step)
                return
            QTest.qWait(400)
            written.append(out / name)
            dialog.grab().save(str(written[-1]))
            if then is not None:
                then()
            getattr(dialog.ui, button).click()
        QTimer.singleShot(0, step)

    # The real start: the recovery copies are offered; restoring the locked file asks about the lock.
    when_asked(RecoveryDialog, "recovery-dialog.png", "ok",
               then=lambda: when_asked(LockDialog, "lock-dialog-other-computer.png", "readOnly"))
    windows = open_windows([])
    window = windows[0]
    window.setGeometry(0, 0, *SIZE)
    grab(window, "main-window-restored-read-only.png")
    for each in windows:
        each.document.undo_stack.setClean()
        each.close()

    other = LockDialog(document.name, LockInfo(**OTHER))
    other.ui.insist.click()
    grab(other, "lock-dialog-insist.png")
    other.close()

    stale = LockDialog(document.name, LockInfo("张三", socket.gethostname(), _dead_pid(), "2026-11-29T08:03:00+08:00"))
    grab(stale, "lock-dialog-stale.png")
    stale.close()

    box, _ = BackupPrompt.box(None, document.name, "第 212 行第 9 列：不是有效的 JSON（文件损坏或不完整）",
                              document.name + ".bak", "2026-11-28 17:30")
    grab(box, "backup-prompt.png")
    box.close()

    settings = SettingsDialog(Settings())
    grab(settings, "settings-dialog.png")
    settings.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "artifacts" / "safety"
    with tempfile.TemporaryDirectory() as folder:
        for path in shoot(target, Path(folder)):
            print(path)
