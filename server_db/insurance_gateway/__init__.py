"""The payer side of billing: FHIR R4 documents exchanged with insurers (fhir.py). The coming
hms-insurance-gateway process (docs: DESIGN.md, "insurance_gateway/") lives here and sends the claim outbox."""
