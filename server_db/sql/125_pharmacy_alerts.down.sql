-- Undo 125_pharmacy_alerts.sql.
DROP TRIGGER IF EXISTS prescription_stat_alert ON pharmacy.prescription;
DROP FUNCTION IF EXISTS pharmacy.alert_stat_prescription();
