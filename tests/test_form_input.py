"""Hypothesis over the forms' input (issue 19): every form that takes typed input and writes, from its validation
function to the write through its domain's queries module, on a demo hospital of its own.

For any typed input: the form's validation returns messages or accepts, never raises; accepted input is written
exactly as the form writes it (one transaction, as ops.run_change runs it) and either saves or fails with a
KnownError from core.errors.classify — never None, which would be a crash report — with nothing written (the
audit trail, which records every row of every table, has no new event). The text strategies include empty and
whitespace-only values, control characters (NUL among them), right-to-left marks, emoji, SQL and very long
strings; the numbers go to and past their limits; the dates include impossible ones."""
from __future__ import annotations

import json
import math
import os
import string
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import psycopg
import pytest
from builders import add_note, admit, open_encounter, place_order, register
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sa_text

from hospital_desktop.adt import queries as adt
from hospital_desktop.adt.views.ward_tab import OBSERVATIONS, check_observations
from hospital_desktop.admin import bed_queries, lab_catalog_queries
from hospital_desktop.admin import queries as admin_queries
from hospital_desktop.billing import insurance
from hospital_desktop.billing import queries as billing
from hospital_desktop.clinical import queries as clinical
from hospital_desktop.core.errors import KnownError, classify
from hospital_desktop.core.profiles import ServerProfile
from hospital_desktop.core.session import Database
from hospital_desktop.lab import queries as lab
from hospital_desktop.pharmacy import queries as pharmacy
from hospital_desktop.pharmacy.queries import DRUG_ROUTES
from hospital_desktop.registry import queries as registry
from hospital_desktop.scheduling import queries as scheduling
from hospital_desktop.widgets.safety import DANGER
from server_db.demo.generate import load_demo
from tests.test_adt import make_beds

pytestmark = pytest.mark.db
DEMO_PASSWORD = "demo"
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PURE = settings(max_examples=300, deadline=None)

# -- what people type ---------------------------------------------------------------------------------------------
ODD = ["", " ", "\t\n ", "\x00", "a\x00b", "\x1b[31mred", "\u202eevil", "Zoë", "李小龙", "😀", "O'Brien",
       "'; DROP TABLE registry.patient;--", "%s", "{}", "\\", "x" * 5000, "\u00a0", "\r\n", "NULL"]
