"""Rows of every bundle found under the inputs, one file at a time (only the rows stay in memory)."""

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..storage import LoadError, load
from .collect import Skipped, candidate_files
from .rows import FormRow, bundle_rows

# Below this many files a pool's start-up (a fresh interpreter per worker where processes are spawned)
# costs more than it saves.
POOL_MIN_FILES = 8
CHUNK = 4  # files per task: fewer round trips, still an even share for each worker


@dataclass
class Gathered:
    rows: list[FormRow] = field(default_factory=list)
    files: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def file_rows(path: Path) -> list[FormRow] | Skipped:
    """One file's rows, or why it gave none. Runs in a worker: only the finished rows travel back."""
    try:
        return bundle_rows(load(path), path)
    except LoadError as exc:
        return Skipped(str(path), exc.reason)


def workers(files: int) -> int:
    """One worker per core this process may use (none for a handful of files)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        cores = os.cpu_count() or 1
    return min(cores, files // CHUNK) if files >= POOL_MIN_FILES else 1


def _results(paths: list[Path]) -> Iterator[list[FormRow] | Skipped]:
    count = workers(len(paths))
    if count <= 1:
        yield from map(file_rows, paths)
        return
    with ProcessPoolExecutor(max_workers=count) as pool:
        yield from pool.map(file_rows, paths, chunksize=CHUNK)


def gather(inputs: Iterable[str | os.PathLike], exclude: Path | None = None,
           on_skip: Callable[[Skipped], None] | None = None) -> Gathered:
    """Every bundle's rows in file order; skipped files are collected and, as they come, passed to `on_skip`.

    Files are read and checked in worker processes, one per core, each returning a file's finished rows (the
    bundles never cross between processes): reading and checking is nearly all of a district's summary.
    """
    result = Gathered()
    candidates = list(candidate_files(inputs, exclude))
    paths = [c for c in candidates if not isinstance(c, Skipped)]
    outcomes = _results(paths)
    for candidate in candidates:
        item = candidate if isinstance(candidate, Skipped) else next(outcomes)
        if isinstance(item, Skipped):
            result.skipped.append(item)
            if on_skip is not None:
                on_skip(item)
        else:
            result.files += 1
            result.rows += item
    for _ in outcomes:  # closes the pool
        pass
    return result
