"""One-off converter (issue 18, "Database messages by code"): gives every RAISE EXCEPTION in server_db/sql a message
key, ``DETAIL = core.message_detail('<schema>.<name>', <its % parameters as text>)``, and every call of the
pass-through helpers its key (core.require_group's third argument, core.check_reason's p_key).

    python bench/raise_keys_convert.py --names     # the key each message would get, for review
    python bench/raise_keys_convert.py --apply     # rewrite the SQL files in place

Keys: the schema where the message first appears (load order) and the message's first significant words, unless
NAMES below says better; one key per distinct message. What the script cannot do mechanically it leaves alone
and lists (messages built from SQL expressions, RAISEs that already have a DETAIL, the helpers themselves): those
were converted by hand. Kept for review of the conversion; re-running it on converted files changes nothing.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server_db import messages as m  # noqa: E402

STOP = set("the a an is are of to be it its this that and or in on for with by from as at has have was were can "
           "cannot may must only which what".split())

# Better names than the first words give (message -> name without schema).
NAMES = {
    "no patient with id %": "patient_not_found",
    "no staff member with id %": "staff_not_found",
    "no appointment with id %": "appointment_not_found",
    "no service with id %": "service_not_found",
    "no room with id %": "room_not_found",
    "no encounter with id %": "encounter_not_found",
    "no admission with id %": "admission_not_found",
    "no admission %": "admission_missing",
    "no bed with id %": "bed_not_found",
    "no charge with id %": "charge_not_found",
    "no invoice with id %": "invoice_not_found",
    "no payment with id %": "payment_not_found",
    "no claim with id %": "claim_not_found",
    "no prescription with id %": "prescription_not_found",
    "no dispense with id %": "dispense_not_found",
    "no drug with id %": "drug_not_found",
    "no lot with id %": "lot_not_found",
    "no department with id %": "department_not_found",
    "no request with id %": "request_not_found",
    "no payer %": "payer_not_found",
    "no payer query with id %": "payer_query_not_found",
    "no patient merge with id %": "merge_not_found",
    "no duplicate pair %": "duplicate_pair_not_found",
    "no lab order %": "order_not_found",
    "no lab order % of yours": "own_order_not_found",
    "no specimen with accession number %": "specimen_not_found",
    "no emergency access grant %": "break_glass_grant_not_found",
    "no staff change %": "staff_change_not_found",
    "no patient with id % (the survivor)": "survivor_not_found",
    "no patient with id % (the duplicate)": "duplicate_not_found",
    "no patient with id % (or it was merged into another record)": "patient_not_found_or_merged",
    "no active location with id %": "location_not_found",
    "no active stock location \"%\"": "stock_location_not_found",
    "no drug with id % in the formulary": "formulary_drug_not_found",
    "% is active": "staff_is_active",
    "% is deactivated": "staff_is_deactivated",
    "% is already deactivated": "staff_already_deactivated",
    "% is deactivated: reactivate the account instead": "staff_deactivated_reactivate",
    "% is not locked": "staff_not_locked",
    "% has no second factor": "staff_has_no_second_factor",
    "there is no database login %": "login_not_found",
    "a database login named % already exists": "login_exists",
    "staff member % already exists": "staff_exists",
    "% is a reserved word in the database and cannot be a user name": "user_name_reserved",
    "invalid user name %: 2-63 characters, lower-case letters, digits, \".\", \"_\" or \"-\", starting with a "
    "letter, not starting with pg_ or hms_": "user_name_invalid",
    "login % is a privileged database role and is not managed from the admin workstation": "login_privileged",
    "login % holds an owner role and is not managed from the admin workstation": "login_holds_owner_role",
    "a password must be sent as a SCRAM-SHA-256 verifier computed by the client, never in clear":
        "password_not_verifier",
    "only the hospital group roles can be granted, not %": "group_not_grantable",
    "unknown role %: choose from %": "role_unknown",
    "a staff member needs at least one role": "staff_needs_role",
    "unknown department code %": "department_code_unknown",
    "department % is closed": "department_closed",
    "% must be a day between the years 1800 and 2999": "day_out_of_range",
    "the full name must have 1 to 200 characters": "full_name_length",
    "you cannot remove your own administrator role; ask another administrator": "own_admin_role_kept",
    "you cannot deactivate your own account; ask another administrator": "own_account_kept",
    "change your own password with \"Change my password\", not with a reset": "own_password_not_reset",
    "only an active staff member changes their password here": "password_change_active_only",
    "only an active staff member chooses their language here": "language_active_only",
    "only doctors and nurses may open a chart in an emergency": "break_glass_clinicians_only",
    "only active staff open charts": "chart_access_staff_only",
    "say why the chart is opened": "chart_access_purpose_required",
    "the hospital name must have 2 to 120 characters": "setting_hospital_name",
    "the address must be text of at most 300 characters": "setting_hospital_address",
    "the logo must be a PNG or JPEG image of at most 256 kB": "setting_hospital_logo",
    "the idle lock time must be a whole number of minutes from 1 to 240": "setting_idle_lock_minutes",
    "the break-glass duration must be between 0.25 and 72 hours": "setting_break_glass_hours",
    "a login is locked after a whole number of 3 to 100 failed logins": "setting_login_lock_after",
    "failed logins are counted over a whole number of 1 to 1440 minutes": "setting_login_lock_window",
    "a second-factor code is valid for 1 to 24 hours of a session": "setting_second_factor_hours",
    "the currency is a three-letter ISO 4217 code such as GBP, EUR or USD": "setting_currency",
    "the language is an ISO 639 code such as en, fr, es or ar": "setting_language",
    "the locale is a language and country code such as en_GB, fr_FR or ar_EG": "setting_locale",
    "the tax label must have 1 to 20 characters": "setting_tax_label",
    "the tax registration number has at most 40 characters": "setting_tax_id",
    "only the login guard records failed logins": "login_guard_only",
    "a failed login needs the user name, the time and the server's session id": "login_failure_incomplete",
    "a failed login cannot be in the future (%)": "login_failure_in_future",
    "only an active, unlocked staff login enters a second-factor code": "second_factor_active_only",
    "no second factor is set up for your login": "second_factor_missing",
    "an authenticator secret has 20 to 64 random bytes": "second_factor_secret_length",
    "the code does not match: scan the QR code again and type the 6 digits the app shows now":
        "second_factor_code_mismatch",
    "another administrator removes your second factor": "own_second_factor_kept",
    "audit.% is append-only: % is not allowed": "append_only",
    "say how many events to seal (0 or more)": "seal_count_invalid",
    "you cannot review your own actions; another auditor must": "own_review_refused",
    "this slot was just taken": "slot_taken",
    "% is on leave from % to %": "provider_on_leave",
    "% has no session in % from % to %": "provider_no_session",
    "% does not work in %": "provider_not_in_department",
    "% does not work in department %": "staff_not_in_department",
    "% is not an active doctor or nurse": "provider_not_clinician",
    "the encounter of appointment % is %": "appointment_encounter_status",
    "prescription % is %": "prescription_status",
    "bed % cannot go from % to %": "bed_state_change_refused",
    "lab order % cannot go from % to %": "order_status_change_refused",
    "a % result cannot become %": "result_status_change_refused",
    "% is recorded in %, not in %": "vital_sign_unit_mismatch",
    "% of % % is not plausible: the plausible range is % to % %": "vital_sign_implausible",
    "encounter % is %: no new % can be added (amend one of its notes instead)": "encounter_closed_for",
    "encounter % is % and cannot be changed": "encounter_unchangeable",
    "encounter % is already %": "encounter_already_status",
    "% is a credit note: it cannot be voided": "credit_note_not_voidable",
    "% must be a positive amount": "amount_not_positive",
    "% has more than two decimals (%)": "amount_too_many_decimals",
    "% is too large (%)": "amount_too_large",
    "charge % is % and cannot be invoiced": "charge_not_invoiceable",
    "payment % is a % and cannot be refunded here": "payment_not_refundable",
    "the payer's % is not an amount: %": "payer_amount_invalid",
    "prescription stopped: %": "prescription_stopped",
    "cannot merge patients: %": "merge_blocked",
    "% is not a scheduled time of prescription %": "dose_time_not_scheduled",
    "% (%) is not a ward: rooms and beds belong to departments of kind inpatient": "room_ward_not_inpatient",
    "% (%) is not a ward: beds belong to rooms of departments of kind inpatient": "bed_ward_not_inpatient",
    "% has % order(s) in the lab: its unit and value type change once they are released or cancelled":
        "test_has_open_orders",
    "\"%\" is not a number (% is reported as a number in %)": "result_not_numeric",
    "\"%\" is not an orderable test or panel": "test_not_orderable",
    "WRONG PATIENT: the wristband scanned (%) is not this patient's; nothing was recorded": "dose_wrong_patient",
    "wrong patient: the scanned wristband (%) is not the patient of these orders": "collect_wrong_patient",
    "WRONG PATIENT: the scanned MRN % is not the MRN of prescription % (%)": "dispense_wrong_patient",
    "WRONG DRUG: lot % is %, the prescription is for % % %": "dispense_wrong_drug",
    "a reason is required to change a patient's demographics": "demographics_reason_required",
    "only billing staff do this": "billing_only",
    "only an administrator manages staff": "admin_only",
    "this figure is for hms_admin, hms_doctor, hms_nurse only": "figure_admin_doctor_nurse",
    "this figure is for hms_admin, hms_lab only": "figure_admin_lab",
    "this figure is for hms_admin, hms_nurse, hms_doctor, hms_reception only": "figure_admin_ward_reception",
    "this figure is for hms_admin, hms_pharmacist only": "figure_admin_pharmacist",
    "only hms_doctor may order laboratory tests": "order_doctor_only",
    "only hms_doctor or hms_lab may cancel laboratory orders": "cancel_doctor_lab_only",
    "only hms_lab may correct laboratory results": "correct_lab_only",
    "only hms_lab may enter laboratory results": "enter_lab_only",
    "only hms_lab may receive specimens": "receive_lab_only",
    "only hms_lab may record critical-result calls": "critical_call_lab_only",
    "only hms_lab may record the LIS's answers": "lis_answer_lab_only",
    "only hms_lab may release laboratory results": "release_lab_only",
    "only hms_lab may send orders to the LIS": "send_lis_lab_only",
    "only hms_lab may verify laboratory results": "verify_lab_only",
    "only hms_lab or hms_nurse may collect specimens": "collect_lab_nurse_only",
    "your role does not see phone numbers or national IDs, so it cannot search by them": "search_field_hidden",
    "ask for 1 to 100 free slots": "free_slots_count_invalid",
    "ask for at most 62 days of free slots at a time": "free_slots_range_too_long",
    "appointment % is %: only booked or checked-in appointments can be rescheduled": "appointment_not_reschedulable",
    "appointment % is %: only booked or checked-in appointments can be cancelled": "appointment_not_cancellable",
    "appointment % is %: only a booked appointment can be a no-show": "appointment_not_no_show",
    "appointment % is %: only a booked appointment can be checked in": "appointment_not_checkin",
    "room % still has % bed(s) in use (%): deactivate its beds first": "room_has_beds_in_use",
    "ward % still has % room(s) in use (%): deactivate its rooms and beds first": "ward_has_rooms_in_use",
    "ward % still has % room(s) in use (%): deactivate its rooms and beds first before it becomes %":
        "ward_has_rooms_in_use_kind",
    "a lot's drug, location, number and expiry do not change": "lot_identity_fixed",
    "scan the patient's wristband before recording the dose": "dose_scan_wristband",
    "scan the patient's wristband or ID card first": "dispense_scan_wristband",
    "coverage % is not the patient's": "coverage_of_other_patient",
    "say which department's queue": "queue_department_required",
    "only the ward's clinicians change the plan": "plan_ward_clinicians_only",
    "charge % is already on an issued invoice and cannot be invoiced": "charge_already_invoiced",
    "payment % is a refund and cannot be refunded here": "refund_not_refundable",
    "payment % is a payer's payment and cannot be refunded here": "payer_payment_not_refundable",
    "give a reason of at least % characters (it goes into the audit trail)": "reason_too_short",
    "say why the bed is %s": "bed_state_reason_required",
    "say why the dose was %s": "dose_outcome_reason_required",
    "changing an allergy to %s needs a reason of at least 5 characters": "allergy_status_reason_required",
    "order %s already has a result: replacing it needs a reason": "result_replacement_reason_required",
}


def slug(message: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", message.lower()) if w not in STOP]


def schema_of(path: str) -> str:
    return path.split("/")[2] if path.startswith("server_db/sql/") else "core"


def messages_in_order() -> list[tuple[str, str]]:
    """(schema, message) of every RAISE and pass-through call, files in load order, first occurrence only."""
    order = {s: i for i, s in enumerate(m.SCHEMAS)}
    seen: dict[str, str] = {}
    for path, text in sorted(m.sql_sources().items(), key=lambda kv: (order.get(schema_of(kv[0]), 99), kv[0])):
        found = []
        for r in m.raises_in(text, path):
            if r.format is not None and not r.pass_through:
                found.append((r.start, r.format))
        for c in m.calls_in(text, path, m.PASS_THROUGH):
            message = _call_message(c)
            if message:
                found.append((0, message))
        for _, message in sorted(found):
            seen.setdefault(message, schema_of(path))
    return [(schema, message) for message, schema in seen.items()]


def _call_message(c: m.Call) -> str | None:
    index = 1 if c.function == "core.require_group" else 2
    return m.literal(c.args[index]) if len(c.args) > index else None


def key_names() -> dict[str, str]:
    keys: dict[str, str] = {}
    used: set[str] = set()
    for schema, message in messages_in_order():
        if message in NAMES:
            name = f"{schema}.{NAMES[message]}"
        else:
            words = slug(message)
            candidates = [f"{schema}.{'_'.join(words[:n])}" for n in range(min(4, len(words)), len(words) + 1)]
            name = next((c for c in candidates if c not in used), f"{candidates[-1]}_{len(used)}")
        assert name not in used, (name, message)
        used.add(name)
        keys[message] = name
    return keys


TEXT_RESULT = re.compile(r"^(?:to_char|format|quote_literal|quote_ident|replace|upper|lower|btrim|left|"
                         r"array_to_string|concat)\(")
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
WIDTH = 119  # a line of SQL is at most 120 characters; the statement's ";" or the call's "," follows


def as_text(expr: str, function: str) -> str:
    """An argument of core.message_detail (VARIADIC text[]): a text expression as it is, anything else cast to
    text (what RAISE's % prints is the value's text form too). function: the enclosing function's text up to the
    RAISE, where a plain variable's declared type is looked up."""
    e = " ".join(expr.split())
    if m.literal(e) is not None or TEXT_RESULT.match(e) and m._balanced(e[e.index("("):]):
        return e
    if e.startswith("(SELECT string_agg(") or re.fullmatch(r"coalesce\([^,()]*, '[^']*'\)", e):
        return e  # a text aggregate; coalesce(x, 'text') is text (the RAISE printed it as such)
    if re.fullmatch(r"[a-z_][a-z0-9_]*", e) and re.search(rf"\b{e}\s+(?:text|varchar)\b", function):
        return e
    if IDENT.match(e):
        return f"{e}::text"
    return f"({e})::text"


