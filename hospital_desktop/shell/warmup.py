"""Import every workspace's modules while the login window waits for the user, so the first build of a workspace
(pyqtgraph's dashboards above all: ~200 ms of imports) does not freeze the screen after logging in.
Imports only: no widget is created off the UI thread."""
from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

MODULES = [
    "pyqtgraph",
    "hospital_desktop.widgets.charts",
    "hospital_desktop.dashboards.views.dashboard_tab",
    "hospital_desktop.registry.views.reception_tab", "hospital_desktop.registry.views.merge_tab",
    "hospital_desktop.scheduling.views.calendar_tab", "hospital_desktop.scheduling.views.queue_panel",
    "hospital_desktop.clinical.views.clinic_tab", "hospital_desktop.lab.views.lab_workspace",
    "hospital_desktop.adt.views.bed_board", "hospital_desktop.adt.views.inpatients_tab",
    "hospital_desktop.adt.views.ward_tab", "hospital_desktop.pharmacy.views.dispensing_tab",
    "hospital_desktop.pharmacy.views.stock_tab", "hospital_desktop.pharmacy.views.formulary_tab",
    "hospital_desktop.billing.views.billing_tab", "hospital_desktop.billing.views.claims_tab",
    "hospital_desktop.billing.views.cash_tab", "hospital_desktop.billing.views.reports_tab",
    "hospital_desktop.billing.views.eligibility_panel", "hospital_desktop.billing.views.payer_queries_tab",
    "hospital_desktop.billing.views.preauth_tab", "hospital_desktop.billing.views.preauth_dialog",
    "hospital_desktop.billing.views.remittances_tab", "hospital_desktop.admin.views.payer_settings_editor",
    "hospital_desktop.admin.views.staff_tab", "hospital_desktop.admin.views.settings_tab",
    "hospital_desktop.admin.views.reference_tab", "hospital_desktop.audit.views.audit_tab",
    "hospital_desktop.billing.documents", "hospital_desktop.registry.documents",
]


def import_workspaces() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing optional module shows when its workspace opens
            log.exception("warm-up import of %s failed", name)


def start() -> threading.Thread:
    thread = threading.Thread(target=import_workspaces, name="hd-warmup", daemon=True)
    thread.start()
    return thread
