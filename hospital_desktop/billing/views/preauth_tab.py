"""Pre-authorisations: every pre-authorisation asked of a payer, with what the payer decided per item and the
period it is valid for. An approval whose valid_until has passed shows as expired; denied and expired ones are
highlighted. "Request…" asks for a new one (PreauthorizationDialog)."""
from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, number_text
from ...widgets.safety import DANGER, DANGER_BG, SAFE, WARNING, WARNING_BG
from ...widgets.tables import fill_table, make_table, selected_record
from .. import insurance
from .preauth_dialog import PreauthorizationDialog, quantity_text
from ...widgets.tables import select_record
from ...i18n import directed
from .text import headers

COLUMNS = [QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Requested"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Patient"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "MRN"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Payer"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Items"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Requested amount"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Approved"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Status"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Payer reference"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Valid from"),
           QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Valid until")]
ITEM_COLUMNS = [QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "#"),
                QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Code"),
                QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Item"),
                QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Quantity"),
                QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Amount"),
                QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Approved"),
                QT_TRANSLATE_NOOP("PreauthorizationsWorkspace", "Payer's reason")]
HIGHLIGHT = {"denied": QColor(DANGER_BG), "expired": QColor(WARNING_BG)}
COLOUR = {"denied": DANGER, "expired": WARNING, "approved": SAFE, "partial": "#92400e"}


def _money(value: Decimal | None) -> str:
    return number_text(value, 2)


def _day(value) -> str:  # noqa: ANN001
    return date_text(value)


POLL_MS = 5000


class PreauthorizationsWorkspace(QWidget):
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[insurance.Preauthorization] = []
        self.table = make_table(headers("PreauthorizationsWorkspace", COLUMNS), "preauthTable", single=True)
        self.items = make_table(headers("PreauthorizationsWorkspace", ITEM_COLUMNS), "preauthItemTable", single=True)
        self.detail = QLabel(objectName="preauthDetail", wordWrap=True)
        self.request_button = QPushButton(self.tr("&Request pre-authorisation…"), objectName="requestPreauth")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.message = QLabel(objectName="preauthMessage", wordWrap=True)
        self.count = QLabel(objectName="preauthCount")
        top = QHBoxLayout()
        top.addWidget(self.request_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        box = QGroupBox(self.tr("Pre-authorisation"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.detail)
        bl.addWidget(self.items, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        ll.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setSizes([480, 260])
        QVBoxLayout(self).addWidget(splitter)
        self.request_button.clicked.connect(lambda: self.request())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        ops.changed.connect(lambda noun: noun == Change.PREAUTHORIZATION and self.refresh())
        # The payer's answer is written by the gateway, not by this workstation: while a request is on its way,
        # look again every few seconds (as the claims list does), and on coming back to the workspace.
        self.poll = QTimer(self, singleShot=True, interval=POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self._loaded_once = False
        self._selected()
        self.refresh()

    def refresh(self) -> None:
        self.poll.stop()
        self.ops.run_query(None, insurance.preauthorizations, self._show, on_error=self._error, latest=True)

    def _waiting(self) -> bool:
        return any(p.status in ("requested", "pended") and p.request_status != "failed" for p in self.rows)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        super().showEvent(event)
        if self._loaded_once:
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        super().hideEvent(event)
        self.poll.stop()

    def _show(self, rows: list[insurance.Preauthorization]) -> None:
        keep = self.selected().id if self.selected() else None
        self.rows = rows
        shown = []
        for p in rows:
            status = insurance.PREAUTH_STATUS_LABEL.label(p.shown_status)
            if p.request_status == "failed":
                status = self.tr("{status} (request failed)").format(status=status)
            shown.append((date_text(local(p.requested_at)), p.patient_name, p.mrn, p.payer, p.items or "",
                          _money(p.requested_amount), _money(p.approved_amount), status, p.payer_reference or "",
                          _day(p.valid_from), _day(p.valid_until)))
        self.table.blockSignals(True)
        fill_table(self.table, shown, [COLOUR.get(p.shown_status) for p in rows],
                   [HIGHLIGHT.get(p.shown_status) for p in rows])
        self.table.blockSignals(False)
        if keep is None or not self.select(keep):
            self._selected()
        waiting = sum(1 for p in rows if p.status in ("requested", "pended"))
        self.count.setText(self.tr("%n pre-authorisation(s), {waiting} waiting for the payer.", None,
                                   len(rows)).format(waiting=number_text(waiting)))
        self._loaded_once = True
        if self._waiting() and self.isVisible():
            self.poll.start()
        self.loaded.emit()

    def selected(self) -> insurance.Preauthorization | None:
        return selected_record(self.table, self.rows)

    def select(self, preauthorization_id: int) -> bool:
        if not select_record(self.table, self.rows, preauthorization_id):
            return False
        self._selected()
        return True

    def _selected(self) -> None:
        p = self.selected()
        if p is None:
            self.detail.setText(self.tr("Select a pre-authorisation."))
            fill_table(self.items, [])
            self.ops.forget_answers(self._show_items)
            return
        status = insurance.PREAUTH_STATUS_LABEL.label(p.shown_status)
        colour = COLOUR.get(p.shown_status, "#1e40af")
        who = f"<b>{escape(p.patient_name)}</b> ({escape(p.mrn)}) · {escape(p.payer)}"
        if p.admission_id:
            who += self.tr(" · admission #{admission}").format(admission=p.admission_id)
        state = self.tr("Status {status}").format(status=f"<b style='color:{colour}'>{escape(status)}</b>")
        if p.payer_reference:
            state += self.tr(" · payer's reference {reference}").format(reference=escape(p.payer_reference))
        if p.valid_from or p.valid_until:
            state += self.tr(" · valid {start} – {end}").format(start=_day(p.valid_from) or "…",
                                                               end=_day(p.valid_until) or "…")
        parts = [who, state, self.tr("Reason: {reason}").format(reason=escape(p.reason))]
        if p.outcome_reason:
            parts.append(self.tr("Payer: {answer}").format(answer=escape(p.outcome_reason)))
        if p.request_status == "failed":
            parts.append(f"<span style='color:{DANGER}'>" + self.tr("The request failed: {error}").format(
                error=escape(p.request_error or "")) + "</span><br><span style='color:#555'>" + escape(self.tr(
                    "The payer has not got it. Correct what the reason names, then request a new "
                    "pre-authorisation.")) + "</span>")
        self.detail.setText(directed("<br>".join(parts)))
        pid = p.id
        self.ops.run_query(None, lambda s: insurance.preauthorization_items(s, pid), self._show_items,
                           on_error=self._error, latest=True)

    def _show_items(self, items: list[insurance.PreauthorizationItem]) -> None:
        fill_table(self.items, [(str(i.sequence), i.price_code, i.description, quantity_text(i.quantity), _money(i.amount),
                                 _money(i.approved_amount), i.reason or "") for i in items],
                   [DANGER if i.approved_amount is not None and i.approved_amount <= 0 else None for i in items])

    def request(self, patient: tuple[int, str] | None = None) -> PreauthorizationDialog:
        dialog = PreauthorizationDialog(self.ops, patient, parent=self)
        dialog.requested.connect(lambda _id: self._say(self.tr("Pre-authorisation queued for the payer.")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {SAFE};")
        self.message.setText(directed(text))

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")
        self.message.setText(directed(error.message))
