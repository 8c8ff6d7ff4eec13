"""The catalogue of checks (FORM.md §3) as pure functions from a bundle to findings."""

import re
from collections.abc import Iterator
from decimal import Decimal

from ..model import (
    CATEGORY_BY_CODE,
    FUND_COLUMNS,
    FUND_ROWS,
    LEVEL1_BY_CODE,
    Bundle,
    Form,
    Indicator,
    tidy,
)
from ..model.categories import ASSESSMENT_LABELS
from ..model.limits import quote
from .findings import Finding
from .numbers import amount_in_wan, parse_quantity
from .policy import Policy, load_policy
from .scoring import (
    ZERO,
    achievement,
    denominator,
    execution_rate,
    execution_score,
    level1_weights,
    rate_percent,
    read_indicator,
    suggested_score,
    total_weight,
)

PLACEHOLDERS = frozenset({"", "无", "/", "—", "-", "*", "／", "－", "＊", "——"})
_PHONE_SEPARATORS = re.compile(r"[、，,;；/]")
_PHONE_ALLOWED = re.compile(r"[\d\s\-+()（）]+")
_ROW_LABELS = dict(FUND_ROWS)
_COLUMN_LABELS = dict(FUND_COLUMNS)
_HEADER_REQUIRED = (("project_name", "项目名称"), ("department", "主管部门"), ("implementer", "实施单位"))
# A year named in a text: four digits (not part of a longer number) followed by 年, spaces allowed.
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})\s*年")
_HEADER_CONTACT = (("leader", "项目负责人"), ("phone", "联系电话"))


def is_placeholder(text: str) -> bool:
    return text.strip() in PLACEHOLDERS


def percent(fraction: Decimal) -> str:
    return f"{tidy(rate_percent(fraction))}%"


def check_bundle(bundle: Bundle) -> list[list[Finding]]:
    """Findings per form, in form order."""
    policy = load_policy(bundle.policy)
    return [check_form(bundle, i, policy) for i in range(len(bundle.forms))]


def check_form(bundle: Bundle, index: int, policy: Policy) -> list[Finding]:
    form = bundle.forms[index]
    at = f"forms[{index}]"
    findings: list[Finding] = []
    findings += _year(bundle, policy)
    findings += _header(form, at, policy)
    findings += _funds(form, at, policy)
    findings += _execution(form, at, policy)
    findings += _weights(form, at, policy)
    findings += _indicators(form, at, policy, bundle.year)
    findings += _goal(form, at)
    findings += _cost(form, at)
    return findings


def _year(bundle: Bundle, policy: Policy) -> Iterator[Finding]:
    low, high = policy.year_range
    if bundle.year is None:
        yield Finding("year.invalid", "error", "year", "年度未填写")
    elif not low <= bundle.year <= high:
        yield Finding("year.invalid", "error", "year", f"年度 {bundle.year} 不在 {low}–{high} 之间")


def _header(form: Form, at: str, policy: Policy) -> Iterator[Finding]:
    for key, label in _HEADER_REQUIRED:
        if not getattr(form, key).strip():
            yield Finding("header.required", "error", f"{at}.{key}", f"{label}未填写")
    for key, label in _HEADER_CONTACT:
        if not getattr(form, key).strip():
            yield Finding("header.contact", "warning", f"{at}.{key}", f"{label}未填写")
    phone = form.phone.strip()
    if phone and not _phone_ok(phone, *policy.phone_digits):
        low, high = policy.phone_digits
        yield Finding("header.phone", "warning", f"{at}.phone",
                      f"联系电话“{quote(phone)}”不像电话号码（每个号码应为 {low}–{high} 位数字）")


def _phone_ok(phone: str, low: int, high: int) -> bool:
    for part in _PHONE_SEPARATORS.split(phone):
        part = part.strip()
        if not _PHONE_ALLOWED.fullmatch(part):
            return False
        digits = sum(ch.isdigit() for ch in part)
        if not low <= digits <= high:
            return False
    return True


