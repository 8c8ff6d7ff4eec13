"""Chinese typed through real input methods (IBus + libpinyin, Fcitx 5 + pinyin) into the running editor, key by
key, and read back from the file it saved: for each way a Linux desktop tells Qt programs its input method.

The program is the checkout's (`python -m zydesk`), or a built folder's when ZYDESK_EXECUTABLE names its
executable (packaging/check_bundle.sh). Screenshots of the candidate window are left in the test's tmp folder.
"""

import json
import os
import sys

import pytest

from .conftest import EXAMPLE, ROOT
from .desktop_session import DesktopSession, Unavailable, wait_for

pytestmark = [pytest.mark.xvfb, pytest.mark.input_method, pytest.mark.slow]

XMODIFIERS = {"ibus": "@im=ibus", "fcitx5": "@im=fcitx"}  # what each desktop exports for X programs
PINYIN = ("c", "e", "s", "h", "i")
COMMITTED = "测试"


def _program() -> tuple[list[str], dict[str, str]]:
    """The command that starts the editor, and what it needs in its environment beyond the desktop's."""
    built = os.environ.get("ZYDESK_EXECUTABLE")
    if built:
        return [built], {}
    # The checkout's package, also where it is not installed (packaging/compat/test.sh runs from PYTHONPATH).
    return [sys.executable, "-m", "zydesk"], {"PYTHONPATH": str(ROOT)}


@pytest.fixture(scope="module", params=["ibus", "fcitx5"])
def desktop(request, tmp_path_factory):
    """One desktop session per daemon, shared by the cases that use it."""
    session = DesktopSession(request.param, tmp_path_factory.mktemp(request.param))
    try:
        session.start()
    except Unavailable as why:
        session.close()
        # On CI and in the package check the daemons are installed by the set-up: not running is a failure.
        if os.environ.get("CI") or os.environ.get("ZYDESK_EXECUTABLE"):
            pytest.fail(str(why))
        pytest.skip(str(why))
    yield session
    session.close()


@pytest.mark.parametrize("im_module", ["ibus", "fcitx", None], ids=["QT_IM_MODULE=ibus", "QT_IM_MODULE=fcitx",
                                                                       "QT_IM_MODULE-unset"])
def test_pinyin_typed_is_saved_as_chinese(desktop, im_module, tmp_path):
    path = tmp_path / "input.zyd.json"
    path.write_bytes(EXAMPLE.read_bytes())
    before = json.loads(path.read_text(encoding="utf-8"))["forms"][0]["project_name"]
    command, extra_env = _program()
    env = {**desktop.app_env(im_module, XMODIFIERS[desktop.daemon]), **extra_env}
    unfocused = desktop.focused_context()
    editor = desktop.launch(f"zydesk-{tmp_path.name}", [*command, str(path)], env, cwd=tmp_path)
    try:
        window = desktop.window_of(editor)
        desktop.focus(window)  # the project name field has the keyboard focus when a file opens
        route = wait_for(lambda: desktop.focused_context() not in ("", unfocused),
                         f"the editor's text field to reach {desktop.daemon}", 30)
        route = desktop.focused_context()
        desktop.switch_to_pinyin()
        desktop.keys("End", *PINYIN)
        wait_for(desktop.candidate_window, "the candidate window")
        desktop.screenshot(tmp_path / f"composing-{desktop.daemon}.png")
        desktop.keys("space")  # the first candidate
        wait_for(lambda: not desktop.candidate_window(), "the candidate window to close")
        desktop.keys("ctrl+s")

        def saved_name() -> str | None:
            name = json.loads(path.read_text(encoding="utf-8"))["forms"][0]["project_name"]
            return name if name != before else None

        name = wait_for(saved_name, "the file to be saved", 20)
    except (AssertionError, TimeoutError) as error:
        raise AssertionError(f"{error}\n{desktop.log_tail()}") from error
    finally:
        desktop.close_program(editor)
    assert name == before + COMMITTED, f"typed through {route}, saved {name!r}"
    print(f"{desktop.daemon} QT_IM_MODULE={im_module}: typed through {route}, saved {name!r}")

