"""Chinese names of fields (for undo texts and messages) and the display of decimals, rates and scores."""

from decimal import Decimal

from ..model import ASSESSMENT_LABELS, CATEGORY_BY_CODE, FUND_COLUMNS, FUND_ROWS, Bundle, plain, tidy
from ..model.edits import split_path
from ..rules.checks import indicator_labels, percent

NO_VALUE = "—"
UNNAMED_PROJECT = "（未填项目名称）"

_SIMPLE = {
    "title": "表头标题", "year": "年度", "policy": "评分规则",
    "project_name": "项目名称", "department": "主管部门", "implementer": "实施单位",
    "leader": "项目负责人", "phone": "联系电话",
    "preparer": "填报人", "reviewer": "审核人", "unit_head": "单位负责人", "date": "填报日期",
    "expected": "预期目标", "actual": "实际完成情况",
}
_INDICATOR_FIELDS = {
    "name": "三级指标", "target": "年度指标值", "actual": "实际完成值", "weight": "分值", "score": "得分",
    "deviation": "偏差原因", "assessment": "评价",
}
_ROWS = {key: label.removeprefix("其中：") for key, label in FUND_ROWS}
_COLUMNS = dict(FUND_COLUMNS)


def field_label(bundle: Bundle, path: str) -> str:
    """`forms[0].funds.total.executed` -> `年度资金总额 全年执行数`; used in undo texts."""
    parts = split_path(path)
    if parts[0] != "forms" or len(parts) < 3:
        return _SIMPLE.get(str(parts[-1]), str(parts[-1]))
    rest = parts[2:]
    if rest[0] == "funds" and len(rest) == 3:
        return f"{_ROWS.get(str(rest[1]), rest[1])} {_COLUMNS.get(str(rest[2]), rest[2])}"
    if rest[0] == "execution":
        return "预算执行率分值" if rest[-1] == "weight" else "预算执行率得分"
    if rest[0] == "indicators" and len(rest) == 3 and isinstance(rest[1], int):
        form = bundle.forms[parts[1]]
        labels = indicator_labels(form)
        where = labels[rest[1]] if rest[1] < len(labels) else "指标"
        return f"{where} {_INDICATOR_FIELDS.get(str(rest[2]), rest[2])}"
    return _SIMPLE.get(str(rest[-1]), str(rest[-1]))


def number_text(value: Decimal | None) -> str:
    """A stored decimal exactly as stored (`3248.639548`), blank for None."""
    return "" if value is None else plain(value)


def score_text(value: Decimal | None) -> str:
    return NO_VALUE if value is None else tidy(value)


def rate_text(rate: Decimal | None) -> str:
    return NO_VALUE if rate is None else percent(rate)


def assessment_items() -> list[tuple[str | None, str]]:
    return [(None, "（未评价）"), *ASSESSMENT_LABELS.items()]


def category_label(code: str) -> str:
    return CATEGORY_BY_CODE[code].label


def project_title(name: str) -> str:
    return name.strip() or UNNAMED_PROJECT
