"""FHIR R4 documents exchanged with payers (no Qt, no database): Claim (claim and pre-authorisation),
ClaimResponse, CoverageEligibilityRequest/Response, CommunicationRequest/Communication (payer queries and our
replies), PaymentReconciliation (remittance) and Task (status and cancel requests).

Why it lives in server_db: how a claim looks to a payer is server-side knowledge — the demo loader
(server_db.demo.finance) writes claims with it, the mock payer reads them, and the insurance gateway (this
package) sends them. server_db never imports the client, so the module cannot sit in
hospital_desktop.billing; the billing client imports it from here (client → server_db is the allowed direction,
as for server_db.models). It depends on the standard library only (fhir.resources is imported lazily, to
validate), so importing it costs the client nothing.

The documents are validated with fhir.resources' R4B models (the R4 line: these resources are the same as in
R4 4.0.1). A claim carries its patient, coverage, insurer and provider as contained resources, one item per
invoice line the payer shares, and the idempotency key as its business identifier, so a payer can recognise a
retry of the same claim. Every other document we send names the claim (or eligibility request) it is about by
that identifier; the payer's answers name it the same way (ClaimResponse.request, CommunicationRequest.about,
PaymentReconciliation.detail.request), which is how an answer finds its claim.

Shapes follow openIMIS' FHIR R4 module (openimis-be-api_fhir_r4_py: coverageEligibilityRequestConverter,
claimResponseConverter) where it has one — benefits as insurance[].item[].benefit[] with allowed/used, item
exclusions as item.excluded — and plain FHIR R4 elsewhere. Deviations: status and cancel requests are Tasks
with our own code system (`status`, `cancel`), as Saudi NPHIES does with its own; the document kinds a payer asks
for travel as CommunicationRequest.reasonCode codings (R4 has no element for it)."""
from __future__ import annotations

import base64

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

CLAIM_ID_SYSTEM = "urn:hospital-desktop:claim-idempotency-key"
ELIGIBILITY_ID_SYSTEM = "urn:hospital-desktop:eligibility-request"
COMMUNICATION_ID_SYSTEM = "urn:hospital-desktop:communication"
TASK_ID_SYSTEM = "urn:hospital-desktop:task"
INVOICE_SYSTEM = "urn:hospital-desktop:invoice-number"
MRN_SYSTEM = "urn:hospital-desktop:mrn"
PRICE_CODE_SYSTEM = "urn:hospital-desktop:price-code"
PAYER_CODE_SYSTEM = "urn:hospital-desktop:payer-item-code"   # when the payer's own code system is not configured
TASK_CODE_SYSTEM = "urn:hospital-desktop:task-code"          # status | cancel (NPHIES-style Task codes)
DOCUMENT_KIND_SYSTEM = "urn:hospital-desktop:document-kind"  # what a payer's query asks for
FHIR_SEX = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}
CENT = Decimal("0.01")


def validated(document: dict[str, Any]) -> dict[str, Any]:
    """The document checked against its R4 model (by resourceType) and normalised to JSON; ValueError when it is
    not a valid FHIR R4 resource."""
    from fhir.resources.R4B import get_fhir_model_class

    kind = document.get("resourceType") if isinstance(document, dict) else None
    if not isinstance(kind, str):
        raise ValueError("not a FHIR resource: no resourceType")
    try:
        model = get_fhir_model_class(kind)
    except (KeyError, ValueError) as exc:
        raise ValueError(f"not a FHIR R4 resource type: {kind}") from exc
    try:
        return model.model_validate(document).model_dump(mode="json", exclude_none=True)
    except Exception as exc:  # pydantic's ValidationError, kept out of the callers' imports
        raise ValueError(f"not a valid FHIR R4 {kind}: {str(exc)[:500]}") from exc


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"value": float(amount), "currency": currency}


def _decimal(value) -> Decimal:  # noqa: ANN001 - float or Decimal from the models
    return Decimal(str(value)).quantize(CENT)


def _identifier_value(identifiers, system: str) -> str | None:  # noqa: ANN001 - model or dict list
    for identifier in identifiers or []:
        item = identifier if isinstance(identifier, dict) else identifier.model_dump(exclude_none=True)
        if item.get("system") == system and item.get("value"):
            return item["value"]
    return None


