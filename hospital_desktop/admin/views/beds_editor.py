"""Wards, rooms & beds: the administrator picks a ward (an inpatient department, made in the Departments tab),
sees its rooms with their beds and each bed's state now, and adds, renames, deactivates or reactivates them.
A bed's state (occupied, reserved...) is shown so the administrator sees why the database refuses to retire it;
the database's sentence is shown as it is in the message line. Deactivated rooms and beds stay listed (grey):
nothing is deleted, beds that stays refer to keep their history."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import formats
from .. import bed_queries as q

KIND, ID = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
STATE_COLORS = {"free": "#2e7d32", "occupied": "#b23b3b", "reserved": "#a66b00", "cleaning": "#2f6fab",
                "out_of_service": "#666666"}
GREY = QColor("#999999")


class BedsEditor(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent, objectName="bedsEditor")
        self.ops = ops
        self.wards: list[q.Ward] = []
        self.rooms: list[q.Room] = []
        self._reselect: tuple[str, int] | None = None

        self.ward = QComboBox(objectName="bedWard")
        self.ward_state = QLabel(objectName="bedWardState")
        self.ward_state.setStyleSheet("color: #555;")
        self.tree = QTreeWidget(objectName="bedTree")
        self.tree.setHeaderLabels([self.tr("Room / bed"), self.tr("Name / label"), self.tr("State now")])
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 190)
        self.tree.setUniformRowHeights(True)

        self.room_code = QLineEdit(objectName="wardRoomCode", placeholderText=self.tr("e.g. {code}").format(
            code="MEDW-7"))
        self.room_name = QLineEdit(objectName="wardRoomName", placeholderText=self.tr("e.g. Medical ward room 7"))
        self.add_room_button = QPushButton(self.tr("Add room"), objectName="addWardRoom")
        self.rename_room_button = QPushButton(self.tr("Rename"), objectName="renameWardRoom")
        self.room_active_button = QPushButton(self.tr("Deactivate room"), objectName="toggleWardRoom")
        room_box = QGroupBox(self.tr("Room"))
        room_form = QFormLayout(room_box)
        room_form.addRow(self.tr("Code"), self.room_code)
        room_form.addRow(self.tr("Name"), self.room_name)
        room_form.addRow(self._row(self.add_room_button, self.rename_room_button, self.room_active_button))

        self.bed_room = QComboBox(objectName="bedRoom")
        self.bed_code = QLineEdit(objectName="bedCode", placeholderText=self.tr("e.g. {code}").format(
            code="MEDW-7-A"))
        self.bed_label = QLineEdit(objectName="bedLabel", placeholderText=self.tr("on the board, e.g. {label}").format(
            label="7A"))
        self.bed_state = QLabel(objectName="bedState", wordWrap=True)
        self.add_bed_button = QPushButton(self.tr("Add bed"), objectName="addBed")
        self.relabel_bed_button = QPushButton(self.tr("Relabel"), objectName="relabelBed")
        self.bed_active_button = QPushButton(self.tr("Deactivate bed"), objectName="toggleBed")
        bed_box = QGroupBox(self.tr("Bed"))
        bed_form = QFormLayout(bed_box)
        bed_form.addRow(self.tr("Room"), self.bed_room)
        bed_form.addRow(self.tr("Code"), self.bed_code)
        bed_form.addRow(self.tr("Label"), self.bed_label)
        bed_form.addRow(self.tr("State"), self.bed_state)
        bed_form.addRow(self._row(self.add_bed_button, self.relabel_bed_button, self.bed_active_button))

        self.message = QLabel(objectName="bedsMessage", wordWrap=True)
        note = QLabel(self.tr("Codes are fixed once made (stays refer to them); names and labels change. A bed is "
                              "retired only when empty: transfer or discharge its patient, or release its "
                              "reservation, first. New wards are departments of kind inpatient (Departments tab)."),
                      wordWrap=True)
        note.setStyleSheet("color: #555;")

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ward")))
        top.addWidget(self.ward, 1)
        left.addLayout(top)
        left.addWidget(self.ward_state)
        left.addWidget(self.tree, 1)
        right = QVBoxLayout()
        right.addWidget(room_box)
        right.addWidget(bed_box)
        right.addWidget(self.message)
        right.addWidget(note)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.ward.currentIndexChanged.connect(lambda _: self.load_ward())
        self.tree.itemSelectionChanged.connect(self._selected)
        self.add_room_button.clicked.connect(self.add_room)
        self.rename_room_button.clicked.connect(self.rename_room)
        self.room_active_button.clicked.connect(self.toggle_room)
        self.add_bed_button.clicked.connect(self.add_bed)
        self.relabel_bed_button.clicked.connect(self.relabel_bed)
        self.bed_active_button.clicked.connect(self.toggle_bed)
        ops.changed.connect(self._changed)
        self._selected()
        self.refresh()

    @staticmethod
    def _row(*buttons: QPushButton) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for b in buttons:
            box.addWidget(b)
        box.addStretch(1)
        return row

    # -- loading ----------------------------------------------------------------------------------------------
    def _changed(self, noun: str) -> None:
        if noun == Change.DEPARTMENT:
            self.refresh()
        elif noun in (Change.WARD_ROOM, Change.BED):
            self.load_ward()

    def refresh(self) -> None:
        """Reload the ward list (keeps the chosen ward), then its rooms and beds."""
        self.ops.run_query(None, q.wards, self._show_wards, on_error=self.error)

    def _show_wards(self, wards: list[q.Ward]) -> None:
        current = self.current_ward()
        keep = current.id if current else None
        self.wards = wards
        self.ward.blockSignals(True)
        self.ward.clear()
        for w in wards:
            self.ward.addItem(f"{w.code} — {w.name}" if w.active else
                              self.tr("{code} — {name} (closed)").format(code=w.code, name=w.name), w.id)
        if keep is not None and self.ward.findData(keep) >= 0:
            self.ward.setCurrentIndex(self.ward.findData(keep))
        self.ward.blockSignals(False)
        if not wards:
            self.ward_state.setText(self.tr("No wards yet: add a department of kind inpatient in the Departments "
                                            "tab."))
        self.load_ward()

    def current_ward(self) -> q.Ward | None:
        i = self.ward.currentIndex()
        return self.wards[i] if 0 <= i < len(self.wards) else None

    def load_ward(self) -> None:
        ward = self.current_ward()
        if ward is None:
            self.ops.forget_answers(self._show_layout)
            self._show_layout([])
            return
        self.ops.run_query(None, lambda s: q.ward_layout(s, ward.id), self._show_layout,
                           on_error=self.error, latest=True)

    def _show_layout(self, rooms: list[q.Room]) -> None:
        selected = self._reselect or self._selection()
        self._reselect = None
        self.rooms = rooms
        ward = self.current_ward()
        if ward:
            beds = [b for r in rooms for b in r.beds if b.active]
            occupied = sum(b.state == "occupied" for b in beds)
            counts = {"rooms": BedsEditor.tr("%n room(s)", "", len([r for r in rooms if r.active])),
                      "beds": BedsEditor.tr("%n bed(s) in use", "", len(beds)),
                      "occupied": BedsEditor.tr("%n occupied", "", occupied)}
            self.ward_state.setText(self.tr("{rooms}, {beds} ({occupied})").format(**counts) if ward.active else
                                    self.tr("{rooms}, {beds} ({occupied}) — the ward is closed").format(**counts))
        self.tree.blockSignals(True)
        self.tree.clear()
        again = None
        for ri, room in enumerate(rooms):
            in_use = len(room.beds_in_use)
            top = QTreeWidgetItem([room.code, room.name, BedsEditor.tr("%n bed(s) in use", "", in_use)
                                   if room.active else self.tr("deactivated")])
            top.setData(0, KIND, "room")
            top.setData(0, ID, ri)
            if not room.active:
                for c in range(3):
                    top.setForeground(c, GREY)
            self.tree.addTopLevelItem(top)
            if selected == ("room", room.id):
                again = top
            for bi, bed in enumerate(room.beds):
                child = QTreeWidgetItem([bed.code, bed.label, bed.state_text])
                child.setData(0, KIND, "bed")
                child.setData(0, ID, ri * 10000 + bi)
                if bed.active:
                    child.setForeground(2, QColor(STATE_COLORS.get(bed.state, "#000000")))
                else:
                    for c in range(3):
                        child.setForeground(c, GREY)
                top.addChild(child)
                if selected == ("bed", bed.id):
                    again = child
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        self.bed_room.clear()
        for room in rooms:
            if room.active:
                self.bed_room.addItem(f"{room.code} — {room.name}", room.id)
        self.tree.blockSignals(False)
        if again is not None:
            self.tree.setCurrentItem(again)
        self._selected()

    # -- selection --------------------------------------------------------------------------------------------
    def _item(self, item: QTreeWidgetItem | None) -> q.Room | q.Bed | None:
        if item is None:
            return None
        index = item.data(0, ID)
        if item.data(0, KIND) == "room":
            return self.rooms[index] if 0 <= index < len(self.rooms) else None
        ri, bi = divmod(index, 10000)
        return self.rooms[ri].beds[bi] if ri < len(self.rooms) and bi < len(self.rooms[ri].beds) else None

    def selected_room(self) -> q.Room | None:
        """The selected room, or the room of the selected bed."""
        chosen = self._item(self.tree.currentItem()) if self.tree.selectedItems() else None
        if isinstance(chosen, q.Bed):
            return next((r for r in self.rooms if r.id == chosen.room_id), None)
        return chosen if isinstance(chosen, q.Room) else None

    def selected_bed(self) -> q.Bed | None:
        chosen = self._item(self.tree.currentItem()) if self.tree.selectedItems() else None
        return chosen if isinstance(chosen, q.Bed) else None

    def _selection(self) -> tuple[str, int] | None:
        bed, room = self.selected_bed(), self.selected_room()
        return ("bed", bed.id) if bed else ("room", room.id) if room else None

    def _selected(self) -> None:
        room, bed = self.selected_room(), self.selected_bed()
        self.room_code.setReadOnly(room is not None)
        self.room_code.setText(room.code if room else "")
        self.room_name.setText(room.name if room else "")
        self.rename_room_button.setEnabled(room is not None)
        self.room_active_button.setEnabled(room is not None)
        self.room_active_button.setText(self.tr("Reactivate room") if room and not room.active
                                        else self.tr("Deactivate room"))
        self.add_room_button.setEnabled(self.current_ward() is not None)
        if room is not None and room.active:
            self.bed_room.setCurrentIndex(max(0, self.bed_room.findData(room.id)))
        self.bed_code.setReadOnly(bed is not None)
        self.bed_code.setText(bed.code if bed else "")
        self.bed_label.setText(bed.label if bed else "")
        self.bed_state.setText(self._bed_state(bed) if bed else "")
        self.relabel_bed_button.setEnabled(bed is not None)
        self.bed_active_button.setEnabled(bed is not None)
        self.bed_active_button.setText(self.tr("Reactivate bed") if bed and not bed.active
                                       else self.tr("Deactivate bed"))
        self.add_bed_button.setEnabled(self.bed_room.count() > 0)

    def _bed_state(self, bed: q.Bed) -> str:
        text = bed.state_text
        if bed.active and bed.state != "free":
            text = self.tr("{state} since {when}").format(state=text,
                                                          when=formats.datetime_text(local(bed.state_changed_at)))
        if bed.state == "occupied" and bed.active:
            text += " — " + self.tr("it can be retired only after the patient is transferred or discharged")
        elif bed.state == "reserved" and bed.active:
            text += " — " + self.tr("release the reservation before retiring it")
        return text

    def new_room(self) -> None:
        """Clear the selection to type a new room (or bed)."""
        self.tree.clearSelection()
        self.tree.setCurrentItem(None)
        self._selected()

    def select(self, kind: str, code: str) -> bool:
        """Select a room or bed of the shown ward by code (used by tests and by the "after a change" reselect)."""
        it = self.tree.invisibleRootItem()
        for ri in range(it.childCount()):
            top = it.child(ri)
            candidates = [top] + [top.child(bi) for bi in range(top.childCount())]
            for item in candidates:
                if item.data(0, KIND) == kind and item.text(0) == code:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def select_ward(self, code: str) -> bool:
        for i, w in enumerate(self.wards):
            if w.code == code:
                self.ward.setCurrentIndex(i)
                return True
        return False

    # -- changes ----------------------------------------------------------------------------------------------
    def error(self, error: KnownError) -> None:
        self.message.setStyleSheet("color: #b23b3b;")
        self.message.setText(error.message)

    def _done(self, text: str, reselect: tuple[str, int] | None = None) -> None:
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(text)
        self._reselect = reselect

    def _change(self, fn, done_text, noun: Change, reselect_kind: str | None = None) -> None:  # noqa: ANN001
        self.message.setText("")

        def done(result) -> None:  # noqa: ANN001
            self._done(done_text, (reselect_kind, result) if reselect_kind and isinstance(result, int) else None)
        self.ops.run_change(self, fn, done, noun=noun, on_error=self.error)

    def add_room(self) -> None:
        ward = self.current_ward()
        if ward is None:
            return
        if self.selected_room() is not None:  # the form shows the selected room: start a new one
            self.new_room()
            self.message.setText(self.tr("Type the new room's code and name, then Add room."))
            self.room_code.setFocus()
            return
        try:
            code = q.check_code("room", self.room_code.text())
            name = q.check_text("room name", self.room_name.text(), 200)
        except KnownError as exc:
            self.error(exc)
            return
        self._change(lambda s: q.add_room(s, ward.id, code, name),
                     self.tr("Room {room} added to {ward}.").format(room=code, ward=ward.code), Change.WARD_ROOM,
                     "room")

    def rename_room(self) -> None:
        room = self.selected_room()
        if room is None:
            return
        name = self.room_name.text()
        self._change(lambda s: q.rename_room(s, room.id, name), self.tr("Room {room} renamed.").format(room=room.code),
                     Change.WARD_ROOM)

    def toggle_room(self) -> None:
        room = self.selected_room()
        if room is None:
            return
        if room.active and room.beds_in_use:
            self.error(KnownError(BedsEditor.tr("Room {room} still has %n bed(s) in use: deactivate its beds first.",
                                                "", len(room.beds_in_use)).format(room=room.code)))
            return
        active = not room.active
        self._change(lambda s: q.set_room_active(s, room.id, active),
                     (self.tr("Room {room} reactivated.") if active else self.tr("Room {room} deactivated.")).format(
                         room=room.code), Change.WARD_ROOM)

    def add_bed(self) -> None:
        room_id = self.bed_room.currentData()
        if room_id is None:
            return
        if self.selected_bed() is not None:  # the form shows the selected bed: start a new one in its room
            room = self.selected_room()
            self.new_room()
            if room is not None:
                self.bed_room.setCurrentIndex(max(0, self.bed_room.findData(room.id)))
            self.message.setText(self.tr("Type the new bed's code and label, then Add bed."))
            self.bed_code.setFocus()
            return
        try:
            code = q.check_code("bed", self.bed_code.text())
            label = q.check_text("bed label", self.bed_label.text(), 40)
        except KnownError as exc:
            self.error(exc)
            return
        self._change(lambda s: q.add_bed(s, room_id, code, label),
                     self.tr("Bed {label} ({code}) added.").format(label=label, code=code), Change.BED, "bed")

    def relabel_bed(self) -> None:
        bed = self.selected_bed()
        if bed is None:
            return
        label = self.bed_label.text()
        self._change(lambda s: q.relabel_bed(s, bed.id, label), self.tr("Bed {bed} relabelled.").format(bed=bed.code),
                     Change.BED)

    def toggle_bed(self) -> None:
        bed = self.selected_bed()
        if bed is None:
            return
        active = not bed.active
        # No pre-check here on purpose: the state shown may be minutes old, the database answers for now.
        self._change(lambda s: q.set_bed_active(s, bed.id, active),
                     (self.tr("Bed {bed} reactivated.") if active else self.tr("Bed {bed} deactivated.")).format(
                         bed=bed.label), Change.BED)
