"""Printing the official layout with reportlab (no Qt): story building, fonts, the renderer.

`build_form_table` decides what the paper says (a TableSpec, testable without PDF bytes); `render_pdf`
lays the specs out on A4 with embedded fonts and the per-form footer.
"""

# First: reportlab's paragraph module without the pattern it compiles for nothing (see quick_import).
from . import quick_import  # noqa: F401
from .fingerprint import fingerprint
from .fonts import FontSet, font_set
from .options import PrintError, PrintOptions, PrintResult
from .render import build_specs, render_pdf, render_pdf_bytes
from .spec import Cell, Section, Signature, TableSpec
from .story import build_form_table

__all__ = [
    "Cell", "FontSet", "PrintError", "PrintOptions", "PrintResult", "Section", "Signature", "TableSpec",
    "build_form_table", "build_specs", "fingerprint", "font_set", "render_pdf", "render_pdf_bytes",
]
