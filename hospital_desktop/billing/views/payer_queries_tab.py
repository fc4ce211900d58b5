"""Payer queries: what the payers asked about our claims and pre-authorisations (open first), and billing's answer
with documents. The answer goes into the insurance outbox (insurance.answer_query); the gateway sends it to the
payer as a FHIR Communication. Files are checked here (PDF, PNG, JPEG or text; at most 10, together at most 3.5 MB)
and again by the database."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, number_text
from ...widgets.safety import DANGER, SAFE
from ...widgets.tables import fill_table, make_table, selected_record
from .. import insurance
from ...widgets.tables import select_record
from ...i18n import directed
from .text import headers

COLUMNS = [QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "Received"), QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "Payer"),
           QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "About"), QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "Patient"),
           QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "Question"),
           QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "Documents asked for"),
           QT_TRANSLATE_NOOP("PayerQueriesWorkspace", "Status")]


class AnswerDialog(QDialog):
    """The answer to one payer query: text and up to 10 documents."""

    def __init__(self, query: insurance.PayerQuery, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer {payer}'s query").format(payer=query.payer))
        self.setMinimumWidth(560)
        self.query = query
        self.attachments: list[insurance.Attachment] = []
        text = self.tr("<b>{payer}</b> asks about {subject} ({patient}):").format(
            payer=escape(query.payer), subject=escape(query.subject), patient=escape(query.patient_name))
        text += f"<br>{escape(query.question)}"
        if query.requested_documents:
            text += "<br>" + self.tr("Documents asked for: {documents}").format(
                documents=escape("; ".join(query.requested_documents)))
        intro = QLabel(directed(text), wordWrap=True)
        self.text = QPlainTextEdit(objectName="queryAnswerText")
        self.text.setPlaceholderText(self.tr("Your answer to the payer (2 to 2000 characters)"))
        self.text.setTabChangesFocus(True)
        answer_label = QLabel(self.tr("&Answer"))
        answer_label.setBuddy(self.text)
        self.files = QListWidget(objectName="queryAttachments")
        self.files.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add &document…"), objectName="addAttachment")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeAttachment")
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.setStyleSheet(f"color: {DANGER};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send answer"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(answer_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel(self.tr("Documents (PDF, PNG, JPEG or text; at most 10, together at most 3.5 MB)"),
                                wordWrap=True))
        layout.addWidget(self.files)
        layout.addLayout(file_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Documents for the payer"), str(Path.home()),
                                                self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.txt)"))
        self.add_files(names)

    def add_files(self, names: list[str]) -> None:
        """Add the files that pass the checks; the first refusal is shown as a sentence."""
        problems = []
        for name in names:
            if len(self.attachments) >= insurance.MAX_ATTACHMENTS:
                problems.append(self.tr("At most {count} documents go with one answer.").format(
                    count=number_text(insurance.MAX_ATTACHMENTS)))
                break
            try:
                attachment = insurance.read_attachment(name)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            total = sum(len(a.content) for a in self.attachments) + len(attachment.content)
            if total > insurance.MAX_ANSWER_BYTES:
                problems.append(self.tr("{file}: the documents would come to {size} MB; at most 3.5 MB go with one "
                                        "answer.").format(file=attachment.title, size=number_text(total / 1e6, 1)))
                continue
            self.attachments.append(attachment)
            self.files.addItem(self.tr("{file} ({size} KB)").format(
                file=attachment.title, size=number_text(round(len(attachment.content) / 1024))))
        self.error.setText(problems[0] if problems else "")

    def remove_selected(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self.files.takeItem(row)

    def problem(self) -> str | None:
        answer = self.text.toPlainText().strip()
        if len(answer) < 2:
            return self.tr("Write an answer for the payer.")
        if len(answer) > 2000:
            return self.tr("The answer is {length} characters long: a payer takes at most 2000.").format(
                length=number_text(len(answer)))
        if len(self.attachments) > insurance.MAX_ATTACHMENTS:
            return self.tr("At most {count} documents go with one answer.").format(count=number_text(insurance.MAX_ATTACHMENTS))
        return None

    def _check_and_accept(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(message)
            return
        self.accept()

    def values(self) -> tuple[str, list[insurance.Attachment]]:
        return self.text.toPlainText().strip(), list(self.attachments)


class PayerQueriesWorkspace(QWidget):
    loaded = Signal()
    answered = Signal(int)  # the outbox request carrying the answer

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[insurance.PayerQuery] = []
        self.filter = QComboBox(objectName="payerQueryFilter")
        self.filter.addItem(self.tr("Open and answered"), None)
        self.filter.addItem(self.tr("Open"), "open")
        self.filter.addItem(self.tr("Answered"), "answered")
        show = QLabel(self.tr("&Show"))
        show.setBuddy(self.filter)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.table = make_table(headers("PayerQueriesWorkspace", COLUMNS), "payerQueryTable", single=True)
        self.detail = QLabel(objectName="payerQueryDetail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_button = QPushButton(self.tr("&Answer…"), objectName="answerPayerQuery")
        self.answer_button.setDefault(True)
        self.message = QLabel(objectName="payerQueryMessage", wordWrap=True)
        self.count = QLabel(objectName="payerQueryCount")
        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        box = QGroupBox(self.tr("Query"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.detail)
        bl.addStretch(1)
        bl.addWidget(self.answer_button, alignment=Qt.AlignmentFlag.AlignLeading)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        ll.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setSizes([900, 420])
        QVBoxLayout(self).addWidget(splitter)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.answer_selected())
        self.answer_button.clicked.connect(lambda: self.answer_selected())
        ops.changed.connect(lambda noun: noun in (Change.PAYER_QUERY, Change.CLAIM) and self.refresh())
        self._selected()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        """Coming back to the workspace shows what the payers sent meanwhile (the gateway writes it, not us)."""
        super().showEvent(event)
        if getattr(self, "_shown_before", False):
            self.refresh()
        self._shown_before = True

    def refresh(self) -> None:
        status = self.filter.currentData()
        self.ops.run_query(None, lambda s: insurance.payer_queries(s, status), self._show, on_error=self._error,
                           latest=True)

    def _show(self, rows: list[insurance.PayerQuery]) -> None:
        keep = self.selected().id if self.selected() else None
        self.rows = rows
        self.table.blockSignals(True)
        fill_table(self.table, [(datetime_text(local(q.received_at)), q.payer, q.subject, q.patient_name,
                                 q.question, "; ".join(q.requested_documents),
                                 self.tr("open") if q.status == "open" else self.tr("answered {day}").format(
                                     day=date_text(local(q.answered_at)) if q.answered_at else ""))
                                for q in rows], ["#92400e" if q.status == "open" else None for q in rows])
        self.table.blockSignals(False)
        if keep is None or not self.select_query(keep):
            self._selected()
        open_count = sum(1 for q in rows if q.status == "open")
        self.count.setText(self.tr("%n open, {answered} answered.", None, open_count).format(
            answered=number_text(len(rows) - open_count)))
        self.loaded.emit()

    def selected(self) -> insurance.PayerQuery | None:
        return selected_record(self.table, self.rows)

    def select_query(self, query_id: int) -> bool:
        if not select_record(self.table, self.rows, query_id):
            return False
        self._selected()
        return True

    def _selected(self) -> None:
        q = self.selected()
        self.answer_button.setEnabled(q is not None and q.status == "open")
        if q is None:
            self.detail.setText(self.tr("Select a query."))
            return
        parts = [f"<b>{escape(q.payer)}</b> · {escape(q.subject)} · {escape(q.patient_name)}",
                 self.tr("Payer's reference {reference} · received {when}").format(
                     reference=escape(q.payer_reference), when=datetime_text(local(q.received_at))),
                 self.tr("<b>Question:</b> {question}").format(question=escape(q.question))]
        if q.requested_documents:
            parts.append(self.tr("<b>Documents asked for:</b> {documents}").format(
                documents=escape("; ".join(q.requested_documents))))
        if q.status == "answered":
            parts.append(self.tr("<b>Answered</b> {when} by {who}: {answer}").format(
                when=datetime_text(local(q.answered_at)) if q.answered_at else "", who=escape(q.answered_by or ""),
                answer=escape(q.answer or "")))
            if q.attachments:
                parts.append(self.tr("Sent with: {files}").format(files=escape(", ".join(q.attachments))))
        self.detail.setText(directed("<br>".join(parts)))

    def answer_selected(self, answer: str | None = None, files: list[str] | None = None) -> AnswerDialog | None:
        """Open the answer form (answer/files given: fill it and send without showing it, as tests do)."""
        q = self.selected()
        if q is None or q.status != "open":
            return None
        dialog = AnswerDialog(q, self)
        if answer is not None:
            dialog.text.setPlainText(answer)
            dialog.add_files(files or [])
            if dialog.error.text() or dialog.problem():
                self._error(KnownError(dialog.error.text() or dialog.problem() or ""))
                return dialog
            self._send(q.id, *dialog.values())
            return dialog
        dialog.accepted.connect(lambda: self._send(q.id, *dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _send(self, query_id: int, answer: str, attachments: list[insurance.Attachment]) -> None:
        def done(request_id: int) -> None:
            self._say(self.tr("Answer queued for the payer: the insurance gateway sends it with its documents."))
            self.answered.emit(request_id)

        self.ops.run_change(self, lambda s: insurance.answer_query(s, query_id, answer, attachments), done,
                            noun=Change.PAYER_QUERY, on_error=self._error, label=self.tr("Queuing the answer…"))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {SAFE};")
        self.message.setText(directed(text))

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")
        self.message.setText(directed(error.message))
