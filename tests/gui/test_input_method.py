"""The Fcitx → IBus fallback is chosen from the environment before Qt starts."""

import pytest

from zydesk.gui.input_method import prepare_input_method, requested_modules, with_ibus_fallback


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"QT_IM_MODULE": "fcitx"}, "fcitx;ibus"),
        ({"QT_IM_MODULE": "fcitx5"}, "fcitx5;ibus"),
        ({"QT_IM_MODULE": "FCITX"}, "FCITX;ibus"),
        ({"QT_IM_MODULES": "wayland;fcitx"}, "wayland;fcitx;ibus"),
        # A desktop that sets only the X and GTK variables still gets its input method.
        ({"XMODIFIERS": "@im=fcitx"}, "fcitx;ibus"),
        ({"GTK_IM_MODULE": "fcitx"}, "fcitx;ibus"),
        ({"XMODIFIERS": "@im=ibus"}, "ibus"),
    ],
)
def test_fcitx_requests_get_ibus_after_them(environ, expected):
    assert with_ibus_fallback(environ) == expected
    assert environ["QT_IM_MODULES"] == expected
    assert requested_modules(environ)[-1] == expected.split(";")[-1]


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"QT_IM_MODULE": "ibus"},
        {"QT_IM_MODULES": "fcitx;ibus"},
        {"QT_IM_MODULE": "none"},
        {"QT_IM_MODULE": "compose", "XMODIFIERS": "@im=fcitx"},
        {"XMODIFIERS": "@im=none"},
    ],
)
def test_other_requests_are_left_alone(environ):
    before = dict(environ)
    assert with_ibus_fallback(environ) is None
    assert environ == before


def test_qt_im_modules_wins_over_qt_im_module_as_in_qt():
    assert requested_modules({"QT_IM_MODULES": "ibus", "QT_IM_MODULE": "fcitx"}) == ["ibus"]
    assert requested_modules({"QT_IM_MODULES": ";", "QT_IM_MODULE": "fcitx"}) == ["fcitx"]


def test_only_linux_is_changed(monkeypatch):
    monkeypatch.setattr("sys.platform", "win32")
    environ = {"QT_IM_MODULE": "fcitx"}
    assert prepare_input_method(environ) is None
    assert "QT_IM_MODULES" not in environ
