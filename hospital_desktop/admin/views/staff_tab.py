"""Staff administration: the staff list, and for one person their roles, departments, state and change history.
New staff get a one-time password shown once to the administrator; the person must choose their own at first
login. Changes of roles, deactivation and resets need a reason, which goes into the audit trail.

A person's language and formats are theirs to choose (core.set_my_language, from their own workstation); the
administrator sees them here, read-only: no core.admin_* function sets them."""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import LANGUAGES, formats
from ...widgets.safety import WARNING_BG
from ...widgets.tables import fill_table, make_table
from .. import queries

COLUMNS = [QT_TRANSLATE_NOOP("StaffWorkspace", "Name"), QT_TRANSLATE_NOOP("StaffWorkspace", "User name"),
           QT_TRANSLATE_NOOP("StaffWorkspace", "Roles"), QT_TRANSLATE_NOOP("StaffWorkspace", "Departments"),
           QT_TRANSLATE_NOOP("StaffWorkspace", "State")]
HISTORY_COLUMNS = [QT_TRANSLATE_NOOP("StaffWorkspace", "When"), QT_TRANSLATE_NOOP("StaffWorkspace", "By"),
                   QT_TRANSLATE_NOOP("StaffWorkspace", "What"), QT_TRANSLATE_NOOP("StaffWorkspace", "Reason"),
                   QT_TRANSLATE_NOOP("StaffWorkspace", "Flag")]
# core.staff_change.action codes, as the history says them
ACTION_LABELS = {"create": QT_TRANSLATE_NOOP("StaffHistory", "created"),
                 "roles": QT_TRANSLATE_NOOP("StaffHistory", "roles changed"),
                 "departments": QT_TRANSLATE_NOOP("StaffHistory", "departments changed"),
                 "name": QT_TRANSLATE_NOOP("StaffHistory", "renamed"),
                 "deactivate": QT_TRANSLATE_NOOP("StaffHistory", "deactivated"),
                 "reactivate": QT_TRANSLATE_NOOP("StaffHistory", "reactivated"),
                 "reset_password": QT_TRANSLATE_NOOP("StaffHistory", "password reset"),
                 "password_changed": QT_TRANSLATE_NOOP("StaffHistory", "changed own password"),
                 "lock": QT_TRANSLATE_NOOP("StaffHistory", "locked after failed logins"),
                 "unlock": QT_TRANSLATE_NOOP("StaffHistory", "unlocked"),
                 "second_factor_enrolled": QT_TRANSLATE_NOOP("StaffHistory", "authenticator set up"),
                 "second_factor_removed": QT_TRANSLATE_NOOP("StaffHistory", "authenticator removed")}


def _roles(groups: list[str]) -> str:
    return QCoreApplication.translate("StaffWorkspace", ", ", "separates the items of a list").join(
        queries.role_label(g.removeprefix("hms_")) for g in groups)


def _codes(codes: list[str]) -> str:
    return ", ".join(codes) or "—"


def describe_change(c: queries.StaffChangeRow) -> str:
    """One line of a staff member's history, in the user's language (names and codes as recorded)."""
    d = c.detail or {}
    if c.action == "roles":
        parts = [f"+{queries.role_label(g.removeprefix('hms_'))}" for g in d.get("added", [])] + \
                [f"−{queries.role_label(g.removeprefix('hms_'))}" for g in d.get("removed", [])]
        return QCoreApplication.translate("StaffHistory", "roles {changes}").format(changes=" ".join(parts))
    if c.action == "departments":
        return QCoreApplication.translate("StaffHistory", "departments {before} → {after}").format(
            before=_codes(d.get("before", [])), after=_codes(d.get("after", [])))
    if c.action == "create":
        return QCoreApplication.translate("StaffHistory", "created as {roles}").format(roles=_roles(d.get("roles", [])))
    if c.action == "name":
        return QCoreApplication.translate("StaffHistory", "name {before} → {after}").format(
            before=d.get("before"), after=d.get("after"))
    label = ACTION_LABELS.get(c.action)
    return QCoreApplication.translate("StaffHistory", label) if label else c.action


