"""Turn database failures into plain messages (qutebrowser's split): errors of the environment or of the
user's input — permission denied by RLS, a lost connection, a constraint — become a KnownError with a
sentence for the user; anything else is a bug and goes to the crash report.

The sentences are in the staff member's language (context "db", hospital_desktop/i18n/ts/db_*.ts): the database's
own refusals by the message key in their DETAIL (docs/database.md, "Messages"; i18n/db_messages.py), the named
constraints' sentences below, and this module's own, each translated when shown."""
from __future__ import annotations

import json
import re
import sys

import psycopg
from sqlalchemy.exc import DBAPIError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a sentence for the .ts files (pyside6-lupdate reads these calls); translated where shown, by tr()."""
    return text


def tr(text: str) -> str:
    """A sentence of this module (or of CONSTRAINT_MESSAGES, or a database message's template) in the staff
    member's language: Qt's QCoreApplication.translate, context "db", once the application has loaded Qt. This
    module imports no Qt itself: the queries modules, which must stay free of Qt (tests/test_package_layout.py),
    import KnownError from it; without Qt (a script, a server tool) the sentence stays English."""
    qt = sys.modules.get("PySide6.QtCore")
    return qt.QCoreApplication.translate("db", text) if qt is not None else text


# Messages for named constraints; the database's own RAISE messages are already written for people (and
# translated by their key).
CONSTRAINT_MESSAGES = {
    "ck_fluid_entry_volume_ml":
        QT_TRANSLATE_NOOP("db", "A fluid volume is charted in millilitres, from 1 to 5000 ml per entry."),
    "ck_fluid_entry_route":
        QT_TRANSLATE_NOOP("db", "Choose a route that fits the direction (intake: oral, IV, enteral, blood, "
                                "other; output: urine, vomit, drain, stool, aspirate, other)."),
    "ex_reference_range_band":
        QT_TRANSLATE_NOOP("db", "This age band overlaps another reference range of the same test and sex."),
    "ck_reference_range_limits": QT_TRANSLATE_NOOP("db", "The low limit must not be above the high limit."),
    "ck_reference_range_critical":
        QT_TRANSLATE_NOOP("db", "Critical limits lie outside the reference range (critical low ≤ low, "
                                "critical high ≥ high)."),
    "ck_reference_range_ages":
        QT_TRANSLATE_NOOP("db", "The age band must start at 0 or later and end after it starts."),
    "uq_patient_national_id":
        QT_TRANSLATE_NOOP("db", "A patient with this national ID is already registered. Search for them "
                                "instead."),
    "uq_patient_mrn": QT_TRANSLATE_NOOP("db", "This MRN is already in use."),
    "ck_patient_birth_date":
        QT_TRANSLATE_NOOP("db", "The birth date is not possible (in the future or before 1880)."),
    "ck_patient_given_name": QT_TRANSLATE_NOOP("db", "The given name must have 1 to 100 characters."),
    "ck_patient_family_name": QT_TRANSLATE_NOOP("db", "The family name must have 1 to 100 characters."),
    "ck_patient_sex": QT_TRANSLATE_NOOP("db", "Choose female, male, other or unknown."),
    "ck_patient_national_id": QT_TRANSLATE_NOOP("db", "A national ID has 4 to 32 letters, digits or dashes."),
    "ck_patient_phone":
        QT_TRANSLATE_NOOP("db", "A phone number has digits, spaces, +, (, ), ., / or - only."),
    "ck_patient_address": QT_TRANSLATE_NOOP("db", "The address is too long (300 characters at most)."),
    "ck_patient_postal_code":
        QT_TRANSLATE_NOOP("db", "A postal code has 2 to 12 letters, digits, spaces or dashes."),
    "ck_patient_birth_date_accuracy":
        QT_TRANSLATE_NOOP("db", "Say whether the birth date is exact, only the year, or an estimated age."),
    "ck_patient_birth_year_only":
        QT_TRANSLATE_NOOP("db", "When only the year of birth is known, the birth date is stored as 1 July "
                                "of it."),
    "ck_patient_unidentified":
        QT_TRANSLATE_NOOP("db", "This patient is unidentified: record who they are with 'Identify…', not by"
                                " correcting the name (and a national ID identifies them)."),
    "ck_patient_identification_note": QT_TRANSLATE_NOOP("db", "The note has 1 to 500 characters."),
    "ck_patient_no_control_characters":
        QT_TRANSLATE_NOOP("db", "Names, the address and the note cannot contain invisible control "
                                "characters (often pasted from another program). Retype them."),
    "uq_patient_temporary_alias": QT_TRANSLATE_NOOP("db", "This temporary alias is already in use."),
    "ck_stock_lot_lot_number":
        QT_TRANSLATE_NOOP("db", "A lot number has 1 to 30 letters, digits, '.', '/' or '-', as printed on "
                                "the pack."),
    # what people type into the clinical and ward forms (sql/clinical/, sql/adt/)
    "ck_note_body": QT_TRANSLATE_NOOP("db", "Write the note first (at most 100,000 characters)."),
    "ck_allergy_substance": QT_TRANSLATE_NOOP("db", "Give the substance (at most 200 characters)."),
    "ck_allergy_reaction": QT_TRANSLATE_NOOP("db", "The reaction has at most 500 characters."),
    "ck_allergy_category": QT_TRANSLATE_NOOP("db", "Choose the category: drug, food, environment or other."),
    "ck_fluid_entry_note": QT_TRANSLATE_NOOP("db", "The note has at most 200 characters."),
    "ck_lab_order_clinical_info":
        QT_TRANSLATE_NOOP("db", "The clinical information has at most 1,000 characters."),
    "ck_admission_reason": QT_TRANSLATE_NOOP("db", "Give the reason for admission (3 to 500 characters)."),
    "ck_bed_occupancy_reason": QT_TRANSLATE_NOOP("db", "Give the reason (3 to 300 characters)."),
    "ck_bed_state_reason": QT_TRANSLATE_NOOP("db", "The reason has at most 300 characters."),
    # the reference data administrators type (sql/core/, sql/scheduling/, sql/adt/, sql/billing/)
    "ck_department_code":
        QT_TRANSLATE_NOOP("db", "A department code is 2 to 20 capital letters, digits or _, starting with a"
                                " letter."),
    "ck_department_name": QT_TRANSLATE_NOOP("db", "The department name must have 1 to 120 characters."),
    "ck_service_code":
        QT_TRANSLATE_NOOP("db", "A code is 2 to 32 capital letters, digits, - or _, starting with a letter."),
    "ck_service_name": QT_TRANSLATE_NOOP("db", "The name must have 1 to 200 characters."),
    "ck_service_duration": QT_TRANSLATE_NOOP("db", "A service lasts 5 to 480 minutes."),
    "ck_service_price_code":
        QT_TRANSLATE_NOOP("db", "A price code is 2 to 32 capital letters, digits, - or _, starting with a "
                                "letter."),
    "ck_room_code":
        QT_TRANSLATE_NOOP("db", "A room code is 2 to 32 capital letters, digits, - or _, starting with a "
                                "letter."),
    "ck_room_name": QT_TRANSLATE_NOOP("db", "The room name must have 1 to 200 characters."),
    "ck_price_item_code":
        QT_TRANSLATE_NOOP("db", "A price code is 2 to 40 capital letters, digits or -, starting with a "
                                "letter."),
    "ck_price_item_name": QT_TRANSLATE_NOOP("db", "The name must have 1 to 200 characters."),
    "ck_price_item_amount": QT_TRANSLATE_NOOP("db", "A price is more than 0."),
    "ck_price_item_currency": QT_TRANSLATE_NOOP("db", "A currency is three capital letters (e.g. GBP)."),
    "ck_price_item_group_code":
        QT_TRANSLATE_NOOP("db", "A group is 2 to 40 lower-case letters, digits or _, starting with a letter"
                                " (e.g. consultation)."),
    # billing (sql/billing/)
    "ck_adjustment_reason":
        QT_TRANSLATE_NOOP("db", "Give the reason for the adjustment (5 to 500 characters)."),
    "uq_claim_live_invoice": QT_TRANSLATE_NOOP("db", "This invoice already has a claim."),
    "uq_cash_close_cashier_id_business_day":
        QT_TRANSLATE_NOOP("db", "Your cash for this day is already closed."),
    "ex_coverage_active":
        QT_TRANSLATE_NOOP("db", "The patient already has an active coverage in this period: end or cancel "
                                "it first."),
    "ck_coverage_member_number":
        QT_TRANSLATE_NOOP("db", "A member number has 4 to 32 capital letters, digits or dashes."),
    # lab catalog (sql/lab/); a wrong LOINC check digit keeps the database's sentence
    "pk_test":
        QT_TRANSLATE_NOOP("db", "A test with this LOINC code is already in the catalog: search for it and "
                                "edit it instead."),
    "pk_panel": QT_TRANSLATE_NOOP("db", "A panel with this LOINC code is already in the catalog."),
    "pk_panel_test": QT_TRANSLATE_NOOP("db", "This test is already a member of the panel."),
    "ck_test_name": QT_TRANSLATE_NOOP("db", "The test name must have 1 to 255 characters."),
    "ck_test_short_name": QT_TRANSLATE_NOOP("db", "The short name must have 1 to 40 characters."),
    "ck_test_specimen_type": QT_TRANSLATE_NOOP("db", "The specimen type must have 1 to 100 characters."),
    "ck_test_container": QT_TRANSLATE_NOOP("db", "The container must have 1 to 100 characters."),
    "ck_test_unit":
        QT_TRANSLATE_NOOP("db", "The unit has at most 40 characters, without leading or trailing spaces."),
    "ck_test_value_type": QT_TRANSLATE_NOOP("db", "A result is numeric or text."),
    "ck_test_decimals": QT_TRANSLATE_NOOP("db", "A test is reported with 0 to 4 decimals."),
    "ck_panel_name": QT_TRANSLATE_NOOP("db", "The panel name must have 1 to 255 characters."),
    "uq_test_code_not_panel": QT_TRANSLATE_NOOP("db", "This LOINC code is already a panel in the catalog."),
    "uq_panel_code_not_test": QT_TRANSLATE_NOOP("db", "This LOINC code is already a test in the catalog."),
}

# Exclusion constraints of the wards (sql/adt/) whose database messages say what is free instead.
ADT_EXCLUSIONS = {"ex_admission_patient", "ex_bed_occupancy_bed", "ex_bed_occupancy_patient"}


_LOGIN_REFUSED = re.compile(r"not permitted to log in|password authentication failed", re.I)
SESSION_ENDED = QT_TRANSLATE_NOOP("db", "Your session has ended: this account was locked or deactivated, or its "
                                        "password was changed. Log in again, or ask an administrator.")


class KnownError(Exception):
    """A failure the user can understand and act on. key and key_args: the database's message key and its
    arguments when the refusal carried one (docs/database.md, "Messages"), and constraint the named constraint
    whose sentence is shown, so a view can react to a refusal whatever the language it is shown in."""

    def __init__(self, message: str, *, kind: str = "error", detail: str = "", key: str = "",
                 args: tuple[str, ...] = (), constraint: str = ""):
        super().__init__(message)
        self.message = message
        self.kind = kind  # "permission" | "connection" | "ended" | "conflict" | "invalid" | "error"
        self.detail = detail
        self.key = key
        self.key_args = args
        self.constraint = constraint


def _original(exc: BaseException) -> BaseException:
    return exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc


def message_key(exc: BaseException) -> tuple[str, tuple[str, ...]] | None:
    """The message key and arguments of a database refusal (its DETAIL, the JSON {"key": …, "args": […]}); None
    when it has none: PostgreSQL's own errors, whose DETAIL is a sentence ("Key (x)=(1) already exists.")."""
    diag = getattr(_original(exc), "diag", None)
    raw = getattr(diag, "message_detail", None) if diag is not None else None
    if not raw or not raw.startswith("{"):
        return None
    try:
        detail = json.loads(raw)
    except ValueError:
        return None
    key, args = (detail.get("key"), detail.get("args", [])) if isinstance(detail, dict) else (None, None)
    if not isinstance(key, str) or not isinstance(args, list):
        return None
    return key, tuple("" if a is None else str(a) for a in args)


def db_sentence(exc: BaseException) -> str | None:
    """The database's refusal as a sentence in the staff member's language: its key's template translated
    (context "db"), filled with its arguments, a state or a kind among them translated too. None for an unknown
    key or no key (the caller then shows what it showed before keys existed)."""
    # the catalog is read when a refusal is shown, not when a Qt-free queries module imports KnownError: importing
    # it runs hospital_desktop.i18n, which loads Qt
    from ..i18n import db_messages

    found = message_key(exc)
    template = db_messages.MESSAGES.get(found[0]) if found else None
    if template is None:
        return None
    key, args = found
    terms = db_messages.TERM_ARGS.get(key, ())
    shown = [tr(a) if i in terms and a in db_messages.TERMS else a for i, a in enumerate(args)]
    try:
        text = tr(template).format(*shown)
    except (IndexError, KeyError, ValueError):  # a translation with a broken {placeholder}: the English
        try:
            text = template.format(*shown)
        except (IndexError, KeyError, ValueError):  # the database sent fewer arguments than the message has
            return None
    return text[:1].upper() + text[1:]


# This module's own sentences, translated where shown (tr).
PERMISSION_DENIED = QT_TRANSLATE_NOOP("db", "The database did not allow this for your login. If you need it for your "
                                            "work, ask an administrator.")
OVERLAP = QT_TRANSLATE_NOOP("db", "This overlaps with an existing booking.")
DUPLICATE = QT_TRANSLATE_NOOP("db", "This would create a duplicate record.")
MISSING_REFERENCE = QT_TRANSLATE_NOOP("db", "This refers to a record that does not exist (any more).")
A_FIELD_REQUIRED = QT_TRANSLATE_NOOP("db", "A field is required.")
FIELD_REQUIRED = QT_TRANSLATE_NOOP("db", "{field} is required.")
FIELD_NOT_ACCEPTED = QT_TRANSLATE_NOOP("db", "{field}: the value is not accepted (too long, too short, or not in the "
                                             "form it must have). Check it and try again.")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP("db", "The text contains an invisible control character that cannot be saved "
                                            "(often pasted from another program). Retype the text and try again.")
CONCURRENT_CHANGE = QT_TRANSLATE_NOOP("db", "Someone else changed this at the same moment. Please try again.")
CONNECTION_LOST = QT_TRANSLATE_NOOP("db", "The connection to the database was lost. It reconnects by itself; please "
                                          "try again in a moment.")
INPUT_REFUSED = QT_TRANSLATE_NOOP("db", "The input was refused.")


def classify(exc: BaseException) -> KnownError | None:
    """A KnownError for failures of the environment or the input; None for the program's own bugs.
    Decided by SQLSTATE class, which is what PostgreSQL promises to keep stable. A refusal with a message key
    the catalog knows is shown by its key, in the staff member's language; without one, as before keys existed."""
    if isinstance(exc, KnownError):
        return exc
    orig = _original(exc)
    state = getattr(orig, "sqlstate", None) or ""
    found = message_key(orig) or ("", ())
    keyed = {"key": found[0], "args": found[1]}
    if state == "42501":
        return KnownError(tr(PERMISSION_DENIED), kind="permission", detail=db_sentence(orig) or _first_line(orig),
                          **keyed)
    if state.startswith("23") or state in ("P0001", "P0002"):
        diag = getattr(orig, "diag", None)
        name = diag.constraint_name if diag else None
        if name in CONSTRAINT_MESSAGES:
            return KnownError(tr(CONSTRAINT_MESSAGES[name]), kind="conflict" if name.startswith("uq_") else "invalid",
                              constraint=name, **keyed)
        sentence = db_sentence(orig)
        if sentence is not None:  # the database's own refusal, by its key
            return KnownError(sentence, kind="conflict" if state in ("23505", "23P01") else "invalid",
                              detail=_first_line(orig), **keyed)
        if state == "23514" and name and _first_line(orig).startswith("new row for relation"):
            return KnownError(_check_message(name, diag.table_name), kind="invalid", detail=_first_line(orig),
                              constraint=name)
        if state == "23P01" and name in ADT_EXCLUSIONS:  # the bed was just taken: the message names free beds
            return KnownError(_sentence(_first_line(orig)), kind="conflict")
        if state == "23P01":
            return KnownError(tr(OVERLAP), kind="conflict", detail=_first_line(orig))
        if state == "23505":
            return KnownError(tr(DUPLICATE), kind="conflict", detail=_first_line(orig))
        if state == "23503":
            return KnownError(tr(MISSING_REFERENCE), kind="invalid", detail=_first_line(orig))
        if state == "23502":
            column = diag.column_name if diag else None
            if not column:
                return KnownError(tr(A_FIELD_REQUIRED), kind="invalid")
            return KnownError(tr(FIELD_REQUIRED).format(field=column.replace("_", " ").capitalize()), kind="invalid")
        return KnownError(_sentence(_first_line(orig)), kind="invalid")
    if state.startswith("22") or state.startswith("55"):  # bad data; not in the right state for this (yet)
        return KnownError(db_sentence(orig) or _sentence(_first_line(orig)), kind="invalid", detail=_first_line(orig),
                          **keyed)
    if not state and isinstance(orig, psycopg.DataError) and "NUL" in str(orig):
        # Refused by psycopg before it reached the server: a NUL character, which PostgreSQL cannot store in text
        # (pasted from another program, or a scanner's stray control code). Any other client-side DataError (a
        # date the client cannot load) is the program's bug and goes to the crash report.
        return KnownError(tr(CONTROL_CHARACTER), kind="invalid", detail=_first_line(orig))
    if state.startswith("28") or (not state and isinstance(orig, psycopg.OperationalError)
                                  and _LOGIN_REFUSED.search(str(orig))):
        # invalid authorization: a reconnect after the login was locked or deactivated (libpq reports a refused
        # connection as text, without a SQLSTATE)
        return KnownError(tr(SESSION_ENDED), kind="ended", detail=_first_line(orig))
    if state in ("40001", "40P01"):
        return KnownError(tr(CONCURRENT_CHANGE), kind="conflict")
    lost = state.startswith("08") or state.startswith("57P") or (
        not state and isinstance(orig, (psycopg.OperationalError, psycopg.InterfaceError)))
    if lost or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return KnownError(tr(CONNECTION_LOST), kind="connection", detail=_first_line(orig))
    return None


def _check_message(constraint: str, table: str | None) -> str:
    """A check constraint without a message of its own (ck_<table>_<column> by the naming convention): name the
    field rather than showing the database's sentence."""
    field = constraint.removeprefix(f"ck_{table}_") if table else constraint.removeprefix("ck_")
    return tr(FIELD_NOT_ACCEPTED).format(field=field.replace("_", " ").capitalize())


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")) if text else tr(INPUT_REFUSED)
