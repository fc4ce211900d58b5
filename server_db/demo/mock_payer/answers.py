"""The mock payer's documents (pure functions, no state): ClaimResponses for each decision, eligibility answers,
queries, remittances and refusals, all FHIR R4 and checked (fhir.validated) before they leave."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from server_db.insurance_gateway import fhir

RESPONSE_SYSTEM = "urn:mock-payer:response"
REASON_SYSTEM = "urn:mock-payer:adjudication-reason"
REASONS = {"tariff": "Reduced to the scheme tariff", "not-covered": "Not covered by the member's plan",
           "no-cover": "No cover on the date of service"}
ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication"
CLAIM_DECISIONS = ("approve", "partial", "reject")
ELIGIBILITY_DECISIONS = ("covered", "not_covered", "excluded", "exhausted")
PREAUTH_DAYS = 30
# The benefits of the mock plan: (code, FHIR benefit-type code, allowed, used) — money in the payer's currency.
PLAN_BENEFITS = (("visits", "visit", 12, 3), ("admissions", "room", 4, 1), ("money", "benefit", 5000, 1200))


def _today() -> date:
    return datetime.now(UTC).date()


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"value": float(amount), "currency": currency}


def _concept(system: str, code: str, text: str | None = None) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}], "text": text or code}


def _patient_of(document: dict[str, Any]) -> dict[str, Any]:
    """The claim's patient by identifier (the contained Patient cannot be referenced from another document)."""
    for resource in document.get("contained") or []:
        if resource.get("resourceType") == "Patient" and resource.get("identifier"):
            return {"identifier": resource["identifier"][0]}
    return {"display": "patient of the request"}


def _item_adjudication(index: int, count: int, net: Decimal, decision: str) -> tuple[Decimal, str | None]:
    """What one item gets: in a partial answer the first item is paid in full, then items alternate between
    reduced to half (tariff) and rejected (not covered); a single item is halved."""
    if decision == "approve":
        return net, None
    if decision == "reject":
        return Decimal("0.00"), "no-cover"
    if index == 0 and count > 1:
        return net, None
    if index % 2 == 1 or count == 1:
        return (net / 2).quantize(fhir.CENT), "tariff"
    return Decimal("0.00"), "not-covered"


def claim_response(claim: dict[str, Any], decision: str, response_id: str, currency: str,
                   queries: list[str] = ()) -> tuple[dict[str, Any], Decimal]:
    """(ClaimResponse, approved amount) for a Claim (use claim or preauthorization). `decision` is one of
    CLAIM_DECISIONS, 'queued' (decided later) or 'cancelled'."""
    key = fhir.business_key(claim)
    use = claim.get("use", "claim")
    doc: dict[str, Any] = {
        "resourceType": "ClaimResponse", "id": response_id,
        "identifier": [{"system": RESPONSE_SYSTEM, "value": response_id}],
        "status": "cancelled" if decision == "cancelled" else "active",
        "type": claim["type"], "use": use, "patient": _patient_of(claim),
        "created": datetime.now(UTC).isoformat(), "insurer": {"display": "Mock national health insurance"},
        "request": {"identifier": {"system": fhir.CLAIM_ID_SYSTEM, "value": key}},
    }
    if queries:
        doc["communicationRequest"] = [{"reference": f"CommunicationRequest/{q}"} for q in queries]
    if decision in ("queued", "cancelled"):
        doc["outcome"] = "queued" if decision == "queued" else "complete"
        doc["disposition"] = {"queued": "Under review: the decision follows",
                              "cancelled": "Withdrawn at the provider's request"}[decision]
        return fhir.validated(doc), Decimal("0.00")
    items, total = [], Decimal("0.00")
    lines = claim.get("item") or []
    for index, line in enumerate(lines):
        net = Decimal(str(line["net"]["value"])).quantize(fhir.CENT)
        paid, reason = _item_adjudication(index, len(lines), net, decision)
        total += paid
        benefit: dict[str, Any] = {"category": _concept(ADJUDICATION, "benefit"), "amount": _money(paid, currency)}
        if reason:
            benefit["reason"] = _concept(REASON_SYSTEM, reason, REASONS[reason])
        items.append({"itemSequence": line["sequence"],
                      "adjudication": [{"category": _concept(ADJUDICATION, "submitted"),
                                        "amount": _money(net, currency)}, benefit]})
    doc.update(outcome="complete" if decision != "partial" else "partial", item=items,
               disposition={"approve": "Approved in full", "partial": "Approved in part",
                            "reject": "Rejected"}[decision],
               total=[{"category": _concept(ADJUDICATION, "benefit"), "amount": _money(total, currency)}])
    if use == "preauthorization" and total > 0:
        doc["preAuthRef"] = f"PA-{response_id[:8].upper()}"
        doc["preAuthPeriod"] = {"start": _today().isoformat(),
                                "end": (_today() + timedelta(days=PREAUTH_DAYS)).isoformat()}
    return fhir.validated(doc), total


