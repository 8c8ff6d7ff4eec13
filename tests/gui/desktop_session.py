"""A real Linux desktop session for input-method tests: Xvfb, a session D-Bus, IBus or Fcitx 5, and keys typed
through the X server (xdotool), as a clerk's keyboard types them."""

import contextlib
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# What each desktop input method needs here, and the Debian packages that bring it (scripts/system-deps.sh).
DAEMONS = {
    "ibus": (("ibus-daemon", "ibus", "/usr/libexec/ibus-engine-libpinyin"), "ibus ibus-libpinyin"),
    "fcitx5": (("fcitx5", "fcitx5-remote", "/usr/lib/*/fcitx5/libpinyin.so"), "fcitx5 fcitx5-pinyin"),
}
TOOLS = ("Xvfb", "dbus-daemon", "xdotool")
SCREEN = "1366x768x24"  # the office screens
# A clerk's Fcitx 5 profile: English keyboard and pinyin, pinyin switched on with the trigger key (Ctrl+Space).
FCITX_PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""


class Unavailable(Exception):
    """This machine cannot run the input method (not installed, or it does not start)."""


def wait_for(condition: Callable[[], object], what: str, timeout: float = 20.0, every: float = 0.1):
    """Poll until `condition()` is truthy and return it; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def missing_programs(daemon: str) -> list[str]:
    programs, _ = DAEMONS[daemon]
    return [p for p in (*TOOLS, *programs) if not (shutil.which(p) or glob.glob(p))]


class DesktopSession:
    """One X display with a session bus and one input-method daemon, in a private home folder."""

    def __init__(self, daemon: str, home: Path):
        self.daemon = daemon
        self.home = home
        self.processes: list[subprocess.Popen] = []
        self.logs = home / "logs"
        self.env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(home / "run"),
        }

    # --- starting -------------------------------------------------------------------------------------
    def start(self) -> "DesktopSession":
        missing = missing_programs(self.daemon)
        if missing:
            raise Unavailable(f"{self.daemon}: not installed here ({', '.join(missing)}); "
                              f"scripts/system-deps.sh installs {DAEMONS[self.daemon][1]} and xdotool")
        self.logs.mkdir(parents=True, exist_ok=True)
        Path(self.env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
        self._start_x()
        self._start_bus()
        try:
            (self._start_ibus if self.daemon == "ibus" else self._start_fcitx5)()
        except TimeoutError as error:
            raise Unavailable(f"{self.daemon} did not start: {error}; log:\n{self.log_tail()}") from error
        return self

    def _spawn(self, name: str, args: list[str], **kwargs) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - the process writes to it until close()
        process = subprocess.Popen(args, env=self.env, stdout=kwargs.pop("stdout", log), stderr=log,
                                   stdin=subprocess.DEVNULL, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def _start_x(self) -> None:
        read, write = os.pipe()
        try:
            self._spawn("xvfb", ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                        pass_fds=(write,))
        finally:
            os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its display number once it accepts clients
        if not number:
            raise Unavailable(f"Xvfb did not start:\n{self.log_tail('xvfb')}")
        self.env["DISPLAY"] = f":{number}"

    def _start_bus(self) -> None:
        bus = self._spawn("dbus", ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE)
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise Unavailable(f"the session D-Bus did not start:\n{self.log_tail('dbus')}")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_ibus(self) -> None:
        # With its panel, which draws the candidate window; the engine is chosen once IBus runs.
        self._spawn("ibus", ["ibus-daemon", "--replace", "--verbose"])
        wait_for(lambda: "libpinyin" in self.run(["ibus", "list-engine", "--name-only"]), "IBus to answer")

    def _start_fcitx5(self) -> None:
        profile = Path(self.env["XDG_CONFIG_HOME"]) / "fcitx5" / "profile"
        profile.parent.mkdir(parents=True, exist_ok=True)
        profile.write_text(FCITX_PROFILE, encoding="utf-8")
        self._spawn("fcitx5", ["fcitx5", "--disable=wayland,waylandim,notificationitem"])
        # Asked without D-Bus activation, which would start a second Fcitx 5 while the first is still starting.
        wait_for(lambda: "true" in self.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", "string:org.fcitx.Fcitx5"]), "Fcitx 5 to answer")

    # --- using ----------------------------------------------------------------------------------------
    def run(self, args: list[str], check: bool = False) -> str:
        """Output of a short command in this session ('' when it fails and `check` is off)."""
        result = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=20)
        if check and result.returncode != 0:
            raise AssertionError(f"{args} failed: {result.stderr}")
        return result.stdout if result.returncode == 0 else ""

    def app_env(self, im_module: str | None, xmodifiers: str | None = None) -> dict[str, str]:
        """What a desktop running this daemon hands a program: QT_IM_MODULE (or none) and XMODIFIERS."""
        env = {**self.env, "QT_QPA_PLATFORM": "xcb"}
        if im_module is not None:
            env["QT_IM_MODULE"] = im_module
        if xmodifiers is not None:
            env["XMODIFIERS"] = xmodifiers
        return env

    def launch(self, name: str, args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - the program writes to it until it ends
        process = subprocess.Popen(args, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        self.processes.append(process)
        return process

    def close_program(self, process: subprocess.Popen) -> None:
        self._signal(process, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._signal(process, signal.SIGKILL)
            process.wait()
        self.processes.remove(process)

    def window_of(self, process: subprocess.Popen, timeout: float = 60.0) -> str:
        """The X window id of the process's visible main window, once it is mapped."""
        def find() -> str:
            if process.poll() is not None:
                raise AssertionError(f"the program ended with {process.returncode}")
            ids = self.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)]).split()
            return ids[-1] if ids else ""
        return wait_for(find, "the editor's window", timeout)

    # --- the input method -----------------------------------------------------------------------------
    def focused_context(self) -> str:
        """The daemon's input context that has the focus, with the front end serving it ('' if none answers).

        IBus keeps a context of its own focused while no program is, so callers compare with what it was before."""
        if self.daemon == "fcitx5":
            info = self.run(["dbus-send", "--session", "--print-reply", "--dest=org.fcitx.Fcitx5", "/controller",
                             "org.fcitx.Fcitx.Controller1.DebugInfo"])
            focused = re.search(r"IC \[(\w+)\].*frontend:(\w+).*focus:1", info)
            return f"Fcitx 5 through its {focused[2]} front end (context {focused[1][:8]})" if focused else ""
        address = self.run(["ibus", "address"]).strip()
        reply = self.run(["dbus-send", f"--address={address}", "--print-reply", "--dest=org.freedesktop.IBus",
                          "/org/freedesktop/IBus", "org.freedesktop.IBus.CurrentInputContext"]) if address else ""
        path = re.search(r"/InputContext_\d+", reply)
        return f"IBus (context {path[0][1:]})" if path else ""

    def switch_to_pinyin(self) -> None:
        """As a clerk does: Fcitx 5's trigger key (Ctrl+Space); on IBus, pinyin picked in the panel."""
        if self.daemon == "fcitx5":
            self.keys("ctrl+space")
            wait_for(lambda: self.run(["fcitx5-remote"]).strip() == "2", "Fcitx 5 to switch pinyin on", 10)
        else:
            def picked() -> bool:
                self.run(["ibus", "engine", "libpinyin"])
                return self.run(["ibus", "engine"]).strip() == "libpinyin"
            wait_for(picked, "IBus to switch to pinyin", 10, every=0.3)

    def candidate_window(self) -> str:
        """The id of the input method's candidate window while it is on screen, else ''."""
        name = ("--name", "Fcitx5 Input Window") if self.daemon == "fcitx5" else ("--class", "ibus-ui-gtk3")
        ids = self.run(["xdotool", "search", "--onlyvisible", *name]).split()
        return ids[0] if ids else ""

    def keys(self, *names: str) -> None:
        """Key presses through the X server (XTEST), to whatever window has the keyboard focus."""
        self.run(["xdotool", "key", "--delay", "60", *names], check=True)

    def focus(self, window: str) -> None:
        self.run(["xdotool", "windowfocus", "--sync", window], check=True)

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG, grabbed by a separate Qt program that takes no input method."""
        code = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
                "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")
        env = {**self.env, "QT_QPA_PLATFORM": "xcb", "QT_IM_MODULE": "none"}
        subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=30,
                       capture_output=True)
        return path

    def log_tail(self, name: str | None = None, lines: int = 20) -> str:
        files = [self.logs / f"{name}.log"] if name else sorted(self.logs.glob("*.log"))
        return "\n".join(f"--- {f.name}\n" + "\n".join(f.read_text(errors="replace").splitlines()[-lines:])
                         for f in files if f.exists())

    def close(self) -> None:
        # Each process leads its own group (start_new_session): its helpers (IBus's panel and engines) end with it.
        for process in reversed(self.processes):
            self._signal(process, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._signal(process, signal.SIGKILL)
                process.wait()
        self.processes.clear()

    @staticmethod
    def _signal(process: subprocess.Popen, number: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, number)
