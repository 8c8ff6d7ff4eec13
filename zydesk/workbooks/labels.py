"""Label matching by text: whitespace and full-width punctuation ignored, the form's words and their variants."""

import re

from ..model import CATEGORIES

_WIDTH = str.maketrans({"（": "(", "）": ")", "：": ":", "\u3000": ""})
_SPACE = re.compile(r"\s+")
_POINTS = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分\s*\)$")
_NUMBERING = re.compile(r"^\s*(?:指标\s*[0-9０-９]+\s*[：:、.．]?|[0-9０-９]+\s*[.、．](?![0-9０-９]))")
TITLE_SUFFIX = "项目支出绩效自评表"

HEADER_FIELDS: dict[str, str] = {
    "项目名称": "project_name", "主管部门": "department", "主管部门及代码": "department",
    "实施单位": "implementer", "项目负责人": "leader", "联系电话": "phone",
}
FUND_COLUMN_LABELS: dict[str, str] = {
    "年初预算数": "initial", "预算数": "initial", "全年预算数": "annual", "调整后预算数": "annual",
    "全年执行数": "executed", "执行数": "executed", "分值": "weight", "执行率": "rate", "得分": "score",
}
FUND_ROW_LABELS: dict[str, str] = {
    "年度资金总额": "total", "资金总额": "total", "其中:当年财政拨款": "fiscal", "当年财政拨款": "fiscal",
    "其中:本年财政拨款": "fiscal", "本年财政拨款": "fiscal", "其中:财政拨款": "fiscal", "财政拨款": "fiscal",
    "上年结转资金": "carryover", "上年结转": "carryover", "其他资金": "other",
}
INDICATOR_COLUMN_LABELS: dict[str, str] = {
    "一级指标": "level1", "二级指标": "level2", "三级指标": "name", "年度指标值": "target", "指标值": "target",
    "年度目标值": "target", "实际完成值": "actual", "全年实际值": "actual", "完成值": "actual",
    "分值": "weight", "得分": "score", "偏差原因分析及改进措施": "deviation", "偏差原因分析": "deviation",
    "偏差原因": "deviation",
}
LEVEL1_LABELS: dict[str, str] = {"产出指标": "output", "效益指标": "effect", "满意度指标": "satisfaction"}
CATEGORY_LABELS: dict[str, str] = {
    **{c.label: c.code for c in CATEGORIES},
    "数量": "quantity", "质量": "quality", "时效": "timeliness", "成本": "cost", "成本指标(万元)": "cost",
    "经济效益": "economic", "社会效益": "social", "生态效益": "ecological", "可持续影响": "sustainability",
    "可持续影响指标": "sustainability", "可持续发展指标": "sustainability", "满意度指标": "satisfaction",
    "服务对象满意度": "satisfaction", "满意度": "satisfaction", "社会公众满意度指标": "satisfaction",
}
GOAL_LABELS = {"预期目标": "expected", "实际完成情况": "actual", "年度目标": "expected", "实际完成": "actual"}
TOTAL_LABELS = ("总分", "合计")
SIGNATURE_LABELS: dict[str, str] = {"填报人": "preparer", "审核人": "reviewer", "单位负责人": "unit_head",
                                    "填报日期": "date"}
def _known() -> frozenset[str]:
    return frozenset({*HEADER_FIELDS, *GOAL_LABELS, *FUND_COLUMN_LABELS, *INDICATOR_COLUMN_LABELS, *TOTAL_LABELS})


# Fixed words of the paper form that carry no value of their own.
FIXED_WORDS = frozenset({
    "项目资金(万元)", "项目资金(元)", "项目资金", "年度总体目标", "总体目标", "绩效指标", "单位(盖章)",
    "单位盖章", "附件", "附件1", "附件2", "附表", "年度", "(年度)", "执行率",
})


KNOWN_LABELS = _known()


def norm(text: str) -> str:
    """A label as compared: no whitespace, one form of ()：, no trailing colon."""
    text = _SPACE.sub("", text.translate(_WIDTH))
    return text[:-1] if text.endswith(":") else text


def without_points(label: str) -> str:
    """`产出指标(50分)` -> `产出指标` (the group's points are printed, not meaningful)."""
    return _POINTS.sub("", label)


def level1_code(label: str) -> str | None:
    return LEVEL1_LABELS.get(without_points(norm(label)))


def category_code(label: str) -> str | None:
    return CATEGORY_LABELS.get(without_points(norm(label)))


def indicator_column(label: str) -> str | None:
    return INDICATOR_COLUMN_LABELS.get(norm(label))


def strip_numbering(text: str) -> str:
    """`指标1：抗震加固` -> `抗震加固`: the print numbers the 三级 texts itself (text after it kept as is)."""
    return _NUMBERING.sub("", text, count=1)


def is_title(label: str) -> bool:
    return label.endswith(TITLE_SUFFIX) and not label.startswith("附件")
