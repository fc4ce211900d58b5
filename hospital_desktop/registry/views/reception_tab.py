"""The reception workstation: find or register the patient, check their record, print their wristband."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.ops import Operations
from ...i18n import formats
from .. import queries
from .patient_detail import PatientDetail
from .patient_list import PatientListPanel
from .register_dialog import EditDialog, RegisterDialog
from .unidentified_dialog import EmergencyDialog, IdentifyDialog

OPEN_PURPOSE = "reception desk: identify / register patient"


class ReceptionWorkspace(QWidget):
    """`patient_opened(PatientRow)`: the record on screen changed (the appointments workspace books for them)."""
    patient_opened = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patients = PatientListPanel(ops, full=True)
        # Alt+R or Ctrl+N from anywhere in the workspace; Return when the button has the focus.
        self.register_button = QPushButton(self.tr("&Register new patient… (Ctrl+N)"), objectName="newPatientButton")
        self.register_button.setAutoDefault(True)
        self.register_button.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_patient,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.detail = PatientDetail(ops, can_edit=True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.emergency_button = QPushButton(self.tr("Emergency — unidentified…"), objectName="emergencyPatientButton")
        self.emergency_button.setToolTip(self.tr("Register a patient nobody can identify yet under a temporary "
                                                 "identity"))
        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addWidget(self.emergency_button)
        top.addStretch(1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.patients, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 560])
        QVBoxLayout(self).addWidget(splitter)
        self.patients.patient_chosen.connect(self.open_patient)
        self.register_button.clicked.connect(self.new_patient)
        self.detail.edit_requested.connect(self.edit_patient)
        self.detail.identify_requested.connect(self.identify_patient)
        self.emergency_button.clicked.connect(lambda: self.emergency_patient())
        ops.changed.connect(self._changed)
        self.register_dialog: RegisterDialog | None = None

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        """Each time the workspace comes on screen, the keyboard is in the search box (a scanner can scan at once),
        unless it is already somewhere in the workspace."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_search)

    def _focus_search(self) -> None:
        focused = self.focusWidget() if self.isVisible() else None
        if self.isVisible() and (focused is None or not focused.hasFocus()):
            self.patients.search.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt virtual
        """Return on the focused 'Register new patient' button presses it (outside a dialog Qt only takes Space)."""
        if (watched is self.register_button and event.type() == event.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.register_button.click()
            return True
        return super().eventFilter(watched, event)

    def open_patient(self, patient: queries.PatientRow) -> None:
        """Open the record (and write the chart-access log)."""
        pid = patient.id
        self.ops.run_query(self, lambda s: queries.open_chart(s, pid, OPEN_PURPOSE), self._opened)

    def _opened(self, patient: queries.PatientRow) -> None:
        self.detail.set_patient(patient)
        if patient is not None:
            self.patient_opened.emit(patient)

    def new_patient(self) -> RegisterDialog:
        dialog = RegisterDialog(self.ops, self, initial=_prefill(self.patients.search.text()))
        dialog.registered.connect(self.open_patient)
        dialog.chose_existing.connect(self.open_patient)
        dialog.emergency_requested.connect(self.emergency_patient)
        self.register_dialog = dialog
        dialog.open()
        return dialog

    emergency_dialog: EmergencyDialog | None = None

    def emergency_patient(self, sex: str = "") -> EmergencyDialog:
        """An unidentified patient: registered in one step, the record opened, the wristband offered."""
        dialog = EmergencyDialog(self.ops, self, sex=sex)
        dialog.registered.connect(self.open_patient)
        self.emergency_dialog = dialog
        dialog.open()
        return dialog

    def identify_patient(self, patient: queries.PatientRow) -> IdentifyDialog:
        dialog = IdentifyDialog(self.ops, patient, self)
        dialog.saved.connect(self.open_patient)
        dialog.open()
        return dialog

    def edit_patient(self, patient: queries.PatientRow) -> EditDialog:
        dialog = EditDialog(self.ops, patient, self)
        dialog.saved.connect(self.detail.set_patient)
        dialog.open()
        return dialog

    def _changed(self, noun: str) -> None:
        if noun == Change.PATIENT:
            self.patients.model.refresh()


def _prefill(search_text: str) -> queries.PatientInput:
    """Carry what the clerk searched for into the new registration (names and birth date)."""
    query = queries.parse_search(search_text)
    data = queries.PatientInput()
    words = [w for w in search_text.replace(",", " ").split() if w.lower() in query.names]
    if len(words) >= 2:
        data.family_name, data.given_name = words[0].capitalize(), " ".join(words[1:]).capitalize()
    elif words:
        data.family_name = words[0].capitalize()
    if query.birth_date:
        data.birth_date = formats.date_text(query.birth_date)
    return data
