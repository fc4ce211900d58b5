"""The alert banner of clinicians' and pharmacists' windows: pushed notifications (lab results, critical results,
escalations, STAT prescriptions) from the listener, one summary line that opens into a short list; critical results
first and in red, STAT work next in amber. Acknowledging is recorded in the database (by the server's clock).

A critical result also stops the user once (a SafetyStop naming the result and the patient) and stays on the banner
until acknowledged. The banner never opens itself: the stop is what demands attention, the list is for working
through. While the workstation is locked the banner shows nothing and acknowledges nothing."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSystemTrayIcon, QVBoxLayout, QWidget)

from ..core.changes import Change
from ..core.clock import local
from ..core.errors import KnownError
from ..core.notifications import Notification
from ..core.ops import Operations
from ..i18n import directed, isolate
from ..i18n.formats import datetime_text
from ..lab import queries as lab
from ..widgets.safety import DANGER, DANGER_BG, WARNING, WARNING_BG, show_stop

LIST_ROWS = 5  # the open list's height in rows: the workspace below stays usable


class AlertBanner(QFrame):
    acknowledged = Signal(int)
    open_requested = Signal(object)   # the Notification double-clicked in the list
    count_changed = Signal(int)       # unacknowledged alerts shown (the window hides the bar at 0 while online)
    refresh = Signal(str)             # an Operations.changed noun: what the fresh alerts announce has changed

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent, objectName="alertBanner")
        self.ops = ops
        self.alerts: dict[int, Notification] = {}
        self.patients: dict[int, str] = {}
        self._fresh: list[Notification] = []  # arrived since the last redraw
        self._stopped: set[int] = set()  # critical alerts the user has been stopped for
        self.stop = None  # the SafetyStop on screen, if any
        self.locked = False
        # The backlog after a (re)connect arrives one alert at a time: redraw and look the patients' names up
        # once per burst. The timer is the banner's child, so it dies with the banner and never fires on a
        # deleted one.
        self._burst = QTimer(self, singleShot=True, interval=0)
        self._burst.timeout.connect(self._flush)
        self.tray: QSystemTrayIcon | None = None
        self.summary = QLabel(objectName="alertSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.toggle = QPushButton(objectName="alertToggle")
        self.list = QListWidget(objectName="alertList")
        self.list.setMaximumHeight(self.list.fontMetrics().height() * LIST_ROWS + 12)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.ack_button = QPushButton(self.tr("Acknowledge selected"), objectName="alertAcknowledge")
        self.status = QLabel(objectName="alertListener")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.status)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.ack_button, alignment=Qt.AlignmentFlag.AlignTrailing)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self.list.isVisible()))
        self.ack_button.clicked.connect(lambda: self.acknowledge_selected())
        self.list.itemDoubleClicked.connect(
            lambda item: self.open_requested.emit(self.alerts.get(item.data(Qt.ItemDataRole.UserRole))))
        self.list.setToolTip(self.tr("Double-click to open the result; acknowledge once you have read it."))
        self.set_expanded(False)
        self._render()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.show()

    def take_over(self, previous: AlertBanner) -> None:
        """The banner of the window this one replaces (rebuilt in another language): the critical results the user
        was already stopped for do not stop them again, and the patients' names need not be asked again. The
        listener reads the unacknowledged alerts anew."""
        self._stopped |= previous._stopped
        self.patients.update(previous.patients)

    def set_expanded(self, expanded: bool) -> None:
        self.list.setVisible(expanded)
        self.ack_button.setVisible(expanded)
        self.toggle.setText(self.tr("Hide") if expanded else self.tr("Show"))

    offline = False  # the listener's connection is down: pushed alerts are not arriving

    def set_online(self, online: bool) -> None:
        self.offline = not online
        self.status.setText("" if online else self.tr("alerts offline — reconnecting…"))
        self.count_changed.emit(len(self.alerts))  # the window shows the bar while offline, even with no alerts

    def add(self, note: Notification) -> None:
        if note.id in self.alerts:
            return  # the backlog after a reconnect repeats what is already shown
        self.alerts[note.id] = note
        self._fresh.append(note)
        self._burst.start()

    def set_locked(self, locked: bool) -> None:
        """Locked: no names, no values, no acknowledging; alerts keep arriving and show after unlocking."""
        self.locked = locked
        self.set_expanded(False)
        self.toggle.setEnabled(not locked)
        if locked and self.stop is not None:
            self.stop.hide()  # shown again, still unconfirmed, after unlocking
        elif not locked and self.stop is not None:
            self.stop.show()
        self._render()
        if not locked:
            self._stop_for_critical()

    def _flush(self) -> None:
        fresh, self._fresh = self._fresh, []
        fresh = [n for n in fresh if n.id in self.alerts]  # acknowledged meanwhile
        if not fresh:
            return
        unnamed = sorted({n.patient_id for n in fresh if n.patient_id is not None} - self.patients.keys())
        if unnamed:
            self.ops.run_query(None, lambda s: lab.alert_patients(s, unnamed), self._named, on_error=lambda e: None)
        else:
            self._stop_for_critical()
        critical = [n for n in fresh if n.critical]
        if self.tray is not None:
            latest = max(critical or fresh, key=lambda n: n.id)
            if len(fresh) > 1:
                title = (self.tr("Critical result ({count})") if critical else self.tr("New alert ({count})")).format(
                    count=len(fresh))
            else:
                title = self.tr("Critical result") if critical else self.tr("New alert")
            # A locked screen's tray says only that something arrived: no result, no patient.
            self.tray.showMessage(title, self.tr("Unlock the workstation to read it.") if self.locked else latest.shown_title,
                                  QSystemTrayIcon.MessageIcon.Warning if critical
                                  else QSystemTrayIcon.MessageIcon.Information, 10000)
        for noun in dict.fromkeys(n.refreshes for n in fresh if n.refreshes):
            self.refresh.emit(noun)
        self._render()

    def _named(self, names: dict[int, str]) -> None:
        self.patients.update(names)
        self._render()
        self._stop_for_critical()

    def _stop_for_critical(self) -> None:
        """One stop for the critical results the user has not been stopped for yet (after the names are known)."""
        if self.locked or self.stop is not None:
            return
        # Only results whose patient is named: a stop must say whose result it is (the others stop the user when
        # their names arrive, in _named).
        pending = sorted((n for n in self.alerts.values() if n.critical and n.id not in self._stopped
                          and (n.patient_id is None or n.patient_id in self.patients)), key=lambda n: n.id)
        if not pending:
            return
        self._stopped.update(n.id for n in pending)
        unnamed = self.tr("patient")
        lines = "\n".join(directed(f"{isolate(n.shown_title)} — {isolate(self.patients.get(n.patient_id or 0, unnamed))}")
                          for n in pending)
        title = (self.tr("Critical result") if len(pending) == 1 else
                 AlertBanner.tr("%Ln critical results", "", len(pending)))
        detail = self.tr("Open the result from the alert bar (double-click) and acknowledge it once you have acted "
                         "on it.")
        self.stop = show_stop(self.window(), title, lines, detail=detail, on_closed=self._stop_closed)

    def _stop_closed(self) -> None:
        self.stop = None
        self._stop_for_critical()  # any that arrived while it was open

    def _render(self) -> None:
        notes = sorted(self.alerts.values(), key=lambda n: (not n.critical, not n.urgent, -n.id))
        critical = sum(n.critical for n in notes)
        urgent = sum(n.urgent for n in notes)
        self.count_changed.emit(len(notes))
        text = ""
        if notes:
            text = "<b>{}</b>".format(AlertBanner.tr("%Ln unacknowledged alert(s)", "", len(notes)))
            if critical:
                text += " — <span style='color:{}'><b>{}</b></span>".format(
                    DANGER, AlertBanner.tr("%Ln critical", "", critical))
            if urgent:
                text += " — <span style='color:{}'><b>{}</b></span>".format(
                    WARNING, AlertBanner.tr("%Ln STAT", "", urgent))
            text += " · " + (self.tr("unlock to read them") if self.locked else
                             self.tr("latest: {title}").format(title=isolate(max(notes, key=lambda n: n.id).shown_title)))
        self.summary.setText(text)
        self.setStyleSheet("#alertBanner { background: %s; border-bottom: 1px solid #bbb; }"
                           % (DANGER_BG if critical else WARNING_BG))
        self.list.clear()
        if self.locked:
            return  # nothing of a patient's on a locked screen
        for note in notes:
            who = self.patients.get(note.patient_id or 0, "")
            item = QListWidgetItem(directed(f"{isolate(datetime_text(local(note.created_at)))}  {isolate(note.shown_title)}"
                                            f"  —  {isolate(who)}"))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            if note.critical:
                item.setForeground(QColor(DANGER))
            elif note.urgent:
                item.setForeground(QColor(WARNING))
            self.list.addItem(item)

    def acknowledge_selected(self, ids: list[int] | None = None) -> None:
        if self.locked:
            return  # the locked-out user acknowledges nothing
        if ids is None:
            ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if not ids:
            return

        def work(session):  # noqa: ANN001, ANN202
            for note_id in ids:
                lab.acknowledge(session, note_id)
            return ids
        self.ops.run_change(self, work, self._acknowledged, noun=Change.NOTIFICATION, on_error=self._error)

    def _acknowledged(self, ids: list[int]) -> None:
        for note_id in ids:
            self.alerts.pop(note_id, None)
            self.acknowledged.emit(note_id)
        self._render()

    def _error(self, error: KnownError) -> None:
        self.status.setText(str(error))