def language_text(language: str | None, locale: str | None) -> str:
    """A language code by its own name ("Français"), with the locale when one is set; an unshipped code as it is."""
    name = LANGUAGES[language][0] if language in LANGUAGES else (language or "")
    return f"{name} ({locale})" if locale else name


class StaffWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[queries.StaffRow] = []
        self.current: queries.StaffRow | None = None
        self.dept_codes: list[str] = []
        self._select_next: int | None = None
        self.hospital_language: tuple[str | None, str | None] = (None, None)

        # -- left: the list
        self.search = QLineEdit(objectName="staffSearch", placeholderText=self.tr("Search by name or user name"))
        self.show_inactive = QCheckBox(self.tr("Show deactivated"))
        self.show_inactive.setChecked(True)
        self.table = make_table([self.tr(c) for c in COLUMNS], "staffTable", single=True)
        self.new_button = QPushButton(self.tr("New staff member…"), objectName="newStaff")
        left = QWidget()
        ll = QVBoxLayout(left)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.new_button, alignment=Qt.AlignmentFlag.AlignLeading)

        # -- right: one person
        self.title = QLabel("<h3>{}</h3>".format(self.tr("Select a staff member")), objectName="staffTitle")
        self.username = QLineEdit(objectName="staffUsername")
        self.full_name = QLineEdit(objectName="staffFullName")
        self.state = QLabel(objectName="staffState")
        self.language = QLabel(objectName="staffLanguage", wordWrap=True)
        self.language.setToolTip(self.tr("Each person chooses the language and formats of their own screens on "
                                         "their workstation; an administrator cannot change them."))
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles (database group roles)"))
        grid = QGridLayout(roles_box)
        for i, role in enumerate(queries.ALL_ROLES):
            box = QCheckBox(queries.role_label(role), objectName=f"role_{role}")
            self.role_boxes[role] = box
            grid.addWidget(box, i // 4, i % 4)
        self.departments = QListWidget(objectName="staffDepartments")
        self.departments.setMaximumHeight(130)
        self.reason = QLineEdit(objectName="staffReason",
                                placeholderText=self.tr("Reason for this change (recorded in the audit trail)"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("State"), self.state)
        form.addRow(self.tr("Language"), self.language)
        self.save_button = QPushButton(self.tr("Save changes"), objectName="saveStaff")
        self.create_button = QPushButton(self.tr("Create login"), objectName="createStaff")
        self.deactivate_button = QPushButton(self.tr("Deactivate…"), objectName="deactivateStaff")
        self.reactivate_button = QPushButton(self.tr("Reactivate"), objectName="reactivateStaff")
        self.reset_button = QPushButton(self.tr("Reset password"), objectName="resetPassword")
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="unlockStaff")
        self.authenticator_button = QPushButton(self.tr("Set up authenticator…"), objectName="setUpAuthenticator")
        self.remove_authenticator_button = QPushButton(self.tr("Remove authenticator"),
                                                       objectName="removeAuthenticator")
        buttons = QHBoxLayout()
        for b in (self.create_button, self.save_button, self.reset_button, self.unlock_button,
                  self.deactivate_button, self.reactivate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        factor_buttons = QHBoxLayout()
        factor_buttons.addWidget(self.authenticator_button)
        factor_buttons.addWidget(self.remove_authenticator_button)
        factor_buttons.addStretch(1)
        self.message = QLabel(objectName="staffMessage", wordWrap=True)
        self.one_time = QLabel(objectName="oneTimePassword", wordWrap=True)
        self.one_time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.one_time.setStyleSheet("background: #fff7d6; border: 1px solid #d4b106; padding: 6px;")
        self.one_time.hide()
        self.last_one_time_password: str | None = None
        self.history = make_table([self.tr(c) for c in HISTORY_COLUMNS], "staffHistory")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.title)
        rl.addLayout(form)
        rl.addWidget(roles_box)
        rl.addWidget(QLabel(self.tr("Departments")))
        rl.addWidget(self.departments)
        rl.addWidget(self.reason)
        rl.addLayout(buttons)
        rl.addLayout(factor_buttons)
        rl.addWidget(self.message)
        rl.addWidget(self.one_time)
        rl.addWidget(QLabel(self.tr("History")))
        rl.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 700])
        QVBoxLayout(self).addWidget(splitter)

        self.search.textChanged.connect(self.refresh)
        self.show_inactive.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.create_button.clicked.connect(self.create)
        self.save_button.clicked.connect(self.save)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.authenticator_button.clicked.connect(self.set_up_authenticator)
        self.remove_authenticator_button.clicked.connect(self.remove_authenticator)
        ops.changed.connect(lambda noun: noun == Change.STAFF and self.refresh())
        ops.changed.connect(lambda noun: noun == Change.DEPARTMENT and self._load_departments())
        ops.changed.connect(lambda noun: noun == Change.SETTING and self._load_hospital_language())
        self._set_mode(None)
        self._load_departments()
        self._load_hospital_language()
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def _load_departments(self) -> None:
        self.ops.run_query(None, lambda s: queries.departments(s, active_only=True), self._show_departments,
                           on_error=self._error)

    def _show_departments(self, depts: list[dict]) -> None:
        checked = set(self._checked_departments())
        self.departments.clear()
        self.dept_codes = [d["code"] for d in depts]
        for d in depts:
            item = QListWidgetItem(f"{d['code']} — {d['name']}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d["code"] in checked else Qt.CheckState.Unchecked)
            self.departments.addItem(item)
        if self.current is not None:
            self._check_departments(self.current.departments)

    def _load_hospital_language(self) -> None:
        self.ops.run_query(None, queries.settings, self._show_hospital_language, on_error=self._error)

    def _show_hospital_language(self, values: dict) -> None:
        self.hospital_language = (values.get("language"), values.get("locale"))
        if self.current is not None:
            self._show_language(self.current)

    def _show_language(self, row: queries.StaffRow) -> None:
        if row.language or row.locale:
            self.language.setText(self.tr("{language} — chosen by {username}").format(
                language=language_text(row.language or self.hospital_language[0], row.locale),
                username=row.username))
        elif self.hospital_language[0]:
            self.language.setText(self.tr("The hospital's: {language}").format(
                language=language_text(*self.hospital_language)))
        else:
            self.language.setText(self.tr("The hospital's"))

    def refresh(self) -> None:
        search, inactive = self.search.text(), self.show_inactive.isChecked()
        self.ops.run_query(None, lambda s: queries.staff_list(s, search, include_inactive=inactive),
                           self._show, on_error=self._error, latest=True)

    def _show(self, rows: list[queries.StaffRow]) -> None:
        keep = self._select_next or (self.current.id if self.current else None)
        self._select_next = None
        self.rows = rows
        self.table.blockSignals(True)
        fill_table(self.table, [(r.full_name, r.username, _roles(r.roles), ", ".join(r.departments), r.state_text)
                                for r in rows],
                   colors=[None if r.active else "gray" for r in rows])
        self.table.blockSignals(False)
        if keep is not None:
            self.select_staff(keep)

    def select_staff(self, staff_id: int) -> bool:
        for i, r in enumerate(self.rows):
            if r.id == staff_id:
                self.table.selectRow(i)
                self._open(r)
                return True
        return False

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.rows):
            self._open(self.rows[rows[0].row()])

    def _open(self, row: queries.StaffRow) -> None:
        message = self.message.text()
        self.current = row
        self._set_mode(row)
        self.message.setText(message)
        self.ops.run_query(None, lambda s: queries.staff_history(s, row.id),
                           lambda h: self._show_history(row.id, h), on_error=self._error)

    def _show_history(self, staff_id: int, history: list[queries.StaffChangeRow]) -> None:
        if self.current is None or self.current.id != staff_id:
            return
        fill_table(self.history, [(formats.datetime_text(local(c.changed_at)), c.changed_by, describe_change(c),
                                   c.reason or "", c.flag_reason or "") for c in history],
                   backgrounds=[QColor(WARNING_BG) if c.flagged else None for c in history])

    # -- form modes ----------------------------------------------------------------------------------
    def _set_mode(self, row: queries.StaffRow | None, *, new: bool = False) -> None:
        editing = row is not None
        self.username.setReadOnly(not new)
        self.create_button.setVisible(new)
        self.save_button.setVisible(editing)
        self.reset_button.setVisible(editing and row.active)
        self.deactivate_button.setVisible(editing and row.active)
        self.reactivate_button.setVisible(editing and not row.active)
        self.unlock_button.setVisible(editing and row.active and row.locked_at is not None)
        self.authenticator_button.setVisible(editing and row.active)
        self.authenticator_button.setText(self.tr("Replace authenticator…") if editing and row.second_factor
                                          else self.tr("Set up authenticator…"))
        self.remove_authenticator_button.setVisible(editing and row.second_factor)
        for w in (self.full_name, self.departments, self.reason, *self.role_boxes.values()):
            w.setEnabled(editing or new)
        self.message.clear()
        self.title.setProperty("data", editing)  # a person's name is data, not the program's text
        if new:
            self.title.setText("<h3>{}</h3>".format(self.tr("New staff member")))
            self.username.clear()
            self.full_name.clear()
            self.state.setText(self.tr("a one-time password is made when you create the login"))
            self.language.setText(self.tr("The hospital's, until the person chooses their own"))
            for box in self.role_boxes.values():
                box.setChecked(False)
            self._check_departments([])
            self.history.setRowCount(0)
        elif row is not None:
            self.title.setText(f"<h3>{html.escape(row.full_name)}</h3>")
            self.username.setText(row.username)
            self.full_name.setText(row.full_name)
            since = row.deactivated_at if not row.active else row.locked_at
            if since:
                state = self.tr("{state} since {when}").format(state=row.state_text,
                                                               when=formats.datetime_text(local(since)))
            else:
                state = row.state_text
            self.state.setText(self.tr("{state} · authenticator app set up").format(state=state) if row.second_factor
                               else self.tr("{state} · password only").format(state=state))
            self._show_language(row)
            for role, box in self.role_boxes.items():
                box.setChecked(role in row.roles)
            self._check_departments(row.departments)
        self.reason.clear()

    def _check_departments(self, codes: list[str]) -> None:
        for i in range(self.departments.count()):
            item = self.departments.item(i)
            code = self.dept_codes[i] if i < len(self.dept_codes) else ""
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)

    def _checked_departments(self) -> list[str]:
        return [self.dept_codes[i] for i in range(self.departments.count())
                if i < len(self.dept_codes) and self.departments.item(i).checkState() == Qt.CheckState.Checked]

    def _checked_roles(self) -> list[str]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def start_new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.one_time.hide()
        self._set_mode(None, new=True)
        self.username.setFocus()

    # -- actions -------------------------------------------------------------------------------------
    def create(self) -> None:
        username, full_name = self.username.text().strip().lower(), self.full_name.text().strip()
        roles, depts, reason = self._checked_roles(), self._checked_departments(), self.reason.text()
        password = queries.one_time_password()

        def done(staff_id: int) -> None:
            self._show_one_time(username, password)
            self._select_next = staff_id
            self.refresh()
            self.message.setText(self.tr("Created {username}.").format(username=username))

        self.ops.run_change(self, lambda s: queries.create_staff(s, username, full_name, roles, depts, password,
                                                                 reason),
                            done, noun=Change.STAFF, on_error=self._error)

    def _show_one_time(self, username: str, password: str) -> None:
        self.last_one_time_password = password
        self.one_time.setText(self.tr("One-time password for <b>{username}</b>: {password}<br>Give it to the person "
                                      "in private. It works for 72 hours and must be changed at the first login. "
                                      "It is not shown again.").format(
            username=username, password=f"<code style='font-size:14pt'>{password}</code>"))
        self.one_time.show()

    def save(self) -> None:
        row = self.current
        if row is None:
            return
        roles, depts, name, reason = self._checked_roles(), self._checked_departments(), self.full_name.text(), \
            self.reason.text().strip()
        roles_changed = sorted(roles) != sorted(row.roles)
        if roles_changed and len(reason) < 5:
            self.message.setText(self.tr("Give a reason for the change of roles (at least 5 characters)."))
            return

        def work(session) -> None:  # noqa: ANN001
            if name.strip() != row.full_name:
                queries.rename_staff(session, row.id, name)
            if roles_changed:
                queries.set_roles(session, row.id, roles, reason)
            if sorted(depts) != sorted(row.departments):
                queries.set_departments(session, row.id, depts, reason)

        self.ops.run_change(self, work, lambda _: self.message.setText(self.tr("Saved.")), noun=Change.STAFF,
                            reason=reason or None, on_error=self._error)

    def deactivate(self) -> None:
        row, reason = self.current, self.reason.text().strip()
        if row is None:
            return
        if len(reason) < 5:
            self.message.setText(self.tr("Give the reason for deactivating this account (at least 5 characters)."))
            return
        self.ops.run_change(self, lambda s: queries.deactivate(s, row.id, reason),
                            lambda n: self.message.setText(StaffWorkspace.tr(
                                "{username} deactivated; %n open session(s) ended. The history stays.", "", n)
                                .format(username=row.username)),
                            noun=Change.STAFF, reason=reason, on_error=self._error)

    def reactivate(self) -> None:
        row, reason = self.current, self.reason.text().strip()
        if row is None:
            return
        if len(reason) < 5:
            self.message.setText(self.tr("Give the reason for reactivating this account (at least 5 characters)."))
            return
        password = queries.one_time_password()
        self.ops.run_change(self, lambda s: queries.reactivate(s, row.id, password, reason),
                            lambda _: self._show_one_time(row.username, password), noun=Change.STAFF, reason=reason,
                            on_error=self._error)

    def reset_password(self) -> None:
        row, reason = self.current, self.reason.text().strip()
        if row is None:
            return
        if len(reason) < 5:
            self.message.setText(self.tr("Give the reason for the reset (at least 5 characters), e.g. 'forgotten, "
                                         "identity checked in person'."))
            return
        password = queries.one_time_password()
        self.ops.run_change(self, lambda s: queries.reset_password(s, row.id, password, reason),
                            lambda _: self._show_one_time(row.username, password), noun=Change.STAFF, reason=reason,
                            on_error=self._error)

    def unlock(self) -> None:
        row, reason = self.current, self.reason.text().strip()
        if row is None:
            return
        if len(reason) < 5:
            self.message.setText(self.tr("Give the reason for unlocking (at least 5 characters), e.g. 'mistyped, "
                                         "identity checked by phone'."))
            return
        self.ops.run_change(self, lambda s: queries.unlock(s, row.id, reason),
                            lambda _: self.message.setText(self.tr("{username} can log in again.").format(
                                username=row.username)),
                            noun=Change.STAFF, reason=reason, on_error=self._error)

    def set_up_authenticator(self) -> None:
        from .authenticator_dialog import AuthenticatorDialog

        row = self.current
        if row is None:
            return
        self.authenticator_dialog = AuthenticatorDialog(self.ops, row, parent=self)
        self.authenticator_dialog.enrolled.connect(
            lambda: self.message.setText(self.tr("{username} now logs in with password and authenticator code.")
                                         .format(username=row.username)))
        self.authenticator_dialog.open()

    def remove_authenticator(self) -> None:
        row, reason = self.current, self.reason.text().strip()
        if row is None:
            return
        if len(reason) < 5:
            self.message.setText(self.tr("Give the reason for removing the authenticator (at least 5 characters), "
                                         "e.g. 'phone lost'. The auditor reviews it."))
            return
        self.ops.run_change(self, lambda s: queries.remove_second_factor(s, row.id, reason),
                            lambda _: self.message.setText(self.tr("{username} logs in with the password alone until "
                                                                   "a new authenticator is set up.").format(
                                username=row.username)),
                            noun=Change.STAFF, reason=reason, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
