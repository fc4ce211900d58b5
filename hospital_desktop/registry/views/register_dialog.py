"""Register a patient (with live duplicate candidates) or correct one's demographics (with a reason).

Keyboard: Return in a field moves to the next field, as on a paper form; Return in the last field (or Ctrl+Return
anywhere) registers, once the form is complete; Return on a focused button presses it. Return never throws the
form away: Cancel, Escape and the window's close button ask "Discard this registration?" (default No) when
something was typed."""
from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.safety import show_stop
from .. import queries
from ..queries import PatientInput

CANDIDATE_DEBOUNCE_MS = 350
# The form's fields, labelled by queries.field_label (translated where shown).
FIELDS = [(key, queries.FIELD_LABELS[key]) for key in ("given_name", "family_name", "birth_date", "sex",
                                                        "national_id", "phone", "address", "postal_code")]
MIN_OVERRIDE_REASON = 10
MIN_EDIT_REASON = 3
# How well the birth date is known: the birth date field then takes a date, a year, or an age in years.
ACCURACY_CHOICES = [("exact", QT_TRANSLATE_NOOP("PatientForm", "exact date")),
                    ("year", QT_TRANSLATE_NOOP("PatientForm", "year only")),
                    ("estimated", QT_TRANSLATE_NOOP("PatientForm", "estimated age"))]


def birth_placeholder(accuracy: str) -> str:
    """What the birth date field takes, as the user's locale writes a date ('dd/mm/yyyy, e.g. 31/12/1980')."""
    if accuracy == "year":
        return QCoreApplication.translate("PatientForm", "year of birth, e.g. 1970")
    if accuracy == "estimated":
        return QCoreApplication.translate("PatientForm", "estimated age in years, e.g. 40")
    return QCoreApplication.translate("PatientForm", "{pattern}, e.g. {example}").format(
        pattern=queries.date_hint(), example=queries.date_example())


class PatientForm(QWidget):
    """The demographic fields with an inline message under each one."""
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, int] = {}
        form = QFormLayout(self)
        self.accuracy = QComboBox(objectName="birth_date_accuracy")
        self.accuracy.setToolTip(self.tr("How well the birth date is known: the exact date, only the year, or an "
                                         "age estimated by staff (shown as such everywhere)"))
        for value, text in ACCURACY_CHOICES:
            self.accuracy.addItem(QCoreApplication.translate("PatientForm", text), value)
        self.accuracy.currentIndexChanged.connect(lambda _i: self._accuracy_changed())
        for key, _label in FIELDS:
            if key == "sex":
                widget: QLineEdit | QComboBox = QComboBox()
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                widget.addItem(self.tr("— choose —"), "")
                for sex in queries.SEXES:
                    widget.addItem(queries.sex_label(sex), sex)
                widget.currentIndexChanged.connect(lambda _i: self.edited.emit())
            else:
                widget = QLineEdit()
                widget.setMaxLength(10_000)  # the form says what is too long instead of cutting silently
                widget.textEdited.connect(lambda _t: self.edited.emit())
                if key == "birth_date":
                    widget.setPlaceholderText(birth_placeholder("exact"))
            widget.setObjectName(key)
            error = QLabel(styleSheet="color: #a40000; font-size: 9pt;")
            error.setObjectName(f"{key}_error")
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            if key == "birth_date":
                line = QHBoxLayout()
                line.addWidget(widget, 1)
                line.addWidget(self.accuracy)
                box.addLayout(line)
            else:
                box.addWidget(widget)
            box.addWidget(error)
            form.addRow(queries.field_label(key), box)
            self._rows[key] = form.rowCount() - 1
            self.inputs[key] = widget
            self.errors[key] = error
        self.inputs["birth_date_accuracy"] = self.accuracy

    def _accuracy_changed(self) -> None:
        self.inputs["birth_date"].setPlaceholderText(birth_placeholder(self.accuracy.currentData()))
        self.errors["birth_date"].hide()  # said of what the field meant before; checked again on saving
        self.edited.emit()

    def show_only(self, keys: list[str]) -> None:
        """Only these fields (identification records names, birth date and sex)."""
        for key, row in self._rows.items():
            self.layout().setRowVisible(row, key in keys)

    def value(self) -> PatientInput:
        data = {}
        for key, widget in self.inputs.items():
            data[key] = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
        return PatientInput(**data)

    def set_value(self, data: PatientInput) -> None:
        for key, widget in self.inputs.items():
            value = getattr(data, key)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(value)

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        first = next((key for key, _label in FIELDS if key in problems), None)
        if first is not None:
            self.inputs[first].setFocus()  # the keyboard goes where the work is

    def fields(self) -> list[QWidget]:
        """The Tab order: every field, the birth date's accuracy right after it."""
        out = []
        for key, _label in FIELDS:
            out.append(self.inputs[key])
            if key == "birth_date":
                out.append(self.accuracy)
        return out

    def return_fields(self) -> list[QWidget]:
        """Where Return goes next: as Tab, but past the accuracy (most birth dates are exact; Tab reaches it)."""
        return [self.inputs[key] for key, _label in FIELDS]