plausible = st.text(st.characters(codec="utf-8", categories=["L", "Nd", "Zs", "Pd", "Po"]), min_size=1, max_size=60)
typed = st.one_of(st.sampled_from(ODD), plausible, plausible, st.text(max_size=40),
                  st.text(min_size=90, max_size=700),
                  st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs"]), max_size=5))
NUMBERS = ["0", "-0", "-1", "1e309", "-1e309", "nan", "NaN", "inf", "-Infinity", "1_000", "37,5", "٣٧", "1e-400",
           "99999999999999999999", "0x10", "1.", ".5", "+7", "12 3"]
typed_number = st.one_of(st.sampled_from(NUMBERS), st.integers(-10**6, 10**6).map(str),
                         st.floats(allow_nan=True, allow_infinity=True).map(str),
                         st.decimals(allow_nan=True, allow_infinity=True).map(str), typed)
typed_date = st.one_of(st.dates(date(1870, 1, 1), date(2030, 1, 1)).map(lambda d: d.strftime("%d.%m.%Y")),
                       st.dates().map(date.isoformat),
                       st.sampled_from(["31.02.2020", "00.00.0000", "1.1.1", "29.02.2023", "31/12/9999", "01011880",
                                        "1879-12-31", "32.01.2000", "2000-13-01"]), typed)

name = st.text(st.characters(codec="utf-8", categories=["L"]), min_size=1, max_size=40)


def mostly(valid: st.SearchStrategy, junk: st.SearchStrategy = typed) -> st.SearchStrategy:
    """What a person usually types (so that whole forms pass often enough to be written), sometimes anything."""
    return st.sampled_from([valid] * 5 + [junk]).flatmap(lambda chosen: chosen)  # one_of would merge the repeats


# -- the hospital these forms write into -------------------------------------------------------------------------
class Forms:
    """Logged-in client databases, the context rows the forms write against, and the audit trail's newest id."""

    def __init__(self, url: str, profile: ServerProfile):
        self.url = url
        self.profile = profile
        self.dbs: dict[str, Database] = {}
        self.admin = psycopg.connect(url, autocommit=True)
        self.context: dict[str, Any] = {}
        self.outcomes: dict[str, Counter] = defaultdict(Counter)  # test → saved / refused (KnownError kind)
        self.messages: Counter = Counter()  # what the refusals said

    def db(self, login: str) -> Database:
        if login not in self.dbs:
            self.dbs[login] = Database(self.profile, login, DEMO_PASSWORD, application_name="pytest-forms")
            self.dbs[login].login()
        return self.dbs[login]

    def audit_top(self) -> int:
        return self.admin.execute("SELECT coalesce(max(id), 0) FROM audit.event").fetchone()[0]

    def write(self, login: str, fn: Callable[[Any], Any], *, reason: str | None = None, keep: bool = True) -> Any:
        """Run a form's write as ops.run_change does; the result, or the KnownError the user would see.
        keep=False rolls a successful write back (forms whose next write would otherwise only meet a changed
        state, e.g. a result already entered)."""
        before = self.audit_top()
        tally = self.outcomes[os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[-1].split(" ")[0]]
        try:
            with self.db(login).session(reason=reason) as session:
                result = fn(session)
                if not keep:
                    session.flush()
                    raise _Undo(result)
            tally["saved"] += 1
            return result
        except _Undo as undo:
            tally["saved"] += 1
            return undo.args[0]
        except Exception as exc:  # noqa: BLE001 - what ops.run_change would turn into a message or a crash report
            known = classify(exc)
            assert known is not None, f"a crash report instead of a message: {exc!r}"
            assert "violates" not in known.message, f"the database's words, not a message for people: {known.message}"
            assert self.audit_top() == before, f"a refused write left rows behind: {known.message}"
            tally[f"refused ({known.kind})"] += 1
            self.messages[known.message[:70]] += 1
            return known

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()
        self.admin.close()


class _Undo(Exception):
    pass


@pytest.fixture(scope="module")
def forms(cluster, make_database) -> Iterator[Forms]:
    url = make_database("forms_input")
    with psycopg.connect(url) as conn:
        load_demo(conn, patients=30, seed=19)
    profile = ServerProfile(name="forms", hosts=["127.0.0.1"], port=cluster.state.port, database="forms_input",
                            sslmode="disable")
    f = Forms(url, profile)

    def who(login: str, database: str = "forms_input", **kw: Any) -> psycopg.Connection:  # builders' connect_as
        return psycopg.connect(cluster.state.url(database, user=login, password=DEMO_PASSWORD), **kw)
    patient, mrn = register(who, database="forms_input")
    encounter = open_encounter(who, patient)
    add_note(who, encounter, patient)
    ward = make_beds(who, "MEDW", 2)
    inpatient, _ = register(who, database="forms_input")
    doctor = f.admin.execute("SELECT id FROM core.staff WHERE username = 'doctor1'").fetchone()[0]
    with who("reception1", autocommit=True) as desk:
        admission = admit(desk, inpatient, ward.beds[0], attending=doctor)
    stay = f.admin.execute("SELECT encounter_id FROM adt.admission WHERE id = %s", (admission,)).fetchone()[0]
    [order] = place_order(who, encounter, "2823-3")  # potassium: numeric, with reference and critical limits
    with who("lab1") as conn:
        for (accession,) in conn.execute("SELECT accession_number FROM lab.collect(%s, %s)", ([order], mrn)):
            conn.execute("SELECT lab.receive(%s)", (accession,))
    drug = f.admin.execute("SELECT id FROM pharmacy.drug WHERE active ORDER BY id LIMIT 1").fetchone()[0]
    location = f.admin.execute("SELECT id FROM pharmacy.location ORDER BY id LIMIT 1").fetchone()[0]
    with f.db("nurse1").session() as session:
        f.context["vital_kinds"] = adt.vital_kinds(session)
    waiting, _ = register(who, database="forms_input")  # to be admitted, into the second bed
    one = f.admin.execute
    dispensable = one("""
        SELECT p.id, pt.mrn, l.lot_number FROM pharmacy.prescription p JOIN registry.patient pt ON pt.id = p.patient_id
          JOIN pharmacy.stock_lot l ON l.drug_id = p.drug_id AND l.quantity >= p.quantity AND l.expiry_date > now()
         WHERE p.status = 'active' AND p.dispense_status = 'pending' AND l.location_id = pharmacy.location_id('DISP')
         LIMIT 1""").fetchone()
    f.context.update(
        waiting=waiting, beds=ward.beds, dispensable=dispensable,
        invoice=one("SELECT id FROM billing.invoice WHERE status = 'issued' LIMIT 1").fetchone()[0],
        payment=one("SELECT id FROM billing.payment WHERE refund_of_id IS NULL AND amount > 0 AND claim_id IS NULL "
                    "AND method <> 'insurance' LIMIT 1").fetchone()[0],
        charge=one("SELECT id FROM billing.charge WHERE status = 'open' LIMIT 1").fetchone()[0],
        appointment=one("SELECT id FROM scheduling.appointment WHERE status = 'booked' LIMIT 1").fetchone()[0])
    f.context.update(patient=patient, encounter=encounter, inpatient=inpatient, admission=admission, stay=stay,
                     order=order, drug=drug, location=location)
    yield f
    for test, tally in f.outcomes.items():
        print(f"\n{test}: {dict(tally)}")
    print("\nmessages:", *(f"{n} × {m}" for m, n in f.messages.most_common(40)), sep="\n  ")
    f.close()


def outcome_ok(result: Any) -> bool:
    return not isinstance(result, KnownError)


# -- registration and demographics (reception) ---------------------------------------------------------------------
patient_input = st.builds(
    registry.PatientInput, given_name=mostly(name), family_name=mostly(name),
    birth_date=mostly(st.dates(date(1880, 1, 1), date.today()).map(lambda d: d.strftime("%d.%m.%Y")), typed_date),
    sex=mostly(st.sampled_from(registry.SEXES)), national_id=mostly(st.just("") | st.uuids().map(lambda u: u.hex[:12].upper())),
    phone=mostly(st.from_regex(r"\+?[0-9 ]{3,20}", fullmatch=True) | st.just(""), typed_number),
    address=mostly(plausible | st.just("")), postal_code=mostly(st.from_regex(r"[A-Z0-9]{2,8}", fullmatch=True)))


@PURE
@given(patient_input)
def test_registration_validation_answers_every_input(data):
    assert isinstance(data.validate(), dict)


@FAST
@given(patient_input)
def test_registration_and_demographics_save_or_say_why(forms, data):
    if data.validate():
        return
    saved = forms.write("reception1", lambda s: registry.register(s, data))
    # Accepted by the form: saved, unless the national ID is already someone's (said so: a conflict).
    assert outcome_ok(saved) or saved.kind == "conflict", f"valid registration refused: {saved.message}"
    if outcome_ok(saved):
        assert (saved.given_name, saved.family_name) == (data.values()["given_name"], data.values()["family_name"])
    edited = forms.write("reception1", lambda s: registry.update_demographics(s, forms.context["patient"], data),
                         reason="corrected at the desk")
    assert outcome_ok(edited) or edited.kind == "conflict", edited.message


# -- the clinic: notes, allergies, prescriptions, lab orders (doctor) ----------------------------------------------
@FAST
@given(mostly(plausible), st.sampled_from(["soap", "progress"]))
def test_clinical_notes_save_or_say_why(forms, body, kind):
    c = forms.context
    forms.write("doctor1", lambda s: clinical.save_note(s, c["encounter"], c["patient"], body, kind=kind))


@FAST
@given(mostly(plausible), st.sampled_from([None, "drug", "food", "environment", "other"]), mostly(plausible),
       st.sampled_from([None, "mild", "moderate", "severe"]))  # category and severity: the form's lists
def test_allergies_save_or_say_why(forms, substance, category, reaction, severity):
    if not substance.strip():
        return  # the form says "Choose or type the substance."
    pid = forms.context["patient"]
    forms.write("doctor1", lambda s: clinical.add_allergy(s, pid, substance.strip(), None, category,
                                                          reaction.strip(), severity))


prescription = st.builds(
    pharmacy.PrescriptionInput, patient_id=st.just(0), encounter_id=st.just(0), drug_id=st.just(0),
    dose_amount=mostly(st.decimals(Decimal("0.01"), Decimal("1000"), places=2),
                       st.sampled_from([Decimal("0"), Decimal("-1"), Decimal("99999.999"), Decimal("100000"),
                                        Decimal("1E+30"), Decimal("NaN"), Decimal("Infinity")])),
    dose_unit=mostly(st.sampled_from(["tablet", "mg", "ml", "puff"])), route=st.sampled_from(DRUG_ROUTES),
    frequency=st.sampled_from(["OD", "BD", "TDS", "NOCTE"]),  # both from the form's lists
    duration_days=mostly(st.none() | st.integers(1, 365), st.integers(-5, 400)),
    quantity=mostly(st.integers(1, 100), st.integers(-5, 10**7)), instructions=mostly(st.just("") | plausible),
    priority=st.sampled_from(pharmacy.PRIORITIES), override_reason=mostly(st.none(), st.none() | typed))


@FAST
@given(prescription)
def test_prescriptions_validate_then_save_or_say_why(forms, data):
    if data.validate():
        return
    c = forms.context
    data.patient_id, data.encounter_id, data.drug_id = c["inpatient"], c["stay"], c["drug"]
    saved = forms.write("doctor1", lambda s: pharmacy.prescribe(s, data), keep=False)
    assert outcome_ok(saved), f"a prescription the form accepted was refused: {saved.message}"


@FAST
@given(mostly(plausible), st.sampled_from(["routine", "urgent", "stat"]))
def test_lab_orders_save_or_say_why(forms, info, priority):
    forms.write("doctor1", lambda s: lab.place_order(s, forms.context["encounter"], "2823-3", priority, info),
                keep=False)


# -- the laboratory: result entry (the database parses the value) -------------------------------------------------
@FAST
@given(typed_number, st.one_of(st.none(), st.sampled_from(["mmol/L", "mg/dL"]), typed), st.one_of(st.none(), typed))
@example("NaN", None, None)
@example("Infinity", None, None)
@example("1e309", None, None)
@example("٣٫٧", None, None)
@example("4,2", None, None)
def test_lab_results_save_or_say_why(forms, value, unit, reason):
    result = forms.write("lab1", lambda s: lab.enter_result(s, forms.context["order"], value, unit, "", reason),
                         keep=False)
    if outcome_ok(result):  # potassium is numeric: what is stored is a finite number
        assert result is not None and Decimal(result.value).is_finite(), (value, result.value)


# -- the ward: observations, nursing notes, fluid balance (nurse) -------------------------------------------------
USUAL = {"temperature": (35, 40), "heart_rate": (50, 120), "systolic_bp": (100, 160), "diastolic_bp": (50, 90),
         "resp_rate": (10, 30), "spo2": (90, 100), "pain": (0, 10)}
OBSERVED = st.fixed_dictionaries({}, optional={
    kind: mostly(st.floats(lo, hi).map(lambda v: f"{v:.1f}".replace(".", ",") if v > 50 else f"{v:.1f}"),
                 typed_number) for kind, (lo, hi) in USUAL.items()}).filter(bool)
KINDS = {code: adt.VitalKind(code, code, "unit", lo, hi) for code, lo, hi in [
    ("temperature", 25, 45), ("heart_rate", 20, 250), ("systolic_bp", 40, 300), ("diastolic_bp", 20, 200),
    ("resp_rate", 4, 80), ("spo2", 50, 100)]}  # pain: no range known yet (the form's ranges load with a patient)


@PURE
@given(OBSERVED)
def test_observation_checks_answer_every_input(typed_values):
    assert set(USUAL) == {kind for kind, _label, _decimals in OBSERVATIONS}  # every field of the form is drawn
    values, problem = check_observations(typed_values, KINDS)
    assert (values is None) == (problem is not None)
    for kind, value in (values or {}).items():
        assert math.isfinite(value)
        if kind in KINDS:
            assert KINDS[kind].min_value <= value <= KINDS[kind].max_value


@FAST
@given(OBSERVED)
def test_observations_save_or_say_why(forms, typed_values):
    c = forms.context
    values, problem = check_observations(typed_values, forms.context["vital_kinds"])
    if values is None:
        return
    saved = forms.write("nurse1", lambda s: adt.record_observations(s, c["stay"], c["inpatient"], values))
    assert outcome_ok(saved), f"plausible observations refused: {values}: {saved.message}"


@FAST
@given(typed)
def test_nursing_notes_save_or_say_why(forms, body):
    if not body.strip():
        return  # "Write the note first."
    c = forms.context
    forms.write("nurse1", lambda s: adt.add_nursing_note(s, c["stay"], c["inpatient"], body.strip()))


@FAST
@given(st.sampled_from([("in", "oral"), ("in", "iv"), ("out", "urine"), ("out", "drain"), ("in", "urine")]),
       st.integers(1, 9999), mostly(st.none() | st.integers(0, 600).map(lambda m: datetime.now(UTC) - timedelta(
           minutes=m)), st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC))),
       mostly(st.just("") | plausible))
