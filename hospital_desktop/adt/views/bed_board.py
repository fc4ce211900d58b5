"""The bed board of a ward: rooms and their beds as tiles (state colour, who lies there, since when, expected
discharge, isolation), with the actions the login may take: admit into a free bed, transfer the patient of an
occupied bed, and the housekeeping states (cleaned -> free, reserve, out of service).

The database decides: a bed taken by someone else a moment ago is refused with the ward's free beds in the
message (shown here), and the board reloads.

Right to left (Arabic), the rooms, the beds in a room and each tile's lines run from the right: the grids are laid
out by Qt's layouts (mirrored), the tiles' text is drawn aligned to their leading edge."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QStyle,
                               QStyleOptionToolButton, QStylePainter, QToolButton, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_format, date_text, number_text
from ...registry import queries as registry
from ...widgets.patient_search import PatientSearchBox
from ...widgets.safety import DANGER
from .. import queries
from ...i18n.formats import day_month_text, day_month_time_text
from ..display import (bed_state_label, isolation_label,
                       isolation_mark)
from ...widgets.keys import on_return, return_presses

STATE_COLOURS = {  # background, border
    "free": ("#e6f4e6", "#6aa86a"),
    "occupied": ("#e3ecf8", "#5b86c4"),
    "reserved": ("#fff4d6", "#d4a017"),
    "cleaning": ("#f0e6f7", "#9a6ac0"),
    "out_of_service": ("#e4e4e4", "#8a8a8a"),
}
TILE_W, TILE_H = 232, 104
# What a nurse asks for on the board, as whole sentences (the state is not pasted into a sentence).
STATE_QUESTIONS = {"reserved": QT_TRANSLATE_NOOP("BedBoard", "Why is the bed reserved?"),
                   "out_of_service": QT_TRANSLATE_NOOP("BedBoard", "Why is the bed out of service?")}
STATE_DONE = {"free": QT_TRANSLATE_NOOP("BedBoard", "Bed {bed} is free now."),
              "reserved": QT_TRANSLATE_NOOP("BedBoard", "Bed {bed} is reserved now."),
              "out_of_service": QT_TRANSLATE_NOOP("BedBoard", "Bed {bed} is out of service now."),
              "cleaning": QT_TRANSLATE_NOOP("BedBoard", "Bed {bed} is to be cleaned now.")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BedBoard", text)


def tile_text(bed: queries.BedRow, today: date | None = None) -> str:
    lines = [f"{bed.label}  ·  {bed_state_label(bed.state)}"]
    if bed.occupied:
        lines.append(bed.patient_name or "")
        day = ((today or date.today()) - local(bed.since).date()).days + 1 if bed.since else None
        if day:
            lines.append(QCoreApplication.translate("BedBoard", "MRN {mrn} · day {day}").format(
                mrn=bed.mrn, day=number_text(day)))
        else:
            lines.append(QCoreApplication.translate("BedBoard", "MRN {mrn}").format(mrn=bed.mrn))
        since = (QCoreApplication.translate("BedBoard", "in {when}").format(
            when=day_month_time_text(local(bed.since))) if bed.since else "")
        if bed.expected_discharge:
            out = QCoreApplication.translate("BedBoard", "out ~{date}").format(
                date=day_month_text(bed.expected_discharge))
            since = f"{since} · {out}" if since else out
        lines.append(since)
        mark = isolation_mark(bed.isolation)
        if mark or (bed.isolation and bed.isolation != "none"):
            lines.append(f"⚠ {mark or bed.isolation}")
    elif bed.state_reason:
        lines.append(bed.state_reason)
    return "\n".join(lines)


class BedTile(QToolButton):
    """A bed on the board; double-click opens the stay of the patient lying in it.

    The frame and colours come from the style sheet; the lines are drawn here, aligned to the tile's leading edge
    (left, or right in a right-to-left language, each line in the language's own direction) and elided to the
    tile's width — a QToolButton would centre them and cut a long line at both ends."""
    double_clicked = Signal()
    PADDING = 7

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().mouseDoubleClickEvent(event)
        self.double_clicked.emit()

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QStylePainter(self)  # takes the widget's layout direction
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        area = self.rect().adjusted(self.PADDING, self.PADDING - 2, -self.PADDING, -self.PADDING + 2)
        metrics = painter.fontMetrics()
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
                 for line in self.text().split("\n")]
        align = QStyle.visualAlignment(self.layoutDirection(),
                                       Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(area, int(align), "\n".join(lines))


def set_message(label: QLabel, text: str, *, refused: bool = False) -> None:
    """Refusals red (never green, never the colour of a plain note); other messages in the normal colour."""
    label.setStyleSheet(f"color: {DANGER}; font-weight: 600;" if refused else "")
    label.setText(text)


class BedBoard(QWidget):
    """can_admit: reception and doctors; can_transfer: reception, doctors, nurses; can_housekeep: reception,
    nurses, admins (the database checks each action again)."""
    admission_chosen = Signal(int)  # double-click on an occupied bed (an admission id)
    changed_here = Signal()

    def __init__(self, ops: Operations, *, can_admit: bool, can_transfer: bool, can_housekeep: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.ward = QComboBox(objectName="boardWard")
        self.ward.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLabel(objectName="boardSummary")
        # the counts never widen the board (in a narrow pane they are cut; the tooltip has them whole)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message = QLabel(objectName="boardMessage", wordWrap=True)
        self.admit_button = QPushButton(self.tr("Admit patient…"), objectName="admitButton")
        self.transfer_button = QPushButton(self.tr("Transfer…"), objectName="transferButton")
        self.clean_button = QPushButton(self.tr("Cleaned — bed free"), objectName="cleanButton")
        self.reserve_button = QPushButton(self.tr("Reserve…"), objectName="reserveButton")
        self.release_button = QPushButton(self.tr("Release reservation"), objectName="releaseButton")
        self.oos_button = QPushButton(self.tr("Out of service…"), objectName="outOfServiceButton")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ward")))
        top.addWidget(self.ward)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        # the counts and the colour legend on a row of their own: one row grew wider than the doctor's pane
        legend = QHBoxLayout()
        legend.addWidget(self.summary, 1)
        for state in ("free", "occupied", "reserved", "cleaning", "out_of_service"):
            bg, border = STATE_COLOURS[state]
            chip = QLabel(bed_state_label(state))
            chip.setStyleSheet(f"background: {bg}; border: 1px solid {border}; border-radius: 3px; padding: 1px 6px;")
            legend.addWidget(chip)
        actions = QHBoxLayout()
        for button, allowed in ((self.admit_button, can_admit), (self.transfer_button, can_transfer),
                                (self.clean_button, can_housekeep), (self.reserve_button, can_housekeep),
                                (self.release_button, can_housekeep), (self.oos_button, can_housekeep)):
            actions.addWidget(button)
            button.setVisible(allowed)
        actions.addStretch(1)
        self.grid_host = QWidget(objectName="boardGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.tiles: list[QToolButton] = []
        self.beds: list[queries.BedRow] = []
        self.ward.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.group.idClicked.connect(lambda _i: self._update_actions())
        self.admit_button.clicked.connect(lambda: self.admit_selected())
        self.transfer_button.clicked.connect(lambda: self.transfer_selected())
        self.clean_button.clicked.connect(lambda: self.set_state("free"))
        self.release_button.clicked.connect(lambda: self.set_state("free"))
        self.reserve_button.clicked.connect(lambda: self.set_state("reserved"))
        self.oos_button.clicked.connect(lambda: self.set_state("out_of_service"))
        ops.changed.connect(lambda noun: noun in (Change.ADMISSION, Change.BED) and self.refresh())
        return_presses((self.admit_button, self.transfer_button, self.clean_button, self.reserve_button,
                        self.release_button, self.oos_button, self.refresh_button))
        self._update_actions()
        self._started = False
        self._pending_ward: str | None = None

    # -- loading (on first show: a login's hidden workspaces cost nothing) ----------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.ops.run_query(None, queries.wards, self._set_wards, on_error=self._error)

    # -- loading ------------------------------------------------------------------------------------
    def _set_wards(self, wards: list[queries.Ward]) -> None:
        mine = set(self.ops.db.identity.departments if self.ops.db.identity else ())
        wards = sorted(wards, key=lambda w: (w.code not in mine, w.code))
        self.ward.blockSignals(True)
        self.ward.clear()
        for w in wards:
            self.ward.addItem(f"{w.name} ({w.code})", w.id)
        self.ward.blockSignals(False)
        if self._pending_ward:
            self.select_ward(self._pending_ward)
        self.refresh()

    def select_ward(self, code: str) -> None:
        self._pending_ward = code
        for i in range(self.ward.count()):
            if self.ward.itemText(i).endswith(f"({code})"):
                self.ward.setCurrentIndex(i)
                return

    def refresh(self) -> None:
        ward_id = self.ward.currentData()
        if ward_id is None:
            return
        self.ops.run_query(None, lambda s: queries.board(s, ward_id),
                           self._show, on_error=self._error, latest=True)

    def _show(self, beds: list[queries.BedRow]) -> None:
        selected = self.selected_bed()
        keep = selected.id if selected else None
        for tile in self.tiles:
            self.group.removeButton(tile)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.beds = beds
        self.tiles = []
        rooms: dict[str, list[int]] = {}
        for i, bed in enumerate(beds):
            rooms.setdefault(bed.room_code, []).append(i)
        per_row = 2
        for n, indices in enumerate(rooms.values()):
            box = QGroupBox(beds[indices[0]].room_name)
            inner = QGridLayout(box)
            for k, i in enumerate(indices):
                tile = self._tile(beds[i])
                self.group.addButton(tile, i)
                self.tiles.append(tile)
                inner.addWidget(tile, k // 2, k % 2)
                if beds[i].id == keep:
                    tile.setChecked(True)
            self.grid.addWidget(box, n // per_row, n % per_row)
        counts = {s: sum(1 for b in beds if b.state == s) for s in queries.BED_STATES}
        # counts as docs/translating.md says: ClassName.tr("%Ln …", "", n)
        occupied, free, reserved = counts["occupied"], counts["free"], counts["reserved"]
        cleaning, out_of_service = counts["cleaning"], counts["out_of_service"]
        self.summary.setText(self.tr("{beds}: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}").format(
            beds=BedBoard.tr("%Ln beds", "", len(beds)), occupied=BedBoard.tr("%Ln occupied", "", occupied),
            free=BedBoard.tr("%Ln free", "", free), reserved=BedBoard.tr("%Ln reserved", "", reserved),
            cleaning=BedBoard.tr("%Ln cleaning", "", cleaning),
            out_of_service=BedBoard.tr("%Ln out of service", "", out_of_service)))
        self.summary.setToolTip(self.summary.text())
        self._update_actions()

    def _tile(self, bed: queries.BedRow) -> QToolButton:
        tile = BedTile(objectName=f"bed_{bed.label}")
        tile.setCheckable(True)
        tile.setText(tile_text(bed))
        tile.setFixedSize(TILE_W, TILE_H)
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bg, border = STATE_COLOURS.get(bed.state, ("#ffffff", "#999999"))
        width = 3 if bed.isolation and bed.isolation != "none" else 1
        colour = "#c0392b" if width == 3 else border
        tile.setStyleSheet(f"QToolButton {{ background: {bg}; border: {width}px solid {colour}; border-radius: 5px; "
                           f"padding: 4px; font-size: 9pt; }}"
                           f"QToolButton:checked {{ border: 3px solid #1d4f91; }}")
        tile.setToolTip(tile_text(bed))
        if bed.admission_id is not None:
            admission = bed.admission_id
            tile.double_clicked.connect(lambda a=admission: self.admission_chosen.emit(a))
        return tile

    # -- selection and actions ----------------------------------------------------------------------
    def selected_bed(self) -> queries.BedRow | None:
        i = self.group.checkedId()
        return self.beds[i] if 0 <= i < len(self.beds) else None

    def select_bed(self, label: str) -> bool:
        for i, bed in enumerate(self.beds):
            if bed.label == label:
                self.tiles[i].setChecked(True)
                self._update_actions()
                return True
        return False

    def _update_actions(self) -> None:
        bed = self.selected_bed()
        state = bed.state if bed else None
        self.admit_button.setEnabled(state in ("free", "reserved"))
        self.transfer_button.setEnabled(bool(bed and bed.occupied))
        self.clean_button.setEnabled(state in ("cleaning", "out_of_service"))
        self.release_button.setEnabled(state == "reserved")
        self.reserve_button.setEnabled(state == "free")
        self.oos_button.setEnabled(state in ("free", "cleaning", "reserved"))

    def admit_selected(self, dialog: AdmitDialog | None = None) -> AdmitDialog | None:
        bed = self.selected_bed()
        if bed is None:
            return None
        dialog = dialog or AdmitDialog(self.ops, bed, self)
        dialog.admitted.connect(lambda _a: (self._say(self.tr("Admitted into bed {bed}.").format(bed=bed.label)),
                                            self.changed_here.emit()))
        dialog.failed.connect(lambda msg: (self._say(msg, refused=True), self.refresh()))
        dialog.open()
        return dialog

    def transfer_selected(self, dialog: TransferDialog | None = None) -> TransferDialog | None:
        bed = self.selected_bed()
        if bed is None or bed.admission_id is None:
            return None
        dialog = dialog or TransferDialog(self.ops, bed, self)
        dialog.moved.connect(lambda text: (self._say(text), self.changed_here.emit()))
        dialog.failed.connect(lambda msg: (self._say(msg, refused=True), self.refresh()))
        dialog.open()
        return dialog

    def set_state(self, state: str, reason: str | None = None) -> None:
        bed = self.selected_bed()
        if bed is None:
            return
        if reason is None and state in ("reserved", "out_of_service"):
            reason, ok = QInputDialog.getText(self, self.tr("Bed {bed}").format(bed=bed.label),
                                              _tr(STATE_QUESTIONS[state]))
            if not ok:
                return
        done = _tr(STATE_DONE[state])
        self.ops.run_change(self, lambda s: queries.set_bed_state(s, bed.id, state, reason or ""),
                            lambda _r: self._say(done.format(bed=bed.label)),
                            noun=Change.BED, on_error=self._error)

    def _say(self, text: str, *, refused: bool = False) -> None:
        """A refusal in red; anything else in the normal text colour."""
        set_message(self.message, text, refused=refused)

    def _error(self, error: KnownError) -> None:
        self._say(error.message, refused=True)
        self.refresh()


class AdmitDialog(QDialog):
    """Admit a patient into the chosen bed: find the patient (name, MRN or a wristband scan), the attending
    doctor (the admitting doctor by default), the reason, where from, expected discharge and isolation."""
    admitted = Signal(int)
    failed = Signal(str)

    def __init__(self, ops: Operations, bed: queries.BedRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.bed = bed
        self.setWindowTitle(self.tr("Admit into bed {bed}").format(bed=bed.label))
        self.setMinimumWidth(560)  # a found patient's line and the reason's hint whole, in the longer languages too
        self.search = PatientSearchBox()
        self.results = QListWidget(objectName="admitResults")
        self.results.setMaximumHeight(130)
        self.attending = QComboBox(objectName="admitAttending")
        self.reason = QLineEdit(objectName="admitReason")
        self.reason.setPlaceholderText(self.tr("Reason for admission (clinical; not shown to reception)"))
        self.source = QComboBox(objectName="admitSource")
        for code, label in queries.SOURCES:
            self.source.addItem(QCoreApplication.translate("AdmitDialog", label), code)
        self.expected_on = QCheckBox(self.tr("Expected discharge"))
        self.expected = QDateEdit(QDate.currentDate().addDays(3), calendarPopup=True)
        self.expected.setDisplayFormat(date_format())
        self.isolation = QComboBox(objectName="admitIsolation")
        for iso in queries.ISOLATIONS:
            self.isolation.addItem(isolation_label(iso), iso)
        self.message = QLabel(objectName="admitMessage", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.search)
        form.addRow("", self.results)
        form.addRow(self.tr("Attending doctor"), self.attending)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("From"), self.source)
        row = QHBoxLayout()
        row.addWidget(self.expected_on)
        row.addWidget(self.expected)
        form.addRow(self.tr("Plan"), row)
        form.addRow(self.tr("Isolation"), self.isolation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Admit"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bed {bed} ({room})").format(bed=bed.label, room=bed.room_name)))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.patients: list[registry.PatientRow] = []
        self.search.search_requested.connect(self._search)
        # Return in the search (a wristband scan ends with it) searches; it must not also press "Admit" before the
        # patient is found. Return in the results goes on to the reason; there, Return admits (the default button).
        on_return(self.search, self.search.returnPressed.emit)
        on_return(self.results, self.reason.setFocus)
        identity = ops.db.identity
        self.me = identity.staff_id if identity and "hms_doctor" in identity.groups else None
        ops.run_query(None, queries.doctors, self._set_doctors, on_error=lambda e: set_message(self.message, e.message, refused=True))

    def _set_doctors(self, rows: list[dict]) -> None:
        if self.me is None:
            self.attending.addItem(self.tr("— choose the attending doctor —"), None)
        for r in rows:
            self.attending.addItem(r["full_name"], r["id"])
            if r["id"] == self.me:
                self.attending.setCurrentIndex(self.attending.count() - 1)

    def _search(self, text: str) -> None:
        query = registry.parse_search(text)
        self.ops.run_query(None, lambda s: registry.search_patients(s, query, limit=20),
                           self._show,
                           on_error=lambda e: set_message(self.message, e.message, refused=True), latest=True)

    def _show(self, rows: list[registry.PatientRow]) -> None:
        self.patients = rows
        self.results.clear()
        for i, p in enumerate(rows):
            item = QListWidgetItem(self.tr("{name}   MRN {mrn}   born {birth_date}").format(
                name=p.display_name, mrn=p.mrn, birth_date=date_text(p.birth_date)))
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.results.addItem(item)
        if len(rows) == 1:
            self.results.setCurrentRow(0)
        set_message(self.message, "" if rows else self.tr("No patient found."))
        if len(rows) == 1:
            self.reason.setFocus()  # one patient (a wristband scan): on to the reason
        elif rows:
            self.results.setFocus()

    def chosen_patient(self) -> registry.PatientRow | None:
        item = self.results.currentItem()
        return self.patients[item.data(Qt.ItemDataRole.UserRole)] if item else None

    def submit(self) -> None:
        patient = self.chosen_patient()
        if patient is None:
            set_message(self.message, self.tr("Find and choose the patient first."), refused=True)
            return
        if len(self.reason.text().strip()) < 3:
            set_message(self.message, self.tr("Say why the patient is admitted."), refused=True)
            return
        attending = self.attending.currentData()
        if attending is None and self.me is None:
            set_message(self.message, self.tr("Choose the attending doctor."), refused=True)
            return
        expected = self.expected.date().toPython() if self.expected_on.isChecked() else None
        args = (patient.id, self.bed.id, attending, self.reason.text().strip(), self.source.currentData(), expected,
                self.isolation.currentData())
        self.buttons.setEnabled(False)
        self.ops.run_change(self, lambda s: queries.admit(s, *args), self._done, noun=Change.ADMISSION,
                            on_error=self._failed)

    def _done(self, admission_id: int) -> None:
        self.admitted.emit(admission_id)
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        set_message(self.message, error.message, refused=True)
        self.failed.emit(error.message)


class TransferDialog(QDialog):
    """Move the patient of an occupied bed to a free bed of any ward; the old bed goes to cleaning."""
    moved = Signal(str)
    failed = Signal(str)

    def __init__(self, ops: Operations, bed: queries.BedRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.bed = bed
        self.setWindowTitle(self.tr("Transfer {patient} from bed {bed}").format(patient=bed.patient_name,
                                                                                  bed=bed.label))
        self.targets = QListWidget(objectName="transferTargets")
        self.reason = QLineEdit(objectName="transferReason")
        self.reason.setPlaceholderText(self.tr("Why the patient moves"))
        self.message = QLabel(objectName="transferMessage", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Transfer"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Free beds")))
        layout.addWidget(self.targets, 1)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.options: list[dict] = []
        ops.run_query(None, queries.free_beds, self._show, on_error=lambda e: set_message(self.message, e.message, refused=True))

    def _show(self, rows: list[dict]) -> None:
        self.options = rows
        self.targets.clear()
        for i, r in enumerate(rows):
            text = (self.tr("{ward} — bed {bed} (reserved)") if r["state"] == "reserved"
                    else self.tr("{ward} — bed {bed}"))
            item = QListWidgetItem(text.format(ward=r["ward_name"], bed=r["label"]))
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.targets.addItem(item)

    def choose(self, label: str) -> bool:
        for i in range(self.targets.count()):
            if self.options[self.targets.item(i).data(Qt.ItemDataRole.UserRole)]["label"] == label:
                self.targets.setCurrentRow(i)
                return True
        return False

    def submit(self) -> None:
        item = self.targets.currentItem()
        if item is None:
            set_message(self.message, self.tr("Choose the bed the patient moves to."), refused=True)
            return
        target = self.options[item.data(Qt.ItemDataRole.UserRole)]
        admission, reason = self.bed.admission_id, self.reason.text().strip()
        self.buttons.setEnabled(False)
        moved = self.tr("{patient} moved to {ward}, bed {bed}; bed {old_bed} to cleaning.").format(
            patient=self.bed.patient_name, ward=target["ward_name"], bed=target["label"], old_bed=self.bed.label)
        self.ops.run_change(self, lambda s: queries.transfer(s, admission, target["id"], reason),
                            lambda _r: (self.moved.emit(moved), self.accept()),
                            noun=Change.ADMISSION, on_error=self._failed)

    def _failed(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        set_message(self.message, error.message, refused=True)
        self.failed.emit(error.message)
