--
-- The triggers that lock rows for the cross-row rules run with the caller's
-- rights (no costshare function is SECURITY DEFINER), so the locks need
-- rights of their own, as doc/schema.md says: adding a burden item needs
-- UPDATE (title) on agreement, moving a category UPDATE on cost_category.
-- Without them the write is refused with 42501, never let through unlocked.
-- Uses its own rows and role and removes them at the end.
--
\set SHOW_CONTEXT never
CREATE ROLE regress_costshare_writer;
GRANT USAGE ON SCHEMA public TO regress_costshare_writer;
GRANT SELECT ON party, agreement, cost_category TO regress_costshare_writer;
GRANT SELECT, INSERT ON burden_item TO regress_costshare_writer;
GRANT USAGE ON SEQUENCE burden_item_id_seq TO regress_costshare_writer;
GRANT UPDATE (parent) ON cost_category TO regress_costshare_writer;

INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('RH', 'Rights host', 'JPY', 'jp'), ('RS', 'Rights stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period)
	VALUES ('RIGHTS', 'rights test', 'RH', 'RS', '[2021-04-01,2022-04-01)');
INSERT INTO cost_category (code, name) VALUES ('rights_a', 'a'), ('rights_b', 'b');

SET ROLE regress_costshare_writer;
-- INSERT alone: refused, the agreement cannot be locked
INSERT INTO burden_item (id, agreement, category, period, amount)
	VALUES (900100, 'RIGHTS', 'utilities', '[2021-04-01,2022-04-01)', 'JPY 100');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
-- UPDATE on the parent column alone: refused, the table cannot be locked
UPDATE cost_category SET parent = 'rights_a' WHERE code = 'rights_b';
\echo SQLSTATE :LAST_ERROR_SQLSTATE
RESET ROLE;
GRANT UPDATE (title) ON agreement TO regress_costshare_writer;
GRANT UPDATE ON cost_category TO regress_costshare_writer;
SET ROLE regress_costshare_writer;
-- with them: items, read committed and repeatable read
INSERT INTO burden_item (id, agreement, category, period, amount)
	VALUES (900101, 'RIGHTS', 'utilities', '[2021-04-01,2022-04-01)', 'JPY 100');
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO burden_item (id, agreement, category, period, amount)
	VALUES (900102, 'RIGHTS', 'utilities', '[2021-04-01,2022-04-01)', 'JPY 200');
COMMIT;
-- and the rules still hold for it
INSERT INTO burden_item (id, agreement, category, period, amount)
	VALUES (900103, 'RIGHTS', 'utilities', '[2022-04-01,2023-04-01)', 'JPY 300');
-- it moves a category, and is refused a cycle
UPDATE cost_category SET parent = 'rights_a' WHERE code = 'rights_b';
UPDATE cost_category SET parent = 'rights_b' WHERE code = 'rights_a';
RESET ROLE;
SELECT id, amount FROM burden_item WHERE agreement = 'RIGHTS' ORDER BY id;
SELECT code, parent FROM cost_category WHERE code LIKE 'rights%' ORDER BY code;

-- clean up
DELETE FROM burden_item WHERE agreement = 'RIGHTS';
DELETE FROM agreement WHERE code = 'RIGHTS';
DELETE FROM party WHERE code IN ('RH', 'RS');
UPDATE cost_category SET parent = NULL WHERE code LIKE 'rights%';
DELETE FROM cost_category WHERE code LIKE 'rights%';
REVOKE ALL ON party, agreement, cost_category, burden_item FROM regress_costshare_writer;
REVOKE ALL ON SEQUENCE burden_item_id_seq FROM regress_costshare_writer;
REVOKE ALL ON SCHEMA public FROM regress_costshare_writer;
DROP ROLE regress_costshare_writer;
