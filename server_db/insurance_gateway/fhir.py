"""FHIR R4 Claim export and ClaimResponse reading (no Qt, no database).

Why it lives in server_db: how a claim looks to a payer is server-side knowledge — the demo loader
(server_db.demo.finance) writes claims with it, the demo insurer reads them, and the insurance gateway (this
package) will send them. server_db never imports the client, so the module cannot sit in
hospital_desktop.billing; the billing client imports it from here (client → server_db is the allowed direction,
as for server_db.models). It depends on the standard library only (fhir.resources is imported lazily, to
validate), so importing it costs the client nothing.

The documents are validated with fhir.resources' R4B models (the R4 line: Claim and ClaimResponse are the same
as in R4 4.0.1). A claim carries its patient, coverage, insurer and provider as contained resources, one item per
invoice line the payer shares, and the idempotency key as its business identifier, so a payer can recognise a
retry of the same claim."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

CLAIM_ID_SYSTEM = "urn:hospital-desktop:claim-idempotency-key"
INVOICE_SYSTEM = "urn:hospital-desktop:invoice-number"
MRN_SYSTEM = "urn:hospital-desktop:mrn"
PRICE_CODE_SYSTEM = "urn:hospital-desktop:price-code"
FHIR_SEX = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}


@dataclass
class ClaimLine:
    sequence: int
    code: str
    description: str
    service_date: date
    quantity: Decimal
    unit_amount: Decimal
    claimed_amount: Decimal


@dataclass
class ClaimData:
    claim_id: int
    idempotency_key: str
    invoice_number: str
    created: datetime
    currency: str
    patient_id: int
    mrn: str
    family_name: str
    given_name: str
    birth_date: date
    sex: str
    coverage_id: int
    member_number: str
    plan_code: str
    plan_name: str
    payer_identifier: str
    payer_name: str
    provider_name: str
    provider_identifier: str
    lines: list[ClaimLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.claimed_amount for line in self.lines), Decimal("0"))


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"value": float(amount), "currency": currency}


def build_claim(data: ClaimData, *, validate: bool = True) -> dict[str, Any]:
    """The claim as a FHIR R4 Claim (validated unless told otherwise: the demo loader, which writes hundreds of
    claims this very function builds, skips the validation), as a JSON-ready dict."""
    if not data.lines:
        raise ValueError("a claim needs at least one item")
    doc = {
        "resourceType": "Claim",
        "id": f"claim-{data.claim_id}",
        "identifier": [{"system": CLAIM_ID_SYSTEM, "value": data.idempotency_key},
                       {"system": INVOICE_SYSTEM, "value": data.invoice_number}],
        "status": "active",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type",
                             "code": "institutional"}]},
        "use": "claim",
        "patient": {"reference": "#patient"},
        "created": data.created.isoformat(),
        "insurer": {"reference": "#insurer", "display": data.payer_name},
        "provider": {"reference": "#provider", "display": data.provider_name},
        "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority",
                                 "code": "normal"}]},
        "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": "#coverage"}}],
        "contained": [
            {"resourceType": "Patient", "id": "patient",
             "identifier": [{"system": MRN_SYSTEM, "value": data.mrn}],
             "name": [{"family": data.family_name, "given": [data.given_name]}],
             "gender": FHIR_SEX.get(data.sex, "unknown"), "birthDate": data.birth_date.isoformat()},
            {"resourceType": "Organization", "id": "insurer",
             "identifier": [{"value": data.payer_identifier}], "name": data.payer_name},
            {"resourceType": "Organization", "id": "provider",
             "identifier": [{"value": data.provider_identifier}], "name": data.provider_name},
            {"resourceType": "Coverage", "id": "coverage", "status": "active",
             "subscriberId": data.member_number, "beneficiary": {"reference": "#patient"},
             "payor": [{"reference": "#insurer"}],
             "class": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class",
                                             "code": "plan"}]},
                        "value": data.plan_code, "name": data.plan_name}]},
        ],
        "item": [{
            "sequence": line.sequence,
            "productOrService": {"coding": [{"system": PRICE_CODE_SYSTEM, "code": line.code,
                                             "display": line.description}], "text": line.description},
            "servicedDate": line.service_date.isoformat(),
            "quantity": {"value": float(line.quantity)},
            "unitPrice": _money(line.unit_amount, data.currency),
            "net": _money(line.claimed_amount, data.currency),
        } for line in data.lines],
        "total": _money(data.total, data.currency),
    }
    if not validate:
        return doc
    from fhir.resources.R4B.claim import Claim  # heavy import: only when a claim is made

    return Claim.model_validate(doc).model_dump(mode="json", exclude_none=True)


@dataclass
class Adjudication:
    outcome: str               # approved | partial | rejected | pending
    approved: Decimal
    payer_reference: str | None
    reason: str | None
    items: list[dict[str, Any]]  # [{"sequence", "approved", "reason"}]
    document: dict[str, Any]


def _concept_text(concept) -> str | None:  # noqa: ANN001
    if concept is None:
        return None
    if concept.text:
        return concept.text
    for coding in concept.coding or []:
        if coding.display or coding.code:
            return coding.display or coding.code
    return None


def read_response(document: dict[str, Any], claimed: Decimal) -> Adjudication:
    """The payer's ClaimResponse as an outcome: approved (all), partial (some, with reasons), rejected (none),
    or pending (queued by the payer: ask again later with the same key). Raises ValueError when the document is
    not a valid ClaimResponse."""
    from fhir.resources.R4B.claimresponse import ClaimResponse

    try:
        response = ClaimResponse.model_validate(document)
    except Exception as exc:  # pydantic's ValidationError, kept out of the callers' imports
        raise ValueError(f"the payer's answer is not a valid FHIR ClaimResponse: {exc}") from exc
    reference = next((i.value for i in response.identifier or [] if i.value), None) or response.id
    notes = "; ".join(n.text for n in response.processNote or [] if n.text) or None
    errors = "; ".join(filter(None, (_concept_text(e.code) for e in response.error or []))) or None
    if response.outcome == "queued":
        return Adjudication("pending", Decimal("0"), reference, response.disposition or notes, [], document)
    items = []
    for item in response.item or []:
        approved = Decimal("0")
        reasons = []
        for adj in item.adjudication or []:
            category = _concept_text(adj.category)
            if category == "benefit" and adj.amount is not None:
                approved += Decimal(str(adj.amount.value))
            if adj.reason is not None:
                reasons.append(_concept_text(adj.reason))
        items.append({"sequence": item.itemSequence, "approved": str(approved.quantize(Decimal("0.01"))),
                      "reason": "; ".join(filter(None, reasons)) or None})
    approved = None
    for total in response.total or []:
        if _concept_text(total.category) == "benefit":
            approved = Decimal(str(total.amount.value)).quantize(Decimal("0.01"))
    if approved is None:
        approved = sum((Decimal(i["approved"]) for i in items), Decimal("0")).quantize(Decimal("0.01"))
    if response.outcome == "error":
        approved = Decimal("0.00")
        items = [{**i, "approved": "0.00"} for i in items]
    if approved <= 0:
        outcome = "rejected"
    elif approved >= claimed:
        outcome = "approved"
        approved = claimed
    else:
        outcome = "partial"
    reason = "; ".join(filter(None, (response.disposition, errors, notes))) or None
    return Adjudication(outcome, approved, reference, reason, items, document)
