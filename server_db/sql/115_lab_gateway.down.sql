-- Undo 115_lab_gateway.sql.
DROP FUNCTION lab.hl7_outbound_done(bigint, text, text, integer);
DROP FUNCTION lab.hl7_outbound_due(integer, integer, integer);
DROP TABLE lab.hl7_outbound;
