"""The summary as CSV: UTF-8 with a BOM (Excel and WPS then read the Chinese right), comma-separated, CRLF."""

import csv
import io

from .columns import COLUMNS, entry_cells
from .table import Summary


def csv_bytes(summary: Summary) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in summary.entries:
        writer.writerow([cell.text for cell in entry_cells(entry)])
    return buffer.getvalue().encode("utf-8-sig")
