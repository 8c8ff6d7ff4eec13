"""The package spec ships every data file the program reads, and nothing it lists is missing."""

import ast
import re

from conftest import ROOT

SPEC = (ROOT / "packaging" / "zydesk.spec").read_text(encoding="utf-8")


def test_spec_ships_every_icon_the_gui_loads():
    icons = (ROOT / "zydesk" / "gui" / "icons.py").read_text(encoding="utf-8")
    in_gui = ast.literal_eval(re.search(r"ICON_NAMES = (\(.*?\))", icons, re.S).group(1))
    in_spec = ast.literal_eval(re.search(r"ICONS = (\(.*?\))", SPEC, re.S).group(1))
    assert in_spec == in_gui
    for name in in_spec:
        assert (ROOT / "resources" / "icons" / f"{name}.svg").is_file(), name


def test_spec_ships_every_policy_and_font():
    for path in sorted((ROOT / "resources" / "policies").glob("*.json")):
        assert f'"{path.name}"' in SPEC, path.name
    for name in ("ZydeskSerifSC-Regular.ttf", "ZydeskSerifSC-Bold.ttf", "OFL.txt", "xiaoguan-2021.json"):
        assert f'"{name}"' in SPEC, name


def test_readme_lists_every_library_the_pc_must_have():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = (ROOT / "packaging" / "pc-libraries.txt").read_text(encoding="utf-8").splitlines()
    for name in (line for line in listed if line and not line.startswith("#")):
        assert f"`{name}`" in readme, name
