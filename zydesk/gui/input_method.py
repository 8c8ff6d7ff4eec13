"""Chinese input on Linux desktops: add Qt's IBus plugin as a fallback wherever the desktop asks for Fcitx."""

import os
import re
import sys
from collections.abc import MutableMapping

# Fcitx 5 registers both names; Fcitx 4 only "fcitx". Neither plugin ships in the PySide6 wheels, and one built
# for another Qt minor version fails to load; Fcitx 5's IBus front end then serves Qt's bundled IBus plugin.
FCITX_KEYS = ("fcitx", "fcitx5")
FALLBACK_KEY = "ibus"
_XMODIFIERS_IM = re.compile(r"@im=([A-Za-z0-9_]+)")


def requested_modules(environ: MutableMapping[str, str]) -> list[str]:
    """The input-method keys Qt will try, in Qt's own order: QT_IM_MODULES (a ';' list) wins over QT_IM_MODULE."""
    listed = [key for key in environ.get("QT_IM_MODULES", "").split(";") if key]
    if listed:
        return listed
    single = environ.get("QT_IM_MODULE", "")
    return [single] if single else []


def _desktop_modules(environ: MutableMapping[str, str]) -> list[str]:
    # A desktop that sets no QT_IM_MODULE still names its input method for X and GTK programs.
    for value in (environ.get("GTK_IM_MODULE", ""), *_XMODIFIERS_IM.findall(environ.get("XMODIFIERS", ""))):
        key = value.strip().lower()
        if key in (*FCITX_KEYS, FALLBACK_KEY):
            return [key]
    return []


def with_ibus_fallback(environ: MutableMapping[str, str]) -> str | None:
    """Set QT_IM_MODULES so that Qt tries what the desktop asked for first, then IBus after any Fcitx key.

    Qt tries the list in order and takes the first plugin that loads and is valid, so a Fcitx plugin that is
    present and works still wins. Returns the value set, or None when nothing needed changing."""
    explicit = requested_modules(environ)
    wanted = list(explicit or _desktop_modules(environ))
    keys = [key.split(":")[0].strip().lower() for key in wanted]
    if any(key in FCITX_KEYS for key in keys) and FALLBACK_KEY not in keys:
        wanted.append(FALLBACK_KEY)
    if wanted == explicit:
        return None
    environ["QT_IM_MODULES"] = ";".join(wanted)
    return environ["QT_IM_MODULES"]


def prepare_input_method(environ: MutableMapping[str, str] | None = None) -> str | None:
    """Called before the QApplication exists; only Linux desktops pick input methods from the environment."""
    if not sys.platform.startswith("linux"):
        return None
    return with_ibus_fallback(os.environ if environ is None else environ)