def _funds(form: Form, at: str, policy: Policy) -> Iterator[Finding]:
    funds = form.funds
    for row_key, row_label in FUND_ROWS:
        row = getattr(funds, row_key)
        for col_key, col_label in FUND_COLUMNS:
            value = getattr(row, col_key)
            if value is not None and value < 0:
                yield Finding("funds.negative", "error", f"{at}.funds.{row_key}.{col_key}",
                              f"{row_label.removeprefix('其中：')}的{col_label}为 {tidy(value)}，不能为负数")
    for col_key, col_label in FUND_COLUMNS:
        sources = [getattr(getattr(funds, key), col_key) for key in ("fiscal", "carryover", "other")]
        if all(v is None for v in sources):
            continue
        total = getattr(funds.total, col_key)
        parts = sum((v for v in sources if v is not None), ZERO)
        if (total if total is not None else ZERO) != parts:
            shown = [("空" if v is None else tidy(v)) for v in sources]
            yield Finding(
                "funds.sum_mismatch", "error", f"{at}.funds.total.{col_key}",
                f"{col_label}：年度资金总额 {'空' if total is None else tidy(total)} ≠ 当年财政拨款 {shown[0]}"
                f" + 上年结转资金 {shown[1]} + 其他资金 {shown[2]}（合计 {tidy(parts)}）",
            )
    budget = denominator(funds.total, policy)
    executed = funds.total.executed
    column = policy.execution_denominator
    if executed is not None and executed > 0 and (budget is None or budget == 0):
        yield Finding("funds.no_budget", "error", f"{at}.funds.total.{column}",
                      f"全年执行数为 {tidy(executed)}，但{_COLUMN_LABELS[column]}未填写或为 0，无法计算执行率")


def _execution(form: Form, at: str, policy: Policy) -> Iterator[Finding]:
    rate = execution_rate(form, policy)
    column_label = _COLUMN_LABELS[policy.execution_denominator]
    executed_path = f"{at}.funds.total.executed"
    if rate is not None and rate > 1:
        yield Finding("execution.over_budget", "warning", executed_path,
                      f"全年执行数 {tidy(form.funds.total.executed)} 超过{column_label} "
                      f"{tidy(denominator(form.funds.total, policy))}（执行率 {percent(rate)}）")
    if rate is not None and rate < policy.execution_low:
        yield Finding("execution.low", "warning", executed_path,
                      f"执行率 {percent(rate)} 低于 {percent(policy.execution_low)}")
    computed = execution_score(form, policy)
    entered = form.execution.score
    weight = form.execution.weight
    if entered is not None and computed is not None and abs(entered - computed) > policy.score_tolerance:
        yield Finding("execution.score_mismatch", "warning", f"{at}.execution.score",
                      f"预算执行率得分填写 {tidy(entered)}，按执行率 {percent(rate)} 计算应为 {tidy(computed)}")
    if entered is not None and not ZERO <= entered <= weight:
        yield Finding("score.range", "error", f"{at}.execution.score",
                      f"预算执行率得分 {tidy(entered)} 超出 0–{tidy(weight)} 分")
    if entered is None and weight > 0:
        yield Finding("score.missing", "error", f"{at}.execution.score",
                      f"预算执行率分值 {tidy(weight)}，但得分未填写")


def _weights(form: Form, at: str, policy: Policy) -> Iterator[Finding]:
    total = total_weight(form)
    if total != policy.total_weight:
        yield Finding("weights.total", "error", at, f"分值合计 {tidy(total)}，应为 {tidy(policy.total_weight)}")
    expected_exec = policy.weights.get("execution")
    if expected_exec is not None and form.execution.weight != expected_exec:
        yield Finding("weights.level1", "warning", f"{at}.execution.weight",
                      f"预算执行率分值 {tidy(form.execution.weight)}，应为 {tidy(expected_exec)}")
    first_row: dict[str, int] = {}
    for i, ind in enumerate(form.indicators):
        first_row.setdefault(CATEGORY_BY_CODE[ind.category].level1.code, i)
    used = level1_weights(form)
    for code, group in LEVEL1_BY_CODE.items():
        expected = policy.weights.get(code)
        weight = used.get(code, ZERO)
        if expected is None or weight == expected:
            continue
        if code in used:
            yield Finding("weights.level1", "warning", f"{at}.indicators[{first_row[code]}].weight",
                          f"{group.label}分值合计 {tidy(weight)}，应为 {tidy(expected)}")
        else:
            # A group with no indicator at all counts as Σ 0; it has no row, so the finding names the block.
            yield Finding("weights.level1", "warning", f"{at}.indicators",
                          f"{group.label}没有指标（分值合计 0），应为 {tidy(expected)}")


def indicator_labels(form: Form) -> list[str]:
    """`数量指标 指标2` for each indicator: the 二级 label and its number within the group, as printed."""
    numbers: dict[str, int] = {}
    labels = []
    for ind in form.indicators:
        numbers[ind.category] = numbers.get(ind.category, 0) + 1
        labels.append(f"{CATEGORY_BY_CODE[ind.category].label} 指标{numbers[ind.category]}")
    return labels


# The editor re-checks the whole form on every keystroke; unchanged rows come from this cache. The key is what a
# row's findings depend on: its values, its label and place, the policy and the year. A plain dict emptied when
# full: a miss costs a lookup and a store, not the building of a model (a district's summary misses 180,000 times).
_ROW_FINDINGS: dict[tuple, tuple[Finding, ...]] = {}
_ROW_FINDINGS_MAX = 65536


