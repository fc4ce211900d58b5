-- Undo 164_adt_fluid_balance.sql.
DROP FUNCTION adt.fluid_balance(bigint);
DROP FUNCTION adt.void_fluid(bigint, text);
DROP FUNCTION adt.record_fluid(bigint, text, text, integer, timestamptz, text);
DROP FUNCTION adt.may_chart(adt.admission, bigint);
DROP TABLE adt.fluid_entry;
