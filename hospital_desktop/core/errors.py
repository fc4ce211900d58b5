"""Turn database failures into plain messages (qutebrowser's split): errors of the environment or of the
user's input — permission denied by RLS, a lost connection, a constraint — become a KnownError with a
sentence for the user; anything else is a bug and goes to the crash report."""
from __future__ import annotations

import re

import psycopg
from sqlalchemy.exc import DBAPIError

# Messages for named constraints; the database's own RAISE messages are already written for people.
CONSTRAINT_MESSAGES = {
    "ck_fluid_entry_volume_ml": "A fluid volume is charted in millilitres, from 1 to 5000 ml per entry.",
    "ck_fluid_entry_route": "Choose a route that fits the direction (intake: oral, IV, enteral, blood, other; "
                            "output: urine, vomit, drain, stool, aspirate, other).",
    "ex_reference_range_band": "This age band overlaps another reference range of the same test and sex.",
    "ck_reference_range_limits": "The low limit must not be above the high limit.",
    "ck_reference_range_critical": "Critical limits lie outside the reference range (critical low ≤ low, "
                                   "critical high ≥ high).",
    "ck_reference_range_ages": "The age band must start at 0 or later and end after it starts.",
    "uq_patient_national_id": "A patient with this national ID is already registered. Search for them instead.",
    "uq_patient_mrn": "This MRN is already in use.",
    "ck_patient_birth_date": "The birth date is not possible (in the future or before 1880).",
    "ck_patient_given_name": "The given name must have 1 to 100 characters.",
    "ck_patient_family_name": "The family name must have 1 to 100 characters.",
    "ck_patient_sex": "Choose female, male, other or unknown.",
    "ck_patient_national_id": "A national ID has 4 to 32 letters, digits or dashes.",
    "ck_patient_phone": "A phone number has digits, spaces, +, (, ), ., / or - only.",
    "ck_patient_address": "The address is too long (300 characters at most).",
    "ck_patient_postal_code": "A postal code has 2 to 12 letters, digits, spaces or dashes.",
    "ck_patient_birth_date_accuracy": "Say whether the birth date is exact, only the year, or an estimated age.",
    "ck_patient_birth_year_only": "When only the year of birth is known, the birth date is stored as 1 July of it.",
    "ck_patient_unidentified": "This patient is unidentified: record who they are with 'Identify…', not by "
                               "correcting the name (and a national ID identifies them).",
    "ck_patient_identification_note": "The note has 1 to 500 characters.",
    "ck_patient_no_control_characters": "Names, the address and the note cannot contain invisible control "
                                        "characters (often pasted from another program). Retype them.",
    "uq_patient_temporary_alias": "This temporary alias is already in use.",
    "ck_stock_lot_lot_number": "A lot number has 1 to 30 letters, digits, '.', '/' or '-', as printed on the pack.",
    # what people type into the clinical and ward forms (sql/clinical/, sql/adt/)
    "ck_note_body": "Write the note first (at most 100,000 characters).",
    "ck_allergy_substance": "Give the substance (at most 200 characters).",
    "ck_allergy_reaction": "The reaction has at most 500 characters.",
    "ck_allergy_category": "Choose the category: drug, food, environment or other.",
    "ck_fluid_entry_note": "The note has at most 200 characters.",
    "ck_lab_order_clinical_info": "The clinical information has at most 1,000 characters.",
    "ck_admission_reason": "Give the reason for admission (3 to 500 characters).",
    "ck_bed_occupancy_reason": "Give the reason (3 to 300 characters).",
    "ck_bed_state_reason": "The reason has at most 300 characters.",
    # the reference data administrators type (sql/core/, sql/scheduling/, sql/adt/, sql/billing/)
    "ck_department_code": "A department code is 2 to 20 capital letters, digits or _, starting with a letter.",
    "ck_department_name": "The department name must have 1 to 120 characters.",
    "ck_service_code": "A code is 2 to 32 capital letters, digits, - or _, starting with a letter.",
    "ck_service_name": "The name must have 1 to 200 characters.",
    "ck_service_duration": "A service lasts 5 to 480 minutes.",
    "ck_service_price_code": "A price code is 2 to 32 capital letters, digits, - or _, starting with a letter.",
    "ck_room_code": "A room code is 2 to 32 capital letters, digits, - or _, starting with a letter.",
    "ck_room_name": "The room name must have 1 to 200 characters.",
    "ck_price_item_code": "A price code is 2 to 40 capital letters, digits or -, starting with a letter.",
    "ck_price_item_name": "The name must have 1 to 200 characters.",
    "ck_price_item_amount": "A price is more than 0.",
    "ck_price_item_currency": "A currency is three capital letters (e.g. GBP).",
    "ck_price_item_group_code": "A group is 2 to 40 lower-case letters, digits or _, starting with a letter "
                                "(e.g. consultation).",
    # billing (sql/billing/)
    "ck_adjustment_reason": "Give the reason for the adjustment (5 to 500 characters).",
    "uq_claim_live_invoice": "This invoice already has a claim.",
    "uq_cash_close_cashier_id_business_day": "Your cash for this day is already closed.",
    "ex_coverage_active": "The patient already has an active coverage in this period: end or cancel it first.",
    "ck_coverage_member_number": "A member number has 4 to 32 capital letters, digits or dashes.",
    # lab catalog (sql/lab/); a wrong LOINC check digit keeps the database's sentence
    "pk_test": "A test with this LOINC code is already in the catalog: search for it and edit it instead.",
    "pk_panel": "A panel with this LOINC code is already in the catalog.",
    "pk_panel_test": "This test is already a member of the panel.",
    "ck_test_name": "The test name must have 1 to 255 characters.",
    "ck_test_short_name": "The short name must have 1 to 40 characters.",
    "ck_test_specimen_type": "The specimen type must have 1 to 100 characters.",
    "ck_test_container": "The container must have 1 to 100 characters.",
    "ck_test_unit": "The unit has at most 40 characters, without leading or trailing spaces.",
    "ck_test_value_type": "A result is numeric or text.",
    "ck_test_decimals": "A test is reported with 0 to 4 decimals.",
    "ck_panel_name": "The panel name must have 1 to 255 characters.",
    "uq_test_code_not_panel": "This LOINC code is already a panel in the catalog.",
    "uq_panel_code_not_test": "This LOINC code is already a test in the catalog.",
}

