"""Units as a reader reads them (lab.shown_unit, migration 0002): a result keeps the catalog's UCUM code, its alert
and the result lists say "INR", not "{INR}" (a critical INR stopped the doctor with "INR 5.5 {INR}")."""
from __future__ import annotations

import pytest
from builders import new_visit, place_order
from test_lab import through_to_result

pytestmark = pytest.mark.db
INR = "6301-6"


def test_ucum_annotations_are_read_without_braces(connect_as):
    with connect_as("nurse1") as conn:
        shown = [conn.execute("SELECT lab.shown_unit(%s)", (u,)).fetchone()[0]
                 for u in ("{INR}", "10*9/L", "mmol/L", "1", "", None)]
    assert shown == ["INR", "10*9/L", "mmol/L", "", "", ""]


def test_an_inr_alert_names_its_unit_as_read(connect_as, admin):
    _, mrn, encounter = new_visit(connect_as, given="Lab")
    [order_id] = place_order(connect_as, encounter, INR)
    through_to_result(connect_as, [order_id], mrn, "5.5")
    with connect_as("lab2") as conn:
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        notification = conn.execute("SELECT lab.release(%s)", (order_id,)).fetchone()[0]
    stored, title = admin.execute(
        "SELECT r.unit, n.title FROM lab.result r, notify.notification n "
        "WHERE r.lab_order_id = %s AND r.status = 'final' AND n.id = %s", (order_id, notification)).fetchone()
    assert stored == "{INR}"  # what FHIR and HL7 carry
    assert title.startswith("INR 5.5 INR") and "{" not in title
