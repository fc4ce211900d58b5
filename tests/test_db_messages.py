"""The database's refusals by message key (issue 18, docs/database.md "Messages").

- every RAISE EXCEPTION in server_db/sql (and in SQL the migrations run) carries DETAIL =
  core.message_detail('<schema>.<name>', its arguments), one key per message, and the client's catalog
  (hospital_desktop/i18n/db_messages.py) is what server_db.messages generates from the SQL;
- a staff login with plain SQL still reads English, with the key and the arguments in the DETAIL;
- the client shows the refusal in the staff member's language (French here), a constraint violation too."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import psycopg
import pytest

from hospital_desktop.i18n import db_messages
from server_db import messages

MISSING_ID = 999_999_999


# -- static: the SQL and the catalog --------------------------------------------------------------------------------
def test_every_raise_carries_a_message_key():
    found, problems = messages.collect()
    assert problems == []
    assert len(found) > 450  # every RAISE of the ten schemas, not a parse that found nothing
    raises = [r for path, text in messages.sql_sources().items() for r in messages.raises_in(text, path)]
    assert len(raises) > 450 and all(r.detail for r in raises)


def test_the_check_sees_a_raise_without_a_key_and_a_key_with_two_messages():
    sources = messages.sql_sources()
    adt = sources["server_db/sql/adt/functions.sql"]
    sources["server_db/sql/adt/functions.sql"] = adt.replace(
        "RAISE EXCEPTION 'say which bed'",
        "RAISE EXCEPTION 'pick a bed' USING ERRCODE = 'check_violation'; RAISE EXCEPTION 'say which bed'", 1)
    sources["migrations/versions/9999_example.py"] = (
        'apply_sql(text="""DO $$ BEGIN RAISE EXCEPTION \'no bed %\', 1 USING ERRCODE = \'no_data_found\', '
        'DETAIL = core.message_detail(\'adt.bed_not_found\', 1::text); END $$""")')
    _, problems = messages.collect(sources)
    assert any("no message key" in p and "'pick a bed'" in p for p in problems), problems
    assert any(p.startswith("migrations/versions/9999_example.py") and "also the key of" in p for p in problems)


def test_the_catalog_is_generated_from_the_sql():
    """Stale when a message was added or changed in SQL without `python -m server_db.messages --write`."""
    assert messages.CATALOG.read_text(encoding="utf-8") == messages.render(), \
        "hospital_desktop/i18n/db_messages.py is stale: run python -m server_db.messages --write"
    found, _ = messages.collect()
    assert set(db_messages.MESSAGES) == set(found)
    assert db_messages.MESSAGES["scheduling.appointment_not_found"] == "No appointment with id {0}."


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_translations_keep_the_placeholders(language):
    """A translated template has exactly the {0}, {1} … (or {field}) of its English source."""
    from hospital_desktop.i18n import build

    tree = ET.parse(build.ts_path("db", language))
    wrong = []
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        if sorted(re.findall(r"\{\w*\}", source)) != sorted(re.findall(r"\{\w*\}", translation)):
            wrong.append((source, translation))
    assert wrong == []


# -- the database: English for psql, the key and arguments in DETAIL ----------------------------------------------
def _refusal(conn: psycopg.Connection, sql: str, params: tuple = ()) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(sql, params)
    conn.rollback()
    return refused.value


def _detail(error: psycopg.Error) -> dict:
    return json.loads(error.diag.message_detail)


def test_a_staff_login_reads_english_and_the_key_in_the_detail(connect_as):
    with connect_as("reception1") as conn:
        error = _refusal(conn, "SELECT scheduling.cancel(%s, 'the patient called')", (MISSING_ID,))
        assert error.sqlstate == "P0002"
        assert error.diag.message_primary == f"no appointment with id {MISSING_ID}"
        assert error.diag.message_detail == \
            f'{{"key": "scheduling.appointment_not_found", "args": ["{MISSING_ID}"]}}'

        # a table's own trigger raises as the staff member (core.message_detail is executable by staff)
        patient = conn.execute("SELECT id FROM registry.patient WHERE merged_into_id IS NULL LIMIT 1").fetchone()[0]
        error = _refusal(conn, "UPDATE registry.patient SET phone = '0123 456 789' WHERE id = %s", (patient,))
        assert error.diag.message_primary == "a reason is required to change a patient's demographics"
        assert _detail(error) == {"key": "registry.demographics_reason_required", "args": []}

        # core.check_reason's caller passes its key and the arguments of its format() template
        bed, label = conn.execute("SELECT id, label FROM adt.bed WHERE state = 'free' AND active "
                                  "ORDER BY id LIMIT 1").fetchone()
        error = _refusal(conn, "SELECT adt.set_bed_state(%s, 'out_of_service', ' ')", (bed,))
        assert (error.diag.message_primary, error.diag.constraint_name) == \
            ("say why the bed is out of service", "ck_bed_state_reason")
        assert _detail(error) == {"key": "adt.bed_state_reason_required", "args": ["out of service"]}

        # states as arguments, in the order of the message's placeholders
        error = _refusal(conn, "SELECT adt.set_bed_state(%s, 'cleaning')", (bed,))
        assert error.diag.message_primary == f"bed {label} cannot go from free to cleaning"
        assert _detail(error) == {"key": "adt.bed_state_change_refused", "args": [label, "free", "cleaning"]}