# Exclusion constraints of the wards (sql/adt/) whose database messages say what is free instead.
ADT_EXCLUSIONS = {"ex_admission_patient", "ex_bed_occupancy_bed", "ex_bed_occupancy_patient"}


_LOGIN_REFUSED = re.compile(r"not permitted to log in|password authentication failed", re.I)
SESSION_ENDED = ("Your session has ended: this account was locked or deactivated, or its password was changed. "
                 "Log in again, or ask an administrator.")


class KnownError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, message: str, *, kind: str = "error", detail: str = ""):
        super().__init__(message)
        self.message = message
        self.kind = kind  # "permission" | "connection" | "ended" | "conflict" | "invalid" | "error"
        self.detail = detail


def _original(exc: BaseException) -> BaseException:
    return exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc


def classify(exc: BaseException) -> KnownError | None:
    """A KnownError for failures of the environment or the input; None for the program's own bugs.
    Decided by SQLSTATE class, which is what PostgreSQL promises to keep stable."""
    if isinstance(exc, KnownError):
        return exc
    orig = _original(exc)
    state = getattr(orig, "sqlstate", None) or ""
    if state == "42501":
        return KnownError("The database did not allow this for your login. "
                          "If you need it for your work, ask an administrator.", kind="permission",
                          detail=_first_line(orig))
    if state.startswith("23") or state in ("P0001", "P0002"):
        diag = getattr(orig, "diag", None)
        name = diag.constraint_name if diag else None
        if name in CONSTRAINT_MESSAGES:
            return KnownError(CONSTRAINT_MESSAGES[name], kind="conflict" if name.startswith("uq_") else "invalid")
        if state == "23514" and name and _first_line(orig).startswith("new row for relation"):
            return KnownError(_check_message(name, diag.table_name), kind="invalid", detail=_first_line(orig))
        if state == "23P01" and name in ADT_EXCLUSIONS:  # the bed was just taken: the message names free beds
            return KnownError(_sentence(_first_line(orig)), kind="conflict")
        if state == "23P01":
            return KnownError("This overlaps with an existing booking.", kind="conflict", detail=_first_line(orig))
        if state == "23505":
            return KnownError("This would create a duplicate record.", kind="conflict", detail=_first_line(orig))
        if state == "23503":
            return KnownError("This refers to a record that does not exist (any more).", kind="invalid",
                              detail=_first_line(orig))
        if state == "23502":
            column = diag.column_name if diag else None
            return KnownError(f"{(column or 'a field').replace('_', ' ').capitalize()} is required.", kind="invalid")
        return KnownError(_sentence(_first_line(orig)), kind="invalid")
    if state.startswith("22") or state.startswith("55"):  # bad data; not in the right state for this (yet)
        return KnownError(_sentence(_first_line(orig)), kind="invalid")
    if not state and isinstance(orig, psycopg.DataError) and "NUL" in str(orig):
        # Refused by psycopg before it reached the server: a NUL character, which PostgreSQL cannot store in text
        # (pasted from another program, or a scanner's stray control code). Any other client-side DataError (a
        # date the client cannot load) is the program's bug and goes to the crash report.
        return KnownError("The text contains an invisible control character that cannot be saved (often pasted "
                          "from another program). Retype the text and try again.", kind="invalid",
                          detail=_first_line(orig))
    if state.startswith("28") or (not state and isinstance(orig, psycopg.OperationalError)
                                  and _LOGIN_REFUSED.search(str(orig))):
        # invalid authorization: a reconnect after the login was locked or deactivated (libpq reports a refused
        # connection as text, without a SQLSTATE)
        return KnownError(SESSION_ENDED, kind="ended", detail=_first_line(orig))
    if state in ("40001", "40P01"):
        return KnownError("Someone else changed this at the same moment. Please try again.", kind="conflict")
    lost = state.startswith("08") or state.startswith("57P") or (
        not state and isinstance(orig, (psycopg.OperationalError, psycopg.InterfaceError)))
    if lost or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return KnownError("The connection to the database was lost. It reconnects by itself; "
                          "please try again in a moment.", kind="connection", detail=_first_line(orig))
    return None


def _check_message(constraint: str, table: str | None) -> str:
    """A check constraint without a message of its own (ck_<table>_<column> by the naming convention): name the
    field rather than showing the database's sentence."""
    field = constraint.removeprefix(f"ck_{table}_") if table else constraint.removeprefix("ck_")
    return (f"{field.replace('_', ' ').capitalize()}: the value is not accepted (too long, too short, or not in the "
            "form it must have). Check it and try again.")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")) if text else "The input was refused."
