"""Every check code with its severity and its rule in words (FORM.md §3), for the help and for tests."""

from dataclasses import dataclass

from .findings import Severity


@dataclass(frozen=True)
class Check:
    code: str
    severity: Severity
    rule: str   # Chinese, shown to the user


CHECKS: tuple[Check, ...] = (
    Check("header.required", "error", "项目名称、主管部门或实施单位未填写"),
    Check("header.contact", "warning", "项目负责人或联系电话未填写"),
    Check("header.phone", "warning", "联系电话不是 7–20 位数字（可含空格、-、+、括号；多个号码用、，,;；/ 分隔）"),
    Check("year.invalid", "error", "年度未填写，或不在 2000–2100 之间（每张表都会显示）"),
    Check("funds.negative", "error", "项目资金中有小于 0 的金额"),
    Check("funds.sum_mismatch", "error",
          "某一列中，年度资金总额 ≠ 当年财政拨款 + 上年结转资金 + 其他资金（空白按 0 计；该列有来源金额时才检查）"),
    Check("funds.no_budget", "error", "全年执行数大于 0，但执行率的分母（预算数）空白或为 0"),
    Check("execution.over_budget", "warning", "全年执行数超过预算数（执行率超过 100%）"),
    Check("execution.low", "warning", "执行率低于评分规则规定的下限（财政部规则为 90%）"),
    Check("execution.score_mismatch", "warning", "填写的执行率得分与按执行率计算的得分相差超过 0.01"),
    Check("weights.total", "error", "全部分值（含预算执行率）合计不等于 100"),
    Check("weights.level1", "warning",
          "某个一级指标的分值合计（或预算执行率分值）与评分规则的权重不同；一个指标都没有的一级指标按 0 分计"),
    Check("score.range", "error", "得分小于 0 或大于其分值"),
    Check("score.missing", "error", "分值大于 0 但得分未填写"),
    Check("indicator.empty_weighted", "error", "分值大于 0，但三级指标为空或只是占位（无、/、—、-、*）"),
    Check("indicator.score_mismatch", "warning", "定量指标的得分与建议得分相差超过 0.01"),
    Check("indicator.tier_band", "warning", "定性指标的得分不在所选评价档次的得分区间内"),
    Check("indicator.overshoot", "warning", "正向定量指标的实际完成值达到年度指标值的 120% 以上，却没有填写偏差原因"),
    Check("deviation.missing", "warning", "得分低于分值，但偏差原因分析及改进措施为空或只是占位"),
    Check("goal.required", "warning", "年度总体目标的预期目标或实际完成情况未填写"),
    Check("indicator.stale_year", "warning",
          "实际完成值空白，而年度指标值写着早于本文件年度的年份（如 2022 年度的表里写“2021年12月”）："
          "结转时未更新的旧目标"),
    Check("cost.over_budget", "warning", "成本指标中能读作金额（万元或元）的年度指标值合计超过全年预算数"),
)

CHECK_BY_CODE: dict[str, Check] = {check.code: check for check in CHECKS}
