"""Reads the oldest glibc (and libstdc++) a built folder can run on from its ELF version references."""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

# Versions a shared object asks of the system, by the library that must provide them.
FAMILIES = ("GLIBC", "GLIBCXX", "CXXABI")
ELF_MAGIC = b"\x7fELF"
REFERENCE = re.compile(r"^\s+0x[0-9a-f]+ 0x[0-9a-f]+ \d+ (GLIBC|GLIBCXX|CXXABI)_([0-9.]+)$")


def version_key(text):
    return tuple(int(part) for part in text.split("."))


def is_elf(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def required_versions(path):
    """{family: highest version} this file requires; versions it defines itself are not counted."""
    text = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    highest = {}
    in_references = False
    for line in text.splitlines():
        if line.startswith("Version References:"):
            in_references = True
        elif in_references and line and not line.startswith(" "):
            in_references = False
        elif in_references and (match := REFERENCE.match(line)):
            family, version = match.groups()
            if family not in highest or version_key(version) > version_key(highest[family]):
                highest[family] = version
    return highest


def scan(folder):
    """{relative path: {family: version}} for every ELF file in folder (links are followed once)."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            found[str(path.relative_to(folder))] = required_versions(path)
    return found


def floor(found, family):
    versions = [needs[family] for needs in found.values() if family in needs]
    return max(versions, key=version_key) if versions else None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max-glibc", help="fail when any file needs a newer glibc than this")
    parser.add_argument("--max-glibcxx", help="fail when any file needs a newer libstdc++ (GLIBCXX) than this")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    found = scan(args.folder)
    for family in FAMILIES:
        print(f"{family}: {floor(found, family) or '-'}")
    failed = False
    for family, limit in (("GLIBC", args.max_glibc), ("GLIBCXX", args.max_glibcxx)):
        if limit is None:
            continue
        over = sorted(
            (path, needs[family])
            for path, needs in found.items()
            if family in needs and version_key(needs[family]) > version_key(limit)
        )
        for path, version in over:
            print(f"{path} needs {family}_{version} (limit {limit})", file=sys.stderr)
        failed = failed or bool(over)
    print(f"{len(found)} ELF files in {os.fspath(args.folder)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
