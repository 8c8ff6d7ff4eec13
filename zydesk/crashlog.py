"""Internal errors of the command line: the traceback goes to a per-user log file, the terminal gets one line."""

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

EXIT_INTERNAL = 3
EXIT_PIPE_CLOSED = 141  # what a shell reports for a command whose reader went away (128 + SIGPIPE)


def state_dir() -> Path:
    """Per-user state folder: %LOCALAPPDATA%\\zydesk on Windows, ~/.local/state/zydesk elsewhere."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return base / "zydesk"


def log_dir() -> Path:
    """Where crash logs go; ZYDESK_LOG_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZYDESK_LOG_DIR")
    return Path(override) if override else state_dir() / "logs"


def write_crash_log(exc: BaseException, argv: list[str]) -> Path | None:
    """The traceback in a new log file, or None when no folder would take it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = (f"zydesk {_version()} {datetime.now().astimezone().isoformat(timespec='seconds')}\n"
            f"python {sys.version.split()[0]} {sys.platform}\nargs {argv!r}\n\n"
            + "".join(traceback.format_exception(exc)))
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"zydesk-crash-{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8", errors="backslashreplace")
            return path
        except OSError:
            continue
    return None


def run_guarded(command: Callable[[], int], argv: list[str]) -> int:
    """Run a command; a bug in it exits 3 (never 1, which means "the forms have errors") with one line."""
    try:
        status = command()
        sys.stdout.flush()  # a closed pipe shows here for output still in the buffer
        return status
    except BrokenPipeError:
        # `zydesk check … | head`: the reader stopped reading, which is no bug; stay quiet like any Unix tool.
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except Exception as exc:
        path = write_crash_log(exc, argv)
        where = f"详情已写入 {path}" if path is not None else f"无法写入日志（{type(exc).__name__}）"
        print(f"zydesk: 内部错误（程序缺陷），{where}", file=sys.stderr)
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; pointed at the null device that flush cannot fail a second time.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _version() -> str:
    from . import __version__

    return __version__
