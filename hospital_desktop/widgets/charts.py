"""Shared chart widgets (pyqtgraph): a bar chart and a line chart for the financial views and dashboards.

Both are plain QWidgets with a title, a legend, readable axis labels on a white background and an empty-state
text when there is nothing to show; they render offscreen, so `widget.grab()` gives a picture for screenshots
and tests. Data goes in through `set_data(...)` only (the widgets never touch the database):

    chart = BarChart("Revenue by department")
    chart.set_data(["GEN", "CARD"], {"Invoiced": [1200.0, 800.0], "Paid": [900.0, 500.0]}, stacked=False)

    trend = LineChart("Revenue per day")
    trend.set_data([date(2026, 11, 1), date(2026, 11, 2)], {"Revenue": [310.0, 455.0]})

Titles and series names come translated from the caller. Ticks are written as the user's locale writes numbers and
dates. Right to left (Arabic), a chart is mirrored as the reader reads it: the first category and the earliest
date at the right, the value axis on the right, the legend at the top left.
"""
from __future__ import annotations

import math
from datetime import date, datetime, time, UTC

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QT_TRANSLATE_NOOP, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ..core import idle
from ..i18n.formats import number_text, time_format

# Okabe-Ito: distinguishable for colour-blind readers, and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Chart", "No data for this selection")  # translated where shown
_AXIS_COLOUR = "#333333"


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSize(9)
    return font


