"""The summary (汇总) across forms, files and units: rows, totals, and the CSV, Excel and PDF outputs (no Qt)."""

from .collect import Loaded, Skipped, read_bundles
from .output import OUTPUT_SUFFIXES, OutputError, summary_bytes, write_summary
from .rows import FormRow, bundle_rows
from .table import GROUP_LABELS, Summary, TotalRow, build_summary

__all__ = [
    "GROUP_LABELS", "OUTPUT_SUFFIXES", "FormRow", "Loaded", "OutputError", "Skipped", "Summary", "TotalRow",
    "build_summary", "bundle_rows", "read_bundles", "summary_bytes", "write_summary",
]
