-- Reference data of scheduling: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

INSERT INTO core.setting (key, value, description) VALUES
    ('telemedicine_url_template', '"https://meet.example-hospital.org/hd-{token}"',
     'Video link of a telemedicine appointment; {token} becomes a random token per appointment.'),
    ('clinic_timezone', to_jsonb(current_setting('TimeZone')),
     'Time zone of the providers'' weekly session times (scheduling.provider_template) and of "today".');
