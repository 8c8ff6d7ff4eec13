"""The signature line under a form (填报人：… 填报日期：…), read when the sheet has one."""

from . import labels as lb
from .sheet_form import SheetReader, cell_name
from .values import text_of


def read_signatures(reader: SheetReader, rows: range) -> None:
    found = reader.result.signatures
    for r, c, n in list(reader.labels):
        if r not in rows:
            continue
        for label, key in lb.SIGNATURE_LABELS.items():
            if not n.startswith(label) or key in found:
                continue
            reader.take(r, c)
            text = text_of(reader.grid.raw(r, c)).strip()
            rest = text[text.find(label) + len(label):].lstrip(":： \u3000").strip() if label in text else ""
            reader.result.cells[f"signatures.{key}"] = cell_name(r, c)
            if not rest and (target := reader.next_right(r, c)) is not None:
                value = text_of(reader.grid.raw(*target)).strip()
                if not any(lb.norm(value).startswith(other) for other in lb.SIGNATURE_LABELS):
                    rest = reader.text(*target)
                    reader.result.cells[f"signatures.{key}"] = cell_name(*target)
            found[key] = rest
            break
        if n in lb.FIXED_WORDS:
            reader.take(r, c)
