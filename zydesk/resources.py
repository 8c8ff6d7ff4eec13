"""Where the bundled data files live, in a checkout and in a PyInstaller build."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable under sys._MEIPASS; a checkout has it at the top.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_font_paths() -> tuple[Path, Path]:
    """The bundled Chinese font (regular, bold): the print's font, and the editor's when the PC has none."""
    return resource("fonts", "ZydeskSerifSC-Regular.ttf"), resource("fonts", "ZydeskSerifSC-Bold.ttf")
