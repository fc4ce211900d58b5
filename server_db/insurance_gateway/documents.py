"""Between the outbox and FHIR: the document a request is sent as (from the subject insurance.request_subject
gives the gateway), and the reading of a payer's answer that insurance.gateway_record takes.

The reading names only what the payer said; the database decides what it means for the claim (an outcome
follows from the amounts there, capped at what was claimed) and records the document as received."""
from __future__ import annotations

import base64
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from . import fhir

UNKNOWN_CLAIMED = Decimal("1e12")  # the reading does not need the claimed amount: the database has it


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _lines(subject: dict[str, Any]) -> list[fhir.ClaimLine]:
    return [fhir.ClaimLine(sequence=line["sequence"], code=line["code"], description=line["description"],
                           service_date=_day(line["service_date"]), quantity=Decimal(str(line["quantity"])),
                           unit_amount=Decimal(str(line["unit_amount"])),
                           claimed_amount=Decimal(str(line["claimed_amount"])), payer_code=line.get("payer_code"))
            for line in subject["lines"]]


def _claim_data(subject: dict[str, Any], *, key: str, number: str, claim_id: int, created: str,
                currency: str) -> fhir.ClaimData:
    patient, coverage, payer, provider = (subject["patient"], subject["coverage"], subject["payer"],
                                          subject["provider"])
    return fhir.ClaimData(
        claim_id=claim_id, idempotency_key=key, invoice_number=number, created=_moment(created), currency=currency,
        patient_id=patient["id"], mrn=patient["mrn"], family_name=patient["family_name"],
        given_name=patient["given_name"], birth_date=_day(patient["birth_date"]), sex=patient["sex"],
        coverage_id=coverage["id"], member_number=coverage["member_number"], plan_code=coverage["plan_code"],
        plan_name=coverage["plan_name"], payer_identifier=payer["identifier"], payer_name=payer["name"],
        provider_name=provider["name"], provider_identifier=provider["identifier"], lines=_lines(subject))


def build_document(kind: str, subject: dict[str, Any]) -> dict[str, Any]:
    """The validated FHIR R4 document of a request; ValueError when the subject cannot make a valid one."""
    key = subject["request_id"]
    if kind == "eligibility":
        patient, coverage, payer, provider = (subject["patient"], subject["coverage"], subject["payer"],
                                              subject["provider"])
        return fhir.build_eligibility_request(fhir.EligibilityQuery(
            request_key=key, created=_moment(subject["created"]), serviced=_day(subject["serviced_date"]),
            mrn=patient["mrn"], family_name=patient["family_name"], given_name=patient["given_name"],
            birth_date=_day(patient["birth_date"]), sex=patient["sex"], member_number=coverage["member_number"],
            plan_code=coverage["plan_code"], plan_name=coverage["plan_name"], payer_identifier=payer["identifier"],
            payer_name=payer["name"], provider_identifier=provider["identifier"], provider_name=provider["name"],
            item_codes=[item["payer_code"] for item in subject["items"]]))
    if kind == "claim":
        claim = subject["claim"]
        data = _claim_data(subject, key=claim["idempotency_key"], number=claim["invoice_number"],
                           claim_id=claim["id"], created=claim["created"], currency=claim["currency"])
        return fhir.build_claim(data, use="claim", preauth_refs=subject["preauth_refs"])
    if kind == "preauthorization":
        preauth = subject["preauthorization"]
        data = _claim_data(subject, key=key, number="", claim_id=preauth["id"], created=subject["created"],
                           currency=preauth["currency"])
        return fhir.build_claim(data, use="preauthorization")
    if kind == "status":
        return fhir.build_status_request(key, subject["claim"]["idempotency_key"], _moment(subject["created"]))
    if kind == "communication":
        query = subject["query"]
        return fhir.build_communication(fhir.CommunicationReply(
            key=key, query_reference=query["payer_reference"], claim_key=query["about"], text=query["answer"],
            sent=_moment(query["answered_at"]),
            attachments=[fhir.Attachment(a["content_type"], a["title"], base64.b64decode(a["content_base64"]))
                         for a in subject["attachments"]]))
    raise ValueError(f"no document for a {kind!r} request")


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def read_answer(document: dict[str, Any]) -> dict[str, Any]:
    """What insurance.gateway_record needs from a payer's document; ValueError when it is not a valid one."""
    kind = document.get("resourceType")
    if kind == "CoverageEligibilityResponse":
        answer = fhir.read_eligibility_response(document)
        return {"covered": answer.covered, "plan_code": answer.plan, "request_identifier": answer.request_key,
                "benefit_start": answer.period_start, "benefit_end": answer.period_end,
                "benefits": [{"category": b.name, "unit": b.currency or b.name, "allowed": _money(b.allowed),
                              "used": _money(b.used), "remaining": _money(b.remaining)} for b in answer.benefits],
                "excluded_items": answer.excluded_codes,
                "disposition": "; ".join(filter(None, [answer.disposition, *answer.errors])) or None}
    if kind == "ClaimResponse":
        answer = fhir.read_response(document, UNKNOWN_CLAIMED)
        start, end = answer.preauth_period or (None, None)
        if answer.outcome == "pending":
            outcome = "pending"
        elif not answer.items and answer.approved > 0:
            outcome = "approved"  # no items adjudicated: the total decides (the database caps it)
        else:
            outcome = "decided"
        return {"outcome": outcome, "approved": str(answer.approved), "payer_reference": answer.payer_reference,
                "reason": answer.reason, "request_identifier": answer.claim_key,
                "items": [{"sequence": i["sequence"], "approved": i["approved"], "reason": i["reason"]}
                          for i in answer.items],
                "preauth_ref": answer.preauth_ref, "period_start": start, "period_end": end}
    if kind == "CommunicationRequest":
        query = fhir.read_communication_request(document)
        return {"about": query.claim_key, "payer_reference": query.payer_reference, "question": query.question,
                "requested_documents": query.requested_documents}
    if kind == "PaymentReconciliation":
        remittance = fhir.read_payment_reconciliation(document)
        return {"payer_reference": remittance.payer_reference, "payment_date": remittance.payment_date,
                "total": str(remittance.total), "currency": remittance.currency,
                "lines": [{"claim_reference": line.claim_key or line.payer_claim_reference, "amount": str(line.amount)}
                          for line in remittance.lines]}
    if kind == "OperationOutcome":
        issues = document.get("issue") or []
        return {"reason": "; ".join(str(i.get("diagnostics") or i.get("code") or "") for i in issues)[:400] or None}
    raise ValueError(f"the gateway does not read a {kind}")
