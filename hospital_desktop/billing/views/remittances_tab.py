"""Remittances: the payers' payment advices the gateway received, each line posted against its claim by the
database — or left unmatched (no claim of ours) or refused (more than the claim's approval left). "Reconcile…"
posts such a line against a claim of that payer, or closes it with a note (insurance.resolve_remittance_line)."""
from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSplitter, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, money_text, number_text
from ...widgets.safety import DANGER, SAFE
from ...widgets.tables import fill_table, make_table, selected_record
from .. import insurance
from ...widgets.tables import select_record
from ...i18n import directed
from .text import headers

COLUMNS = [QT_TRANSLATE_NOOP("RemittancesWorkspace", "Received"), QT_TRANSLATE_NOOP("RemittancesWorkspace", "Payer"),
           QT_TRANSLATE_NOOP("RemittancesWorkspace", "Reference"),
           QT_TRANSLATE_NOOP("RemittancesWorkspace", "Payment date"), QT_TRANSLATE_NOOP("RemittancesWorkspace", "Total"),
           QT_TRANSLATE_NOOP("RemittancesWorkspace", "Lines"), QT_TRANSLATE_NOOP("RemittancesWorkspace", "To reconcile")]
LINE_COLUMNS = [QT_TRANSLATE_NOOP("RemittancesWorkspace", "Line"),
                QT_TRANSLATE_NOOP("RemittancesWorkspace", "Claim reference"),
                QT_TRANSLATE_NOOP("RemittancesWorkspace", "Claim"), QT_TRANSLATE_NOOP("RemittancesWorkspace", "Invoice"),
                QT_TRANSLATE_NOOP("RemittancesWorkspace", "Amount"), QT_TRANSLATE_NOOP("RemittancesWorkspace", "Status"),
                QT_TRANSLATE_NOOP("RemittancesWorkspace", "Receipt"), QT_TRANSLATE_NOOP("RemittancesWorkspace", "Note")]


def _money(value: Decimal | None) -> str:
    return number_text(value, 2)