def _indicators(form: Form, at: str, policy: Policy, year: int | None) -> Iterator[Finding]:
    for i, (ind, label) in enumerate(zip(form.indicators, indicator_labels(form), strict=True)):
        place = f"{at}.indicators[{i}]"
        key = (ind.category, ind.name, ind.target, ind.actual, ind.weight, ind.score, ind.deviation, ind.assessment,
               label, place, policy.id, year)
        found = _ROW_FINDINGS.get(key)
        if found is None:
            if len(_ROW_FINDINGS) >= _ROW_FINDINGS_MAX:
                _ROW_FINDINGS.clear()
            found = (*_indicator(ind, label, place, load_policy(policy.id)), *_stale_year(ind, label, place, year))
            _ROW_FINDINGS[key] = found
        yield from found


def _stale_year(ind: Indicator, label: str, at: str, year: int | None) -> Iterator[Finding]:
    if year is None or ind.actual.strip():
        return
    earlier = [y for y in map(int, _YEAR_IN_TEXT.findall(ind.target)) if y < year]
    if earlier:
        yield Finding("indicator.stale_year", "warning", f"{at}.target",
                      f"{label}的年度指标值“{ind.target.strip()}”还是 {min(earlier)} 年的"
                      f"（本年度为 {year} 年），请更新")


def _indicator(ind: Indicator, label: str, at: str, policy: Policy) -> Iterator[Finding]:
    weight, score = ind.weight, ind.score
    if score is not None and weight is not None and not ZERO <= score <= weight:
        yield Finding("score.range", "error", f"{at}.score", f"{label}的得分 {tidy(score)} 超出 0–{tidy(weight)} 分")
    elif score is not None and weight is None and score < 0:
        yield Finding("score.range", "error", f"{at}.score", f"{label}的得分 {tidy(score)} 不能为负数")
    if weight is not None and weight > 0 and score is None:
        yield Finding("score.missing", "error", f"{at}.score", f"{label}分值 {tidy(weight)}，但得分未填写")
    if weight is not None and weight > 0 and is_placeholder(ind.name):
        shown = f"为“{quote(ind.name.strip())}”" if ind.name.strip() else "未填写"
        yield Finding("indicator.empty_weighted", "error", f"{at}.name",
                      f"{label}分值 {tidy(weight)}，但三级指标{shown}")
    reading = read_indicator(ind)
    if reading is not None:
        suggestion = suggested_score(ind)
        if score is not None and suggestion is not None and abs(score - suggestion) > policy.score_tolerance:
            yield Finding("indicator.score_mismatch", "warning", f"{at}.score",
                          f"{label}得分 {tidy(score)}，按实际完成值 {quote(ind.actual.strip())} 与年度指标值 "
                          f"{quote(ind.target.strip())} 计算建议为 {tidy(suggestion)}")
        ratio = achievement(ind)
        if ratio is not None and ratio >= policy.overshoot and is_placeholder(ind.deviation):
            yield Finding("indicator.overshoot", "warning", f"{at}.actual",
                          f"{label}实际完成值达到年度指标值的 {percent(ratio)}（不低于 {percent(policy.overshoot)}），"
                          "请填写偏差原因")
    elif ind.assessment is not None and score is not None and weight is not None and weight > 0:
        band = policy.tiers[ind.assessment]
        if not band.contains(score / weight):
            high = "]" if band.max_inclusive else ")"
            yield Finding("indicator.tier_band", "warning", f"{at}.score",
                          f"{label}评价为“{ASSESSMENT_LABELS[ind.assessment]}”，得分应在 "
                          f"[{tidy(band.min * weight)}, {tidy(band.max * weight)}{high} 分之间，实际 {tidy(score)}")
    if score is not None and weight is not None and score < weight and is_placeholder(ind.deviation):
        yield Finding("deviation.missing", "warning", f"{at}.deviation",
                      f"{label}得分 {tidy(score)} 低于分值 {tidy(weight)}，请填写偏差原因分析及改进措施")


def _goal(form: Form, at: str) -> Iterator[Finding]:
    for key, label in (("expected", "预期目标"), ("actual", "实际完成情况")):
        if not getattr(form.goal, key).strip():
            yield Finding("goal.required", "warning", f"{at}.goal.{key}", f"年度总体目标的{label}未填写")


def _cost(form: Form, at: str) -> Iterator[Finding]:
    budget = form.funds.total.annual
    if budget is None:
        return
    first: int | None = None
    total = ZERO
    for i, ind in enumerate(form.indicators):
        if ind.category != "cost":
            continue
        quantity = parse_quantity(ind.target)
        amount = amount_in_wan(quantity) if quantity is not None else None
        if amount is not None:
            total += amount
            first = i if first is None else first
    if first is not None and total > budget:
        yield Finding("cost.over_budget", "warning", f"{at}.indicators[{first}].target",
                      f"成本指标金额合计 {tidy(total)} 万元，超过全年预算数 {tidy(budget)} 万元")
