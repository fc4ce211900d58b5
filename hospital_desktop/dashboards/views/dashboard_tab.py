"""A role's dashboard: a grid of charts, one per metric (dashboards/metrics.py), refreshing live.

Each metric's query runs on its own worker (a slow one never holds up the others); a timer reloads them every
REFRESH_MS. Dashboards that read the materialized views first ask the database to refresh whatever is stale
(concurrently, so nobody waits), then reload. Answers are tagged with a generation so a late answer to an
older round never overwrites a newer one."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import time_text
from ...widgets.charts import BarChart, LineChart
from .. import metrics as m

REFRESH_MS = 60_000
# Each role's dashboard by name (a whole title, so each language words it its own way).
TITLES = {
    "hms_reception": QT_TRANSLATE_NOOP("DashboardWorkspace", "Reception dashboard"),
    "hms_doctor": QT_TRANSLATE_NOOP("DashboardWorkspace", "Clinic dashboard"),
    "hms_nurse": QT_TRANSLATE_NOOP("DashboardWorkspace", "Ward dashboard"),
    "hms_pharmacist": QT_TRANSLATE_NOOP("DashboardWorkspace", "Pharmacy dashboard"),
    "hms_lab": QT_TRANSLATE_NOOP("DashboardWorkspace", "Laboratory dashboard"),
    "hms_billing": QT_TRANSLATE_NOOP("DashboardWorkspace", "Billing dashboard"),
    "hms_admin": QT_TRANSLATE_NOOP("DashboardWorkspace", "Administration dashboard"),
    "hms_auditor": QT_TRANSLATE_NOOP("DashboardWorkspace", "Audit dashboard"),
}


class MetricPanel(QWidget):
    def __init__(self, metric: m.Metric, parent: QWidget | None = None):
        super().__init__(parent)
        self.metric = metric
        title = metric.title()
        self.chart = LineChart(title) if metric.kind == "line" else BarChart(title)
        self.chart.setObjectName(f"chart_{metric.key}")
        self.note = QLabel(objectName=f"note_{metric.key}", wordWrap=True)
        self.note.setStyleSheet("color: #444;")
        self.data: m.ChartData | None = None
        self.error: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        self.setStyleSheet("MetricPanel { background: white; }")

    def show_data(self, data: m.ChartData) -> None:
        self.data, self.error = data, None
        if isinstance(self.chart, LineChart):
            self.chart.set_data(data.x, data.series)
        else:
            self.chart.set_data([str(c) for c in data.x], data.series, stacked=self.metric.stacked)
        fresh = (self.tr("figures of {time}").format(time=time_text(local(data.refreshed_at)))
                 if isinstance(data.refreshed_at, datetime) else "")
        self.note.setText(" · ".join(part for part in (data.note, fresh) if part))

    def show_error(self, message: str) -> None:
        self.error = message
        self.note.setText(self.tr("Not available: {message}").format(message=message))


class DashboardWorkspace(QWidget):
    def __init__(self, ops: Operations, group: str, parent: QWidget | None = None, *, refresh_ms: int = REFRESH_MS):
        super().__init__(parent)
        self.ops = ops
        self.group = group
        self.metrics = m.metrics_for(group)
        self.generation = 0
        self.pending = 0
        self.loaded_at: datetime | None = None
        name = QCoreApplication.translate("DashboardWorkspace", TITLES[group]) if group in TITLES else group
        title = QLabel(f"<h2>{name}</h2>")
        self.status = QLabel(objectName="dashboardStatus")
        self.status.setStyleSheet("color: #555;")
        self.reload_button = QPushButton(self.tr("Refresh now"), objectName="dashboardRefresh")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.reload_button)
        grid = QGridLayout()
        self.panels: dict[str, MetricPanel] = {}
        columns = 2 if len(self.metrics) > 1 else 1
        for i, metric in enumerate(self.metrics):
            panel = MetricPanel(metric)
            self.panels[metric.key] = panel
            grid.addWidget(panel, i // columns, i % columns)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.reload_button.clicked.connect(lambda: self.refresh(force_views=True))
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        if refresh_ms > 0:
            self.timer.start()
        self.refresh()

    @property
    def idle(self) -> bool:
        return self.pending == 0

    def refresh(self, force_views: bool = False) -> None:
        """Reload every chart; dashboards over the materialized views ask for a refresh of stale ones first."""
        if not self.isVisible() and self.loaded_at is not None and not force_views:
            return  # a hidden dashboard catches up when it is shown again
        self.load()
        if self.group in m.USES_VIEWS:
            self.ops.run_query(None, m.refresh_views, lambda n: n and self.load(),
                               on_error=lambda err: self.status.setText(
                                   self.tr("Figures not refreshed: {message}").format(message=err.message)))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if self.loaded_at is not None and (datetime.now() - self.loaded_at).total_seconds() * 1000 > self.timer.interval():
            self.refresh()

    def load(self) -> None:
        self.generation += 1
        generation = self.generation
        self.pending = len(self.metrics)
        self.status.setText(self.tr("Loading…"))
        for metric in self.metrics:
            panel = self.panels[metric.key]
            self.ops.run_report(None, metric.query,
                               lambda data, p=panel, g=generation: self._answer(g, p, data, None),
                               on_error=lambda err, p=panel, g=generation: self._answer(g, p, None, err))

    def _answer(self, generation: int, panel: MetricPanel, data: m.ChartData | None, err: KnownError | None) -> None:
        if generation != self.generation:
            return  # an older round
        if data is not None:
            panel.show_data(data)
        elif err is not None:
            panel.show_error(err.message)
        self.pending -= 1
        if self.pending == 0:
            self.loaded_at = datetime.now()
            self.status.setText(self.tr("Updated {time}; refreshes every %n s", None, self.timer.interval() // 1000)
                                .format(time=time_text(self.loaded_at)))
