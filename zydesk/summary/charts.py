"""The two charts of the summary PDF, drawn with reportlab's own graphics: forms per grade, and each
form's 执行率 against its 自评得分 (outliers stand out)."""

from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import ScatterPlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..printing.fonts import FontSet
from ..rules.scoring import rate_percent
from .table import Summary

CHART_HEIGHT = 120 * mm
LABEL_SIZE, TITLE_SIZE = 8.0, 11.0
BAR_COLOR = colors.HexColor("#4F6D8F")
POINT_COLOR = colors.HexColor("#B03A2E")
TENTH = Decimal("0.1")


def chart_coordinate(value: Decimal) -> float:
    """A Decimal as a position on a chart. reportlab's charts compute in floats; a coordinate is a place on
    paper, not money or a score, so the exactness rule does not apply here, and only here."""
    return float(value)


def _title(drawing: Drawing, text: str, fonts: FontSet) -> None:
    drawing.add(String(drawing.width / 2, drawing.height - TITLE_SIZE, text, fontName=fonts.bold,
                       fontSize=TITLE_SIZE, textAnchor="middle"))


def grade_chart(summary: Summary, fonts: FontSet, width: float) -> Drawing:
    grades = summary.total.grades
    drawing = Drawing(width, CHART_HEIGHT)
    _title(drawing, f"各等级表数（共 {summary.total.forms} 张表）", fonts)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 22 * mm, CHART_HEIGHT - 30 * mm
    chart.data = [tuple(grades.values())]
    chart.categoryAxis.categoryNames = list(grades)
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE + 2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*grades.values(), 1]) * 1.15
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = lambda v: str(int(v)) if v == int(v) else ""
    chart.bars[0].fillColor = BAR_COLOR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = LABEL_SIZE + 1
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(chart.x - 8 * mm, chart.y + chart.height / 2, "表数", fontName=fonts.regular,
                       fontSize=LABEL_SIZE))
    return drawing


def scatter_points(summary: Summary) -> tuple[list[tuple[float, float]], int]:
    """(执行率 in %, 自评得分) of the forms whose rate is defined, each position once, and how many were drawn.

    A point is drawn once per 0.1 % × 0.1 分 (a fraction of a printed dot): a district's 9,000 forms pile up
    on the same few places, and each marker costs the PDF time and size.
    """
    places: dict[tuple[Decimal, Decimal], None] = {}
    plotted = 0
    for row in summary.rows:
        if row.execution_rate is None:
            continue
        plotted += 1
        places[(rate_percent(row.execution_rate, 1), row.total_score.quantize(TENTH))] = None
    return [(chart_coordinate(x), chart_coordinate(y)) for x, y in places], plotted


def rate_score_chart(summary: Summary, fonts: FontSet, width: float) -> Drawing:
    points, plotted = scatter_points(summary)
    undefined = len(summary.rows) - plotted
    drawing = Drawing(width, CHART_HEIGHT)
    note = f"（{undefined} 张表执行率无法计算，未画出）" if undefined else ""
    _title(drawing, f"执行率与自评得分{note}", fonts)
    plot = ScatterPlot()
    plot.x, plot.y = 16 * mm, 14 * mm
    plot.width, plot.height = width - 24 * mm, CHART_HEIGHT - 30 * mm
    plot.data = [points or [(0.0, 0.0)]]
    plot.joinedLines = 0
    plot.lines[0].strokeColor = None
    plot.lines[0].symbol = makeMarker("FilledSquare", size=3.2, fillColor=POINT_COLOR if points else colors.white,
                                      strokeColor=None)
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max([100.0, *(x for x, _ in points)]) * 1.02
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max([100.0, *(y for _, y in points)]) * 1.02
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = fonts.regular
        axis.labels.fontSize = LABEL_SIZE
        axis.labelTextFormat = "%d"
        axis.visibleGrid = 1
        axis.gridStrokeColor = colors.HexColor("#DDDDDD")
    plot.xLabel, plot.yLabel = "", ""
    plot.lineLabelFormat = None
    plot.background = None
    drawing.add(plot)
    drawing.add(String(plot.x + plot.width / 2, 4 * mm, "执行率（%）", fontName=fonts.regular,
                       fontSize=LABEL_SIZE, textAnchor="middle"))
    drawing.add(String(plot.x - 12 * mm, plot.y + plot.height + 4 * mm, "自评得分", fontName=fonts.regular,
                       fontSize=LABEL_SIZE))
    return drawing
