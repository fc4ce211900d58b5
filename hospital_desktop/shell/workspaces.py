"""Which workspaces a login gets: one list per group role. Departments add theirs here as they land."""
from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

# Roles that may read every demographic column (the others see identifying columns only).
FULL_DEMOGRAPHICS = {"hms_reception", "hms_doctor", "hms_nurse", "hms_billing", "hms_admin"}


def workspace_title(title: str) -> str:
    """A Workspace's title (English, as in the table below) in the language installed."""
    return QCoreApplication.translate("Workspaces", title)


@dataclass
class Workspace:
    key: str
    title: str  # English (QT_TRANSLATE_NOOP): shown through workspace_title()
    factory: Callable[[MainWindow], QWidget]
    # The window that shows it, weakly: a strong reference would make window ↔ workspace a reference cycle, and
    # a window freed by the cyclic garbage collector crashes Qt (see core/gc_guard.py).
    window_ref: Callable[[], MainWindow | None] | None = field(default=None, repr=False)
    built: QWidget | None = field(default=None, repr=False)

    def build(self, window: MainWindow) -> QWidget:
        return self.factory(window)

    def attach(self, window: MainWindow) -> None:
        self.window_ref = weakref.ref(window)

    @property
    def widget(self) -> QWidget | None:
        """Built on first use: the window builds the first workspace at login and the others one per turn of the
        event loop, so logging in never freezes the screen for the sum of them all."""
        window = self.window_ref() if self.window_ref is not None else None
        if self.built is None and window is not None:
            window.build_workspace(self)
        return self.built


def _reception(window: MainWindow) -> QWidget:
    from ..billing.views.eligibility_panel import EligibilityPanel
    from ..registry.views.reception_tab import ReceptionWorkspace
    ws = ReceptionWorkspace(window.ops)
    ws.patient_opened.connect(lambda patient: _hand_to_booking(window, patient))
    # The insurance panel (billing's widget: registry does not import billing) under the open record.
    ws.eligibility = EligibilityPanel(window.ops)
    ws.detail.add_panel(ws.eligibility)
    ws.detail.patient_changed.connect(lambda patient: ws.eligibility.set_patient(patient.id if patient else None))
    return ws


def _hand_to_booking(window: MainWindow, patient) -> None:  # noqa: ANN001 - registry PatientRow
    """Reception's open record is the patient the clerk books for next (context, not a clinical value)."""
    booking = window.workspaces.get("appointments")
    if booking is not None and booking.built is not None:
        booking.built.set_patient(patient)


def _merge(window: MainWindow) -> QWidget:
    from ..registry.views.merge_tab import MergeWorkspace
    return MergeWorkspace(window.ops)


def _duplicates(window: MainWindow) -> QWidget:
    from ..registry.views.duplicates_tab import DuplicatesWorkspace
    return DuplicatesWorkspace(window.ops)


def _appointments(window: MainWindow) -> QWidget:
    from ..scheduling.views.calendar_tab import AppointmentsWorkspace
    ws = AppointmentsWorkspace(window.ops)
    reception = window.workspaces.get("reception")
    if reception is not None and reception.built is not None:  # built after reception opened a record
        ws.set_patient(reception.built.detail.patient)
    return ws


def _clinic(window: MainWindow) -> QWidget:
    from ..clinical.views.clinic_tab import ClinicWorkspace
    return ClinicWorkspace(window.ops)


def _queue(window: MainWindow) -> QWidget:
    from ..scheduling.views.queue_panel import QueuePanel
    return QueuePanel(window.ops, can_call=False)


def _lab(window: MainWindow) -> QWidget:
    from ..lab.views.lab_workspace import LabWorkspace
    return LabWorkspace(window.ops)


def _beds(window: MainWindow) -> QWidget:
    from ..adt.views.bed_board import BedBoard
    return BedBoard(window.ops, can_admit=True, can_transfer=True, can_housekeep=True)


def _inpatients(window: MainWindow) -> QWidget:
    from ..adt.views.inpatients_tab import InpatientsWorkspace
    return InpatientsWorkspace(window.ops)


def _ward(window: MainWindow) -> QWidget:
    from ..adt.views.ward_tab import WardWorkspace
    return WardWorkspace(window.ops)


