-- pgTAP: the schema's constraints reject bad rows with the right SQLSTATE
-- and a clear message, keep the good ones, and costshare_reader reads the
-- views but neither reads nor writes the tables.
BEGIN;
SELECT plan(25);

CREATE EXTENSION costshare;

INSERT INTO party (code, name, default_currency, fiscal_calendar)
VALUES ('AA', 'Host', 'CHF', 'calendar'), ('BB', 'Stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('A1', 'first', 'AA', 'BB', '[2030-01-01,2032-01-01)');

SELECT is((SELECT currency::text FROM agreement WHERE code = 'A1'), 'CHF',
	'an agreement takes its host''s currency by default');

-- codes
SELECT throws_ok($$INSERT INTO party (code, name, default_currency, fiscal_calendar)
	VALUES ('AA', 'again', 'CHF', 'calendar')$$, '23505', NULL, 'party codes are unique');
SELECT throws_ok($$INSERT INTO agreement (code, title, host_party, stationed_party, period)
	VALUES ('A1', 'again', 'AA', 'BB', '[2040-01-01,2041-01-01)')$$, '23505', NULL, 'agreement codes are unique');
SELECT throws_ok($$INSERT INTO cost_category (code, name) VALUES ('labor', 'again')$$,
	'23505', NULL, 'category codes are unique');

-- base agreements of a pair do not overlap
SELECT throws_ok($$INSERT INTO agreement (code, title, host_party, stationed_party, period)
	VALUES ('A2', 'overlap', 'AA', 'BB', '[2031-12-31,2033-01-01)')$$,
	'23P01', NULL, 'a base agreement overlapping another of the same pair by one day is rejected');
SELECT lives_ok($$INSERT INTO agreement (code, title, host_party, stationed_party, period)
	VALUES ('A2', 'adjacent', 'AA', 'BB', '[2032-01-01,2033-01-01)')$$,
	'an adjacent base agreement is accepted');
SELECT lives_ok($$INSERT INTO agreement (code, title, host_party, stationed_party, period, kind)
	VALUES ('A3', 'extension', 'AA', 'BB', '[2031-06-01,2032-06-01)', 'extension')$$,
	'an overlapping extension is accepted');
SELECT throws_ok($$UPDATE agreement SET kind = 'base' WHERE code = 'A3'$$,
	'23P01', NULL, 'turning it into a base agreement is rejected');

ALTER TABLE agreement DISABLE TRIGGER agreement_check_overlap;
SELECT throws_ok($$INSERT INTO agreement (code, title, host_party, stationed_party, period)
	VALUES ('A9', 'overlap', 'AA', 'BB', '[2030-06-01,2030-07-01)')$$,
	'23P01', NULL, 'the exclusion constraint holds without the trigger that words the message');
ALTER TABLE agreement ENABLE TRIGGER agreement_check_overlap;

-- items inside their agreement
SELECT lives_ok($$INSERT INTO burden_item (agreement, category, period, amount)
	VALUES ('A1', 'utilities', '[2030-01-01,2032-01-01)', 'CHF 100.00')$$,
	'an item spanning exactly its agreement is accepted');
SELECT throws_ok($$INSERT INTO burden_item (agreement, category, period, amount)
	VALUES ('A1', 'utilities', '[2029-12-31,2031-01-01)', 'CHF 100.00')$$,
	'23514', 'burden item period [2029-12-31,2031-01-01) is not inside the period [2030-01-01,2032-01-01) of agreement "A1"',
	'an item starting a day early is rejected, naming both periods');
SELECT throws_ok($$INSERT INTO burden_item (agreement, category, period, amount)
	VALUES ('A1', 'utilities', '[2031-01-01,2032-01-02)', 'CHF 100.00')$$,
	'23514', NULL, 'an item ending a day late is rejected');
SELECT throws_ok($$UPDATE agreement SET period = '[2030-01-01,2031-12-31)' WHERE code = 'A1'$$,
	'23514', NULL, 'shrinking an agreement under its items is rejected');

-- one currency per agreement unless the item says otherwise
SELECT throws_ok($$INSERT INTO burden_item (agreement, category, period, amount)
	VALUES ('A1', 'labor', '[2030-01-01,2031-01-01)', 'USD 1.00')$$,
	'23514', 'burden item amount USD 1.00 is not in currency CHF of agreement "A1"',
	'an item in another currency is rejected');
SELECT lives_ok($$INSERT INTO burden_item (agreement, category, period, amount, other_currency)
	VALUES ('A1', 'labor', '[2030-01-01,2031-01-01)', 'USD 1.00', true)$$,
	'an item in another currency that says so is accepted');
SELECT throws_ok($$UPDATE agreement SET currency = 'EUR' WHERE code = 'A1'$$,
	'23514', NULL, 'changing the agreement''s currency under its items is rejected');

-- installed categories
SELECT throws_ok($$UPDATE cost_category SET name = 'x' WHERE code = 'utilities'$$,
	'42501', NULL, 'installed categories cannot be renamed');
SELECT throws_ok($$DELETE FROM cost_category WHERE code = 'labor_welfare'$$,
	'42501', NULL, 'installed categories cannot be deleted');
SELECT lives_ok($$INSERT INTO cost_category (code, name, parent) VALUES ('rent', 'Rent', 'facilities_improvement')$$,
	'users add categories of their own');

-- costshare_reader
SELECT is(
	(SELECT count(*)::int FROM pg_class c
	 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
	   AND c.relname IN ('party', 'cost_category', 'agreement', 'burden_item', 'exchange_rate',
						 'force_presence', 'demand', 'negotiation_event')
	   AND (has_table_privilege('costshare_reader', c.oid, 'SELECT')
			OR has_table_privilege('costshare_reader', c.oid, 'INSERT')
			OR has_table_privilege('costshare_reader', c.oid, 'UPDATE')
			OR has_table_privilege('costshare_reader', c.oid, 'DELETE'))),
	0, 'costshare_reader has no privilege on any table');
SELECT ok(
	(SELECT bool_and(has_table_privilege('costshare_reader', c.oid, 'SELECT'))
	 FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'v'
	   AND c.relname IN ('agreement_coverage', 'exchange_rates')),
	'costshare_reader may select from the views');
SELECT ok(NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'costshare_reader'),
	'costshare_reader cannot log in');

SET LOCAL ROLE costshare_reader;
SELECT is((SELECT count(*)::int FROM agreement_coverage WHERE host_party = 'AA'), 3,
	'costshare_reader reads a view');
SELECT throws_ok($$SELECT * FROM burden_item$$, '42501', NULL, 'costshare_reader cannot read a table');
SELECT throws_ok($$INSERT INTO party (code, name, default_currency, fiscal_calendar)
	VALUES ('CC', 'x', 'USD', 'calendar')$$, '42501', NULL, 'costshare_reader cannot write a table');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