def _first_identifier(identifiers) -> str | None:  # noqa: ANN001
    for identifier in identifiers or []:
        if identifier.value:
            return identifier.value
    return None


def _reference_key(reference, system: str = CLAIM_ID_SYSTEM) -> str | None:  # noqa: ANN001
    """Our business key out of a Reference that names a resource by identifier."""
    if reference is None or reference.identifier is None:
        return None
    if reference.identifier.system in (None, system):
        return reference.identifier.value
    return None


def _contained(data_patient: dict, payer: tuple[str, str], provider: tuple[str, str], coverage: dict) -> list:
    return [data_patient,
            {"resourceType": "Organization", "id": "insurer", "identifier": [{"value": payer[0]}], "name": payer[1]},
            {"resourceType": "Organization", "id": "provider", "identifier": [{"value": provider[0]}],
             "name": provider[1]},
            coverage]


def _patient(mrn: str, family: str, given: str, sex: str, birth_date: date) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": "patient", "identifier": [{"system": MRN_SYSTEM, "value": mrn}],
            "name": [{"family": family, "given": [given]}], "gender": FHIR_SEX.get(sex, "unknown"),
            "birthDate": birth_date.isoformat()}


def _coverage(member_number: str, plan_code: str, plan_name: str) -> dict[str, Any]:
    return {"resourceType": "Coverage", "id": "coverage", "status": "active", "subscriberId": member_number,
            "beneficiary": {"reference": "#patient"}, "payor": [{"reference": "#insurer"}],
            "class": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class",
                                            "code": "plan"}]},
                       "value": plan_code, "name": plan_name}]}


# -- claims and pre-authorisations ------------------------------------------------------------------------------

@dataclass
class ClaimLine:
    sequence: int
    code: str
    description: str
    service_date: date
    quantity: Decimal
    unit_amount: Decimal
    claimed_amount: Decimal
    payer_code: str | None = None  # the payer's item/service code; sent first in productOrService when known


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
    payer_code_system: str = PAYER_CODE_SYSTEM

    @property
    def total(self) -> Decimal:
        return sum((line.claimed_amount for line in self.lines), Decimal("0"))


def _product(line: ClaimLine, payer_system: str) -> dict[str, Any]:
    ours = {"system": PRICE_CODE_SYSTEM, "code": line.code, "display": line.description}
    codings = [ours] if line.payer_code is None else [{"system": payer_system, "code": line.payer_code}, ours]
    return {"coding": codings, "text": line.description}