def test_fluid_balance_saves_or_says_why(forms, way, volume, at, note):
    direction, route = way  # the form's lists (in: urine is a wrong pair the database refuses)
    forms.write("nurse1", lambda s: adt.record_fluid(s, forms.context["admission"], direction, route, volume, at,
                                                     note))


# -- the pharmacy: stock receipt and the formulary (pharmacist) ----------------------------------------------------
@FAST
@given(mostly(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9./-]{0,12}", fullmatch=True)),
       mostly(st.dates(date.today(), date.today() + timedelta(days=2000)), st.dates(date(1, 1, 1))),
       st.integers(1, 100000))
def test_stock_receipt_checks_then_saves_or_says_why(forms, lot, expiry, quantity):
    if not lot.strip() or pharmacy.receipt_problem(lot, expiry, date.today()):
        return  # the form says why (the quantity box holds 1 to 100,000)
    c = forms.context
    saved = forms.write("pharmacist1", lambda s: pharmacy.receive(s, c["drug"], c["location"], lot.strip(), expiry,
                                                                  quantity), keep=False)
    assert outcome_ok(saved), f"a receipt the form accepted was refused: {saved.message}"


drug_input = st.builds(
    pharmacy.DrugInput, code=mostly(st.from_regex(r"[A-Z][A-Z0-9-]{1,20}", fullmatch=True)),
    generic_name=mostly(name), strength=mostly(st.sampled_from(["500 mg", "5 mg/ml", "1 g"])),
    form=mostly(st.sampled_from(["tablet", "capsule", "solution"])), route=st.sampled_from(DRUG_ROUTES),
    unit=mostly(st.sampled_from(["tablet", "ml", "capsule"])), pack_size=st.integers(1, 1000),
    atc_code=mostly(st.sampled_from(["", "J01CA04", "N02BE01"])), ingredients=mostly(st.sampled_from(["", "J01CA04"])),
    reorder_level=st.integers(0, 10000), warnings=mostly(st.just("") | plausible))


