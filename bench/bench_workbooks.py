"""Workbooks: import of the four-form LibreOffice .xls, of a 200-sheet workbook, export of 500 forms."""

import io
import tempfile
import time
from pathlib import Path

import xlsxwriter

from bench.common import generated_bundle, median_ms
from zydesk.workbooks import export_workbook, import_workbooks, workbook_bytes

ROOT = Path(__file__).resolve().parent.parent
XLS = ROOT / "tests" / "data" / "workbooks" / "xiaoguan-2021.xls"


def main() -> None:
    print(f"import four-form .xls (LibreOffice): {median_ms(lambda: import_workbooks([XLS]), 20):.1f} ms "
          "median of 20 (goal <= 300 ms)")
    with tempfile.TemporaryDirectory() as folder:
        many = Path(folder) / "200.xlsx"
        start = time.perf_counter()
        export_workbook(generated_bundle(200, 20), many)
        print(f"  (wrote a 200-sheet workbook in {time.perf_counter() - start:.1f} s, "
              f"{many.stat().st_size / 1e6:.1f} MB)")
        print(f"import 200 sheets x 20 indicators: {median_ms(lambda: import_workbooks([many]), 5) / 1000:.2f} s "
              "median of 5 (goal <= 5 s)")
    big = generated_bundle(500, 20)
    print(f"export 500 forms x 20 indicators (in memory): {median_ms(lambda: workbook_bytes(big), 3) / 1000:.2f} s "
          "median of 3 (goal <= 5 s)")
    print(f"  (XlsxWriter alone, the same 277,500 bordered text cells: {median_ms(_xlsxwriter_floor, 3) / 1000:.2f} s "
          "median of 3)")


def _xlsxwriter_floor() -> bytes:
    """What the library itself needs for as many cells as that export writes (500 × 35 × 9, plus 10,000 × 12)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    fmt = book.add_format({"border": 1, "text_wrap": True})
    for s in range(500):
        sheet = book.add_worksheet(str(s))
        for r in range(35):
            for c in range(9):
                sheet.write_string(r, c, f"指标内容第{r}项，保障工作顺利开展", fmt)
    sheet = book.add_worksheet("detail")
    for r in range(10_000):
        for c in range(12):
            sheet.write_string(r, c, f"text {r}", fmt)
    book.close()
    return buffer.getvalue()


if __name__ == "__main__":
    main()
