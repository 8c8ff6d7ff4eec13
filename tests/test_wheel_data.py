"""The wheel ships every file of resources/ (packaging/check_wheel.sh proves the installed program works)."""

import fnmatch
import tomllib

from conftest import ROOT


def test_package_data_covers_every_resource_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["zydesk_resources"] == "resources"
    patterns = config["package-data"]["zydesk_resources"]
    folder = ROOT / "resources"
    files = [p.relative_to(folder).as_posix() for p in folder.rglob("*")
             if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    assert files
    missed = [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert missed == []


def test_resources_are_read_through_the_package(monkeypatch):
    from zydesk import resources

    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == (ROOT / "resources").resolve()
        assert resources.resource("policies", "mof-2020.json").is_file()
    finally:
        resources.resources_dir.cache_clear()


def test_the_folder_is_the_one_importlib_resources_names():
    import importlib.resources
    import importlib.util
    from pathlib import Path

    from zydesk import resources

    resources.resources_dir.cache_clear()
    try:
        if importlib.util.find_spec(resources.PACKAGE) is None:
            # A checkout run without installing it (the test run of the build for older PCs): its resources/.
            assert resources.resources_dir() == Path(resources.__file__).resolve().parent.parent / "resources"
        else:
            assert resources.resources_dir() == importlib.resources.files(resources.PACKAGE)
    finally:
        resources.resources_dir.cache_clear()


def test_a_package_that_is_no_folder_on_disk_is_refused(monkeypatch, tmp_path):
    import sys
    import types

    import pytest

    from zydesk import resources

    zipped = types.ModuleType(resources.PACKAGE)
    zipped.__file__ = str(tmp_path / "app.zip" / resources.PACKAGE / "__init__.py")
    monkeypatch.setitem(sys.modules, resources.PACKAGE, zipped)
    resources.resources_dir.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="not a folder on disk"):
            resources.resources_dir()
    finally:
        resources.resources_dir.cache_clear()