@FAST
@given(drug_input)
def test_formulary_drugs_validate_then_save_or_say_why(forms, data):
    if data.validate():
        return
    saved = forms.write("pharmacist1", lambda s: pharmacy.add_drug(s, data), keep=False)
    # Accepted by the form: added, unless the code is taken (said so: a conflict).
    assert outcome_ok(saved) or saved.kind == "conflict", f"a drug the form accepted was refused: {saved.message}"


# -- administration: staff, beds, the lab catalog (admin) ----------------------------------------------------------
@FAST
@given(mostly(st.from_regex(r"[a-z][a-z0-9._-]{1,20}", fullmatch=True)), mostly(name),
       st.lists(st.sampled_from(["doctor", "nurse", "reception", "billing"]), max_size=2), mostly(plausible))
def test_new_staff_save_or_say_why(forms, username, full_name, roles, reason):  # roles: the form's check boxes
    password = admin_queries.one_time_password()
    forms.write("admin1", lambda s: admin_queries.create_staff(s, username, full_name, roles, ["GEN"], password,
                                                               reason), keep=False)


@PURE
@given(typed, typed)
def test_bed_codes_and_names_are_checked_without_surprises(code, name):
    for check in (lambda: bed_queries.check_code("bed", code), lambda: bed_queries.check_text("bed label", name, 40)):
        try:
            check()
        except KnownError:
            pass


