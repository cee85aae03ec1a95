--
-- costshare_reader reads every view and burden_in_currency, and can neither
-- read nor write the tables (nor the item-level burden_allocation).
--
\set SHOW_CONTEXT never
SELECT rolcanlogin FROM pg_roles WHERE rolname = 'costshare_reader';
SELECT c.relname, c.relkind,
	   has_table_privilege('costshare_reader', c.oid, 'SELECT') AS can_select,
	   has_table_privilege('costshare_reader', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE') AS can_write
FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
  AND c.relkind IN ('r', 'v', 'S')
ORDER BY c.relkind, c.relname;

SET ROLE costshare_reader;
SELECT count(*) FROM burden_by_period;
SELECT count(*) FROM burden_by_category;
SELECT count(*) FROM burden_by_period_category;
SELECT count(*) FROM burden_per_person;
SELECT count(*) FROM burden_vs_demand;
SELECT count(*) FROM agreement_coverage;
SELECT count(*) FROM burden_by_stationed_calendar;
SELECT count(*) FROM exchange_rates;
SELECT count(*), count(rate) FROM burden_in_currency('USD');
SELECT * FROM burden_item LIMIT 1;
SELECT * FROM agreement LIMIT 1;
SELECT * FROM exchange_rate LIMIT 1;
SELECT * FROM burden_allocation LIMIT 1;
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES ('RR', 'reader', 'USD', 'calendar');
UPDATE agreement SET title = 'x';
DELETE FROM demand;
RESET ROLE;
