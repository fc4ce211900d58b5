"""Vital signs flagged by the database against the kind's alert band (clinical.vital_kind alert_low/alert_high,
migration 0003): nobody types the flag, the audit trail shows a 38.5 °C as "flagged HIGH" the way it shows a
critical potassium (issue 14, defect 10), and the ward's chart shades the same bands."""
from __future__ import annotations

import psycopg
import pytest
from builders import new_visit
from test_audit_display import WAIT, _audit, _find, _search

pytestmark = pytest.mark.db


def record(conn: psycopg.Connection, encounter: int, patient: int, kind: str, value: float) -> tuple[int, str | None]:
    return conn.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit) "
                        "VALUES (%s, %s, %s, %s, NULL) RETURNING id, flag", (encounter, patient, kind, value)).fetchone()


def test_the_database_flags_values_outside_the_alert_band_and_nobody_else_may(connect_as):
    patient, _, encounter = new_visit(connect_as)
    with connect_as("nurse1", autocommit=True) as conn:
        assert record(conn, encounter, patient, "temperature", 38.5)[1] == "high"
        assert record(conn, encounter, patient, "temperature", 37.0)[1] is None
        assert record(conn, encounter, patient, "temperature", 35.2)[1] == "low"
        assert record(conn, encounter, patient, "spo2", 88)[1] == "low"
        assert record(conn, encounter, patient, "spo2", 100)[1] is None  # no upper alert for saturation
        assert record(conn, encounter, patient, "pain", 9)[1] is None  # no band: a score is not flagged
        vital = record(conn, encounter, patient, "heart_rate", 128)[0]
        for attempt in ("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit, flag) "
                        f"VALUES ({encounter}, {patient}, 'temperature', 38.5, NULL, NULL)",
                        f"UPDATE clinical.vital_sign SET flag = NULL WHERE id = {vital}"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the flag is the database's, not the nurse's
                conn.execute(attempt)
    with connect_as("admin1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE clinical.vital_kind SET alert_high = 45 WHERE code = 'temperature'")


def test_a_high_temperature_reads_flagged_high_in_the_audit_trail(qtbot, shell, connect_as, admin):
    patient, _, encounter = new_visit(connect_as)
    with connect_as("nurse1", autocommit=True) as conn:
        vital = record(conn, encounter, patient, "temperature", 38.5)[0]
    event_id = admin.execute("SELECT id FROM audit.event WHERE table_name = 'vital_sign' AND action = 'INSERT' "
                             "AND (new_row ->> 'id')::bigint = %s", (vital,)).fetchone()[0]
    window, audit = _audit(qtbot, shell)
    search = audit.events
    _search(qtbot, search, table="clinical.vital_sign")
    search.results.selectRow(_find(qtbot, search, event_id))
    qtbot.waitUntil(lambda: "flagged HIGH" in search.diff_title.text(), timeout=WAIT)
    assert "value flagged HIGH" in search.diff_title.text()
    cells = {search.diff.item(i, 0).text(): search.diff.item(i, 2).text() for i in range(search.diff.rowCount())}
    assert cells["value"] == "38.5   ⚠ flagged HIGH"


def test_the_ward_chart_shades_the_databases_bands(qtbot):
    from hospital_desktop.adt.views.vitals_chart import VitalsChart
    chart = VitalsChart()
    qtbot.addWidget(chart)
    chart.set_bands({"temperature": (36.0, 38.0), "spo2": (92.0, None)})
    chart.set_series({})
    assert chart.bands["temperature"].getRegion() == (36.0, 38.0)
    assert chart.bands["spo2"].getRegion() == (92.0, 101)  # an open end shades to the plot's edge
    assert not chart.bands["heart_rate"].isVisible()  # no band known: nothing shaded