def loinc(number: int) -> str:
    return f"{number}-{lab_catalog_queries.loinc_check_digit(str(number))}"


catalog_test = st.fixed_dictionaries({
    "code": mostly(st.integers(90000, 99999).map(loinc), st.sampled_from(["2823-3", "12345-6"]) | typed),
    "name": mostly(plausible), "short_name": mostly(st.text(string.ascii_letters, min_size=1, max_size=12)),
    "specimen_type": mostly(st.sampled_from(["Serum", "Urine"])), "container": mostly(st.sampled_from(["SST", "Cup"])),
    "unit": mostly(st.sampled_from(["mmol/L", "g/L", ""])), "value_type": st.sampled_from(["numeric", "text"]),
    "decimals": st.integers(0, 4), "price_code": st.none(), "active": st.booleans()})  # combos and spin boxes
@FAST
@given(catalog_test, st.booleans())
def test_lab_catalog_tests_save_or_say_why(forms, values, new):
    forms.write("admin1", lambda s: lab_catalog_queries.save_test(s, values, new=new), keep=False)


# -- reasons: every change given one carries it into the audit trail (hms.reason) ----------------------------------
@FAST
@given(typed)
def test_cancel_reasons_save_or_say_why(forms, reason):
    forms.write("doctor1", lambda s: lab.cancel_order(s, forms.context["order"], reason), reason=reason, keep=False)


# -- admission, transfer and discharge ----------------------------------------------------------------------------
@FAST
@given(mostly(plausible), st.sampled_from(["clinic", "emergency", "elective"]),
       st.sampled_from(["none", "contact", "droplet"]))
def test_admissions_save_or_say_why(forms, reason, source, isolation):
    c = forms.context
    doctor = forms.admin.execute("SELECT id FROM core.staff WHERE username = 'doctor1'").fetchone()[0]
    forms.write("reception1", lambda s: adt.admit(s, c["waiting"], c["beds"][1], doctor, reason, source, None,
                                                  isolation), keep=False)


@FAST
@given(mostly(plausible))
def test_transfers_save_or_say_why(forms, reason):
    c = forms.context
    forms.write("nurse1", lambda s: adt.transfer(s, c["admission"], c["beds"][1], reason), keep=False)


@FAST
@given(st.sampled_from(["home", "transfer_out", "deceased", "against_advice"]), mostly(st.just("") | plausible))
def test_discharges_save_or_say_why(forms, disposition, note):
    forms.write("doctor1", lambda s: adt.discharge(s, forms.context["admission"], disposition, note), keep=False)


