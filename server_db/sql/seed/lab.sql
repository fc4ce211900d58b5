-- Reference data of lab: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

INSERT INTO core.setting (key, value, description) VALUES
    ('critical_ack_minutes', '30', 'Minutes a critical lab result may stay unacknowledged before it escalates.')
ON CONFLICT (key) DO NOTHING;

-- BEGIN GENERATED FROM resources/lab_catalog.csv -> lab.test BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.test (code, name, short_name, specimen_type, container, unit, value_type, decimals, price_code) VALUES
    ('6690-2', 'Leukocytes [#/volume] in Blood by Automated count', 'WBC', 'Whole blood', 'EDTA (lavender)', '10*9/L', 'numeric', 1, 'LAB-6690-2'),
    ('789-8', 'Erythrocytes [#/volume] in Blood by Automated count', 'RBC', 'Whole blood', 'EDTA (lavender)', '10*12/L', 'numeric', 2, 'LAB-789-8'),
    ('718-7', 'Hemoglobin [Mass/volume] in Blood', 'Haemoglobin', 'Whole blood', 'EDTA (lavender)', 'g/L', 'numeric', 0, 'LAB-718-7'),
    ('4544-3', 'Hematocrit [Volume Fraction] of Blood by Automated count', 'Haematocrit', 'Whole blood', 'EDTA (lavender)', 'L/L', 'numeric', 2, 'LAB-4544-3'),
    ('787-2', 'MCV [Entitic volume] by Automated count', 'MCV', 'Whole blood', 'EDTA (lavender)', 'fL', 'numeric', 0, 'LAB-787-2'),
    ('777-3', 'Platelets [#/volume] in Blood by Automated count', 'Platelets', 'Whole blood', 'EDTA (lavender)', '10*9/L', 'numeric', 0, 'LAB-777-3'),
    ('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'Sodium', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 0, 'LAB-2951-2'),
    ('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'Potassium', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, 'LAB-2823-3'),
    ('2075-0', 'Chloride [Moles/volume] in Serum or Plasma', 'Chloride', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 0, 'LAB-2075-0'),
    ('1963-8', 'Bicarbonate [Moles/volume] in Serum or Plasma', 'Bicarbonate', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 0, 'LAB-1963-8'),
    ('22664-7', 'Urea [Moles/volume] in Serum or Plasma', 'Urea', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, 'LAB-22664-7'),
    ('14682-9', 'Creatinine [Moles/volume] in Serum or Plasma', 'Creatinine', 'Serum', 'SST (gold)', 'umol/L', 'numeric', 0, 'LAB-14682-9'),
    ('14749-6', 'Glucose [Moles/volume] in Serum or Plasma', 'Glucose', 'Plasma', 'Fluoride oxalate (grey)', 'mmol/L', 'numeric', 1, 'LAB-14749-6'),
    ('2000-8', 'Calcium [Moles/volume] in Serum or Plasma', 'Calcium', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 2, 'LAB-2000-8'),
    ('1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'ALT', 'Serum', 'SST (gold)', 'U/L', 'numeric', 0, 'LAB-1742-6'),
    ('1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'AST', 'Serum', 'SST (gold)', 'U/L', 'numeric', 0, 'LAB-1920-8'),
    ('6768-6', 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma', 'ALP', 'Serum', 'SST (gold)', 'U/L', 'numeric', 0, 'LAB-6768-6'),
    ('14631-6', 'Bilirubin.total [Moles/volume] in Serum or Plasma', 'Bilirubin', 'Serum', 'SST (gold)', 'umol/L', 'numeric', 0, 'LAB-14631-6'),
    ('1751-7', 'Albumin [Mass/volume] in Serum or Plasma', 'Albumin', 'Serum', 'SST (gold)', 'g/L', 'numeric', 0, 'LAB-1751-7'),
    ('14647-2', 'Cholesterol [Moles/volume] in Serum or Plasma', 'Cholesterol', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, 'LAB-14647-2'),
    ('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', 'TSH', 'Serum', 'SST (gold)', 'mIU/L', 'numeric', 2, 'LAB-3016-3'),
    ('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', 'CRP', 'Serum', 'SST (gold)', 'mg/L', 'numeric', 0, 'LAB-1988-5'),
    ('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', 'HbA1c', 'Whole blood', 'EDTA (lavender)', '%', 'numeric', 1, 'LAB-4548-4'),
    ('10839-9', 'Troponin I.cardiac [Mass/volume] in Serum or Plasma', 'Troponin I', 'Serum', 'SST (gold)', 'ng/L', 'numeric', 0, 'LAB-10839-9'),
    ('6301-6', 'INR in Platelet poor plasma by Coagulation assay', 'INR', 'Citrated plasma', 'Sodium citrate (light blue)', '{INR}', 'numeric', 1, 'LAB-6301-6'),
    ('2524-7', 'Lactate [Moles/volume] in Serum or Plasma', 'Lactate', 'Plasma', 'Fluoride oxalate (grey)', 'mmol/L', 'numeric', 1, 'LAB-2524-7'),
    ('600-7', 'Bacteria identified in Blood by Culture', 'Blood culture', 'Blood', 'Blood culture bottles', '', 'text', 0, 'LAB-600-7'),
    ('94500-6', 'SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection', 'SARS-CoV-2 PCR', 'Nasopharyngeal swab', 'Viral transport medium', '', 'text', 0, 'LAB-94500-6');
-- END GENERATED FROM resources/lab_catalog.csv -> lab.test

-- BEGIN GENERATED FROM resources/lab_panels.csv -> lab.panel BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.panel (code, name) VALUES
    ('58410-2', 'CBC panel - Blood by Automated count'),
    ('24362-6', 'Renal function 2000 panel - Serum or Plasma'),
    ('24325-3', 'Hepatic function 2000 panel - Serum or Plasma');
-- END GENERATED FROM resources/lab_panels.csv -> lab.panel

-- BEGIN GENERATED FROM resources/lab_panels.csv -> lab.panel_test BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.panel_test (panel_code, test_code, position) VALUES
    ('58410-2', '6690-2', 1),
    ('58410-2', '789-8', 2),
    ('58410-2', '718-7', 3),
    ('58410-2', '4544-3', 4),
    ('58410-2', '787-2', 5),
    ('58410-2', '777-3', 6),
    ('24362-6', '2951-2', 1),
    ('24362-6', '2823-3', 2),
    ('24362-6', '22664-7', 3),
    ('24362-6', '14682-9', 4),
    ('24325-3', '1742-6', 1),
    ('24325-3', '1920-8', 2),
    ('24325-3', '6768-6', 3),
    ('24325-3', '14631-6', 4),
    ('24325-3', '1751-7', 5);
-- END GENERATED FROM resources/lab_panels.csv -> lab.panel_test

-- BEGIN GENERATED FROM resources/lab_reference_ranges.csv -> lab.reference_range BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.reference_range (test_code, sex, age_from_years, age_to_years, low, high, critical_low, critical_high) VALUES
    ('6690-2', NULL, 18, NULL, 4.0, 11.0, 1.0, 50.0),
    ('6690-2', NULL, 1, 18, 4.5, 13.5, 1.0, 50.0),
    ('789-8', 'male', 18, NULL, 4.5, 5.9, NULL, NULL),
    ('789-8', 'female', 18, NULL, 3.8, 5.2, NULL, NULL),
    ('718-7', 'male', 18, NULL, 130, 170, 70, 200),
    ('718-7', 'female', 18, NULL, 120, 150, 70, 200),
    ('718-7', NULL, 1, 18, 110, 145, 70, 200),
    ('4544-3', 'male', 18, NULL, 0.4, 0.5, 0.2, 0.6),
    ('4544-3', 'female', 18, NULL, 0.36, 0.46, 0.2, 0.6),
    ('787-2', NULL, 18, NULL, 80, 100, NULL, NULL),
    ('777-3', NULL, 0, NULL, 150, 400, 20, 1000),
    ('2951-2', NULL, 0, NULL, 135, 145, 120, 160),
    ('2823-3', NULL, 0, NULL, 3.5, 5.3, 2.5, 6.5),
    ('2075-0', NULL, 0, NULL, 98, 107, NULL, NULL),
    ('1963-8', NULL, 0, NULL, 22, 29, 10, 40),
    ('22664-7', NULL, 18, NULL, 2.5, 7.8, NULL, 30.0),
    ('14682-9', 'male', 18, NULL, 59, 104, NULL, 354),
    ('14682-9', 'female', 18, NULL, 45, 84, NULL, 354),
    ('14682-9', NULL, 1, 18, 20, 80, NULL, 354),
    ('14749-6', NULL, 0, NULL, 3.9, 7.8, 2.5, 25.0),
    ('2000-8', NULL, 0, NULL, 2.2, 2.6, 1.8, 3.5),
    ('1742-6', NULL, 0, NULL, 0, 40, NULL, NULL),
    ('1920-8', NULL, 0, NULL, 0, 40, NULL, NULL),
    ('6768-6', NULL, 18, NULL, 30, 130, NULL, NULL),
    ('6768-6', NULL, 1, 18, 100, 400, NULL, NULL),
    ('14631-6', NULL, 0, NULL, 0, 21, NULL, NULL),
    ('1751-7', NULL, 0, NULL, 35, 50, NULL, NULL),
    ('14647-2', NULL, 18, NULL, 0, 5.0, NULL, NULL),
    ('3016-3', NULL, 0, NULL, 0.27, 4.2, NULL, NULL),
    ('1988-5', NULL, 0, NULL, 0, 5, NULL, NULL),
    ('4548-4', NULL, 0, NULL, 4.0, 5.9, NULL, NULL),
    ('10839-9', 'male', 18, NULL, 0, 34, NULL, NULL),
    ('10839-9', 'female', 18, NULL, 0, 16, NULL, NULL),
    ('6301-6', NULL, 0, NULL, 0.8, 1.2, NULL, 5.0),
    ('2524-7', NULL, 0, NULL, 0.5, 2.2, NULL, 4.0);
-- END GENERATED FROM resources/lab_reference_ranges.csv -> lab.reference_range

-- Each test is priced LAB-<LOINC> (valid from 2020; the price list takes over from there); LAB-DEFAULT prices a
-- test added later without its own price, so a result is never held back for want of a price.
-- BEGIN GENERATED FROM resources/lab_catalog.csv -> billing.price_item BY resources/build_icd10_sql.py (do not edit)
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('LAB-6690-2', 'Laboratory: WBC', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-789-8', 'Laboratory: RBC', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-718-7', 'Laboratory: Haemoglobin', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-4544-3', 'Laboratory: Haematocrit', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-787-2', 'Laboratory: MCV', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-777-3', 'Laboratory: Platelets', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2951-2', 'Laboratory: Sodium', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2823-3', 'Laboratory: Potassium', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2075-0', 'Laboratory: Chloride', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1963-8', 'Laboratory: Bicarbonate', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-22664-7', 'Laboratory: Urea', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14682-9', 'Laboratory: Creatinine', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14749-6', 'Laboratory: Glucose', 3.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2000-8', 'Laboratory: Calcium', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1742-6', 'Laboratory: ALT', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1920-8', 'Laboratory: AST', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-6768-6', 'Laboratory: ALP', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14631-6', 'Laboratory: Bilirubin', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1751-7', 'Laboratory: Albumin', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14647-2', 'Laboratory: Cholesterol', 5.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-3016-3', 'Laboratory: TSH', 9.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1988-5', 'Laboratory: CRP', 6.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-4548-4', 'Laboratory: HbA1c', 8.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-10839-9', 'Laboratory: Troponin I', 18.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-6301-6', 'Laboratory: INR', 6.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2524-7', 'Laboratory: Lactate', 7.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-600-7', 'Laboratory: Blood culture', 25.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-94500-6', 'Laboratory: SARS-CoV-2 PCR', 30.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test');
-- END GENERATED FROM resources/lab_catalog.csv -> billing.price_item

INSERT INTO billing.price_item (code, name, amount, currency, valid_from, group_code)
VALUES ('LAB-DEFAULT', 'Laboratory test', 10.00, 'GBP', DATE '2020-01-01', 'lab_test');
