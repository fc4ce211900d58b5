-- insurance: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).
-- The gateway's role reads no table: it takes its work and records the payers' answers through its functions.

GRANT USAGE ON SCHEMA insurance TO hms_staff, hms_insurance_gateway;

GRANT SELECT ON insurance.payer_policy, insurance.item_code TO hms_billing, hms_admin;

GRANT INSERT (payer_id, admission_needs_preauthorization, eligibility_valid_hours),
      UPDATE (admission_needs_preauthorization, eligibility_valid_hours) ON insurance.payer_policy TO hms_admin;

GRANT INSERT (payer_id, price_code, payer_code, payer_display, needs_preauthorization, active),
      UPDATE (payer_code, payer_display, needs_preauthorization, active) ON insurance.item_code TO hms_admin;

GRANT SELECT ON insurance.request, insurance.message, insurance.eligibility, insurance.preauthorization,
      insurance.preauthorization_item, insurance.payer_query, insurance.query_attachment, insurance.remittance,
      insurance.remittance_line TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.request_eligibility(bigint, text[]) TO hms_reception, hms_billing;

GRANT EXECUTE ON FUNCTION insurance.patient_eligibility(bigint) TO hms_reception, hms_billing;

GRANT EXECUTE ON FUNCTION insurance.request_preauthorization(bigint, jsonb, text, bigint)
   TO hms_billing, hms_doctor, hms_nurse;

GRANT EXECUTE ON FUNCTION insurance.submit_claim(bigint) TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.request_claim_status(bigint) TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.answer_query(bigint, text, jsonb) TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.retry_request(bigint) TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.resolve_remittance_line(bigint, bigint, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.claim_warnings(bigint, bigint[]) TO hms_billing;

GRANT EXECUTE ON FUNCTION insurance.gateway_take(integer, integer, text[]), insurance.gateway_fix_document(bigint, jsonb),
      insurance.gateway_sent(bigint, text, integer), insurance.gateway_failed(bigint, text, boolean, integer),
      insurance.gateway_record(text, text, uuid, jsonb, jsonb), insurance.gateway_communication_sent(bigint),
      insurance.gateway_waiting(text)
   TO hms_insurance_gateway;

GRANT EXECUTE ON FUNCTION insurance.claim_statistics(date, date), insurance.claim_rejection_reasons(date, date)
   TO hms_billing;