class _FormKeys:
    """Return / Escape handling shared by the registration and the correction dialog (see the module's docstring).
    The dialog provides `form`, `fields_in_order()`, `submit()` and `_discard_title`."""
    _discard_title = QT_TRANSLATE_NOOP("_FormKeys", "Discard?")
    _confirmed_discard = False
    discard_box: QMessageBox | None = None

    def fields_in_order(self) -> list[QWidget]:
        raise NotImplementedError

    def _start_state(self) -> None:
        self._initial = self.form.value()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt virtual
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QDialog.keyPressEvent(self, event)  # Escape → reject() (which asks), the rest as usual
            return
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton):
            focused.click()  # Return presses the focused button, like Space
            return
        fields = [f for f in self.fields_in_order() if f.isVisibleTo(self) and f.isEnabled()]
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or focused not in fields \
                or focused is fields[-1]:
            self.submit()
            return
        fields[fields.index(focused) + 1].setFocus()

    def has_typed_data(self) -> bool:
        return self.form.value() != self._initial or bool(self.reason.text().strip())

    def reject(self) -> None:
        """Cancel, Escape, the close button: nothing typed is lost without a 'yes'."""
        if self._confirmed_discard or not self.has_typed_data():
            QDialog.reject(self)
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("_FormKeys", self._discard_title),
                          self.tr("What you typed has not been saved. Discard it?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("discardBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Return keeps the form
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _r: self._discard_answer(box))
        self.discard_box = box
        box.open()

    def _discard_answer(self, box: QMessageBox) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._confirmed_discard = True
            QDialog.reject(self)


class CandidatePanel(QFrame):
    """Likely existing patients for what is typed, with scores and reasons in words."""
    use_existing = Signal(object)  # PatientRow

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("<b>Possible duplicates</b>"))
        self.hint = QLabel(self.tr("Start typing: likely existing records appear here."), wordWrap=True)
        self.list = QListWidget(objectName="candidateList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.use_button = QPushButton(self.tr("Open the selected existing patient instead"))
        self.use_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.use_button)
        self.list.currentRowChanged.connect(self._selected)
        self.use_button.clicked.connect(self._use)
        self.candidates: list[queries.Candidate] = []

    def show_candidates(self, candidates: list[queries.Candidate], strong: float, possible: float) -> None:
        shown = [c for c in candidates if c.score >= possible]
        self.candidates = shown
        self.list.clear()
        for c in shown:
            p = c.patient
            score = formats.number_text(round(c.score * 100))
            if c.relation:
                relation = c.relation_text
                level = self.tr("ANOTHER PERSON? {relation} {score}%: {reasons}").format(
                    relation=relation[:1].upper() + relation[1:], score=score, reasons=c.reasons_text)
            elif c.score >= strong:
                level = self.tr("STRONG MATCH {score}%: {reasons}").format(score=score, reasons=c.reasons_text)
            else:
                level = self.tr("possible match {score}%: {reasons}").format(score=score, reasons=c.reasons_text)
            name = (self.tr("{name}   UNIDENTIFIED   MRN {mrn}") if p.unidentified
                    else self.tr("{name}   MRN {mrn}")).format(name=p.display_name, mrn=p.mrn)
            born = (self.tr("born {born}, {sex}, {phone}") if p.phone else self.tr("born {born}, {sex}")).format(
                born=p.born_text, sex=p.sex_text, phone=queries.ltr(p.phone))
            text = f"{name}\n{born}\n{level}"
            item = QListWidgetItem(text)
            if c.relation:
                item.setBackground(QColor("#dcebff"))
            elif c.score >= strong:
                item.setBackground(QColor("#ffe7a3"))
            self.list.addItem(item)
        if shown:
            self.hint.setText(self.tr("%n existing records look like this patient. Check before registering.", None,
                                      len(shown)))
            self.setStyleSheet("CandidatePanel { border: 2px solid #d08000; }")
        else:
            self.hint.setText(self.tr("No likely existing record."))
            self.setStyleSheet("")

    def relatives(self) -> list[queries.Candidate]:
        return [c for c in self.candidates if c.relation]

    def _selected(self, row: int) -> None:
        """A likely relative is opened only as 'the same person after all': the words say what the click means."""
        self.use_button.setEnabled(row >= 0)
        relative = 0 <= row < len(self.candidates) and self.candidates[row].relation
        self.use_button.setText(self.tr("It is the same person after all: open this record") if relative
                                else self.tr("Open the selected existing patient instead"))

    def _use(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.candidates):
            self.use_existing.emit(self.candidates[row].patient)


