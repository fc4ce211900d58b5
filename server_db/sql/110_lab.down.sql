-- Undo 110_lab.sql.
DROP TRIGGER notification_lab_acknowledged ON notify.notification;
DROP SCHEMA lab CASCADE;
DELETE FROM billing.price_item WHERE group_code = 'lab_test';
DELETE FROM core.setting WHERE key = 'critical_ack_minutes';
