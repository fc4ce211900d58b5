"""Vital-sign trends of one patient (pyqtgraph): temperature, heart rate, blood pressure, respiratory rate and
SpO2 over the stay, one small plot each sharing the time axis, with the usual alert bands shaded."""
from __future__ import annotations

from datetime import datetime

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from ...core.clock import local
from ...core import idle
from ..display import isolated

EMPTY_TEXT = QT_TRANSLATE_NOOP("VitalsChart", "No observations charted in this stay")

# kind: (title, unit, y range). The shaded alert bands are the database's (clinical.vital_kind, set_bands).
# Titles translated where drawn.
PLOTS = {
    "temperature": (QT_TRANSLATE_NOOP("VitalsChart", "Temp."), "°C", (34.5, 41)),
    "heart_rate": (QT_TRANSLATE_NOOP("VitalsChart", "HR"), "/min", (30, 170)),
    "systolic_bp": (QT_TRANSLATE_NOOP("VitalsChart", "BP"), "mmHg", (40, 210)),
    "resp_rate": (QT_TRANSLATE_NOOP("VitalsChart", "Resp. rate"), "/min", (4, 40)),
    "spo2": (QT_TRANSLATE_NOOP("VitalsChart", "SpO2"), "%", (80, 101)),
}
COLOURS = {"temperature": "#c0392b", "heart_rate": "#8e44ad", "systolic_bp": "#1f618d", "diastolic_bp": "#5dade2",
           "resp_rate": "#117a65", "spo2": "#d68910"}


class _TimeAxis(pg.DateAxisItem):
    """The time axis, also when the view runs right to left: pyqtgraph hands an inverted axis its range high to
    low, and DateAxisItem then finds no ticks (a negative density)."""

    def tickValues(self, minVal, maxVal, size):  # noqa: ANN001, ANN201, N802, N803 - pyqtgraph's names
        return super().tickValues(min(minVal, maxVal), max(minVal, maxVal), size)


class VitalsChart(QWidget):
    """Empty until a stay has observations ("No observations charted in this stay"); the five plots (about 12 ms
    each) are built one per turn of the event loop after the ward opens, or all at once when data comes first.

    Right to left (Arabic) the charts are mirrored as a whole: time runs from right to left and the value axis
    stands on the right. pyqtgraph's own grid would mirror only the axis' place (its ticks and labels still drawn
    for the left side), so the view stays left to right and the plots are turned here."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="#333")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("vitalsChart")
        self.right_to_left = self.isRightToLeft()
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.empty_label = QLabel(self.tr(EMPTY_TEXT), alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777; font-size: 11pt; background: white;")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)
        self.plots: dict[str, pg.PlotItem] = {}
        self.bands: dict[str, pg.LinearRegionItem] = {}
        self.band_values: dict[str, tuple[float | None, float | None]] = {}
        self.points: dict[str, int] = {}
        for kind in PLOTS:
            idle.later(self, lambda kind=kind: self._add_plot(kind))

    def _add_plot(self, kind: str) -> pg.PlotItem:
        if kind in self.plots:
            return self.plots[kind]
        title, unit, yrange = PLOTS[kind]
        offset = local(datetime.now().astimezone()).utcoffset()
        axis = _TimeAxis(orientation="bottom", utcOffset=-(offset.total_seconds() if offset else 0))
        plot = self.view.addPlot(row=list(PLOTS).index(kind), col=0, axisItems={"bottom": axis}, enableMenu=False)
        plot.hideButtons()
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # its axes placed as pyqtgraph means them
        side = "left"
        if self.right_to_left:
            side = "right"
            plot.hideAxis("left")
            plot.showAxis("right")
            plot.invertX(True)
        plot.setLabel(side, f"{QCoreApplication.translate('VitalsChart', title)} ({isolated(unit)})")
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setYRange(*yrange, padding=0)
        plot.setMouseEnabled(x=True, y=False)
        band = pg.LinearRegionItem(values=yrange, orientation="horizontal", movable=False,
                                   brush=pg.mkBrush(46, 160, 67, 28), pen=pg.mkPen(None))
        band.setVisible(False)  # until the database's band is known
        plot.addItem(band)
        self.bands[kind] = band
        first = next(iter(self.plots.values()), None)
        if first is not None:
            plot.setXLink(first)
        self.plots[kind] = plot
        self._shade(kind)
        return plot

    def set_bands(self, bands: dict[str, tuple[float | None, float | None]]) -> None:
        """kind -> (alert low, alert high); an open end shades to the edge of the plot."""
        self.band_values = dict(bands)
        for kind in self.bands:
            self._shade(kind)

    def _shade(self, kind: str) -> None:
        low, high = self.band_values.get(kind, (None, None))
        band, (bottom, top) = self.bands[kind], PLOTS[kind][2]
        band.setVisible(low is not None or high is not None)
        band.setRegion((bottom if low is None else low, top if high is None else high))

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def set_series(self, series: dict[str, list[tuple[datetime, float]]]) -> None:
        self.points = {}
        for kind in PLOTS:
            plot = self._add_plot(kind)
            for item in list(plot.listDataItems()):
                plot.removeItem(item)
            kinds = (kind, "diastolic_bp") if kind == "systolic_bp" else (kind,)
            for k in kinds:
                data = series.get(k, [])
                self.points[k] = len(data)
                if not data:
                    continue
                xs = [t.timestamp() for t, _ in data]
                ys = [v for _, v in data]
                plot.plot(xs, ys, pen=pg.mkPen(COLOURS[k], width=2), symbol="o", symbolSize=5,
                          symbolBrush=COLOURS[k], symbolPen=None, name=k)
        stamps = [t.timestamp() for values in series.values() for t, _ in values]
        if stamps:
            self.plots["temperature"].setXRange(min(stamps) - 1800, max(stamps) + 1800, padding=0)
        # An empty time axis draws nonsense ticks ("00.250"): say there is nothing yet instead.
        self.stack.setCurrentWidget(self.view if stamps else self.empty_label)
