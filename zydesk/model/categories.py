"""The fixed vocabulary of indicator levels: 一级 groups and their 二级 categories, in printed order."""

from typing import Literal, NamedTuple

Level1Code = Literal["output", "effect", "satisfaction"]
CategoryCode = Literal[
    "quantity", "quality", "timeliness", "cost",
    "economic", "social", "ecological", "sustainability",
    "satisfaction",
]


class Level1(NamedTuple):
    code: str
    label: str


class Category(NamedTuple):
    code: str
    label: str
    level1: Level1


OUTPUT = Level1("output", "产出指标")
EFFECT = Level1("effect", "效益指标")
SATISFACTION = Level1("satisfaction", "满意度指标")
LEVEL1S: tuple[Level1, ...] = (OUTPUT, EFFECT, SATISFACTION)

CATEGORIES: tuple[Category, ...] = (
    Category("quantity", "数量指标", OUTPUT),
    Category("quality", "质量指标", OUTPUT),
    Category("timeliness", "时效指标", OUTPUT),
    Category("cost", "成本指标", OUTPUT),
    Category("economic", "经济效益指标", EFFECT),
    Category("social", "社会效益指标", EFFECT),
    Category("ecological", "生态效益指标", EFFECT),
    Category("sustainability", "可持续影响指标", EFFECT),
    Category("satisfaction", "服务对象满意度指标", SATISFACTION),
)

CATEGORY_BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORIES}
LEVEL1_BY_CODE: dict[str, Level1] = {g.code: g for g in LEVEL1S}
CATEGORY_ORDER: dict[str, int] = {c.code: i for i, c in enumerate(CATEGORIES)}


def categories_of(level1_code: str) -> tuple[Category, ...]:
    return tuple(c for c in CATEGORIES if c.level1.code == level1_code)


ASSESSMENT_LABELS: dict[str, str] = {
    "achieved": "达成年度指标",
    "partial": "部分达成",
    "not_achieved": "未达成",
}

FUND_ROWS: tuple[tuple[str, str], ...] = (
    ("total", "年度资金总额"),
    ("fiscal", "其中：当年财政拨款"),
    ("carryover", "上年结转资金"),
    ("other", "其他资金"),
)
FUND_COLUMNS: tuple[tuple[str, str], ...] = (
    ("initial", "年初预算数"),
    ("annual", "全年预算数"),
    ("executed", "全年执行数"),
)
