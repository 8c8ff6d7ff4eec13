"""Finding the bundles to summarise: files and folders (recursively), with one reason per skipped file."""

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Bundle
from ..storage import BACKUP_SUFFIX, LoadError, load


@dataclass(frozen=True)
class Skipped:
    """A file that gave no rows, and why (Chinese, one line)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Loaded:
    path: Path
    bundle: Bundle


def candidate_files(inputs: Iterable[str | os.PathLike], exclude: Path | None = None) -> Iterator[Path | Skipped]:
    """Each named file, and every file under each named folder in name order; hidden files and backups skipped.

    A backup (`x.zyd.json.bak`) is the previous save of a file that is also there: counting it would count
    its forms twice. `exclude` is the output file, which may lie inside a summarised folder.
    """
    seen: set[Path] = set()
    excluded = exclude.resolve() if exclude is not None else None
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            if path.exists() and path.resolve() in seen:
                continue
            seen.add(path.resolve() if path.exists() else path)
            yield _unless_special(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                file = Path(root) / name
                resolved = file.resolve()
                if resolved in seen or resolved == excluded or name.startswith("."):
                    continue
                seen.add(resolved)
                if name.endswith(BACKUP_SUFFIX):
                    yield Skipped(str(file), "备份文件（上一次保存的版本），不计入汇总")
                else:
                    yield _unless_special(file)


def _unless_special(path: Path) -> Path | Skipped:
    """A FIFO, socket or device is refused without opening it: reading one would block or never end."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return path  # the loader names the reason (missing, no permission)
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return path
    return Skipped(str(path), "不是普通文件（管道、设备或套接字），未读取")


def read_bundles(inputs: Iterable[str | os.PathLike], exclude: Path | None = None) -> Iterator[Loaded | Skipped]:
    """Loaded bundles one at a time (a district's folder never sits in memory whole), and skipped files."""
    for candidate in candidate_files(inputs, exclude):
        if isinstance(candidate, Skipped):
            yield candidate
            continue
        try:
            yield Loaded(candidate, load(candidate))
        except LoadError as exc:
            yield Skipped(str(candidate), exc.reason)
