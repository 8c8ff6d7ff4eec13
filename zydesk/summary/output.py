"""Writing the summary: the format chosen by the file's suffix, the file replaced atomically."""

from collections.abc import Callable
from pathlib import Path

from ..atomicfile import write_failure, write_file
from .table import Summary

OUTPUT_SUFFIXES = (".pdf", ".xlsx", ".csv")


class OutputError(Exception):
    """The summary was not written; the message (Chinese) says why, and any earlier file is untouched."""


def _writer(suffix: str) -> Callable[[Summary], bytes]:
    if suffix == ".csv":
        from .csv_out import csv_bytes

        return csv_bytes
    if suffix == ".xlsx":
        from .xlsx_out import xlsx_bytes

        return xlsx_bytes
    if suffix == ".pdf":
        from .pdf_out import pdf_bytes

        return lambda summary: pdf_bytes(summary)[0]
    raise OutputError(f"不支持的输出格式“{suffix or '（无扩展名）'}”，请用 .pdf、.xlsx 或 .csv")


def check_output(path: Path) -> None:
    """Refuse an output name before any work is done: unknown suffix, or a folder."""
    _writer(path.suffix.lower())
    if path.is_dir():
        raise OutputError("这是一个文件夹，不能作为输出文件")


def summary_bytes(summary: Summary, suffix: str) -> bytes:
    return _writer(suffix.lower())(summary)


def write_summary(summary: Summary, path: Path) -> None:
    check_output(path)
    data = summary_bytes(summary, path.suffix)
    try:
        write_file(path, data)
    except OSError as exc:
        raise OutputError(write_failure(exc, "未输出", "Excel、PDF 阅读器")) from None
