"""Workbooks in and out: Excel/WPS forms read into a bundle, bundles written as workbooks (no Qt)."""

from .export import ExportError, export_workbook, sheet_names, workbook_bytes
from .guard import WorkbookError
from .importer import ImportResult, SheetReport, WorkbookReport, import_workbooks
from .report import field_path, report_json, sheet_line, unplaced_line

__all__ = [
    "ExportError", "ImportResult", "SheetReport", "WorkbookError", "WorkbookReport", "export_workbook",
    "field_path", "import_workbooks", "report_json", "sheet_line", "sheet_names", "unplaced_line", "workbook_bytes",
]
