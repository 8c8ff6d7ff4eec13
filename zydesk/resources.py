"""Where the bundled data files live: the package zydesk_resources (a checkout's resources/), or a PyInstaller build."""

import sys
from functools import cache
from importlib import import_module
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
        package = import_module(PACKAGE)
    except ModuleNotFoundError:
        # Run from a checkout that was never installed (python -m zydesk with the repository on sys.path).
        return Path(__file__).resolve().parent.parent / "resources"
    # The folder importlib.resources.files() names for a package on disk, found without importing that module
    # (and its readers): about 7 M instructions of the editor's start.
    location = getattr(package, "__file__", None)
    folder = Path(location).parent if location else None
    if folder is None or not folder.is_dir():   # fonts are registered by path: a zipped install cannot serve them
        raise RuntimeError(f"{PACKAGE} is not a folder on disk: {location!r}")
    return folder


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_font_paths() -> tuple[Path, Path]:
    """The bundled Chinese font (regular, bold): the print's font, and the editor's when the PC has none."""
    return resource("fonts", "ZydeskSerifSC-Regular.ttf"), resource("fonts", "ZydeskSerifSC-Bold.ttf")
