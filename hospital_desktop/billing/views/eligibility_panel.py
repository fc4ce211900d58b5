"""The compact insurance panel of reception and billing: the patient's coverage in force today, a "Check
eligibility" button (the gateway asks the payer), and the payer's last answer — covered or NOT COVERED, benefit
period, benefits left, excluded items and how old the answer is. While a check is on its way the panel asks the
database again every few seconds (through ops) and stops when the answer is there. Only what the payer said is
shown: nothing is filled in when a field is missing."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, number_text
from ...widgets.safety import DANGER, SAFE
from .. import insurance
from ...i18n import directed

POLL_MS = 3000
AMBER = "#92400e"


class EligibilityPanel(QFrame):
    """`loaded(Eligibility | None)` after every answer shown (tests wait on it)."""
    loaded = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent, objectName="eligibilityPanel")
        self.ops = ops
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.patient_id: int | None = None
        self.eligibility: insurance.Eligibility | None = None
        self.headline = QLabel(objectName="eligibilityHeadline", wordWrap=True)
        self.answer = QLabel(objectName="eligibilityAnswer", wordWrap=True)
        self.answer.setTextFormat(self.answer.textFormat().RichText)
        self.check_button = QPushButton(self.tr("Check &eligibility"), objectName="checkEligibility")
        self.check_button.setToolTip(self.tr("Ask the payer (through the insurance gateway) whether the patient is "
                                             "covered today and what benefits are left"))
        self.check_button.setAutoDefault(True)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.answer)
        self.poll = QTimer(self, singleShot=True, interval=POLL_MS)
        self.poll.timeout.connect(self.reload)
        self.check_button.clicked.connect(lambda: self.check())
        ops.changed.connect(lambda noun: noun in (Change.COVERAGE, Change.ELIGIBILITY) and self.reload())
        self.set_patient(None)

    def set_patient(self, patient_id: int | None) -> None:
        self.patient_id = patient_id
        self.eligibility = None
        self.poll.stop()
        self.check_button.setEnabled(False)
        self.answer.setText("")
        if patient_id is None:
            self.headline.setText(self.tr("Insurance: no patient open."))
            self.ops.forget_answers(self._show)
            return
        self.headline.setText(self.tr("Insurance: loading…"))
        self.reload()

    def reload(self) -> None:
        if self.patient_id is None:
            return
        pid = self.patient_id
        self.ops.run_query(None, lambda s: (pid, insurance.patient_eligibility(s, pid)), self._show,
                           on_error=self._error, latest=True)

    def check(self) -> None:
        if self.patient_id is None:
            return
        pid = self.patient_id
        self.check_button.setEnabled(False)
        self.ops.run_change(self, lambda s: insurance.request_eligibility(s, pid), lambda _id: self.reload(),
                            noun=Change.ELIGIBILITY, on_error=self._error, label=self.tr("Asking the payer…"))

    # -- showing ----------------------------------------------------------------------------------------------
    def _show(self, result: tuple[int, insurance.Eligibility | None]) -> None:
        pid, e = result
        if pid != self.patient_id:
            return
        self.eligibility = e
        if e is None:
            self.headline.setText(self.tr("<b>Insurance:</b> No insurance on file"))
            self.answer.setText("<span style='color:#555'>" + escape(self.tr(
                "No coverage in force today: the patient pays themselves unless billing records their insurance."))
                + "</span>")
            self.check_button.setEnabled(False)
            self.poll.stop()
            self.loaded.emit(e)
            return
        self.headline.setText(directed(self.tr("<b>Insurance:</b> {payer} {plan}, member {member}").format(
            payer=escape(e.payer_name), plan=escape(e.plan_name), member=escape(e.member_number))))
        self.check_button.setEnabled(not e.waiting)
        self.answer.setText(directed(self._answer_html(e)))
        if e.waiting and self.isVisible():
            self.poll.start()  # asks again in a few seconds; stops once answered (or while the panel is hidden)
        else:
            self.poll.stop()
        self.loaded.emit(e)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        super().showEvent(event)
        if self.eligibility is not None and self.eligibility.waiting:
            self.reload()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        super().hideEvent(event)
        self.poll.stop()

    def _answer_html(self, e: insurance.Eligibility) -> str:
        parts: list[str] = []
        if e.waiting:
            parts.append(self.tr("<i>Waiting for the payer…</i> (asked {age})").format(
                age=insurance.age_text((e.now - e.requested_at).total_seconds()) if e.requested_at else ""))
        elif e.failed:
            parts.append(f"<span style='color:{DANGER}'>" + self.tr("The payer could not be asked: {error}").format(
                error=escape(e.last_error or self.tr("no reason given"))) + "</span><br><span style='color:#555'>"
                + escape(self.tr("Press Check eligibility to ask again. If it keeps failing, the visit goes on and "
                                 "billing follows it up with the payer.")) + "</span>")
        if e.answered:
            if e.covered:
                verdict = f"<b style='color:{SAFE}'>" + escape(self.tr("Covered")) + "</b>"
            else:
                verdict = f"<b style='color:{DANGER}'>" + escape(self.tr("NOT COVERED")) + "</b>"
            age = self.tr("checked {age}").format(age=e.answer_age())
            if e.stale:
                age = f"<span style='color:{AMBER}'>" + self.tr("<b>out of date</b> ({age}; valid {hours} h)").format(
                    age=age, hours=number_text(e.valid_hours)) + "</span>"
            line = [verdict]
            if e.plan_code:
                line.append(self.tr("plan {plan}").format(plan=escape(e.plan_code)))
            if e.benefit_start or e.benefit_end:
                line.append(self.tr("benefit period {start} – {end}").format(
                    start=date_text(e.benefit_start) or "…", end=date_text(e.benefit_end) or "…"))
            line.append(age)
            parts.append(" · ".join(line))
            if e.benefits:
                parts.append(self.tr("Left: {benefits}").format(
                    benefits="; ".join(escape(insurance.benefit_text(b)) for b in e.benefits)))
            if e.excluded_items:
                parts.append(self.tr("Excluded: {items}").format(items=", ".join(escape(x) for x in e.excluded_items)))
            if e.disposition:
                parts.append("<span style='color:#555'>" + self.tr("Payer: {answer}").format(
                    answer=escape(e.disposition)) + "</span>")
            parts.append("<span style='color:#555'>" + self.tr("Answered {when}").format(
                when=datetime_text(local(e.answered_at))) + "</span>")
        elif not e.waiting and not e.failed:
            parts.append(f"<span style='color:{AMBER}'>" + escape(self.tr("Not checked with the payer yet."))
                         + "</span>")
        return "<br>".join(parts)

    def _error(self, error: KnownError) -> None:
        self.poll.stop()
        self.check_button.setEnabled(self.eligibility is not None and not self.eligibility.waiting)
        self.answer.setText(directed(f"<span style='color:{DANGER}'>{escape(error.message)}</span>"))