# -- dispensing: the scans are typed (a keyboard-wedge scanner types them) ---------------------------------------
@FAST
@given(st.data())
def test_dispensing_scans_save_or_say_why(forms, data):
    rx, mrn, lot = forms.context["dispensable"]
    patient_scan = data.draw(mostly(st.sampled_from([mrn, f" {mrn.lower()}\n", mrn[:-1]]), typed))
    pack_scan = data.draw(mostly(st.sampled_from([lot, lot.lower(), f"{lot}\r"]), typed))
    quantity = data.draw(mostly(st.integers(1, 40), st.integers(1, 1000)))  # the quantity box
    forms.write("pharmacist1", lambda s: pharmacy.dispense(s, rx, patient_scan, pack_scan, quantity), keep=False)


# -- billing: payments, refunds, adjustments (the amount boxes hold 2 decimals) -----------------------------------
money = st.decimals(Decimal("0.01"), Decimal("99999999.99"), places=2)


@FAST
@given(st.sampled_from(["cash", "card", "bank_transfer"]), money, mostly(st.just("") | plausible))
def test_payments_save_or_say_why(forms, method, amount, reference):
    forms.write("billing1", lambda s: billing.take_payment(s, forms.context["invoice"], method, amount, reference),
                keep=False)


@FAST
@given(money, mostly(plausible))
def test_refunds_save_or_say_why(forms, amount, reason):
    forms.write("billing1", lambda s: billing.refund_payment(s, forms.context["payment"], amount, reason), keep=False)


@FAST
@given(st.sampled_from(["discount", "correction"]), money | money.map(lambda m: -m), mostly(plausible))
def test_charge_adjustments_save_or_say_why(forms, kind, amount, reason):
    forms.write("billing1", lambda s: billing.adjust_charge(s, forms.context["charge"], kind, amount, reason),
                keep=False)


# -- scheduling: cancelling an appointment -------------------------------------------------------------------------
@FAST
@given(mostly(plausible))
def test_appointment_cancel_reasons_save_or_say_why(forms, reason):
    forms.write("reception1", lambda s: scheduling.cancel(s, forms.context["appointment"], reason.strip()),
                keep=False)


