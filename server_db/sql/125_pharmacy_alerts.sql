-- =====================================================================================================
-- pharmacy alerts: a STAT prescription is pushed to the pharmacy at once. Applied as hms_owner by migration 0005
-- (125_pharmacy_alerts.down.sql undoes it).
--
-- Inserting a prescription of priority 'stat' writes one notify.notification (kind 'pharmacy_stat') for every
-- active pharmacist, in the prescribing transaction; the NOTIFY carries ids only and each pharmacist's client
-- re-reads its own row (RLS). The title names the drug and the prescription number, not the patient.
-- =====================================================================================================
CREATE FUNCTION pharmacy.alert_stat_prescription() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title)
    SELECT s.id, 'pharmacy_stat', NEW.id, NEW.patient_id,
           'STAT prescription ' || NEW.prescription_number || ': ' || g.generic_name || ' ' || g.strength
      FROM core.staff s
      JOIN pg_roles r ON r.rolname = s.username AND r.rolcanlogin
      JOIN pharmacy.drug g ON g.id = NEW.drug_id
     WHERE s.active AND pg_has_role(s.username, 'hms_pharmacist', 'MEMBER');
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION pharmacy.alert_stat_prescription() IS
    'AFTER INSERT on pharmacy.prescription (priority stat): a notification for every active pharmacist.';
CREATE TRIGGER prescription_stat_alert AFTER INSERT ON pharmacy.prescription
    FOR EACH ROW WHEN (NEW.priority = 'stat') EXECUTE FUNCTION pharmacy.alert_stat_prescription();
