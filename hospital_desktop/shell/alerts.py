"""The alert banner of clinicians' and pharmacists' windows: pushed notifications (lab results, critical results,
escalations, STAT prescriptions) from the listener, newest first, critical ones in red; acknowledging is recorded in the database (by the server's clock).
A critical result stays on the banner until it is acknowledged."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSystemTrayIcon, QVBoxLayout, QWidget)

from ..core.clock import local
from ..core.errors import KnownError
from ..core.notifications import Notification
from ..core.ops import Operations
from ..lab import queries as lab


class AlertBanner(QFrame):
    acknowledged = Signal(int)
    open_requested = Signal(object)   # the Notification double-clicked in the list
    count_changed = Signal(int)       # unacknowledged alerts shown (the window hides the bar at 0)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent, objectName="alertBanner")
        self.ops = ops
        self.alerts: dict[int, Notification] = {}
        self.patients: dict[int, str] = {}
        self._fresh: list[Notification] = []  # arrived since the last redraw
        # The backlog after a (re)connect arrives one alert at a time: redraw and look the patients' names up
        # once per burst. The timer is the banner's child, so it dies with the banner and never fires on a
        # deleted one.
        self._burst = QTimer(self, singleShot=True, interval=0)
        self._burst.timeout.connect(self._flush)
        self.tray: QSystemTrayIcon | None = None
        self.summary = QLabel(objectName="alertSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.toggle = QPushButton("Show", objectName="alertToggle")
        self.list = QListWidget(objectName="alertList")
        self.list.setMaximumHeight(150)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.ack_button = QPushButton("Acknowledge selected", objectName="alertAcknowledge")
        self.status = QLabel(objectName="alertListener")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.status)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.ack_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self.list.isVisible()))
        self.ack_button.clicked.connect(lambda: self.acknowledge_selected())
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(self.alerts.get(item.data(Qt.ItemDataRole.UserRole))))
        self.list.setToolTip("Double-click to open the result; acknowledge once you have read it.")
        self.set_expanded(False)
        self._render()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.show()

    def set_expanded(self, expanded: bool) -> None:
        self.list.setVisible(expanded)
        self.ack_button.setVisible(expanded)
        self.toggle.setText("Hide" if expanded else "Show")

    def set_online(self, online: bool) -> None:
        self.status.setText("" if online else "alerts offline — reconnecting…")

    def add(self, note: Notification) -> None:
        if note.id in self.alerts:
            return  # the backlog after a reconnect repeats what is already shown
        self.alerts[note.id] = note
        self._fresh.append(note)
        self._burst.start()

    def _flush(self) -> None:
        fresh, self._fresh = self._fresh, []
        fresh = [n for n in fresh if n.id in self.alerts]  # acknowledged meanwhile
        if not fresh:
            return
        unnamed = sorted({n.patient_id for n in fresh if n.patient_id is not None} - self.patients.keys())
        if unnamed:
            self.ops.run_query(None, lambda s: lab.alert_patients(s, unnamed),
                               lambda names: (self.patients.update(names), self._render()), on_error=lambda e: None)
        critical = [n for n in fresh if n.critical]
        if self.tray is not None:
            latest = max(critical or fresh, key=lambda n: n.id)
            title = ("Urgent" if critical else "New alert") + (f" ({len(fresh)})" if len(fresh) > 1 else "")
            self.tray.showMessage(title, latest.title, QSystemTrayIcon.MessageIcon.Warning if critical
                                  else QSystemTrayIcon.MessageIcon.Information, 10000)
        if critical:
            self.set_expanded(True)
        self._render()

    def _render(self) -> None:
        notes = sorted(self.alerts.values(), key=lambda n: (not n.critical, -n.id))
        critical = sum(n.critical for n in notes)
        self.count_changed.emit(len(notes))
        if notes:
            latest = max(notes, key=lambda n: n.id)
            text = f"<b>{len(notes)} unacknowledged alert{'s' if len(notes) > 1 else ''}</b>"
            if critical:
                text += f" — <span style='color:#a40000'><b>{critical} critical</b></span>"
            self.summary.setText(f"{text} · latest: {latest.title}")
        self.setStyleSheet("#alertBanner { background: %s; border-bottom: 1px solid #bbb; }"
                           % ("#fde2e1" if critical else "#fff6d6"))
        self.list.clear()
        for note in notes:
            who = self.patients.get(note.patient_id or 0, "")
            item = QListWidgetItem(f"{local(note.created_at):%d.%m. %H:%M}  {note.title}  —  {who}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            if note.critical:
                item.setForeground(QColor("#a40000"))
            self.list.addItem(item)

    def acknowledge_selected(self, ids: list[int] | None = None) -> None:
        if ids is None:
            ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if not ids:
            return

        def work(session):  # noqa: ANN001, ANN202
            for note_id in ids:
                lab.acknowledge(session, note_id)
            return ids
        self.ops.run_change(self, work, self._acknowledged, noun="notification", on_error=self._error)

    def _acknowledged(self, ids: list[int]) -> None:
        for note_id in ids:
            self.alerts.pop(note_id, None)
            self.acknowledged.emit(note_id)
        self._render()

    def _error(self, error: KnownError) -> None:
        self.status.setText(str(error))