def build_claim(data: ClaimData, *, use: str = "claim", preauth_refs: list[str] | tuple[str, ...] = (),
                validate: bool = True) -> dict[str, Any]:
    """The claim as a FHIR R4 Claim (validated unless told otherwise: the demo loader, which writes hundreds of
    claims this very function builds, skips the validation), as a JSON-ready dict. `use` is 'claim' or
    'preauthorization' (asking before the care is given); `preauth_refs` are the payer's pre-authorisation
    references the claim relies on."""
    if use not in ("claim", "preauthorization"):
        raise ValueError(f"a claim's use is 'claim' or 'preauthorization', not {use!r}")
    if not data.lines:
        raise ValueError("a claim needs at least one item")
    insurance: dict[str, Any] = {"sequence": 1, "focal": True, "coverage": {"reference": "#coverage"}}
    if preauth_refs:
        insurance["preAuthRef"] = list(preauth_refs)
    doc = {
        "resourceType": "Claim",
        "id": f"{'claim' if use == 'claim' else 'preauth'}-{data.claim_id}",
        # a pre-authorisation has no invoice yet: only its own key
        "identifier": [{"system": CLAIM_ID_SYSTEM, "value": data.idempotency_key}]
                      + ([{"system": INVOICE_SYSTEM, "value": data.invoice_number}] if data.invoice_number else []),
        "status": "active",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type",
                             "code": "institutional"}]},
        "use": use,
        "patient": {"reference": "#patient"},
        "created": data.created.isoformat(),
        "insurer": {"reference": "#insurer", "display": data.payer_name},
        "provider": {"reference": "#provider", "display": data.provider_name},
        "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority",
                                 "code": "normal"}]},
        "insurance": [insurance],
        "contained": _contained(_patient(data.mrn, data.family_name, data.given_name, data.sex, data.birth_date),
                                (data.payer_identifier, data.payer_name),
                                (data.provider_identifier, data.provider_name),
                                _coverage(data.member_number, data.plan_code, data.plan_name)),
        "item": [{
            "sequence": line.sequence,
            "productOrService": _product(line, data.payer_code_system),
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
    outcome: str               # approved | partial | rejected | pending | cancelled
    approved: Decimal
    payer_reference: str | None
    reason: str | None
    items: list[dict[str, Any]]  # [{"sequence", "approved", "reason", "reason_codes"}]
    document: dict[str, Any]
    claim_key: str | None = None                  # our claim identifier the answer names (ClaimResponse.request)
    use: str = "claim"                             # claim | preauthorization
    preauth_ref: str | None = None                 # the payer's pre-authorisation number, to quote in the claim
    preauth_period: tuple[date | None, date | None] | None = None
    queries: list[str] = field(default_factory=list)  # CommunicationRequest references the payer raised


def _concept_text(concept) -> str | None:  # noqa: ANN001
    if concept is None:
        return None
    if concept.text:
        return concept.text
    for coding in concept.coding or []:
        if coding.display or coding.code:
            return coding.display or coding.code
    return None


def _concept_code(concept) -> str | None:  # noqa: ANN001
    for coding in (concept.coding or []) if concept is not None else []:
        if coding.code:
            return coding.code
    return None


def _date_of(value) -> date | None:  # noqa: ANN001 - date, datetime or None from the models
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def read_response(document: dict[str, Any], claimed: Decimal) -> Adjudication:
    """The payer's ClaimResponse as an outcome: approved (all), partial (some, with reasons), rejected (none),
    pending (queued by the payer: the decision comes later) or cancelled (the claim was withdrawn). Raises
    ValueError when the document is not a valid ClaimResponse."""
    from fhir.resources.R4B.claimresponse import ClaimResponse

    try:
        response = ClaimResponse.model_validate(document)
    except Exception as exc:  # pydantic's ValidationError, kept out of the callers' imports
        raise ValueError(f"the payer's answer is not a valid FHIR ClaimResponse: {exc}") from exc
    reference = next((i.value for i in response.identifier or [] if i.value), None) or response.id
    notes = "; ".join(n.text for n in response.processNote or [] if n.text) or None
    errors = "; ".join(filter(None, (_concept_text(e.code) for e in response.error or []))) or None
    period = None
    if response.preAuthPeriod is not None:
        period = (_date_of(response.preAuthPeriod.start), _date_of(response.preAuthPeriod.end))
    common = {"claim_key": _reference_key(response.request), "use": response.use,
              "preauth_ref": response.preAuthRef, "preauth_period": period,
              "queries": [r.reference for r in response.communicationRequest or [] if r.reference]}
    if response.status == "cancelled":
        return Adjudication("cancelled", Decimal("0.00"), reference, response.disposition or notes, [], document,
                            **common)
    if response.outcome == "queued":
        return Adjudication("pending", Decimal("0"), reference, response.disposition or notes, [], document,
                            **common)
    items = []
    for item in response.item or []:
        approved = Decimal("0")
        reasons, codes = [], []
        for adj in item.adjudication or []:
            category = _concept_code(adj.category) or _concept_text(adj.category)
            if category == "benefit" and adj.amount is not None:
                approved += Decimal(str(adj.amount.value))
            if adj.reason is not None:
                reasons.append(_concept_text(adj.reason))
                if _concept_code(adj.reason):
                    codes.append(_concept_code(adj.reason))
        items.append({"sequence": item.itemSequence, "approved": str(approved.quantize(CENT)),
                      "reason": "; ".join(filter(None, reasons)) or None, "reason_codes": codes})
    approved = None
    for total in response.total or []:
        if (_concept_code(total.category) or _concept_text(total.category)) == "benefit":
            approved = _decimal(total.amount.value)
    if approved is None:
        approved = sum((Decimal(i["approved"]) for i in items), Decimal("0")).quantize(CENT)
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
    return Adjudication(outcome, approved, reference, reason, items, document, **common)


# -- eligibility ------------------------------------------------------------------------------------------------

@dataclass
class EligibilityQuery:
    request_key: str      # our identifier of this request (the outbox key): the payer's answer names it
    created: datetime
    serviced: date
    mrn: str
    family_name: str
    given_name: str
    birth_date: date
    sex: str
    member_number: str
    plan_code: str
    plan_name: str
    payer_identifier: str
    payer_name: str
    provider_identifier: str
    provider_name: str
    item_codes: list[str] = field(default_factory=list)  # payer item/service codes to ask about
    payer_code_system: str = PAYER_CODE_SYSTEM


def build_eligibility_request(query: EligibilityQuery) -> dict[str, Any]:
    """A CoverageEligibilityRequest asking whether the member is covered on the serviced date and what is left
    of the benefits; with item codes, also whether each of them is covered (openIMIS asks per item/service)."""
    doc: dict[str, Any] = {
        "resourceType": "CoverageEligibilityRequest",
        "identifier": [{"system": ELIGIBILITY_ID_SYSTEM, "value": query.request_key}],
        "status": "active",
        "purpose": ["validation", "benefits"],
        "patient": {"reference": "#patient"},
        "servicedDate": query.serviced.isoformat(),
        "created": query.created.isoformat(),
        "insurer": {"reference": "#insurer", "display": query.payer_name},
        "provider": {"reference": "#provider", "display": query.provider_name},
        "insurance": [{"focal": True, "coverage": {"reference": "#coverage"}}],
        "contained": _contained(_patient(query.mrn, query.family_name, query.given_name, query.sex,
                                         query.birth_date),
                                (query.payer_identifier, query.payer_name),
                                (query.provider_identifier, query.provider_name),
                                _coverage(query.member_number, query.plan_code, query.plan_name)),
    }
    if query.item_codes:
        doc["item"] = [{"productOrService": {"coding": [{"system": query.payer_code_system, "code": code}],
                                             "text": code}} for code in query.item_codes]
    return validated(doc)


@dataclass
class Benefit:
    name: str                  # visits | admissions | money | the payer's own code
    allowed: Decimal | None
    used: Decimal | None
    remaining: Decimal | None
    currency: str | None = None  # set for money benefits


@dataclass
class Eligibility:
    covered: bool
    request_key: str | None
    plan: str | None
    period_start: date | None
    period_end: date | None
    benefits: list[Benefit]
    excluded_codes: list[str]
    disposition: str | None
    errors: list[str]
    document: dict[str, Any]

    def benefit(self, name: str) -> Benefit | None:
        return next((b for b in self.benefits if b.name == name), None)


# Benefit type codes: FHIR's benefit-type (visit, room, benefit) and openIMIS' coverage-item-benefit-type
# (visits_left, admissions_left, hospitalization_amount, ...), read as our three kinds.
_BENEFIT_NAMES = {"visit": "visits", "visits": "visits", "visits_left": "visits", "consultations_left": "visits",
                  "admission": "admissions", "admissions": "admissions", "admissions_left": "admissions",
                  "room": "admissions", "benefit": "money", "money": "money", "hospitalization_amount": "money"}


def _benefit(entry) -> Benefit:  # noqa: ANN001 - CoverageEligibilityResponseInsuranceItemBenefit
    code = _concept_code(entry.type) or _concept_text(entry.type) or "benefit"
    name = _BENEFIT_NAMES.get(code, code)
    currency = None
    if entry.allowedMoney is not None or entry.usedMoney is not None:
        allowed = _decimal(entry.allowedMoney.value) if entry.allowedMoney is not None else None
        used = _decimal(entry.usedMoney.value) if entry.usedMoney is not None else None
        currency = (entry.allowedMoney or entry.usedMoney).currency
    else:
        allowed = Decimal(entry.allowedUnsignedInt) if entry.allowedUnsignedInt is not None else None
        used = Decimal(entry.usedUnsignedInt) if entry.usedUnsignedInt is not None else None
    if allowed is not None and used is not None:
        remaining = max(allowed - used, Decimal("0"))
    elif code.endswith(("_left", "_amount")):  # openIMIS sends what is left as 'allowed'
        remaining = allowed
    else:
        remaining = None
    return Benefit(name, allowed, used, remaining, currency)


def read_eligibility_response(document: dict[str, Any]) -> Eligibility:
    """The payer's CoverageEligibilityResponse: covered (an insurance in force, outcome not error), the plan,
    benefit period, benefits left, excluded item codes. Raises ValueError when it is not a valid one."""
    from fhir.resources.R4B.coverageeligibilityresponse import CoverageEligibilityResponse

    try:
        response = CoverageEligibilityResponse.model_validate(document)
    except Exception as exc:
        raise ValueError(f"the payer's answer is not a valid FHIR CoverageEligibilityResponse: {exc}") from exc
    errors = [text for text in (_concept_text(e.code) for e in response.error or []) if text]
    insurance = [i for i in response.insurance or [] if i.inforce is not False]
    covered = response.outcome != "error" and bool(insurance)
    plan = start = end = None
    benefits: list[Benefit] = []
    excluded: list[str] = []
    for entry in insurance:
        if entry.benefitPeriod is not None:
            start = start or _date_of(entry.benefitPeriod.start)
            end = end or _date_of(entry.benefitPeriod.end)
        plan = plan or (entry.coverage.display if entry.coverage is not None else None)
        for item in entry.item or []:
            if item.productOrService is None:  # a benefit package, not one item
                plan = item.name or plan
                benefits.extend(_benefit(b) for b in item.benefit or [])
            elif item.excluded:
                excluded.extend(c.code for c in item.productOrService.coding or [] if c.code)
    return Eligibility(covered, _reference_key(response.request, ELIGIBILITY_ID_SYSTEM), plan, start, end,
                       benefits, excluded, response.disposition, errors, document)


# -- payer queries and our replies ------------------------------------------------------------------------------

@dataclass
class PayerQuery:
    payer_reference: str       # the payer's id of the query: our reply names it (Communication.basedOn)
    claim_key: str | None      # our claim identifier the query is about
    question: str
    requested_documents: list[str]  # document kind codes (DOCUMENT_KIND_SYSTEM or the payer's own)
    document: dict[str, Any]


def read_communication_request(document: dict[str, Any]) -> PayerQuery:
    from fhir.resources.R4B.communicationrequest import CommunicationRequest

    try:
        request = CommunicationRequest.model_validate(document)
    except Exception as exc:
        raise ValueError(f"the payer's query is not a valid FHIR CommunicationRequest: {exc}") from exc
    claim_key = next((k for k in (_reference_key(r) for r in request.about or []) if k), None)
    question = "\n".join(p.contentString for p in request.payload or [] if p.contentString)
    kinds = [_concept_code(c) for c in request.reasonCode or [] if _concept_code(c)]
    reference = request.id or _first_identifier(request.identifier)
    if not reference:
        raise ValueError("the payer's query has neither an id nor an identifier to answer")
    return PayerQuery(reference, claim_key, question, kinds, document)


@dataclass
class Attachment:
    content_type: str
    title: str
    data: bytes


@dataclass
class CommunicationReply:
    key: str                   # our identifier of the reply (the outbox key)
    query_reference: str       # PayerQuery.payer_reference
    claim_key: str
    text: str
    sent: datetime
    attachments: list[Attachment] = field(default_factory=list)


def build_communication(reply: CommunicationReply) -> dict[str, Any]:
    """Our answer to a payer's query: the text and the documents as base64 attachments, based on the query and
    about the claim."""
    payload: list[dict[str, Any]] = [{"contentString": reply.text}] if reply.text else []
    payload += [{"contentAttachment": {"contentType": a.content_type, "title": a.title,
                                       "data": base64.b64encode(a.data).decode("ascii"), "size": len(a.data)}}
                for a in reply.attachments]
    if not payload:
        raise ValueError("a reply needs a text or an attachment")
    return validated({
        "resourceType": "Communication",
        "identifier": [{"system": COMMUNICATION_ID_SYSTEM, "value": reply.key}],
        "basedOn": [{"reference": f"CommunicationRequest/{reply.query_reference}"}],
        "status": "completed",
        "about": [{"identifier": {"system": CLAIM_ID_SYSTEM, "value": reply.claim_key}}],
        "sent": reply.sent.isoformat(),
        "payload": payload,
    })


# -- remittance -------------------------------------------------------------------------------------------------

@dataclass
class RemittanceLine:
    claim_key: str | None      # our claim identifier
    amount: Decimal
    payer_claim_reference: str | None  # the ClaimResponse it pays


@dataclass
class Remittance:
    payer_reference: str
    payment_date: date
    total: Decimal
    currency: str | None
    lines: list[RemittanceLine]
    document: dict[str, Any]


def read_payment_reconciliation(document: dict[str, Any]) -> Remittance:
    from fhir.resources.R4B.paymentreconciliation import PaymentReconciliation

    try:
        payment = PaymentReconciliation.model_validate(document)
    except Exception as exc:
        raise ValueError(f"the payer's remittance is not a valid FHIR PaymentReconciliation: {exc}") from exc
    lines = [RemittanceLine(_reference_key(d.request), _decimal(d.amount.value) if d.amount else Decimal("0.00"),
                            (d.response.reference or _reference_key(d.response, "")) if d.response else None)
             for d in payment.detail or []]
    reference = _first_identifier(payment.identifier) or payment.id
    if not reference:
        raise ValueError("the payer's remittance has neither an identifier nor an id")
    return Remittance(reference, _date_of(payment.paymentDate), _decimal(payment.paymentAmount.value),
                      payment.paymentAmount.currency, lines, document)


# -- status and cancel ------------------------------------------------------------------------------------------

def _task(code: str, key: str, claim_key: str, created: datetime, reason: str | None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "resourceType": "Task",
        "identifier": [{"system": TASK_ID_SYSTEM, "value": key}],
        "status": "requested",
        "intent": "order",
        "code": {"coding": [{"system": TASK_CODE_SYSTEM, "code": code}]},
        "focus": {"identifier": {"system": CLAIM_ID_SYSTEM, "value": claim_key}},
        "authoredOn": created.isoformat(),
    }
    if reason:
        doc["reasonCode"] = {"text": reason}
    return validated(doc)


def build_status_request(key: str, claim_key: str, created: datetime) -> dict[str, Any]:
    """Ask where the claim (or pre-authorisation) with our identifier `claim_key` stands."""
    return _task("status", key, claim_key, created, None)


def build_cancel_task(key: str, claim_key: str, created: datetime, reason: str) -> dict[str, Any]:
    """Withdraw the claim with our identifier `claim_key` (the payer answers with a cancelled ClaimResponse)."""
    return _task("cancel", key, claim_key, created, reason)


def task_code(document: dict[str, Any]) -> str | None:
    for coding in (document.get("code") or {}).get("coding", []):
        if coding.get("system") == TASK_CODE_SYSTEM:
            return coding.get("code")
    return None


def business_key(document: dict[str, Any]) -> str | None:
    """Our identifier of the claim or eligibility request a document is about: the correlation of a cycle (a
    claim's query, reply, status and cancel share the claim's key)."""
    kind = document.get("resourceType")
    if kind == "Claim":
        return _identifier_value(document.get("identifier"), CLAIM_ID_SYSTEM)
    if kind == "CoverageEligibilityRequest":
        return _identifier_value(document.get("identifier"), ELIGIBILITY_ID_SYSTEM)
    if kind == "Task":
        return ((document.get("focus") or {}).get("identifier") or {}).get("value")
    if kind in ("Communication", "CommunicationRequest"):
        for about in document.get("about") or []:
            if (about.get("identifier") or {}).get("system") == CLAIM_ID_SYSTEM:
                return about["identifier"]["value"]
        return None
    if kind in ("ClaimResponse", "CoverageEligibilityResponse"):
        return ((document.get("request") or {}).get("identifier") or {}).get("value")
    return None