def _layout_call(prefix_column: int, head: str, args: list[str]) -> str:
    """head(args…) starting at prefix_column; wrapped under the first argument when longer than WIDTH."""
    one = f"{head}({', '.join(args)})"
    if prefix_column + len(one) <= WIDTH:
        return one
    column = prefix_column + len(head) + 1
    lines, line = [], ""
    for i, arg in enumerate(args):
        piece = arg + ("," if i < len(args) - 1 else ")")
        if line and column + len(line) + 1 + len(piece) > WIDTH:
            lines.append(line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    lines.append(line)
    return f"{head}(" + ("\n" + " " * column).join(lines)


def convert_raises(path: str, text: str, keys: dict[str, str], skipped: list[str]) -> str:
    out, pos = [], 0
    for r in m.raises_in(text, path):
        if r.detail is not None:
            continue
        if r.format is None or r.pass_through or "DETAIL" in r.options:
            skipped.append(f"{path}:{r.line}: {' '.join(text[r.start:r.end].split())[:100]}")
            continue
        function = text[text.rfind("CREATE OR REPLACE FUNCTION", 0, r.start):r.start]
        args = [f"'{keys[r.format]}'", *(as_text(a, function) for a in r.args)]
        statement = text[r.start:r.end]
        out.append(text[pos:r.start] + _with_detail(text, r, statement, args))
        pos = r.end
        continue
    out.append(text[pos:])
    return "".join(out)


def _with_detail(text: str, r: m.Raise, statement: str, args: list[str]) -> str:
    """The statement with DETAIL added to its USING options, laid out in the files' style within WIDTH."""
    line_start = text.rfind("\n", 0, r.end) + 1
    last_line = text[line_start:r.end]
    single = "DETAIL = " + _layout_call(0, "core.message_detail", args)
    if "\n" not in single and len(last_line) + 2 + len(single) <= WIDTH:
        return statement + ", " + single
    using = statement.index("USING")
    using_line_start = text.rfind("\n", 0, r.start + using) + 1
    using_line = text[using_line_start:r.start + using]
    if not using_line.strip():  # USING starts its line: DETAIL under the first option
        column = len(using_line) + len("USING ")
        return statement + ",\n" + " " * column + "DETAIL = " + _layout_call(column + 9, "core.message_detail", args)
    # USING follows the message on the same line: move the options to a line of their own, as the files do
    raise_line_start = text.rfind("\n", 0, r.start) + 1
    indent = r.start - raise_line_start + 4
    column = indent + len("USING ")
    head = statement[:using].rstrip()
    options = ("\n" + " " * column).join(line.strip() for line in statement[using + len("USING"):].strip().split("\n"))
    line = " " * indent + "USING " + options + ", " + single
    if "\n" not in single and "\n" not in options and len(line) <= WIDTH:
        return head + "\n" + line.rstrip()
    return (head + "\n" + " " * indent + "USING " + options + ",\n" + " " * column + "DETAIL = "
            + _layout_call(column + 9, "core.message_detail", args))


def convert_calls(path: str, text: str, keys: dict[str, str], skipped: list[str]) -> str:
    edits = []
    for fn in m.PASS_THROUGH:
        for match in re.finditer(re.escape(fn) + r"\s*\(", text):
            before = text[max(0, match.start() - 40):match.start()]
            if re.search(r"FUNCTION\s+$", before) or m._in_comment(text, match.start()):
                continue
            args, end = m.call_args(text, match.end() - 1)
            if any("=>" in a for a in args) or (fn == "core.require_group" and len(args) > 2):
                continue  # converted already
            index = 1 if fn == "core.require_group" else 2
            message = m.literal(args[index]) if len(args) > index else None
            if message is None:
                if len(args) > index:
                    skipped.append(f"{path}:{text.count(chr(10), 0, match.start()) + 1}: {fn} with a built message")
                continue
            key = keys[message]
            addition = f"'{key}'" if fn == "core.require_group" else f"p_key => '{key}'"
            edits.append((match.start(), end, args + [addition]))
    for start, end, args in sorted(edits, reverse=True):
        call = text[start:end]
        fn = call[:call.index("(")].strip()
        column = start - (text.rfind("\n", 0, start) + 1)
        if "\n" not in call:
            new = _layout_call(column, fn, args)
        else:  # laid out by hand already: the key goes after the last argument, or on a line of its own
            last_line = text[text.rfind("\n", 0, end) + 1:end]
            line_end = text.find("\n", end)
            rest = text[end:line_end]
            if len(last_line) + len(rest) + 2 + len(args[-1]) <= WIDTH:
                new = call[:-1] + ", " + args[-1] + ")"
            else:  # under the line before
                indent = len(last_line) - len(last_line.lstrip())
                new = call[:-1] + ",\n" + " " * indent + args[-1] + ")"
        text = text[:start] + new + text[end:]
    return text


def main(argv: list[str]) -> int:
    keys = key_names()
    if "--names" in argv:
        for message, key in keys.items():
            print(f"{key:55s} | {message}")
        print(len(keys), "keys")
        return 0
    if "--apply" in argv:
        skipped: list[str] = []
        for path, text in m.sql_sources().items():
            new = convert_raises(path, text, keys, skipped)
            if path.endswith(".sql"):  # the helpers are called from SQL files (a migration's prose names them too)
                new = convert_calls(path, new, keys, skipped)
            if new != text:
                (m.ROOT / path).write_text(new, encoding="utf-8")
        print("left for hand work:", *skipped, sep="\n  ")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
