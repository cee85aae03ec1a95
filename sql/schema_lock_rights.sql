--
-- The triggers that lock rows for the cross-row rules (burden_item_check,
-- cost_category_check_cycle) need no more rights than the write itself: a
-- role that may only add burden items, or only change a category's parent,
-- still can.  Uses its own rows and role and removes them at the end.
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
-- the role cannot lock the agreement itself
SELECT code FROM agreement WHERE code = 'RIGHTS' FOR SHARE;
-- but adds an item, read committed and repeatable read
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