class _ChartBase(QWidget):
    """Title + plot (or the empty-state text) on a white background."""

    def __init__(self, title: str, parent: QWidget | None = None, *, axis_items: dict | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.setMinimumSize(320, 220)

        self.title_label = QLabel(title)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 11pt; color: #222; background: white;")

        self._axis_items = axis_items or {}
        self._plot_widget: pg.PlotWidget | None = None

        self.empty_label = QLabel(QCoreApplication.translate("Chart", EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777; font-size: 11pt; background: white;")

        body = QWidget()
        self.stack = QStackedLayout(body)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(body, 1)
        idle.later(self, self._build_plot)  # ~15 ms each: a screen of charts builds one per turn of the loop

    # ---- the plot, built on a later turn of the event loop or on first use
    @property
    def plot_widget(self) -> pg.PlotWidget:
        if self._plot_widget is None:
            self._build_plot()
        return self._plot_widget

    @property
    def plot(self) -> pg.PlotItem:
        return self.plot_widget.getPlotItem()

    @property
    def legend(self) -> pg.LegendItem:
        return self.plot.legend

    @property
    def value_side(self) -> str:
        """Where the value axis stands: "left", or "right" in a right-to-left layout."""
        return "right" if self.isRightToLeft() else "left"

    def _build_plot(self) -> None:
        if self._plot_widget is not None:
            return
        rtl = self.isRightToLeft()
        side = self.value_side
        axes = {side: _ValueAxis(orientation=side), **self._axis_items}
        self._plot_widget = pg.PlotWidget(background="w", axisItems=axes, enableMenu=False)
        # The chart is mirrored by hand (below), not by Qt: pyqtgraph's items assume left to right, and Qt would
        # swap the plot's grid (the value axis, drawn for the left side, at the right) without turning the view.
        self._plot_widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot = self._plot_widget.getPlotItem()
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.25)
        if rtl:
            plot.hideAxis("left")
            plot.showAxis("right")
            plot.invertX(True)  # the first category, the earliest date, at the right
        for name in (side, "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(_AXIS_COLOUR))
            axis.setTextPen(pg.mkPen(_AXIS_COLOUR))
            axis.setStyle(tickFont=_axis_font(), tickTextOffset=6)
        plot.getAxis(side).setWidth(64)
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        # The legend in the top corner where reading starts (pyqtgraph: a negative offset counts from the right).
        plot.addLegend(offset=(10, 10) if rtl else (-10, 10), labelTextColor=_AXIS_COLOUR,
                       brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#bbbbbb"))
        if rtl:
            plot.legend.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the name, then its colour sample
        self.stack.insertWidget(0, self._plot_widget)
        self.stack.setCurrentWidget(self.empty_label)

    # ---- helpers
    def title(self) -> str:
        return self.title_label.text()

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_axis_labels(self, left: str | None = None, bottom: str | None = None) -> None:
        """`left` labels the value axis (on the right in a right-to-left layout)."""
        if left is not None:
            self.plot.setLabel(self.value_side, left, color=_AXIS_COLOUR)
        if bottom is not None:
            self.plot.setLabel("bottom", bottom, color=_AXIS_COLOUR)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def _show_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty_label if empty else self.plot_widget)

    def _clear(self) -> None:
        if self._plot_widget is None:  # nothing drawn yet
            return
        self.plot.clear()
        self.legend.clear()

    @staticmethod
    def _check_series(series: dict[str, list[float]], length: int) -> dict[str, list[float]]:
        checked: dict[str, list[float]] = {}
        for name, values in series.items():
            values = [float(v) for v in values]
            if len(values) != length:
                raise ValueError(f"series {name!r} has {len(values)} values for {length} points")
            if any(math.isnan(v) or math.isinf(v) for v in values):
                raise ValueError(f"series {name!r} has a value that is not a finite number")
            checked[str(name)] = values
        return checked


class BarChart(_ChartBase):
    """Bars per category; several series side by side, or stacked."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.categories: list[str] = []
        self.series: dict[str, list[float]] = {}
        self.stacked = False
        self.bar_items: list[pg.BarGraphItem] = []

    def set_data(self, categories: list[str], series: dict[str, list[float]], stacked: bool = False) -> None:
        categories = [str(c) for c in categories]
        series = self._check_series(series, len(categories))
        self.categories, self.series, self.stacked = categories, series, stacked
        self._clear()
        self.bar_items = []
        if not categories or not series or all(v == 0 for values in series.values() for v in values):
            self._show_empty(True)
            return
        n = len(series)
        xs = list(range(len(categories)))
        group_width = 0.8
        width = group_width if stacked or n == 1 else group_width / n
        base = [0.0] * len(categories)
        for i, (name, values) in enumerate(series.items()):
            brush = pg.mkBrush(colour(i))
            if stacked:
                item = pg.BarGraphItem(x=xs, y0=list(base), height=values, width=width, brush=brush,
                                       pen=pg.mkPen("w", width=0.5), name=name)
                base = [b + v for b, v in zip(base, values, strict=True)]
            else:
                offset = -group_width / 2 + width / 2 + i * width if n > 1 else 0.0
                item = pg.BarGraphItem(x=[x + offset for x in xs], height=values, width=width, brush=brush,
                                       pen=pg.mkPen("w", width=0.5), name=name)
            self.plot.addItem(item)  # named items join the legend by themselves
            self.bar_items.append(item)
        tops = base if stacked else [max(values[k] for values in series.values()) for k in xs]
        bottoms = [0.0] if stacked else [min(0.0, *(min(values) for values in series.values()))]
        self.plot.getAxis("bottom").setTicks([[(x, self._short(c, len(categories))) for x, c in zip(xs, categories,
                                                                                                     strict=True)]])
        self.plot.setXRange(-0.6, len(categories) - 0.4, padding=0)
        top = max(tops) if tops else 1.0
        self.plot.setYRange(min(bottoms), top * 1.3 if top > 0 else 1.0, padding=0)
        self._show_empty(False)

    @staticmethod
    def _short(label: str, count: int) -> str:
        limit = 18 if count <= 6 else 10 if count <= 12 else 6
        return label if len(label) <= limit else label[: limit - 1] + "…"


class _DateOrNumberAxis(pg.DateAxisItem):
    """Calendar ticks for dates and times, plain number ticks otherwise."""
    dates = True

    def tickValues(self, minVal, maxVal, size):  # noqa: ANN001, N802, N803 (Qt/pyqtgraph names)
        if self.dates:  # pyqtgraph's date axis finds no ticks in a reversed range (a right-to-left chart's)
            return super().tickValues(min(minVal, maxVal), max(minVal, maxVal), size)
        return pg.AxisItem.tickValues(self, minVal, maxVal, size)

    def tickStrings(self, values, scale, spacing):  # noqa: ANN001, N802
        if self.dates:
            return [_date_tick(v, spacing) for v in values]
        return [_number_tick(v * scale, spacing * scale) for v in values]

    def generateDrawSpecs(self, p):  # noqa: ANN001, N802
        if self.dates:
            return super().generateDrawSpecs(p)
        return pg.AxisItem.generateDrawSpecs(self, p)


def _number_tick(value: float, spacing: float) -> str:
    """A tick's number as the user's locale writes it ("12,500", "12 500", "١٢٬٥٠٠"), with the decimals its
    spacing needs."""
    decimals = 0 if spacing >= 1 else 1 if spacing >= 0.1 else 2
    return number_text(round(value, decimals), decimals) if decimals else number_text(int(round(value)))


def _date_tick(value: float, spacing: float) -> str:
    """A date or time tick (UTC seconds, as LineChart stores them) in the user's locale: times of day under a
    day apart, "3 Nov" for days, "Dec" for months, the year for years."""
    moment = datetime.fromtimestamp(value, UTC)
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                      QTimeZone.utc())
    locale = QLocale()
    if spacing < 86400:
        return locale.toString(stamp.time(), time_format())
    if spacing < 28 * 86400:  # days: "3 Nov" rather than a bare "03"
        return locale.toString(stamp.date(), "d MMM")
    if spacing < 365 * 86400:
        return locale.toString(stamp.date(), "MMM")
    return locale.toString(stamp.date(), "yyyy")


class _ValueAxis(pg.AxisItem):
    """Value ticks with the locale's thousands separators ("12,500"), wide enough for them."""

    def tickStrings(self, values, scale, spacing):  # noqa: ANN001, N802
        return [_number_tick(v * scale, spacing * scale) for v in values]


class LineChart(_ChartBase):
    """Lines over a numeric or date/time axis (dates are drawn as calendar dates)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        self._date_axis = _DateOrNumberAxis(orientation="bottom", utcOffset=0)
        super().__init__(title, parent, axis_items={"bottom": self._date_axis})
        self.x: list = []
        self.series: dict[str, list[float]] = {}
        self.curves: list[pg.PlotDataItem] = []

    @staticmethod
    def _to_number(value) -> float:  # noqa: ANN001
        if isinstance(value, datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            return value.timestamp()
        if isinstance(value, date):
            return datetime.combine(value, time(12), tzinfo=UTC).timestamp()
        return float(value)

    def set_data(self, x: list, series: dict[str, list[float]]) -> None:
        series = self._check_series(series, len(x))
        self.x, self.series = list(x), series
        self._clear()
        self.curves = []
        if not x or not series:
            self._show_empty(True)
            return
        is_time = isinstance(x[0], date)
        self._date_axis.dates = is_time
        xs = [self._to_number(v) for v in x]
        for i, (name, values) in enumerate(series.items()):
            pen = pg.mkPen(colour(i), width=2)
            curve = self.plot.plot(xs, values, pen=pen, name=name, symbol="o", symbolSize=5,
                                   symbolBrush=pg.mkBrush(colour(i)), symbolPen=pg.mkPen(colour(i)))
            self.curves.append(curve)
        all_values = [v for values in series.values() for v in values]
        low, high = min(0.0, min(all_values)), max(all_values)
        self.plot.setYRange(low, high * 1.25 if high > 0 else 1.0, padding=0)
        if len(xs) == 1:
            span = 86400.0 if is_time else 1.0
            self.plot.setXRange(xs[0] - span, xs[0] + span, padding=0)
        else:
            self.plot.setXRange(min(xs), max(xs), padding=0.03)
        self._show_empty(False)


__all__ = ["BarChart", "LineChart", "PALETTE", "EMPTY_TEXT"]