def eligibility_response(request: dict[str, Any], decision: str, response_id: str,
                         currency: str) -> dict[str, Any]:
    """covered: benefits left; not_covered: no insurance in force; excluded: the last item code asked about is
    excluded (the others covered); exhausted: in force but the visits and money are used up."""
    asked = [c["code"] for item in request.get("item") or []
             for c in (item.get("productOrService") or {}).get("coding", [])[:1]]
    doc: dict[str, Any] = {
        "resourceType": "CoverageEligibilityResponse", "id": response_id,
        "identifier": [{"system": RESPONSE_SYSTEM, "value": response_id}],
        "status": "active", "purpose": request.get("purpose") or ["benefits"], "patient": _patient_of(request),
        "created": datetime.now(UTC).isoformat(),
        "request": {"identifier": {"system": fhir.ELIGIBILITY_ID_SYSTEM, "value": fhir.business_key(request)}},
        "outcome": "complete", "insurer": {"display": "Mock national health insurance"},
    }
    if "servicedDate" in request:
        doc["servicedDate"] = request["servicedDate"]
    year = _today().year
    insurance: dict[str, Any] = {"coverage": {"display": "National basic plan"}, "inforce": decision != "not_covered",
                                 "benefitPeriod": {"start": f"{year}-01-01", "end": f"{year}-12-31"}}
    if decision == "not_covered":
        doc["disposition"] = "No policy in force on the serviced date"
    else:
        benefits = []
        for _, code, allowed, used in PLAN_BENEFITS:
            used = allowed if decision == "exhausted" and code in ("visit", "benefit") else used
            entry = {"type": _concept("http://terminology.hl7.org/CodeSystem/benefit-type", code)}
            if code == "benefit":
                entry.update(allowedMoney=_money(Decimal(allowed), currency), usedMoney=_money(Decimal(used), currency))
            else:
                entry.update(allowedUnsignedInt=allowed, usedUnsignedInt=used)
            benefits.append(entry)
        items = [{"category": _concept("urn:mock-payer:coverage-item-category", "benefit"),
                  "name": "National basic plan", "benefit": benefits}]
        for index, code in enumerate(asked):
            excluded = decision == "excluded" and index == len(asked) - 1
            items.append({"category": _concept("urn:mock-payer:coverage-item-category", "item"),
                          "productOrService": {"coding": [{"code": code}], "text": code}, "excluded": excluded})
        insurance["item"] = items
        doc["disposition"] = {"covered": "Covered", "excluded": "Covered; some items excluded",
                              "exhausted": "Covered; benefit limits reached"}[decision]
    doc["insurance"] = [insurance]
    return fhir.validated(doc)


def communication_request(claim_key: str, query_id: str) -> dict[str, Any]:
    return fhir.validated({
        "resourceType": "CommunicationRequest", "id": query_id,
        "identifier": [{"system": RESPONSE_SYSTEM, "value": query_id}], "status": "active",
        "about": [{"identifier": {"system": fhir.CLAIM_ID_SYSTEM, "value": claim_key}}],
        "payload": [{"contentString": "Please send the discharge summary for this stay."}],
        "reasonCode": [_concept(fhir.DOCUMENT_KIND_SYSTEM, "discharge-summary", "Discharge summary")],
        "authoredOn": datetime.now(UTC).isoformat(),
        "sender": {"display": "Mock national health insurance"},
    })


def payment_reconciliation(payment_id: str, lines: list[tuple[str, str, Decimal]], currency: str) -> dict[str, Any]:
    """A remittance paying each (claim key, ClaimResponse id, amount)."""
    total = sum((amount for _, _, amount in lines), Decimal("0.00"))
    return fhir.validated({
        "resourceType": "PaymentReconciliation", "id": payment_id,
        "identifier": [{"system": RESPONSE_SYSTEM, "value": payment_id}], "status": "active",
        "created": datetime.now(UTC).isoformat(), "paymentDate": _today().isoformat(),
        "paymentAmount": _money(total, currency), "outcome": "complete",
        "detail": [{"type": _concept("http://terminology.hl7.org/CodeSystem/payment-type", "payment"),
                    "request": {"identifier": {"system": fhir.CLAIM_ID_SYSTEM, "value": key}},
                    "response": {"reference": f"ClaimResponse/{response}"}, "amount": _money(amount, currency)}
                   for key, response, amount in lines],
    })


def operation_outcome(code: str, text: str) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": code, "diagnostics": text[:500]}]}