# -- what the user sees (pytest-qt, the real client) ------------------------------------------------------------
def test_the_stock_form_says_what_is_wrong_and_writes_nothing(qtbot, forms):
    """A lot number the database would refuse is refused by the form in its words; a reason with a NUL character
    (pasted) is refused with a message, not a crash report; neither writes anything."""
    from hospital_desktop.pharmacy.views.stock_tab import StockTab
    from hospital_desktop.shell.main_window import MainWindow

    code = "FORM" + uuid.uuid4().hex[:8].upper()
    forms.admin.execute("INSERT INTO pharmacy.drug (code, generic_name, strength, form, route, unit, pack_size, "
                        "atc_code) VALUES (%s, 'Formulin', '2 mg', 'tablet', 'oral', 'tablet', 30, 'A04AA01')", (code,))
    db = Database(forms.profile, "pharmacist1", DEMO_PASSWORD, application_name="pytest-forms-qt")
    db.login()
    window = MainWindow(db, idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    window.select_workspace("stock")
    tab = window.workspaces["stock"].widget
    assert isinstance(tab, StockTab)
    qtbot.waitUntil(lambda: tab.receive_drug.findText("Formulin 2 mg tablet") >= 0
                    and tab.receive_location.count() >= 2, timeout=20000)
    tab.receive_drug.setCurrentText("Formulin 2 mg tablet")
    tab.receive_location.setCurrentIndex(tab.receive_location.findText("MAIN — Pharmacy main store"))
    tab.receive_quantity.setValue(10)
    tab.receive_lot.setText("LOT 7 (box)")
    tab.receive_button.click()
    assert tab.message.text() == pharmacy.LOT_MESSAGE and DANGER in tab.message.styleSheet()
    lot = "F" + uuid.uuid4().hex[:6].upper()
    tab.receive_lot.setText(lot)
    tab.receive_button.click()
    qtbot.waitUntil(lambda: any(x.lot_number == lot for x in tab.lots), timeout=20000)
    tab.stock.selectRow(next(i for i, x in enumerate(tab.lots) if x.lot_number == lot))
    tab.move_quantity.setValue(-2)
    tab.move_reason.setText("counted\x00 twice")
    tab.adjust_button.click()
    qtbot.waitUntil(lambda: "control character" in tab.message.text(), timeout=20000)
    assert DANGER in tab.message.styleSheet()
    assert forms.admin.execute("SELECT count(*), sum(quantity) FROM pharmacy.stock_lot l JOIN pharmacy.drug d "
                               "ON d.id = l.drug_id WHERE d.code = %s", (code,)).fetchone() == (1, 10)
    window.close()
    db.close()


# -- administration: the price list, reference ranges, departments (admin) -----------------------------------------
@PURE
@given(typed_number)
@example("nan")
@example("sNaN")
@example("Infinity")
@example("1e999999")
def test_typed_amounts_are_parsed_or_refused_with_a_message(value):
    try:
        amount = admin_queries.parse_amount(value)
    except KnownError:
        return
    assert amount.is_finite() and amount > 0 and amount == amount.quantize(Decimal("0.01"))


@FAST
@given(mostly(st.from_regex(r"[A-Z][A-Z0-9-]{1,12}", fullmatch=True)), mostly(plausible),
       mostly(st.decimals(Decimal("0.01"), Decimal("99999.99"), places=2).map(str), typed_number),
       st.dates(date(2000, 1, 1), date(2100, 1, 1)), mostly(st.from_regex(r"[a-z][a-z0-9_]{1,12}", fullmatch=True)))
def test_price_list_items_save_or_say_why(forms, code, name_, amount, effective, group):
    try:
        parsed = admin_queries.parse_amount(amount)
    except KnownError:
        return  # the form shows the message
    forms.write("admin1", lambda s: admin_queries.add_price_item(s, code, name_, parsed, "GBP", effective, group),
                keep=False)
    forms.write("admin1", lambda s: admin_queries.change_price(s, "CONS-DEFAULT", parsed, effective, name=name_),
                keep=False)


@FAST
@given(st.sampled_from([None, "female", "male"]),
       *[mostly(st.sampled_from(["", "0", "18", "65", "3,5", "5.2", "6.5", "2.5", "7"]), typed_number)] * 6)
@example("female", "120", "130", "nan", "nan", "", "")  # an age band no other range of potassium has
@example("female", "120", "130", "-inf", "inf", "", "")
def test_reference_ranges_save_finite_limits_or_say_why(forms, sex, age_from, age_to, low, high, c_low, c_high):
    saved = forms.write("admin1", lambda s: admin_queries.save_lab_range(s, None, "2823-3", sex, age_from, age_to,
                                                                          low, high, c_low, c_high), keep=False)
    if outcome_ok(saved):
        for typed_limit in (age_from, age_to, low, high, c_low, c_high):
            if typed_limit.strip():
                assert math.isfinite(float(typed_limit.strip().replace(",", "."))), typed_limit


@FAST
@given(mostly(st.from_regex(r"[A-Z][A-Z0-9]{1,8}", fullmatch=True)), mostly(plausible),
       st.sampled_from(["outpatient", "inpatient", "emergency", "diagnostic"]))
def test_departments_save_or_say_why(forms, code, name_, kind):
    forms.write("admin1", lambda s: admin_queries.save_department(s, None, code, name_, kind, True), keep=False)


# -- the discharge summary (doctor) and insurance cover (billing) --------------------------------------------------
@FAST
@given(st.fixed_dictionaries({key: mostly(st.just("") | plausible) for key, _label in adt.SUMMARY_FIELDS}))
def test_discharge_summaries_save_or_say_why(forms, fields):
    forms.write("doctor1", lambda s: adt.save_summary(s, forms.context["admission"], None, fields), keep=False)


@FAST
@given(mostly(st.from_regex(r"[A-Za-z0-9-]{4,20}", fullmatch=True)), st.dates(date(2000, 1, 1), date(2100, 1, 1)),
       st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_insurance_cover_saves_or_says_why(forms, member, valid_from, valid_to):
    plan = forms.admin.execute("SELECT id FROM billing.plan ORDER BY id LIMIT 1").fetchone()[0]
    forms.write("billing1", lambda s: billing.add_coverage(s, forms.context["patient"], plan, member.strip().upper(),
                                                            valid_from, valid_to), keep=False)


# -- the other free-text boxes: reasons, comments, notes -----------------------------------------------------------
def _staff(s, login: str) -> int:  # noqa: ANN001
    return s.execute(sa_text("SELECT id FROM core.staff WHERE username = :u"), {"u": login}).scalar_one()


def _amend(s, c: dict, reason: str) -> int:  # noqa: ANN001 - the doctor amends the encounter's first note
    note = next(n for n in clinical.notes(s, c["patient"]) if n.kind != "amendment")
    return clinical.amend_note(s, note, c["patient"], f"{note.body} (corrected)", reason)


FREE_TEXT = {  # form: (login, the write with the typed text)
    "deactivate staff": ("admin1", lambda s, c, t: admin_queries.deactivate(s, _staff(s, "billing1"), t)),
    "reset password": ("admin1", lambda s, c, t: admin_queries.reset_password(
        s, _staff(s, "billing1"), admin_queries.one_time_password(), t)),
    "close the cash": ("billing1", lambda s, c, t: billing.close_cash(s, Decimal("0.00"), t)),
    "bed out of service": ("nurse1", lambda s, c, t: adt.set_bed_state(s, c["beds"][1], "out_of_service", t)),
    "amend a note": ("doctor1", _amend),
    "merge duplicates": ("admin1", lambda s, c, t: registry.merge(s, c["patient"], c["waiting"], t)),
}


@settings(FAST, max_examples=120)
@given(st.sampled_from(sorted(FREE_TEXT)), mostly(plausible))
def test_reasons_comments_and_notes_save_or_say_why(forms, form, typed_text):
    login, write = FREE_TEXT[form]
    result = forms.write(login, lambda s: write(s, forms.context, typed_text), keep=False)
    forms.outcomes[form][type(result).__name__ if not outcome_ok(result) else "saved"] += 1


# -- national insurance: pre-authorisation reasons (ward), payer item codes (admin), answers to payer queries and
#    remittance notes (billing) — what the insurance screens send (hospital_desktop/billing/insurance.py) -------------
def insurance_context(forms: Forms) -> dict[str, Any]:
    """Once per module: the inpatient covered by a demo payer, an open payer query about one of its claims (recorded
    by the gateway's own login), a price code."""
    c = forms.context
    if "query" in c:
        return c
    one = forms.admin.execute
    payer, plan, code = one("SELECT py.id, pl.id, py.code FROM billing.plan pl JOIN billing.payer py ON "
                            "py.id = pl.payer_id WHERE pl.active ORDER BY pl.id LIMIT 1").fetchone()
    with forms.db("billing1").session() as s:
        billing.add_coverage(s, c["inpatient"], plan, f"MFORMS{c['inpatient']}", date(2020, 1, 1), None)
    key = one("SELECT idempotency_key FROM billing.claim WHERE payer_id = %s ORDER BY id LIMIT 1", (payer,)).fetchone()
    assert key is not None, "the demo hospital has claims"
    # The gateway's login is not staff (the client's Database refuses it): plain psycopg, as the gateway connects.
    gateway_url = psycopg.conninfo.make_conninfo(forms.url, user="insurancegateway", password=DEMO_PASSWORD)
    with psycopg.connect(gateway_url, autocommit=True) as gateway:
        gateway.execute("SELECT insurance.gateway_record(%s, %s, NULL, %s, %s)",
                        (code, f"forms-{key[0]}", json.dumps({"resourceType": "CommunicationRequest"}),
                         json.dumps({"about": str(key[0]), "question": "Send the discharge summary"})))
    c["query"] = one("SELECT id FROM insurance.payer_query WHERE payer_id = %s AND status = 'open' ORDER BY id DESC "
                     "LIMIT 1", (payer,)).fetchone()[0]
    c["payer"] = payer
    c["price_code"] = one("SELECT code FROM billing.price_item WHERE valid_to IS NULL AND amount > 0 ORDER BY code "
                          "LIMIT 1").fetchone()[0]
    return c


@FAST
@given(mostly(plausible), mostly(st.sampled_from(["1", "2.5", "10"]), typed_number))
def test_preauthorisation_requests_save_or_say_why(forms, reason, quantity):
    c = insurance_context(forms)
    try:
        amount = Decimal(quantity.strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return  # the form's spin box takes numbers only
    forms.write("nurse1", lambda s: insurance.request_preauthorization(s, c["inpatient"], [(c["price_code"], amount)],
                                                                       reason, c["admission"]), keep=False)


@FAST
@given(mostly(st.from_regex(r"[A-Z][A-Z0-9-]{1,20}", fullmatch=True)),
       mostly(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9.:-]{0,20}", fullmatch=True)), mostly(plausible | st.just("")))
def test_payer_item_codes_save_or_say_why(forms, price_code, payer_code, display):
    c = insurance_context(forms)
    forms.write("admin1", lambda s: insurance.save_item_code(s, None, c["payer"], price_code, payer_code, display,
                                                             True, True), keep=False)


@FAST
@given(mostly(plausible), st.lists(st.tuples(mostly(plausible), st.binary(min_size=0, max_size=64)), max_size=3))
def test_answers_to_payer_queries_save_or_say_why(forms, answer, files):
    c = insurance_context(forms)
    attachments = [insurance.Attachment(title, "application/pdf", content) for title, content in files]
    forms.write("billing1", lambda s: insurance.answer_query(s, c["query"], answer, attachments), keep=False)
