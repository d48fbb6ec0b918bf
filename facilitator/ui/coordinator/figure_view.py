"""One figure on screen: a QtCharts chart and, a toggle away, the table behind it.

The chart draws only published values (suppressed cells are left out); the table shows
every cell as published ("<5", "x"). In a right-to-left interface the categories run from
the right and horizontal bars grow leftwards, as the text does.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import theme
from facilitator.ui.coordinator.figures import Figure

PALETTE = ("#8fd3b6", "#7fb0d3", "#ffd166", "#f4978e", "#c3aed6", "#b4c0c6")


def nice_step(peak: float) -> float:
    """A round tick interval giving at most six intervals up to `peak`."""
    scale = 1.0
    while True:
        for step in (1, 2, 5):
            if peak / (step * scale) <= 6:
                return step * scale
        scale *= 10


class FigureView(QWidget):
    """A figure with a "Chart | Table" toggle; `show_figure` redraws both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        self.chart_button = QToolButton()
        self.table_button = QToolButton()
        self._toggle = QButtonGroup(self)
        for index, button in enumerate((self.chart_button, self.table_button)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._toggle.addButton(button, index)
        self.chart_button.setChecked(True)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.table_view = QTableView()
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().setVisible(False)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(72)
        self.model = QStandardItemModel(self)
        self.table_view.setModel(self.model)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.chart_view)
        self._stack.addWidget(self.table_view)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.setStyleSheet(f"QToolButton:checked {{ background: {theme.SELECTION}; }}")
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.chart_button)
        bar.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.note)
        self._toggle.idClicked.connect(self._on_toggle_id_clicked)
        self.retranslate_ui()

    @property
    def showing_table(self) -> bool:
        return self._stack.currentWidget() is self.table_view

    def show_table(self, table: bool) -> None:
        (self.table_button if table else self.chart_button).setChecked(True)
        self._stack.setCurrentIndex(1 if table else 0)

    def show_figure(self, figure: Figure, note: str = "") -> None:
        self.figure = figure
        self.heading.setText(figure.title)
        self._update_table(figure)
        self.chart_view.setChart(self._chart(figure))
        self.note.setText("\n".join(n for n in (figure.note, note) if n))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.chart_button.setText(self.tr("Chart"))
        self.table_button.setText(self.tr("Table"))
        self.chart_button.setToolTip(self.tr("Show the figure as a chart"))
        self.table_button.setToolTip(self.tr("Show the numbers behind the chart"))

    def _on_toggle_id_clicked(self, index: int) -> None:
        self._stack.setCurrentIndex(index)

    def _update_table(self, figure: Figure) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(figure.headers))
        for row in figure.rows:
            items = [QStandardItem(text) for text in row]
            for item in items[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.model.appendRow(items)
        # The labels' column takes the room left; the numbers stay beside it, not far right.
        self.table_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _chart(self, figure: Figure) -> QChart:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        chart = QChart()
        chart.setBackgroundBrush(QBrush(QColor(theme.SURFACE)))
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setVisible(len(figure.series) > 1)
        chart.legend().setLabelColor(QColor(theme.TEXT))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        categories = list(figure.categories)
        series_values = [list(s.values) for s in figure.series]
        horizontal = figure.kind == "horizontal"
        if horizontal:
            # Qt draws the first category at the bottom: reverse so the list reads from the top.
            categories.reverse()
            series_values = [list(reversed(v)) for v in series_values]
        elif rtl:
            categories.reverse()
            series_values = [list(reversed(v)) for v in series_values]
        peak = max([v or 0 for values in series_values for v in values] + [1])
        if categories and all(v is None for values in series_values for v in values):
            chart.setTitleBrush(QBrush(QColor(theme.MUTED)))
            chart.setTitle(self.tr("Nothing to draw: every number here is too small to publish "
                                   "or hidden to protect one (see the table)."))
        if figure.kind == "line":
            series = QLineSeries()
            series.setName(figure.series[0].name)
            series.setPen(QPen(QColor(PALETTE[0]), 3))
            series.setPointsVisible(True)
            series.setPointLabelsVisible(True)
            series.setPointLabelsColor(QColor(theme.TEXT))
            series.setPointLabelsFormat("@yPoint")
            for i, value in enumerate(series_values[0]):
                if value is not None:
                    series.append(i, value)
            chart.addSeries(series)
            names = QBarCategoryAxis()
            names.append(categories or [""])
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(names)
            value_axis = self._value_axis(peak * 1.15, figure.percent)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(value_axis)
            self._style_axes(chart)
            return chart
        bars = QHorizontalBarSeries() if horizontal else QBarSeries()
        bars.setLabelsVisible(True)
        # A reversed value axis (horizontal bars, right to left) puts "outside end" labels at
        # the bars' base, so there they go inside the bar's far end instead, in dark ink.
        inside = horizontal and rtl
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd if inside
                               else QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelsFormat("@value" if not figure.percent else "@value%")
        bars.setLabelsPrecision(12)  # whole numbers, never 1.77e+03
        for index, (spec, values) in enumerate(zip(figure.series, series_values, strict=True)):
            bar_set = QBarSet(spec.name)
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.setLabelColor(QColor(theme.ACCENT_TEXT if inside else theme.TEXT))
            bar_set.append([0.0 if v is None else float(v) for v in values])
            bars.append(bar_set)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append(categories or [""])
        value_axis = self._value_axis(peak * 1.15, figure.percent)
        if horizontal:
            chart.addAxis(names, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
            value_axis.setReverse(rtl)
        else:
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        bars.attachAxis(value_axis)
        self._style_axes(chart)
        return chart

    @staticmethod
    def _value_axis(peak: float, percent: bool) -> QValueAxis:
        axis = QValueAxis()
        step = 20.0 if percent else nice_step(peak)
        top = 100.0 if percent else step * max(1, -(-peak // step))
        axis.setRange(0, top)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%d")
        return axis

    @staticmethod
    def _style_axes(chart: QChart) -> None:
        font = QFont()
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
        for axis in chart.axes():
            axis.setLabelsColor(QColor(theme.TEXT))
            axis.setLabelsFont(font)
            axis.setGridLineColor(QColor(theme.RAISED))
            axis.setLinePenColor(QColor(theme.MUTED))
