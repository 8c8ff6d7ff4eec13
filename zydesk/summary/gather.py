"""Rows of every bundle found under the inputs, one file at a time (only the rows stay in memory)."""

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .collect import Loaded, Skipped, read_bundles
from .rows import FormRow, bundle_rows


@dataclass
class Gathered:
    rows: list[FormRow] = field(default_factory=list)
    files: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def gather(inputs: Iterable[str | os.PathLike], exclude: Path | None = None,
           on_skip: Callable[[Skipped], None] | None = None) -> Gathered:
    """Every bundle's rows in file order; skipped files are collected and, as they come, passed to `on_skip`.

    Worker processes were tried for a district's folder: on this shared 2-core machine they were slower
    than one process (see BENCHMARKS.md), so files are read in turn.
    """
    result = Gathered()
    for item in read_bundles(inputs, exclude):
        if isinstance(item, Loaded):
            result.files += 1
            result.rows += bundle_rows(item.bundle, item.path)
        else:
            result.skipped.append(item)
            if on_skip is not None:
                on_skip(item)
    return result
