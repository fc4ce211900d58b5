"""The attack matrix: what each group role may do to each table, as the database must enforce it.

Letters: S = SELECT on every column, s = SELECT on some columns only, I = INSERT (some or all columns),
U = UPDATE (some or all columns), D = DELETE. Row-level security narrows the allowed operations further;
tests/test_access_rules.py proves the policies row by row. Every table of every domain schema must be
listed here: a new table without a declared expectation fails the suite."""

# insurance_gateway: hms-insurance-gateway's own login; it reads no table (only its functions), so it appears in no
# expectation below, and every operation on every table is tried and must be refused.
GROUPS = ("reception", "doctor", "nurse", "pharmacist", "lab", "billing", "admin", "auditor", "insurance_gateway")
DOMAIN_SCHEMAS = ("core", "registry", "clinical", "audit", "notify", "billing", "scheduling", "lab", "pharmacy", "adt",
                  "insurance")
LOGINS = {"insurance_gateway": "insurancegateway"}  # beyond tests/conftest.py's DEMO_LOGINS

STAFF_GROUPS = [g for g in GROUPS if g != "insurance_gateway"]  # the members of hms_staff
_ALL_READ = {g: "S" for g in STAFF_GROUPS}

EXPECTED: dict[str, dict[str, str]] = {
    "core.department": {**_ALL_READ, "admin": "SIU"},
    "core.staff": {**_ALL_READ, "admin": "SU"},
    "core.staff_department": {**_ALL_READ, "admin": "SIU"},
    "core.setting": {**_ALL_READ, "admin": "SU"},
    "core.break_glass_grant": {"doctor": "S", "nurse": "S", "auditor": "S"},
    # login protection: written only by definer functions; the secrets and grants readable by nobody
    "core.login_failure": {"admin": "S", "auditor": "S"},
    "core.second_factor": {},
    "core.second_factor_grant": {},
    "registry.patient": {"reception": "SIU", "doctor": "S", "nurse": "S", "billing": "S", "admin": "S",
                         "pharmacist": "s", "lab": "s", "auditor": "s"},
    "registry.patient_merge": {"admin": "S", "auditor": "S"},
    "registry.merge_moved_row": {"admin": "S", "auditor": "S"},
    # the duplicate worklist (0008): administrators review it; written only by the definer functions
    "registry.duplicate_scan": {"admin": "S"},
    "registry.duplicate_pair": {"admin": "S"},
    "clinical.encounter": {"doctor": "SIU", "nurse": "S"},
    "clinical.note": {"doctor": "SI", "nurse": "SI"},
    "clinical.vital_kind": _ALL_READ,
    "clinical.vital_sign": {"doctor": "SIU", "nurse": "SIU"},
    "clinical.allergy_substance": _ALL_READ,
    "clinical.allergy": {"doctor": "SIU", "nurse": "SIU", "pharmacist": "S"},
    "clinical.allergy_status": {"doctor": "S", "nurse": "S", "pharmacist": "S"},  # written only through functions (170)
    "clinical.icd10": _ALL_READ,
    "clinical.diagnosis": {"doctor": "SIU", "nurse": "S"},
    "clinical.problem": {"doctor": "SIU", "nurse": "S"},
    "billing.price_item": {**_ALL_READ, "admin": "SIU"},
    "billing.charge": {"billing": "SU"},
    # finance (sql/billing/): billing writes only through its SECURITY DEFINER functions
    "billing.tax_rate": {"billing": "S", "admin": "SIU"},
    "billing.payer": {"billing": "S", "admin": "SIU"},
    "billing.plan": {"billing": "S", "admin": "SIU"},
    "billing.coverage_rule": {"billing": "S", "admin": "SIU"},
    "billing.coverage": {"billing": "SIU"},
    "billing.number_series": {},
    "billing.adjustment": {"billing": "S"},
    "billing.invoice": {"billing": "S"},
    "billing.invoice_line": {"billing": "S"},
    "billing.cash_close": {"billing": "S"},
    "billing.claim": {"billing": "S"},
    "billing.claim_item": {"billing": "S"},
    "billing.payment": {"billing": "S"},
    # insurance (sql/insurance/): staff queue requests and answer queries only through definer functions; the
    # payers' answers are written only by the gateway's functions; admins keep the per-payer settings
    "insurance.payer_policy": {"billing": "S", "admin": "SIU"},
    "insurance.item_code": {"billing": "S", "admin": "SIU"},
    "insurance.request": {"billing": "S"},
    "insurance.message": {"billing": "S"},
    "insurance.eligibility": {"billing": "S"},
    "insurance.preauthorization": {"billing": "S"},
    "insurance.preauthorization_item": {"billing": "S"},
    "insurance.payer_query": {"billing": "S"},
    "insurance.query_attachment": {"billing": "S"},
    "insurance.remittance": {"billing": "S"},
    "insurance.remittance_line": {"billing": "S"},
    "scheduling.service": {**_ALL_READ, "admin": "SIU"},
    "scheduling.room": {**_ALL_READ, "admin": "SIU"},
    "scheduling.provider_template": {"reception": "S", "doctor": "S", "nurse": "S", "admin": "SIU"},
    "scheduling.schedule_exception": {"reception": "S", "doctor": "S", "nurse": "S", "admin": "SIU"},
    "scheduling.appointment": {"reception": "S", "doctor": "S", "nurse": "S", "billing": "S"},
    "lab.test": {**_ALL_READ, "admin": "SIU"},
    "lab.panel": {**_ALL_READ, "admin": "SIU"},
    "lab.panel_test": {**_ALL_READ, "admin": "SIU"},
    "lab.reference_range": {**_ALL_READ, "admin": "SIU"},
    "lab.specimen": {"doctor": "S", "nurse": "S", "lab": "S"},
    "lab.lab_order": {"doctor": "S", "nurse": "S", "lab": "S"},
    "lab.order_status_history": {"doctor": "S", "nurse": "S", "lab": "S"},
    "lab.result": {"doctor": "S", "nurse": "S", "lab": "S"},
    "lab.critical_callback": {"lab": "S"},
    "lab.hl7_outbound": {"lab": "S"},
    # inpatient (sql/adt/): reception and billing read stays without their clinical reason ("s")
    "adt.room": {**_ALL_READ, "admin": "SIU"},
    "adt.bed": {**_ALL_READ, "admin": "SIU"},
    "adt.admission": {"reception": "s", "billing": "s", "doctor": "S", "nurse": "S"},
    "adt.bed_occupancy": {"reception": "S", "doctor": "S", "nurse": "S", "billing": "S"},
    "adt.bed_day": {"billing": "S"},
    "adt.discharge_summary": {"doctor": "SIU", "nurse": "S"},
    "adt.medication_administration": {"doctor": "S", "nurse": "S", "pharmacist": "S"},
    "adt.fluid_entry": {"doctor": "S", "nurse": "S"},
    # pharmacy (sql/pharmacy/): stock changes only through the pharmacists' SECURITY DEFINER functions
    "pharmacy.drug": {"doctor": "S", "nurse": "S", "pharmacist": "SIU"},
    "pharmacy.frequency": {"doctor": "S", "nurse": "S", "pharmacist": "S"},
    "pharmacy.interaction": {"doctor": "S", "nurse": "S", "pharmacist": "S"},
    "pharmacy.location": {"pharmacist": "SIU"},
    "pharmacy.stock_lot": {"pharmacist": "S"},
    "pharmacy.stock_movement": {"pharmacist": "S"},
    "pharmacy.prescription": {"doctor": "SIU", "nurse": "S", "pharmacist": "S"},
    "pharmacy.dispense": {"doctor": "S", "nurse": "S", "pharmacist": "S"},
    "notify.notification": {g: "SU" for g in STAFF_GROUPS},
    "audit.event": {"auditor": "S"},
    "audit.access": {"auditor": "S"},
    "audit.chain_head": {"auditor": "S"},
    # administration (0008)
    "core.staff_change": {"admin": "S", "auditor": "S"},
    "audit.review": {"auditor": "SI"},
}


def expected(table: str, group: str) -> str:
    return EXPECTED[table].get(group, "")