def _dispensing(window: MainWindow) -> QWidget:
    from ..pharmacy.views.dispensing_tab import DispensingTab
    return DispensingTab(window.ops)


def _stock(window: MainWindow) -> QWidget:
    from ..pharmacy.views.stock_tab import StockTab
    return StockTab(window.ops)


def _formulary(window: MainWindow) -> QWidget:
    from ..pharmacy.views.formulary_tab import FormularyTab
    return FormularyTab(window.ops)


def _billing(window: MainWindow) -> QWidget:
    from ..billing.views.billing_tab import BillingWorkspace
    return BillingWorkspace(window.ops)


def _claims(window: MainWindow) -> QWidget:
    from ..billing.views.claims_tab import ClaimsWorkspace
    return ClaimsWorkspace(window.ops)


def _payer_queries(window: MainWindow) -> QWidget:
    from ..billing.views.payer_queries_tab import PayerQueriesWorkspace
    return PayerQueriesWorkspace(window.ops)


def _preauthorizations(window: MainWindow) -> QWidget:
    from ..billing.views.preauth_tab import PreauthorizationsWorkspace
    return PreauthorizationsWorkspace(window.ops)


def _remittances(window: MainWindow) -> QWidget:
    from ..billing.views.remittances_tab import RemittancesWorkspace
    return RemittancesWorkspace(window.ops)


def _cash(window: MainWindow) -> QWidget:
    from ..billing.views.cash_tab import CashCloseWorkspace
    return CashCloseWorkspace(window.ops)


def _finance_reports(window: MainWindow) -> QWidget:
    from ..billing.views.reports_tab import FinanceReportsWorkspace
    return FinanceReportsWorkspace(window.ops)


def _patients(group: str) -> Callable[[MainWindow], QWidget]:
    def build(window: MainWindow) -> QWidget:
        from ..registry.views.patients_tab import PatientsWorkspace
        label = group.removeprefix("hms_")
        return PatientsWorkspace(window.ops, full=group in FULL_DEMOGRAPHICS, purpose=f"{label}: patient lookup")
    return build


def _staff(window: MainWindow) -> QWidget:
    from ..admin.views.staff_tab import StaffWorkspace
    return StaffWorkspace(window.ops)


def _settings(window: MainWindow) -> QWidget:
    from ..admin.views.settings_tab import SettingsWorkspace
    return SettingsWorkspace(window.ops)


def _reference(window: MainWindow) -> QWidget:
    from ..admin.views.reference_tab import ReferenceWorkspace
    return ReferenceWorkspace(window.ops)


def _audit(window: MainWindow) -> QWidget:
    from ..audit.views.audit_tab import AuditWorkspace
    return AuditWorkspace(window.ops)


def _dashboard(group: str) -> Callable[[MainWindow], QWidget]:
    def build(window: MainWindow) -> QWidget:
        from ..dashboards.views.dashboard_tab import DashboardWorkspace
        return DashboardWorkspace(window.ops, group)
    return build


# Administration (issue 9): every role opens on its dashboard; the admin and auditor workstations.
DASHBOARD_TITLES = {
    "hms_reception": QT_TRANSLATE_NOOP("Workspaces", "Reception dashboard"),
    "hms_doctor": QT_TRANSLATE_NOOP("Workspaces", "Clinic dashboard"),
    "hms_nurse": QT_TRANSLATE_NOOP("Workspaces", "Ward dashboard"),
    "hms_pharmacist": QT_TRANSLATE_NOOP("Workspaces", "Pharmacy dashboard"),
    "hms_lab": QT_TRANSLATE_NOOP("Workspaces", "Laboratory dashboard"),
    "hms_billing": QT_TRANSLATE_NOOP("Workspaces", "Billing dashboard"),
    "hms_admin": QT_TRANSLATE_NOOP("Workspaces", "Administration dashboard"),
    "hms_auditor": QT_TRANSLATE_NOOP("Workspaces", "Audit dashboard"),
}


def _with_dashboard(group: str, spaces: list[Workspace]) -> list[Workspace]:
    from ..dashboards.metrics import has_dashboard
    from ..core.session import GROUP_LABELS
    title = DASHBOARD_TITLES.get(group) or f"{GROUP_LABELS.get(group, group)} dashboard"
    return ([Workspace(f"dashboard_{group.removeprefix('hms_')}", title, _dashboard(group))]
            if has_dashboard(group) else []) + spaces


