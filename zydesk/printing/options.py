"""What a caller asks of a print (PrintOptions), what it gets back (PrintResult), and how it fails (PrintError)."""

from datetime import datetime
from pathlib import Path
from typing import NamedTuple


class PrintOptions(NamedTuple):
    # 1-based form numbers in the order to print; None prints every form of the bundle.
    forms: list[int] | None = None
    # The 填报人/审核人/单位负责人/填报日期/单位（盖章） block below the table.
    signatures: bool = True
    # 执行率 decimals: 0 prints a whole percent as the published forms do (93%), 2 prints 92.88%.
    rate_decimals: int = 0
    # A TrueType font the user configured; preferred over the bundled one when it is usable.
    font_file: Path | None = None
    # The PDF's creation date; None is the time of printing. The footer's 校验码 never depends on it.
    created: datetime | None = None


class PrintResult(NamedTuple):
    pages: int
    # Chinese, one sentence each: font fallbacks, characters the font lacks and where they are.
    warnings: list[str]


class PrintError(Exception):
    """A print that produced no file; the message is Chinese and says what to do."""
