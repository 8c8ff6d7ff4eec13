"""One sheet read as a form: find the blocks by their labels, then take header, funds and goal."""

import re
from dataclasses import dataclass, field

from ..rules.numbers import NumberKind
from . import labels as lb
from .grid import SheetGrid
from .values import CellValueError, is_blank, is_number_cell, percent_text, read_number, read_rate, text_of

_YEAR = re.compile(r"((?:19|20|21)\d{2})\s*年")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_UNIT = re.compile(r"\((万元|元)\)$")
MAX_LABEL_CHARS = 40
NOT_A_FORM = "不是自评表"
FORMAT_UNKNOWN = "读不出这个数字的显示格式，按数值导入（表格中若显示为百分数，请核对）"


def cell_name(r: int, c: int) -> str:
    letters, c = "", c + 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r + 1}"


@dataclass
class Unplaced:
    cell: str
    text: str
    reason: str
    field: str | None = None  # the form field the cell belongs to, relative to the form ("indicators[2]")


@dataclass
class SheetForm:
    """What one form sheet gave: the form as a raw file dict, and everything it could not place."""

    name: str
    form: dict
    title: str | None = None
    year: int | None = None
    signatures: dict[str, str] = field(default_factory=dict)
    unplaced: list[Unplaced] = field(default_factory=list)
    file_totals: dict[str, str | None] = field(default_factory=dict)
    # (row, col) of the cell each field came from: the editor's report goes from a cell to its field.
    cells: dict[str, str] = field(default_factory=dict)


