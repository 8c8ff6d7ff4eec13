"""The printed page in millimetres: paper, margins, footer and the column grid of every table section.

Every section spans the same width (TABLE_WIDTH) so that stacked section tables read as one ruled table;
the label column of the three blocks with a vertical label (项目资金, 年度总体目标, 绩效指标) is shared.
"""

# A4 portrait.
PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0

MARGIN_LEFT = 15.0
MARGIN_RIGHT = 15.0
MARGIN_TOP = 14.0
MARGIN_BOTTOM = 16.0

# Footer baseline above the paper's bottom edge (inside the bottom margin).
FOOTER_BASELINE = 8.0
HEAD_DROP = 10.0  # baseline of a continuation page's running head, from the top edge (inside the top margin)

FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
TABLE_WIDTH = FRAME_WIDTH

# Space between the title lines and the table, and between the table and the signature block.
TITLE_GAP = 1.5
TABLE_GAP = 3.0
SIGNATURE_GAP = 4.0

# Cell padding.
PAD_X = 1.0
PAD_Y = 0.8

# Ruling.
RULE_WIDTH_PT = 0.6

# The shared label column on the left of the funds, goal and indicator blocks.
VLABEL = 15.0

# 项目名称 / 主管部门 实施单位 / 项目负责人 联系电话.
HEADER_COLUMNS = (VLABEL + 7.0, 68.0, 22.0, TABLE_WIDTH - VLABEL - 7.0 - 68.0 - 22.0)

# 项目资金（万元）: label, row label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.
FUNDS_COLUMNS = (VLABEL, 33.0, 24.0, 24.0, 24.0, 18.0, 20.0, TABLE_WIDTH - VLABEL - 33.0 - 3 * 24.0 - 18.0 - 20.0)

# 年度总体目标: label, 预期目标, 实际完成情况.
GOAL_COLUMNS = (VLABEL, (TABLE_WIDTH - VLABEL) / 2, (TABLE_WIDTH - VLABEL) / 2)

# 绩效指标: label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施.
INDICATOR_COLUMNS = (
    VLABEL, 18.0, 17.0, 34.0, 28.0, 25.0, 10.0, 10.0,
    TABLE_WIDTH - VLABEL - 18.0 - 17.0 - 34.0 - 28.0 - 25.0 - 10.0 - 10.0,
)

# Signature block: label, line, label, line, label, line (two rows).
SIGNATURE_COLUMNS = (22.0, 36.0, 18.0, 36.0, 26.0, TABLE_WIDTH - 22.0 - 36.0 - 18.0 - 36.0 - 26.0)
SIGNATURE_ROW_HEIGHT = 8.0

# A row taller than this is split inside the row (continued on the next page) rather than moved whole.
SPLIT_IN_ROW_ABOVE = 60.0