def workspaces_for(group: str) -> list[Workspace]:
    return _with_dashboard(group, _workspaces_for(group))


def _workspaces_for(group: str) -> list[Workspace]:
    if group == "hms_reception":
        return [Workspace("reception", QT_TRANSLATE_NOOP("Workspaces", "Reception"), _reception),
                Workspace("appointments", QT_TRANSLATE_NOOP("Workspaces", "Appointments"), _appointments),
                Workspace("queue", QT_TRANSLATE_NOOP("Workspaces", "Clinic queue"), _queue),
                Workspace("beds", QT_TRANSLATE_NOOP("Workspaces", "Beds and admissions"), _beds)]
    if group == "hms_doctor":
        return [Workspace("clinic", QT_TRANSLATE_NOOP("Workspaces", "Clinic"), _clinic),
                Workspace("appointments", QT_TRANSLATE_NOOP("Workspaces", "Appointments"), _appointments),
                Workspace("inpatients", QT_TRANSLATE_NOOP("Workspaces", "Inpatients"), _inpatients),
                Workspace("patients", QT_TRANSLATE_NOOP("Workspaces", "Patients"), _patients(group))]
    if group == "hms_lab":
        return [Workspace("lab", QT_TRANSLATE_NOOP("Workspaces", "Laboratory"), _lab),
                Workspace("patients", QT_TRANSLATE_NOOP("Workspaces", "Patients"), _patients(group))]
    if group == "hms_nurse":
        return [Workspace("ward", QT_TRANSLATE_NOOP("Workspaces", "Ward"), _ward),
                Workspace("patients", QT_TRANSLATE_NOOP("Workspaces", "Patients"), _patients(group))]
    if group == "hms_pharmacist":
        return [Workspace("dispensing", QT_TRANSLATE_NOOP("Workspaces", "Dispensing"), _dispensing),
                Workspace("stock", QT_TRANSLATE_NOOP("Workspaces", "Stock"), _stock),
                Workspace("formulary", QT_TRANSLATE_NOOP("Workspaces", "Formulary"), _formulary),
                Workspace("patients", QT_TRANSLATE_NOOP("Workspaces", "Patients"), _patients(group))]
    if group == "hms_billing":
        return [Workspace("billing", QT_TRANSLATE_NOOP("Workspaces", "Billing"), _billing),
                Workspace("claims", QT_TRANSLATE_NOOP("Workspaces", "Claims"), _claims),
                Workspace("payer_queries", QT_TRANSLATE_NOOP("Workspaces", "Payer queries"), _payer_queries),
                Workspace("preauthorizations", QT_TRANSLATE_NOOP("Workspaces", "Pre-authorisations"), _preauthorizations),
                Workspace("remittances", QT_TRANSLATE_NOOP("Workspaces", "Remittances"), _remittances),
                Workspace("cash", QT_TRANSLATE_NOOP("Workspaces", "Cash close"), _cash),
                Workspace("finance_reports", QT_TRANSLATE_NOOP("Workspaces", "Financial views"), _finance_reports),
                Workspace("patients", QT_TRANSLATE_NOOP("Workspaces", "Patients"), _patients(group))]
    if group == "hms_admin":
        return [Workspace("staff", QT_TRANSLATE_NOOP("Workspaces", "Staff"), _staff),
                Workspace("settings", QT_TRANSLATE_NOOP("Workspaces", "Hospital settings"), _settings),
                Workspace("reference", QT_TRANSLATE_NOOP("Workspaces", "Reference data"), _reference),
                Workspace("patient_index", QT_TRANSLATE_NOOP("Workspaces", "Patient index (merge)"), _merge),
                Workspace("duplicates", QT_TRANSLATE_NOOP("Workspaces", "Duplicates"), _duplicates)]
    if group == "hms_auditor":
        return [Workspace("audit", QT_TRANSLATE_NOOP("Workspaces", "Audit trail"), _audit)]
    return [Workspace("patients", QT_TRANSLATE_NOOP("Workspaces", "Patients"), _patients(group))]