def test_refusals_of_other_schemas_carry_their_keys(connect_as, admin):
    with connect_as("billing1") as conn:
        error = _refusal(conn, "SELECT billing.void_invoice(%s, 'entered twice by mistake')", (MISSING_ID,))
        assert error.diag.message_primary == f"no invoice with id {MISSING_ID}"
        assert _detail(error) == {"key": "billing.invoice_not_found", "args": [str(MISSING_ID)]}
        # what a helper checks is named by its caller: a phrase the client translates too (TERM_ARGS)
        error = _refusal(conn, "SELECT * FROM billing.revenue_by_department('0100-01-01', '2020-01-01')")
        assert error.diag.message_primary == "the first day must be a day between the years 1800 and 2999"
        assert _detail(error) == {"key": "core.day_out_of_range", "args": ["the first day"]}
        assert db_messages.TERM_ARGS["core.day_out_of_range"] == (0,) and "the first day" in db_messages.TERMS
    with connect_as("doctor1") as conn:
        error = _refusal(conn, "SELECT core.log_chart_access(%s, 'ward round')", (MISSING_ID,))
        assert _detail(error) == {"key": "core.patient_not_found", "args": [str(MISSING_ID)]}
        patient = conn.execute("SELECT id FROM registry.patient LIMIT 1").fetchone()[0]
        error = _refusal(conn, "SELECT core.break_glass(%s, 'short')", (patient,))
        assert error.diag.message_primary == "an emergency access needs a reason of at least 10 characters"
        assert _detail(error) == {"key": "core.emergency_access_needs_reason", "args": []}
        # the core.role_* functions raise as their owner, hms_staff_admin
        error = _refusal(conn, "SELECT core.change_my_password('not a verifier')")
        assert error.diag.message_primary.startswith("a password must be sent as a SCRAM-SHA-256 verifier")
        assert _detail(error) == {"key": "core.password_not_verifier", "args": []}
    # core.require_group's caller passes its key: a login that is not active staff is refused with it
    with pytest.raises(psycopg.Error) as refused:  # the superuser's session (autocommit): no staff row
        admin.execute("SELECT * FROM dashboard.lab_turnaround(30)")
    error = refused.value
    assert error.sqlstate == "42501"
    assert error.diag.message_primary == "this figure is for hms_admin, hms_lab only"
    assert _detail(error) == {"key": "dashboard.figure_admin_lab", "args": []}


# -- the client: the refusal in the staff member's language -------------------------------------------------------
@pytest.fixture()
def french(qapp):
    from hospital_desktop import i18n
    from hospital_desktop.i18n import build

    ts, qm = build.ts_path("db", "fr"), i18n.QM_DIR / "db_fr.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        build.release()
    assert i18n.install("fr") == "fr"
    try:
        yield
    finally:
        i18n.install("en")


def test_a_database_refusal_reaches_the_user_in_french(connect_as, french):
    from hospital_desktop.core.errors import classify

    with connect_as("reception1") as conn:
        missing = classify(_refusal(conn, "SELECT scheduling.cancel(%s, 'the patient called')", (MISSING_ID,)))
        bed, label = conn.execute("SELECT id, label FROM adt.bed WHERE state = 'free' AND active "
                                  "ORDER BY id LIMIT 1").fetchone()
        state = classify(_refusal(conn, "SELECT adt.set_bed_state(%s, 'cleaning')", (bed,)))
        sex = classify(_refusal(conn, "INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                                      "VALUES ('Ada', 'Lovelace', '1985-12-10', 'x')"))
    with connect_as("billing1") as conn:
        day = classify(_refusal(conn, "SELECT * FROM billing.revenue_by_department('0100-01-01', '2020-01-01')"))
    assert (missing.message, missing.key, missing.key_args) == (
        f"Aucun rendez-vous avec l'identifiant {MISSING_ID}.", "scheduling.appointment_not_found",
        (str(MISSING_ID),))
    # the states among the arguments are translated too
    assert state.message == f"Le lit {label} ne peut pas passer de l'état « libre » à l'état « en nettoyage »."
    # what a helper checked, named by its caller, and the sentence begins with a capital
    assert day.message == "Le premier jour doit être un jour entre les années 1800 et 2999."
    # a constraint violation: the client's sentence for the named constraint
    assert (sex.message, sex.constraint) == ("Choisissez féminin, masculin, autre ou inconnu.", "ck_patient_sex")


def test_english_and_unknown_keys_read_as_before(connect_as, qapp):
    """Without translations the sentence is the English message as a sentence; a key the client does not know
    (a newer server) or no key at all shows what the client showed before keys existed."""
    from hospital_desktop.core.errors import classify, db_sentence

    with connect_as("reception1") as conn:
        missing = _refusal(conn, "SELECT scheduling.cancel(%s, 'the patient called')", (MISSING_ID,))
    assert classify(missing).message == f"No appointment with id {MISSING_ID}."

    class Diag:
        message_detail = '{"key": "scheduling.newer_message", "args": ["1"]}'
        constraint_name = None

    class Refusal(Exception):
        sqlstate = "P0001"
        diag = Diag()

    assert db_sentence(Refusal("a message of a newer server")) is None
    assert classify(Refusal("a message of a newer server")).message == "A message of a newer server."
    Diag.message_detail = "Key (code)=(X) already exists."  # PostgreSQL's own DETAIL: not a key
    assert classify(Refusal("duplicate key value")).message == "Duplicate key value."
