--
-- Cost categories form a tree: a change of parent that would close a cycle
-- is refused (23514, the cycle in the detail), and burden_by_category ends
-- even over a cycle made behind the trigger's back.  Uses its own
-- categories and parties and removes them at the end.
--
\set SHOW_CONTEXT never

INSERT INTO cost_category (code, name) VALUES
	('cyc_a', 'a'), ('cyc_b', 'b'), ('cyc_c', 'c'), ('cyc_d', 'd');
UPDATE cost_category SET parent = 'cyc_a' WHERE code = 'cyc_b';
UPDATE cost_category SET parent = 'cyc_b' WHERE code = 'cyc_c';

-- a -> b -> a, and a longer one: a -> c -> b -> a
UPDATE cost_category SET parent = 'cyc_b' WHERE code = 'cyc_a';
\echo SQLSTATE :LAST_ERROR_SQLSTATE
UPDATE cost_category SET parent = 'cyc_c' WHERE code = 'cyc_a';
-- its own parent: the CHECK constraint, as before
UPDATE cost_category SET parent = 'cyc_a' WHERE code = 'cyc_a';
-- a tree is still a tree: moving a subtree elsewhere, under a builtin, to the top
UPDATE cost_category SET parent = 'cyc_d' WHERE code = 'cyc_b';
UPDATE cost_category SET parent = 'utilities' WHERE code = 'cyc_d';
UPDATE cost_category SET parent = NULL WHERE code = 'cyc_d';
SELECT code, parent FROM cost_category WHERE code LIKE 'cyc%' ORDER BY code;


-- a cycle made with the trigger disabled (as data from before 0.2.0 could
-- hold): the burden view still ends, and counts each category once
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('CH', 'Cycle host', 'JPY', 'jp'), ('CS', 'Cycle stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period)
	VALUES ('CYC', 'cycle test', 'CH', 'CS', '[2021-04-01,2022-04-01)');
-- an id of its own: the serial of the later tests stays where it was
INSERT INTO burden_item (id, agreement, category, period, amount)
	VALUES (900001, 'CYC', 'cyc_c', '[2021-04-01,2022-04-01)', 'JPY 100');
ALTER TABLE cost_category DISABLE TRIGGER cost_category_check_cycle;
UPDATE cost_category SET parent = 'cyc_c' WHERE code = 'cyc_d';
ALTER TABLE cost_category ENABLE TRIGGER cost_category_check_cycle;
SET statement_timeout = '20s';
SELECT category_code, amount, item_count FROM burden_by_category_rollup
WHERE agreement_code = 'CYC' ORDER BY category_code;
RESET statement_timeout;
-- a change below the old cycle is refused with the cycle it would hang from
INSERT INTO cost_category (code, name) VALUES ('cyc_e', 'e');
UPDATE cost_category SET parent = 'cyc_c' WHERE code = 'cyc_e';

-- clean up
DELETE FROM burden_item WHERE agreement = 'CYC';
DELETE FROM agreement WHERE code = 'CYC';
DELETE FROM party WHERE code IN ('CH', 'CS');
UPDATE cost_category SET parent = NULL WHERE code LIKE 'cyc%';
DELETE FROM cost_category WHERE code LIKE 'cyc%';