class ReconcileDialog(QDialog):
    """Post an unmatched or refused line against one of the payer's claims, or close it with a note."""

    def __init__(self, line: insurance.RemittanceLine, remittance: insurance.Remittance,
                 claims: list[insurance.PayerClaim], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reconcile a remittance line"))
        self.setMinimumWidth(720)  # the claim's label (number, invoice, patient, status, amount left) in full
        form = QFormLayout(self)
        form.addRow(QLabel(directed(self.tr("<b>{payer}</b> remittance {reference}, line {line}: {amount} for “{claim}” — "
                                   "{status}").format(
            payer=escape(remittance.payer), reference=escape(remittance.payer_reference), line=number_text(line.line_no),
            amount=money_text(line.amount, remittance.currency), claim=escape(line.claim_reference),
            status=escape(insurance.LINE_STATUS_LABEL.label(line.status)))
            + (f"<br><i>{escape(line.note)}</i>" if line.note else "")), wordWrap=True))
        self.post = QRadioButton(self.tr("&Post against claim"), objectName="reconcilePost")
        self.close_line = QRadioButton(self.tr("&Close with a note (e.g. returned to the payer)"),
                                       objectName="reconcileClose")
        self.claim = QComboBox(objectName="reconcileClaim")
        self.claim.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for c in claims:
            self.claim.addItem(c.label, c.id)
        if line.claim_id is not None:
            self.claim.setCurrentIndex(max(0, self.claim.findData(line.claim_id)))
        self.note = QLineEdit(objectName="reconcileNote", maxLength=500)
        self.note.setPlaceholderText(self.tr("how the line was reconciled (at least 5 characters)"))
        self.post.setChecked(bool(claims))
        self.close_line.setChecked(not claims)
        self.post.setEnabled(bool(claims))
        self.post.toggled.connect(self.claim.setEnabled)
        self.claim.setEnabled(self.post.isChecked())
        form.addRow(self.post)
        form.addRow(self.tr("Claim"), self.claim)
        form.addRow(self.close_line)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.setStyleSheet(f"color: {DANGER};")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reconcile"))
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._check_and_accept)
        self.note.textChanged.connect(lambda _t: self.error.setText(""))  # an old complaint stays no longer
        self.post.toggled.connect(lambda _on: self.error.setText(""))
        self.buttons.rejected.connect(self.reject)

    def problem(self) -> str | None:
        if self.post.isChecked() and self.claim.currentData() is None:
            return self.tr("Choose the claim the payment is for.")
        if len(self.note.text().strip()) < 5:
            return self.tr("Say how the line was reconciled (at least 5 characters).")
        return None

    def _check_and_accept(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(message)
            return
        self.accept()

    def values(self) -> tuple[int | None, str]:
        return (self.claim.currentData() if self.post.isChecked() else None), self.note.text().strip()


class RemittancesWorkspace(QWidget):
    loaded = Signal()
    lines_loaded = Signal(int)   # remittance id
    reconciled = Signal(int)     # line id

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[insurance.Remittance] = []
        self.line_rows: list[insurance.RemittanceLine] = []
        self.table = make_table(headers("RemittancesWorkspace", COLUMNS), "remittanceTable", single=True)
        self.lines = make_table(headers("RemittancesWorkspace", LINE_COLUMNS), "remittanceLines", single=True)
        self.detail = QLabel(objectName="remittanceDetail", wordWrap=True)
        self.reconcile_button = QPushButton(self.tr("Re&concile…"), objectName="reconcileLine")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.message = QLabel(objectName="remittanceMessage", wordWrap=True)
        self.count = QLabel(objectName="remittanceCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Payments announced by the payers, newest first")))
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        box = QGroupBox(self.tr("Lines"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.detail)
        bl.addWidget(self.lines, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reconcile_button)
        buttons.addStretch(1)
        bl.addLayout(buttons)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        ll.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setSizes([360, 360])
        QVBoxLayout(self).addWidget(splitter)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        self.lines.doubleClicked.connect(lambda _i: self.reconcile_selected())
        self.reconcile_button.clicked.connect(lambda: self.reconcile_selected())
        ops.changed.connect(lambda noun: noun in (Change.REMITTANCE, Change.PAYMENT) and self.refresh())
        self._selected()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        """Coming back to the workspace shows what the payers sent meanwhile (the gateway writes it, not us)."""
        super().showEvent(event)
        if getattr(self, "_shown_before", False):
            self.refresh()
        self._shown_before = True

    def refresh(self) -> None:
        self.ops.run_query(None, insurance.remittances, self._show, on_error=self._error, latest=True)

    def _show(self, rows: list[insurance.Remittance]) -> None:
        keep = self.selected().id if self.selected() else None
        self.rows = rows
        self.table.blockSignals(True)
        fill_table(self.table, [(datetime_text(local(r.received_at)), r.payer, r.payer_reference,
                                 date_text(r.payment_date), money_text(r.total, r.currency), number_text(r.line_count),
                                 number_text(r.open_lines) if r.open_lines else "") for r in rows],
                   [DANGER if r.open_lines else None for r in rows])
        self.table.blockSignals(False)
        if keep is None or not self.select(keep):
            self._selected()
        open_lines = sum(r.open_lines for r in rows)
        self.count.setText(self.tr("%n remittance(s); {lines} line(s) to reconcile.", None, len(rows)).format(
            lines=number_text(open_lines)))
        self.loaded.emit()

    def selected(self) -> insurance.Remittance | None:
        return selected_record(self.table, self.rows)

    def select(self, remittance_id: int) -> bool:
        if not select_record(self.table, self.rows, remittance_id):
            return False
        self._selected()
        return True

    def selected_line(self) -> insurance.RemittanceLine | None:
        return selected_record(self.lines, self.line_rows)

    def select_line(self, line_id: int) -> bool:
        return select_record(self.lines, self.line_rows, line_id)

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.reconcile_button.setEnabled(line is not None and line.open)

    def _selected(self) -> None:
        rem = self.selected()
        self.line_rows = []
        fill_table(self.lines, [])
        self._update_buttons()
        if rem is None:
            self.detail.setText(self.tr("Select a remittance."))
            self.ops.forget_answers(self._show_lines)
            return
        self.detail.setText(directed(self.tr("<b>{payer}</b> · {reference} · paid {day} · {amount}").format(
            payer=escape(rem.payer), reference=escape(rem.payer_reference), day=date_text(rem.payment_date),
            amount=money_text(rem.total, rem.currency))))
        rid = rem.id
        self.ops.run_query(None, lambda s: (rid, insurance.remittance_lines(s, rid)), self._show_lines,
                           on_error=self._error, latest=True)

    def _show_lines(self, result: tuple[int, list[insurance.RemittanceLine]]) -> None:
        rid, lines = result
        keep = self.selected_line().id if self.selected_line() else None
        self.line_rows = lines
        self.lines.blockSignals(True)
        fill_table(self.lines, [(str(ln.line_no), ln.claim_reference, str(ln.claim_id or ""), ln.invoice_number or "",
                                 _money(ln.amount), insurance.LINE_STATUS_LABEL.label(ln.status),
                                 ln.receipt_number or "", ln.note or "") for ln in lines],
                   [DANGER if ln.open else None for ln in lines])
        self.lines.blockSignals(False)
        if keep is not None:
            self.select_line(keep)
        self._update_buttons()
        self.lines_loaded.emit(rid)

    def reconcile_selected(self, claim_id: int | None | str = "ask", note: str | None = None) -> None:
        """Open the reconcile form for the selected line (claim_id/note given: do it without the form)."""
        line, rem = self.selected_line(), self.selected()
        if line is None or rem is None or not line.open:
            return
        if note is not None:
            self._resolve(line.id, None if claim_id == "ask" else claim_id, note)
            return
        payer_id = rem.payer_id

        def ask(claims: list[insurance.PayerClaim]) -> None:
            dialog = ReconcileDialog(line, rem, claims, self)
            dialog.setObjectName("reconcileDialog")
            dialog.accepted.connect(lambda: self._resolve(line.id, *dialog.values()))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.ops.run_query(self, lambda s: insurance.payer_claims(s, payer_id), ask, on_error=self._error)

    def _resolve(self, line_id: int, claim_id: int | None, note: str) -> None:
        def done(_r: object) -> None:
            self._say(self.tr("Line posted against the claim.") if claim_id else self.tr("Line closed with the note."))
            self.reconciled.emit(line_id)

        self.ops.run_change(self, lambda s: insurance.resolve_remittance_line(s, line_id, claim_id, note), done,
                            noun=Change.REMITTANCE, on_error=self._error)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {SAFE};")
        self.message.setText(directed(text))

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")
        self.message.setText(directed(error.message))