class SheetReader:
    """Reading state of one sheet: label positions, cells taken, cells that could not be placed."""

    def __init__(self, grid: SheetGrid, verbatim: bool = False):
        self.grid = grid
        self.verbatim = verbatim
        self.taken: set[tuple[int, int]] = set()
        # Cells zydesk computes itself (执行率, 总分): read only for the report, never taken over.
        self.computed: set[tuple[int, int]] = set()
        # (row, col) -> the field read from it, blank or not: a report line about the cell leads to its field.
        self.fields: dict[tuple[int, int], str] = {}
        self.labels: list[tuple[int, int, str]] = []
        self.by_row: dict[int, list[tuple[int, str]]] = {}
        for r, c, value in grid.filled():
            if isinstance(value, str) and len(value) <= MAX_LABEL_CHARS * 2:
                n = lb.norm(value)
                self.labels.append((r, c, n))
                self.by_row.setdefault(r, []).append((c, n))
        self.result = SheetForm(grid.name, {})
        self.yuan = False

    # ---- cells -----------------------------------------------------------------------------

    def take(self, r: int, c: int) -> object:
        r, c = self.grid.anchor(r, c)
        self.taken.add((r, c))
        return self.grid.raw(r, c)

    def blank(self, value: object) -> bool:
        """No value; in zydesk's own workbooks a text of spaces is a value (it is given back as it was)."""
        return value in (None, "") if self.verbatim else is_blank(value)

    def text(self, r: int, c: int, path: str | None = None) -> str:
        ar, ac = self.grid.anchor(r, c)
        value = self.take(r, c)
        if path is not None:
            self.fields.setdefault((ar, ac), path)
        if path is not None and not self.blank(value):
            self.result.cells[path] = cell_name(ar, ac)
        text = self.shown(ar, ac, value, path)
        return text if self.verbatim else text.strip()

    def shown(self, r: int, c: int, value: object, path: str | None = None) -> str:
        """A cell read as text, as the clerk sees it: a number with a percent format is `93%`, not 0.93."""
        if is_number_cell(value):
            percent = self.grid.shows_percent(r, c)
            if percent:
                return percent_text(value)
            if percent is None:
                self.unplace(r, c, FORMAT_UNKNOWN, path)
        return text_of(value)

    def number(self, r: int, c: int, kind: NumberKind, path: str) -> str | None:
        ar, ac = self.grid.anchor(r, c)
        if (ar, ac) != (r, c):  # a number merged over several rows counts once, in its first row
            return None
        value = self.take(r, c)
        self.fields.setdefault((r, c), path)
        try:
            number = read_number(value, kind, self.yuan and kind is NumberKind.AMOUNT)
        except CellValueError as exc:
            self.unplace(r, c, str(exc), path)
            return None
        if number is not None:
            self.result.cells[path] = cell_name(r, c)
            if not isinstance(value, str) and self.grid.shows_percent(r, c):
                # Points are not a fraction of anything: keep the number, but let the clerk look at it.
                self.result.unplaced.append(Unplaced(cell_name(r, c), percent_text(value),
                                                     f"显示为百分数，按数值 {format(number, 'f')} 导入，请核对", path))
        return None if number is None else format(number, "f")

    def unplace(self, r: int, c: int, reason: str, path: str | None = None) -> None:
        self.taken.add((r, c))
        value = self.grid.raw(r, c)
        text = percent_text(value) if is_number_cell(value) and self.grid.shows_percent(r, c) else text_of(value)
        self.result.unplaced.append(Unplaced(cell_name(r, c), text, reason, path))

    def next_right(self, r: int, c: int) -> tuple[int, int] | None:
        """The next non-empty cell right of (r, c), a merged range counted once; None if a label comes first."""
        col = self.grid.span(r, c)[3] + 1
        row = self.grid.rows[r] if r < self.grid.height else []
        if self.verbatim:  # zydesk's own layout: the value is the cell right beside the label, whatever it says
            return self.grid.anchor(r, col) if col < len(row) else None
        while col < len(row):
            ar, ac = self.grid.anchor(r, col)
            value = self.grid.raw(ar, ac)
            if not self.blank(value):
                if isinstance(value, str) and lb.norm(value) in lb.KNOWN_LABELS:
                    return None
                return ar, ac
            col = self.grid.span(r, col)[3] + 1
        return None

    def find(self, names, rows: range | None = None) -> list[tuple[int, int, str]]:
        return [(r, c, n) for r, c, n in self.labels if n in names and (rows is None or r in rows)]

    # ---- blocks ----------------------------------------------------------------------------

    def locate(self) -> tuple[int, int] | None:
        """(项目名称 row, indicator header row), or None when the sheet holds no form."""
        names = self.find({"项目名称"})
        for header in sorted({r for r, _, n in self.labels if n == "一级指标"}):
            row_labels = {n for _, n in self.by_row[header]}
            if {"二级指标", "三级指标"} <= row_labels:
                above = [r for r, _, _ in names if r < header]
                if above:
                    return min(above), header
        return None

    def read_title(self, name_row: int) -> None:
        for r, c, _ in self.labels:
            if r >= name_row:
                break
            text = re.sub(r"\s+", "", text_of(self.grid.raw(r, c))).translate(_DIGITS)
            cut = text.find(lb.TITLE_SUFFIX)
            if cut >= 0 and not text.startswith("附件") and self.result.title is None:
                self.result.title = text[: cut + len(lb.TITLE_SUFFIX)]
                self.result.cells["title"] = cell_name(r, c)
                self.take(r, c)
            match = _YEAR.search(text)
            if match and self.result.year is None:
                self.result.year = int(match.group(1))
                self.take(r, c)

    def read_header(self, rows: range) -> None:
        for r, c, n in self.find(lb.HEADER_FIELDS, rows):
            key = lb.HEADER_FIELDS[n]
            self.take(r, c)
            if key in self.result.form:
                continue
            target = self.next_right(r, c)
            self.result.form[key] = "" if target is None else self.text(*target, path=key)

    def read_funds(self, rows: range) -> int:
        """The funds block; returns the row after it."""
        form = self.result.form
        form["funds"] = {key: {"initial": None, "annual": None, "executed": None}
                         for key in ("total", "fiscal", "carryover", "other")}
        form["execution"] = {"weight": None, "score": None}
        for r, c, n in self.labels:
            if r in rows and n.startswith("项目资金"):
                self.yuan = "(元)" in n
                self.take(r, c)
        header_row, columns = None, {}
        for r in rows:
            found = {}
            for c, n in self.by_row.get(r, ()):
                unit = _UNIT.search(n)
                key = lb.FUND_COLUMN_LABELS.get(_UNIT.sub("", n))
                if key is not None and key not in found:
                    found[key] = c
                    if unit:
                        self.yuan = unit.group(1) == "元"
            if len({"initial", "annual", "executed"} & found.keys()) >= 2:
                header_row, columns = r, found
                break
        if header_row is None:
            return rows.start
        for c in columns.values():
            self.take(header_row, c)
        if "annual" not in columns and "initial" in columns:
            columns["annual"] = columns["initial"]
        first_amount = min(columns.values())
        end = header_row + 1
        for r in range(header_row + 1, rows.stop):
            row_labels = [(c, n) for c, n in self.by_row.get(r, ()) if c < first_amount]
            key = next((lb.FUND_ROW_LABELS[n] for _, n in row_labels if n in lb.FUND_ROW_LABELS), None)
            if key is None:
                if any(n in lb.GOAL_LABELS or n in ("年度总体目标", "总体目标") for _, n in row_labels):
                    break
                continue
            end = r + 1
            for c, _ in row_labels:
                self.take(r, c)
            self._fund_row(r, key, columns)
        return end

    def _fund_row(self, r: int, key: str, columns: dict[str, int]) -> None:
        row = self.result.form["funds"][key]
        for col in ("initial", "annual", "executed"):
            if col in columns:
                row[col] = self.number(r, columns[col], NumberKind.AMOUNT, f"funds.{key}.{col}")
        if "rate" in columns:
            self.computed.add(self.grid.anchor(r, columns["rate"]))
            value = self.take(r, columns["rate"])
            if key == "total":
                try:
                    rate = read_rate(value, self.grid.shows_percent(*self.grid.anchor(r, columns["rate"])))
                except CellValueError:
                    rate = None
                self.result.file_totals["execution_rate"] = None if rate is None else format(rate, "f")
        for col, kind in (("weight", NumberKind.WEIGHT), ("score", NumberKind.SCORE)):
            if col not in columns:
                continue
            if key == "total":
                self.result.form["execution"][col] = self.number(r, columns[col], kind, f"execution.{col}")
                self.result.file_totals[f"execution_{col}"] = self.result.form["execution"][col]
            elif not is_blank(self.take(r, columns[col])) and text_of(self.grid.raw(r, columns[col])).strip() \
                    not in ("—", "-", "/", "——", "－"):
                self.unplace(r, columns[col], "只有“年度资金总额”一行有分值和得分", f"funds.{key}")

    def read_goal(self, rows: range) -> None:
        goal = {"expected": "", "actual": ""}
        for r, c, n in self.find(lb.GOAL_LABELS, rows):
            self.take(r, c)
            _, left, bottom, right = self.grid.span(r, c)
            parts = []
            for rr in range(bottom + 1, rows.stop):
                for cc in range(left, right + 1):
                    ar, ac = self.grid.anchor(rr, cc)
                    if (ar, ac) == (rr, cc) and left <= ac <= right and not self.blank(self.grid.raw(ar, ac)):
                        value = self.grid.raw(ar, ac)
                        if not self.verbatim and isinstance(value, str) and lb.norm(value) in lb.GOAL_LABELS:
                            continue
                        parts.append(self.text(ar, ac, path=f"goal.{lb.GOAL_LABELS[n]}"))
            if not parts and not self.verbatim and (target := self.next_right(r, c)) is not None:
                parts.append(self.text(*target, path=f"goal.{lb.GOAL_LABELS[n]}"))
            goal[lb.GOAL_LABELS[n]] = "\n".join(parts)
        self.result.form["goal"] = goal
        for r, c, n in self.labels:
            if r in rows and n in lb.FIXED_WORDS:
                self.take(r, c)
