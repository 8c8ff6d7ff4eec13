"""Remake the test workbooks: written with XlsxWriter in the layouts offices use, then saved by LibreOffice.

Run from the repository root: `.venv/bin/python tests/data/workbooks/make_workbooks.py` (needs `soffice`,
Debian package libreoffice-calc-nogui). The results are committed, so the tests never need LibreOffice.
- xiaoguan-2021.xls: the example's four forms as a district office lays them out (分散对齐 labels,
  `指标1：` numbering, merged 一级/二级 cells, amounts typed as text), with a 汇总 sheet and a 填表说明 sheet,
  saved by LibreOffice as BIFF8 .xls.
- mof-template-2022.xlsx: a WPS/MoF-style template filled in: `附件1` line, 主管部门及代码, no 项目负责人 row,
  unused 二级 rows, a 备注 column zydesk has no field for; saved by LibreOffice as .xlsx.
- yuan-2021.ods: one form with 项目资金（元）, full-width and grouped numbers as text; saved as .ods.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from itertools import groupby
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parents[2] / "resources" / "examples" / "xiaoguan-2021.json"
LABELS = {"quantity": "数量指标", "quality": "质量指标", "timeliness": "时效指标", "cost": "成本指标",
          "economic": "经济效益指标", "social": "社会效益指标", "ecological": "生态效益指标",
          "sustainability": "可持续影响指标", "satisfaction": "服务对象满意度指标"}
LEVEL1 = {"quantity": "产出指标", "quality": "产出指标", "timeliness": "产出指标", "cost": "产出指标",
          "economic": "效益指标", "social": "效益指标", "ecological": "效益指标", "sustainability": "效益指标",
          "satisfaction": "满意度指标"}


def spaced(label: str) -> str:
    """分散对齐 as typed by hand: `项 目 名 称`."""
    return " ".join(label)


class Layout:
    def __init__(self, book, sheet, *, yuan=False, leader_row=True, remark=False, as_text=False,
                 attachment=False, unused_rows=False):
        self.book, self.ws = book, sheet
        self.yuan, self.leader_row, self.remark, self.as_text = yuan, leader_row, remark, as_text
        self.attachment, self.unused_rows = attachment, unused_rows
        self.fmt = book.add_format({"border": 1, "text_wrap": True, "valign": "vcenter", "font_name": "宋体"})
        self.bold = book.add_format({"bold": True, "align": "center", "font_size": 14})

    def amount(self, r, c, value):
        if value is None:
            self.ws.write_blank(r, c, None, self.fmt)
            return
        number = Decimal(value) * (10000 if self.yuan else 1)
        if self.as_text:
            text = f"{number:,f}".rstrip("0").rstrip(".") if "." in f"{number:f}" else f"{number:,f}"
            self.ws.write_string(r, c, text, self.fmt)
        else:
            self.ws.write_number(r, c, float(number), self.fmt)

    def form(self, year, title, form):
        ws, f = self.ws, self.fmt
        r = 0
        if self.attachment:
            ws.write_string(r, 0, "附件1")
            r += 1
        ws.merge_range(r, 0, r, 9, title, self.bold)
        ws.merge_range(r + 1, 0, r + 1, 9, f"（{year}年度）", None)
        r += 2
        ws.merge_range(r, 0, r, 1, spaced("项目名称"), f)
        ws.merge_range(r, 2, r, 9, form["project_name"], f)
        r += 1
        ws.merge_range(r, 0, r, 1, "主管部门及代码" if self.attachment else spaced("主管部门"), f)
        ws.merge_range(r, 2, r, 4, form["department"], f)
        ws.merge_range(r, 5, r, 6, "实施单位", f)
        ws.merge_range(r, 7, r, 9, form["implementer"], f)
        r += 1
        if self.leader_row:
            ws.merge_range(r, 0, r, 1, "项目负责人", f)
            ws.merge_range(r, 2, r, 4, form["leader"], f)
            ws.merge_range(r, 5, r, 6, "联系电话", f)
            ws.merge_range(r, 7, r, 9, form["phone"], f)
            r += 1
        unit = "（元）" if self.yuan else "（万元）"
        ws.merge_range(r, 0, r + 4, 0, f"项目资金{unit}", f)
        for c, label in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), start=3):
            ws.write_string(r, c, label, f)
        rows = (("total", "年度资金总额"), ("fiscal", "其中：当年财政拨款"), ("carryover", "上年结转资金"),
                ("other", "其他资金"))
        for i, (key, label) in enumerate(rows, start=1):
            ws.merge_range(r + i, 1, r + i, 2, label, f)
            for c, col in enumerate(("initial", "annual", "executed"), start=3):
                self.amount(r + i, c, form["funds"][key][col])
            if key == "total":
                ws.write_string(r + i, 6, form["execution"]["weight"], f) if self.as_text else \
                    ws.write_number(r + i, 6, float(form["execution"]["weight"]), f)
                ws.write_number(r + i, 8, float(form["execution"]["score"]), f)
                total = form["funds"]["total"]
                if total["annual"] and total["executed"] and Decimal(total["annual"]):
                    ws.write_number(r + i, 7, float(Decimal(total["executed"]) / Decimal(total["annual"])), f)
            else:
                ws.write_string(r + i, 6, "—", f)
                ws.write_string(r + i, 8, "—", f)
        r += 5
        ws.merge_range(r, 0, r + 1, 0, "年度总体目标", f)
        ws.merge_range(r, 1, r, 4, "预期目标", f)
        ws.merge_range(r, 5, r, 9, "实际完成情况", f)
        ws.merge_range(r + 1, 1, r + 1, 4, form["goal"]["expected"], f)
        ws.merge_range(r + 1, 5, r + 1, 9, form["goal"]["actual"], f)
        r += 2
        self.indicators(r, form)

    def indicators(self, top, form):
        ws, f = self.ws, self.fmt
        headers = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                   "偏差原因分析及改进措施"]
        if self.remark:
            headers.append("备注")
        rows = list(form["indicators"])
        if self.unused_rows:
            used = {ind["category"] for ind in rows}
            rows += [{"category": c, "unused": True} for c in LABELS if c not in used]
            rows.sort(key=lambda ind: list(LABELS).index(ind["category"]))
        ws.merge_range(top, 0, top + len(rows), 0, "绩效指标", f)
        for c, label in enumerate(headers, start=1):
            ws.write_string(top, c, label, f)
        r = top + 1
        for level1, run in groupby(rows, key=lambda ind: LEVEL1[ind["category"]]):
            run = list(run)
            points = sum(Decimal(i["weight"]) for i in run if i.get("weight"))
            label = f"{level1}（{points}分）" if not self.unused_rows else level1
            _merge(ws, r, 1, r + len(run) - 1, 1, label, f)
            for category, group in groupby(run, key=lambda ind: ind["category"]):
                group = list(group)
                _merge(ws, r, 2, r + len(group) - 1, 2, LABELS[category], f)
                for k, ind in enumerate(group, start=1):
                    if ind.get("unused"):
                        r += 1
                        continue
                    ws.write_string(r, 3, f"指标{k}：{ind['name']}", f)
                    ws.write_string(r, 4, ind["target"], f)
                    ws.write_string(r, 5, ind["actual"], f)
                    for c, key in ((6, "weight"), (7, "score")):
                        if ind[key] is not None:
                            ws.write_number(r, c, float(ind[key]), f)
                    ws.write_string(r, 8, ind["deviation"], f)
                    if self.remark and k == 1:
                        ws.write_string(r, 9, "已复核", f)
                    r += 1
        ws.merge_range(r, 1, r, 5, "总分", f)
        ws.write_formula(r, 6, f"=SUM(G{top - 7}:G{r})", f)
        ws.write_formula(r, 7, f"=SUM(H{top + 2}:H{r})+I{top - 7}", f)
        ws.write_string(r + 1, 1, "填报人：王芳")
        ws.write_string(r + 1, 5, "填报日期：2022年3月1日")


def _merge(ws, r1, c1, r2, c2, text, fmt):
    if (r1, c1) == (r2, c2):
        ws.write_string(r1, c1, text, fmt)
    else:
        ws.merge_range(r1, c1, r2, c2, text, fmt)


def xiaoguan(path: Path) -> None:
    bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    book = xlsxwriter.Workbook(path)
    summary = book.add_worksheet("汇总")
    summary.write_row(0, 0, ["序号", "项目名称", "全年预算数（万元）", "自评得分"])
    for i, form in enumerate(bundle["forms"], start=1):
        summary.write_row(i, 0, [i, form["project_name"], float(form["funds"]["total"]["annual"] or 0), 100])
        Layout(book, book.add_worksheet(f"表{i}"), as_text=(i == 2)).form(bundle["year"], bundle["title"], form)
    notes = book.add_worksheet("填表说明")
    notes.write_string(0, 0, "填表说明：金额单位为万元，保留六位小数。")
    book.close()


def mof_template(path: Path) -> None:
    form = json.loads(EXAMPLE.read_text(encoding="utf-8"))["forms"][1]
    form = {**form, "project_name": "社区服务站运行经费"}
    book = xlsxwriter.Workbook(path)
    Layout(book, book.add_worksheet("Sheet1"), leader_row=False, remark=True, attachment=True,
           unused_rows=True).form(2022, "项目支出绩效自评表", form)
    book.close()


def yuan(path: Path) -> None:
    form = json.loads(EXAMPLE.read_text(encoding="utf-8"))["forms"][2]
    book = xlsxwriter.Workbook(path)
    layout = Layout(book, book.add_worksheet("公共服务经费"), yuan=True, as_text=True)
    layout.form(2021, "朝阳区项目支出绩效自评表", form)
    book.close()


def convert(source: Path, target: Path, filter_name: str) -> None:
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        f"{target.suffix[1:]}:{filter_name}", "--outdir", out, str(source)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(Path(out) / (source.stem + target.suffix), target)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for build, name, filter_name in ((xiaoguan, "xiaoguan-2021.xls", "MS Excel 97"),
                                         (mof_template, "mof-template-2022.xlsx", "Calc MS Excel 2007 XML"),
                                         (yuan, "yuan-2021.ods", "calc8")):
            source = Path(tmp) / (Path(name).stem + ".source.xlsx")
            build(source)
            converted = Path(tmp) / (source.stem + Path(name).suffix)
            convert(source, converted, filter_name)
            shutil.move(converted, HERE / name)
            print(f"wrote {HERE / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
