"""Remake the test workbooks: written with XlsxWriter in the layouts offices use, then saved by LibreOffice.

Run from the repository root: `.venv/bin/python tests/data/workbooks/make_workbooks.py` (needs `soffice`,
Debian package libreoffice-calc-nogui). The results are committed, so the tests never need LibreOffice.
- xiaoguan-2021.xls: the example's four forms as a district office lays them out (分散对齐 labels,
  `指标1：` numbering, merged 一级/二级 cells, amounts typed as text), with a 汇总 sheet and a 填表说明 sheet,
  saved by LibreOffice as BIFF8 .xls.
- mof-template-2022.xlsx: a WPS/MoF-style template filled in: `附件1` line, 主管部门及代码, no 项目负责人 row,
  unused 二级 rows, a 备注 column zydesk has no field for; saved by LibreOffice as .xlsx.
- yuan-2021.ods: one form with 项目资金（元）, full-width and grouped numbers as text; saved as .ods.
- merged-percent-2021.xls/.xlsx/.ods: two forms whose runs of equal 年度指标值/实际完成值 are merged cells, the
  second with every `100%` typed as Excel keeps it (the number 1 shown with the format 0%, 执行率 as 0.0%); the
  得分 of each category's first indicator is the formula =G… (full marks), its value stored.

- exported-2021.ods: the example exported by zydesk, opened and saved as .ods by LibreOffice (a reviewer who
  works in LibreOffice sends it back so).
- xlwt-formulas-2021.xls: a small form written by a script with xlwt, whose formulas (执行率, one 得分, 总分) are
  stored with the empty result xlwt leaves, as programs that do not calculate write them.

- encrypted-2022.xls/.ods/.xlsx: the MoF template with the open password `zydesk`, saved by LibreOffice
  (.xls, .ods; through its UNO bridge, python3-uno) and msoffcrypto-tool (.xlsx, which LibreOffice 7.4 does not
  encrypt).

`make_workbooks.py NAME…` remakes only the named files (the others keep their committed bytes).
"""

import json
import os
import re
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
                 attachment=False, unused_rows=False, percents=False, merge_runs=False):
        self.book, self.ws = book, sheet
        self.yuan, self.leader_row, self.remark, self.as_text = yuan, leader_row, remark, as_text
        self.attachment, self.unused_rows = attachment, unused_rows
        # percents: `100%` typed into a cell as Excel/WPS keep it, the number 1 shown with the format 0%.
        # merge_runs: a run of equal 实际完成值 merged into one cell, as clerks tidy a filled-in form.
        self.percents, self.merge_runs = percents, merge_runs
        self.percent_fmt = book.add_format({"border": 1, "valign": "vcenter", "num_format": "0%"})
        self.percent_fmt_1 = book.add_format({"border": 1, "valign": "vcenter", "num_format": "0.0%"})
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
                    ws.write_number(r + i, 7, float(Decimal(total["executed"]) / Decimal(total["annual"])),
                                    self.percent_fmt_1 if self.percents else f)
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
        runs = {"target": {}, "actual": {}}  # id of the first indicator of a run of equal values -> its length
        for key, starts in runs.items():
            for _, run in groupby(rows, key=lambda ind: ind.get(key)):
                run = list(run)
                starts[id(run[0])] = len(run)
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
                    for c, key in ((4, "target"), (5, "actual")):
                        length = runs[key].get(id(ind)) if self.merge_runs else 1
                        if length is None:  # inside a merged run, written by its first row
                            continue
                        if length > 1:
                            ws.merge_range(r, c, r + length - 1, c, *self.value(ind[key]))
                        else:
                            ws.write(r, c, *self.value(ind[key]))
                    for c, key in ((6, "weight"), (7, "score")):
                        if ind[key] is not None:
                            ws.write_number(r, c, float(ind[key]), f)
                    if self.merge_runs and k == 1 and ind["score"] == ind["weight"] and ind["score"] is not None:
                        # Full marks typed as a formula (得分 = 分值), its value stored.
                        ws.write_formula(r, 7, f"=G{r + 1}", f, float(ind["score"]))
                    ws.write_string(r, 8, ind["deviation"], f)
                    if self.remark and k == 1:
                        ws.write_string(r, 9, "已复核", f)
                    r += 1
        ws.merge_range(r, 1, r, 5, "总分", f)
        ws.write_formula(r, 6, f"=SUM(G{top - 7}:G{r})", f)
        ws.write_formula(r, 7, f"=SUM(H{top + 2}:H{r})+I{top - 7}", f)
        ws.write_string(r + 1, 1, "填报人：王芳")
        ws.write_string(r + 1, 5, "填报日期：2022年3月1日")


    def value(self, text):
        """What goes into a 年度指标值/实际完成值 cell, and its format."""
        match = re.fullmatch(r"(\d+(?:\.\d)?)%", text) if self.percents else None
        if match is None:
            return text, self.fmt
        fmt = self.percent_fmt_1 if "." in match.group(1) else self.percent_fmt
        return float(Decimal(match.group(1)) / 100), fmt


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


def merged_percent(path: Path) -> None:
    forms = json.loads(EXAMPLE.read_text(encoding="utf-8"))["forms"]
    book = xlsxwriter.Workbook(path)
    title = "项目支出绩效自评表"
    Layout(book, book.add_worksheet("合并"), merge_runs=True).form(2021, title, forms[0])
    Layout(book, book.add_worksheet("百分数"), percents=True, merge_runs=True).form(2021, title, forms[2])
    book.close()