class RegisterDialog(_FormKeys, QDialog):
    """New patient. `registered(PatientRow)` or `chose_existing(PatientRow)` when done; `emergency_requested(sex)`
    when the clerk switches to registering an unidentified patient (the workspace opens that dialog)."""
    registered = Signal(object)
    chose_existing = Signal(object)
    emergency_requested = Signal(str)
    _discard_title = QT_TRANSLATE_NOOP("_FormKeys", "Discard this registration?")
    _title = QT_TRANSLATE_NOOP("RegisterDialog", "Register a new patient")
    _save_text = QT_TRANSLATE_NOOP("RegisterDialog", "Register")
    _emergency = True

    def __init__(self, ops: Operations, parent: QWidget | None = None, initial: PatientInput | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(QCoreApplication.translate("RegisterDialog", self._title))
        self.resize(980, 560)
        self.form = PatientForm()
        self.candidates = CandidatePanel()
        self.strong, self.possible = 1.1, 1.1
        self.reason_label = QLabel(self.tr("This patient may already be registered. To register anyway, say why "
                                           "(at least {count} characters):").format(
                                               count=formats.number_text(MIN_OVERRIDE_REASON)), wordWrap=True)
        self.reason = QLineEdit(objectName="overrideReason")
        self.message = QLabel(objectName="registerMessage", wordWrap=True, styleSheet="color: #a40000;")
        self.register_button = QPushButton(QCoreApplication.translate("RegisterDialog", self._save_text))
        self.register_button.setObjectName("registerButton")
        # Register is the default (safe) button; Cancel is never pressed by a Return typed into a field.
        self.register_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        cancel.setAutoDefault(False)
        self.cancel_button = cancel
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.reason_label)
        left.addWidget(self.reason)
        left.addWidget(self.message)
        left.addStretch(1)
        buttons = QHBoxLayout()
        # A patient nobody can name: one step to a temporary identity (Alt+E).
        self.emergency_button = QPushButton(self.tr("&Emergency — unidentified…"), objectName="emergencyButton")
        self.emergency_button.setAutoDefault(False)
        self.emergency_button.setToolTip(self.tr("Register a patient nobody can identify yet under a temporary "
                                                 "identity (UNKNOWN year-number), with sex if known and an estimated "
                                                 "age"))
        self.emergency_button.setVisible(self._emergency)
        buttons.addWidget(self.emergency_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.register_button)
        left.addLayout(buttons)
        self.left = left
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.candidates, 2)
        self._set_override_needed(False)

        self._timer = QTimer(self, singleShot=True, interval=CANDIDATE_DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_duplicates)
        self.form.edited.connect(self._timer.start)
        self.reason.textEdited.connect(lambda _t: self._update_button())
        self.register_button.clicked.connect(self.submit)
        self.emergency_button.clicked.connect(self.switch_to_emergency)
        cancel.clicked.connect(self.reject)
        self.candidates.use_existing.connect(self._use_existing)
        self.candidates.list.installEventFilter(self)
        self._pending = 0
        self._answered = 0
        self._submit_when_checked = False
        ops.run_query(None, queries.duplicate_thresholds, self._thresholds, on_error=lambda err: None)
        if initial:
            self.form.set_value(initial)
            self._timer.start()
        self._start_state()
        chain = [*self.form.fields(), self.reason, self.register_button, cancel, self.emergency_button,
                 self.candidates.list, self.candidates.use_button]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        first_empty = next((f for f in self.form.fields() if isinstance(f, QLineEdit) and not f.text()),
                           self.form.fields()[0])
        first_empty.setFocus()

    def fields_in_order(self) -> list[QWidget]:
        return [*self.form.return_fields(), self.reason]

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt virtual
        """Return on a candidate goes to 'Open the selected existing patient instead' (one more Return opens it):
        a keystroke alone never replaces the form by another record."""
        if (watched is self.candidates.list and event.type() == event.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.candidates.use_button.isEnabled():
                self.candidates.use_button.setFocus()
            return True
        return super().eventFilter(watched, event)

    # -- duplicates -------------------------------------------------------------------------------
    def _thresholds(self, values: tuple[float, float]) -> None:
        self.strong, self.possible = values

    checked_patient_id: int | None = None  # the registered patient being checked (an identification)

    def check_duplicates(self) -> None:
        self._timer.stop()
        data = self.form.value()
        self._pending += 1
        ticket = self._pending
        self.ops.run_query(None, lambda s: queries.find_candidates(s, data, patient_id=self.checked_patient_id),
                           lambda found: self._show_candidates(ticket, found),
                           on_error=lambda err: self._check_failed(ticket, err))

    def _check_outstanding(self) -> bool:
        return self._timer.isActive() or self._answered != self._pending

    def _show_candidates(self, ticket: int, found: list[queries.Candidate]) -> None:
        if ticket != self._pending:
            return  # an older answer; the form changed since
        self._answered = ticket
        self.candidates.show_candidates(found, self.strong, self.possible)
        self._set_override_needed(any(c.score >= self.strong for c in found))
        self.candidates_checked = True
        if self._submit_when_checked:
            self._submit_when_checked = False
            self.submit()

    def _check_failed(self, ticket: int, error: KnownError) -> None:
        if ticket != self._pending:
            return
        self._answered = ticket  # the next Register goes ahead without the check, as the message says
        self.candidates.hint.setText(error.message)
        if self._submit_when_checked:
            self._submit_when_checked = False
            self.message.setText(self.tr("Existing records could not be checked. Press Register again to register "
                                         "anyway."))

    candidates_checked = False

    def _set_override_needed(self, needed: bool) -> None:
        self.override_needed = needed
        self.reason_label.setVisible(needed)
        self.reason.setVisible(needed)
        self._update_button()

    def min_reason(self) -> int:
        """The reason's length the save needs now (0: none)."""
        return MIN_OVERRIDE_REASON if self.override_needed else 0

    def _update_button(self) -> None:
        self.register_button.setEnabled(len(self.reason.text().strip()) >= self.min_reason())

    def switch_to_emergency(self) -> None:
        """Register an unidentified patient instead: names typed here are not used (asked first), the sex is."""
        data = self.form.value()
        if (data.given_name.strip() or data.family_name.strip()) and QMessageBox.question(
                self, self.tr("Register as unidentified?"),
                self.tr("The names typed here will not be used: the patient gets a temporary identity until "
                        "identified. Continue?"),
                defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self._confirmed_discard = True
        QDialog.reject(self)
        self.emergency_requested.emit(data.sex or "")

    def _use_existing(self, patient) -> None:  # noqa: ANN001
        self.chose_existing.emit(patient)
        self.accept()

    # -- saving -----------------------------------------------------------------------------------
    def submit(self) -> None:
        data = self.form.value()
        problems = data.validate()
        self.form.show_problems(problems)
        if problems:
            self.message.setText(self.tr("Please correct the marked fields."))
            return
        if not self.override_needed and len(self.reason.text().strip()) < self.min_reason():
            # Asked before the check is awaited: a save put off until the check answers must not then go ahead
            # with a reason typed meanwhile, after this press was refused for want of one.
            self.message.setText(self.reason_label.text())
            self.reason.setFocus()
            return
        if self._check_outstanding():
            # A fast Return must not register before the duplicate check of what was typed has answered.
            self._submit_when_checked = True
            self.message.setText(self.tr("Checking for existing records…"))
            self.check_duplicates()
            return
        if self.override_needed and len(self.reason.text().strip()) < MIN_OVERRIDE_REASON:
            self.message.setText(self.tr("Say why you register despite the strong match."))
            self._stop_for_duplicate()
            return
        if len(self.reason.text().strip()) < self.min_reason():
            self.message.setText(self.reason_label.text())
            self.reason.setFocus()
            return
        self.register_button.setEnabled(False)
        self.message.setText("")
        self._save(data, self.reason.text().strip())

    def _save(self, data: PatientInput, reason: str) -> None:
        reason = f"registered despite a likely duplicate: {reason}" if self.override_needed else "new registration"
        relatives = self.candidates.relatives()
        if relatives:  # the clerk's judgement, audited with the registration
            reason += "; a different person from " + ", ".join(
                f"MRN {c.patient.mrn} ({c.relation})" for c in relatives)
        self.ops.run_change(self, lambda s: queries.register(s, data), self._done, noun=Change.PATIENT, reason=reason,
                            on_error=self._refused)

    duplicate_stop = None

    def _stop_for_duplicate(self) -> None:
        """Registering over a strong match is a safety question (two charts for one person): a stop that must be
        read, then the keyboard is in the reason box (or on the candidate list to open the existing record)."""
        strong = [c for c in self.candidates.candidates if c.score >= self.strong]
        lines = [self.tr("{name}, MRN {mrn}, born {born} ({score}%: {reasons})").format(
            name=c.patient.display_name, mrn=c.patient.mrn, born=c.patient.born_text,
            score=formats.number_text(round(c.score * 100)), reasons=c.reasons_text) for c in strong]
        self.duplicate_stop = show_stop(
            self, self.tr("This patient may already be registered"),
            self.tr("A strong match exists. Open the existing record instead, or say why this is a different person "
                    "(at least {count} characters) and register again.").format(
                        count=formats.number_text(MIN_OVERRIDE_REASON)),
            severity="warning", detail="\n".join(lines) or None, on_closed=self.reason.setFocus)

    def _done(self, patient) -> None:  # noqa: ANN001
        self.registered.emit(patient)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        self.register_button.setEnabled(True)
        self.message.setText(error.message)
        if _about_national_id(error):
            self.form.show_problems({"national_id": error.message})


def _about_national_id(error: KnownError) -> bool:
    """A refusal about the national ID (another patient has it, or its shape), whatever language it is shown in:
    told by the constraint the database names."""
    return error.constraint in ("uq_patient_national_id", "ck_patient_national_id") or "national_id" in (
        error.detail or "")


class EditDialog(_FormKeys, QDialog):
    """Correct demographics; the database requires (and audits) a reason."""
    saved = Signal(object)
    _discard_title = QT_TRANSLATE_NOOP("_FormKeys", "Discard this correction?")

    def __init__(self, ops: Operations, patient, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ops = ops
        self.patient = patient
        self.setWindowTitle(self.tr("Correct demographics — MRN {mrn}").format(mrn=patient.mrn))
        self.form = PatientForm()
        self.form.set_value(patient.as_input())
        self.reason = QLineEdit(objectName="editReason")
        self.reason.setPlaceholderText(self.tr("e.g. name misspelt at registration; patient moved"))
        self.message = QLabel(wordWrap=True, styleSheet="color: #a40000;")
        save = QPushButton(self.tr("Save correction"))
        save.setObjectName("saveButton")
        save.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(QLabel(self.tr("Reason for the change (kept in the record's history):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout.addLayout(row)
        save.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())  # the reason's hint in full
        self._start_state()

    def fields_in_order(self) -> list[QWidget]:
        return [*self.form.return_fields(), self.reason]

    def submit(self) -> None:
        data = self.form.value()
        data.stored_birth = self.patient.as_input().stored_birth
        problems = data.validate()
        self.form.show_problems(problems)
        reason = self.reason.text().strip()
        if problems:
            self.message.setText(self.tr("Please correct the marked fields."))
            return
        if len(reason) < MIN_EDIT_REASON:
            self.message.setText(self.tr("Give a reason for the change."))
            return
        pid = self.patient.id
        self.ops.run_change(self, lambda s: queries.update_demographics(s, pid, data), self._done, noun=Change.PATIENT,
                            reason=reason, on_error=lambda err: self.message.setText(err.message))

    def _done(self, patient) -> None:  # noqa: ANN001
        self.saved.emit(patient)
        self.accept()
