"""Where the bundled data files live: the package zydesk_resources (a checkout's resources/), or a PyInstaller build."""

import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "zydesk_resources"


@cache
def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable under sys._MEIPASS. Otherwise the folder is the package
    # zydesk_resources: the wheel's copy when installed with pip, the checkout's resources/ when editable.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    try:
        folder = files(PACKAGE)
    except ModuleNotFoundError:
        # Run from a checkout that was never installed (python -m zydesk with the repository on sys.path).
        return Path(__file__).resolve().parent.parent / "resources"
    if not isinstance(folder, Path):   # fonts are registered by path: a zipped install cannot serve them
        raise RuntimeError(f"{PACKAGE} is not a folder on disk: {folder!r}")
    return folder


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_font_paths() -> tuple[Path, Path]:
    """The bundled Chinese font (regular, bold): the print's font, and the editor's when the PC has none."""
    return resource("fonts", "ZydeskSerifSC-Regular.ttf"), resource("fonts", "ZydeskSerifSC-Bold.ttf")