def exported(path: Path) -> None:
    """The example as `zydesk export` writes it (merged cells, formulas, the hidden zydesk sheet)."""
    sys.path.insert(0, str(HERE.parents[2]))
    from zydesk import storage
    from zydesk.workbooks import export_workbook

    export_workbook(storage.load(EXAMPLE), path)


def xlwt_formulas(path: Path) -> None:
    """A form written by a script with xlwt, which stores formulas uncalculated (needs `pip install xlwt`)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("自评表")
    ws.write(0, 0, "项目支出绩效自评表（2021年度）")
    ws.write(1, 0, "项目名称")
    ws.write(1, 1, "社区服务站运行经费")
    ws.write(2, 0, "项目资金（万元）")
    for c, label in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), start=2):
        ws.write(2, c, label)
    ws.write(3, 1, "年度资金总额")
    for c, value in ((2, 120), (3, 120), (4, 96), (5, 10)):
        ws.write(3, c, value)
    ws.write(3, 6, xlwt.Formula("E4/D4"))
    ws.write(3, 7, 8)
    for c, label in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")):
        ws.write(5, c, label)
    ws.write(6, 0, "产出指标")
    ws.write(6, 1, "数量指标")
    ws.write(6, 2, "服务站数量")
    ws.write(6, 3, "12个")
    ws.write(6, 4, "12个")
    ws.write(6, 5, 50)
    ws.write(6, 6, xlwt.Formula("F7"))  # the score typed as a formula: only its (uncalculated) result is stored
    ws.write(7, 0, "满意度指标")
    ws.write(7, 1, "服务对象满意度指标")
    ws.write(7, 2, "居民满意度")
    ws.write(7, 3, "≥90%")
    ws.write(7, 4, "95%")
    ws.write(7, 5, 40)
    ws.write(7, 6, 38)
    ws.write(8, 0, "总分")
    ws.write(8, 5, xlwt.Formula("SUM(F4:F8)"))
    ws.write(8, 6, xlwt.Formula("SUM(G7:G8)+H4"))
    book.save(str(path))


def convert(source: Path, target: Path, filter_name: str) -> None:
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        f"{target.suffix[1:]}:{filter_name}", "--outdir", out, str(source)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(Path(out) / (source.stem + target.suffix), target)


XLWT_NAME = "xlwt-formulas-2021.xls"
BUILDS = ((xiaoguan, "xiaoguan-2021.xls", "MS Excel 97"),
          (mof_template, "mof-template-2022.xlsx", "Calc MS Excel 2007 XML"),
          (yuan, "yuan-2021.ods", "calc8"),
          (merged_percent, "merged-percent-2021.xls", "MS Excel 97"),
          (merged_percent, "merged-percent-2021.xlsx", "Calc MS Excel 2007 XML"),
          (merged_percent, "merged-percent-2021.ods", "calc8"),
          (exported, "exported-2021.ods", "calc8"))


PASSWORD = "zydesk"
ENCRYPTED = ("encrypted-2022.xls", "encrypted-2022.ods", "encrypted-2022.xlsx")
# Run by the system Python that has LibreOffice's UNO bridge (Debian: python3-uno): open a workbook in a
# listening soffice and save copies with an open password.
UNO_SAVE = """
import sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

pipe, source, password, *targets = sys.argv[1:]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(300):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.2)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
for target, filter_name in zip(targets[::2], targets[1::2]):
    doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", filter_name), prop("Password", password)))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
"""


def encrypted() -> None:
    """The MoF template with an open password: .xls and .ods by LibreOffice, .xlsx by msoffcrypto-tool.

    LibreOffice 7.4 saves .xlsx without encryption whatever it is given (Password, or EncryptionData with
    OOXPassword, through storeToURL and storeAsURL); msoffcrypto-tool (`pip install msoffcrypto-tool`) writes the
    ECMA-376 agile encryption Excel and WPS use.
    """
    source = HERE / "mof-template-2022.xlsx"
    xls, ods, xlsx = (HERE / name for name in ENCRYPTED)
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "save.py"
        script.write_text(UNO_SAVE, encoding="utf-8")
        pipe = f"zydesk-workbooks-{os.getpid()}"
        office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                                   "--norestore", f"--accept=pipe,name={pipe};urp;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            subprocess.run(["/usr/bin/python3", str(script), pipe, str(source), PASSWORD,
                            str(xls), "MS Excel 97", str(ods), "calc8"], check=True, timeout=180)
        finally:
            office.terminate()
            office.wait(60)
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(source, "rb") as plain, open(xlsx, "wb") as out:
        OOXMLFile(plain).encrypt(PASSWORD, out)


def main(names: list[str]) -> int:
    """Remake the named workbooks (all of them without names)."""
    if not names or XLWT_NAME in names:
        xlwt_formulas(HERE / XLWT_NAME)
        print(f"wrote {HERE / XLWT_NAME}")
    if not names or set(ENCRYPTED) & set(names):
        encrypted()
        print(f"wrote {', '.join(str(HERE / name) for name in ENCRYPTED)}")
    with tempfile.TemporaryDirectory() as tmp:
        for build, name, filter_name in BUILDS:
            if names and name not in names:
                continue
            source = Path(tmp) / (Path(name).stem + ".source.xlsx")
            build(source)
            converted = Path(tmp) / (source.stem + Path(name).suffix)
            convert(source, converted, filter_name)
            shutil.move(converted, HERE / name)
            print(f"wrote {HERE / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
