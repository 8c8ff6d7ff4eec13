"""The package list: zydesk and its subpackages, found, plus the top-level resources/ folder as zydesk_resources.

pyproject.toml holds everything else; its `packages.find` cannot add a package that lives under another folder
name, so the list is made here (package-dir and package-data for zydesk_resources are in pyproject.toml).
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["zydesk", "zydesk.*"]), "zydesk_resources"])
