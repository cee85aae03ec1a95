--
-- The tables: installed categories, registration for pg_dump, comments, and
-- every constraint rejecting bad rows with a clear error while keeping good
-- ones.  Uses its own parties (XH, XS) and removes them at the end.
--
\set SHOW_CONTEXT never

-- the installed categories, as a hierarchy
SELECT code, parent, name, builtin FROM cost_category WHERE builtin ORDER BY coalesce(parent, code), parent NULLS FIRST, code;

-- every table (and each serial's sequence) is kept by pg_dump; installed
-- categories are not dumped
SELECT c.relname, c.relkind, e.cond
FROM pg_extension x,
	 unnest(x.extconfig, x.extcondition) AS e(oid, cond)
	 JOIN pg_class c ON c.oid = e.oid
WHERE x.extname = 'costshare'
ORDER BY c.relkind DESC, c.relname;

-- every table, view and column of the schema has a comment
SELECT c.relname, a.attname
FROM pg_depend d
	JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid AND c.relkind IN ('r', 'v')
	LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare') AND d.deptype = 'e'
  AND (obj_description(c.oid, 'pg_class') IS NULL
	   OR (a.attname IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL));

-- and every function and type of the extension
SELECT p.oid::regprocedure::text AS uncommented
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare') AND d.deptype = 'e'
  AND obj_description(p.oid, 'pg_proc') IS NULL
UNION ALL
SELECT t.oid::regtype::text
FROM pg_depend d JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare') AND d.deptype = 'e'
  AND obj_description(t.oid, 'pg_type') IS NULL
  -- the types made implicitly with another object (array types, table row
  -- types, multiranges), which newer servers also record as members
  AND t.typrelid = 0
  AND NOT EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
  AND NOT EXISTS (SELECT FROM pg_range r WHERE r.rngmultitypid = t.oid);

-- fixtures: a host and a stationed party of our own
INSERT INTO party (code, name, default_currency, fiscal_calendar, source)
VALUES ('XH', 'Host of the tests', 'EUR', 'calendar', 'test'),
	   ('XS', 'Stationed of the tests', 'GBP', 'uk', 'test');

-- codes are unique and well formed
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES ('XH', 'again', 'EUR', 'calendar');
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES ('X H', 'space', 'EUR', 'calendar');
INSERT INTO cost_category (code, name) VALUES ('utilities', 'twice');
INSERT INTO cost_category (code, name) VALUES ('Bad Code', 'upper case and space');

-- the agreement's currency defaults to the host's
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA1', 'first', 'XH', 'XS', '[2030-01-01,2033-01-01)');
SELECT code, currency, kind, status, allocation_method FROM agreement WHERE code = 'XA1';
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA1', 'same code', 'XH', 'XS', '[2040-01-01,2041-01-01)');

-- base agreements of one pair do not overlap, by one day or more
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA2', 'overlaps by a day', 'XH', 'XS', '[2032-12-31,2034-01-01)');
-- adjacent is fine; so is an overlapping extension, and the reverse pair
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA2', 'adjacent', 'XH', 'XS', '[2033-01-01,2034-01-01)');
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind)
VALUES ('XA3', 'overlapping extension', 'XH', 'XS', '[2032-06-01,2033-06-01)', 'extension');
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA4', 'reverse pair', 'XS', 'XH', '[2030-01-01,2033-01-01)');
-- an extension cannot become an overlapping base agreement either
UPDATE agreement SET kind = 'base' WHERE code = 'XA3';

-- other checks on agreements
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA5', 'with itself', 'XH', 'XH', '[2050-01-01,2051-01-01)');
INSERT INTO agreement (code, title, host_party, stationed_party, period, agreed_on, signed_on)
VALUES ('XA5', 'signed before agreed', 'XH', 'XS', '[2050-01-01,2051-01-01)', '2049-06-02', '2049-06-01');
INSERT INTO agreement (code, title, host_party, stationed_party, period, total_ceiling)
VALUES ('XA5', 'ceiling in another currency', 'XH', 'XS', '[2050-01-01,2051-01-01)', 'GBP 100.00');
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind)
VALUES ('XA5', 'unknown kind', 'XH', 'XS', '[2050-01-01,2051-01-01)', 'treaty');
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('XA5', 'unknown party', 'XH', 'ZZ', '[2050-01-01,2051-01-01)');

-- a burden item lies inside its agreement: the edges are inside, one day
-- past either edge is not
INSERT INTO burden_item (agreement, category, period, amount, source)
VALUES ('XA1', 'utilities', '[2030-01-01,2033-01-01)', 'EUR 300.00', 'test: the whole agreement'),
	   ('XA1', 'utilities', '[2032-12-31,2033-01-01)', 'EUR 0.01', 'test: the last day');
INSERT INTO burden_item (agreement, category, period, amount)
VALUES ('XA1', 'utilities', '[2029-12-31,2030-12-31)', 'EUR 1.00');
INSERT INTO burden_item (agreement, category, period, amount)
VALUES ('XA1', 'utilities', '[2032-06-01,2033-01-02)', 'EUR 1.00');
-- an item has an end, even in an open-ended agreement
UPDATE agreement SET period = '[2030-01-01,infinity)' WHERE code = 'XA4';
INSERT INTO burden_item (agreement, category, period, amount)
VALUES ('XA4', 'utilities', '[2032-01-01,infinity)', 'GBP 1.00');
-- in the agreement's currency, unless the item says otherwise
INSERT INTO burden_item (agreement, category, period, amount)
VALUES ('XA1', 'utilities', '[2031-01-01,2032-01-01)', 'GBP 1.00');
INSERT INTO burden_item (agreement, category, period, amount, other_currency, source)
VALUES ('XA1', 'utilities', '[2031-01-01,2032-01-01)', 'GBP 1.00', true, 'test: a pound, allowed');
-- a negative amount (a refund) and zero are amounts too
INSERT INTO burden_item (agreement, category, period, amount, source)
VALUES ('XA1', 'labor', '[2031-01-01,2032-01-01)', 'EUR -5.00', 'test: refund'),
	   ('XA1', 'labor', '[2031-01-01,2032-01-01)', 'EUR 0.00', 'test: zero');
-- unknown category, unknown basis, unknown method
INSERT INTO burden_item (agreement, category, period, amount)
VALUES ('XA1', 'construction', '[2031-01-01,2032-01-01)', 'EUR 1.00');
INSERT INTO burden_item (agreement, category, period, amount, basis)
VALUES ('XA1', 'labor', '[2031-01-01,2032-01-01)', 'EUR 1.00', 'estimate');
INSERT INTO burden_item (agreement, category, period, amount, allocation_method)
VALUES ('XA1', 'labor', '[2031-01-01,2032-01-01)', 'EUR 1.00', 'weeks');
-- an item moved outside, or an agreement shrunk or re-currencied under its items
UPDATE burden_item SET period = '[2033-01-01,2034-01-01)' WHERE source = 'test: the last day';
UPDATE agreement SET period = '[2030-01-01,2032-12-31)' WHERE code = 'XA1';
UPDATE agreement SET currency = 'USD' WHERE code = 'XA1';
-- growing it is fine
UPDATE agreement SET period = '[2029-01-01,2033-01-01)' WHERE code = 'XA1';

SELECT agreement, category, period, amount, other_currency, source FROM burden_item
WHERE agreement = 'XA1' ORDER BY id;

-- installed categories cannot be changed or removed; users add their own
UPDATE cost_category SET name = 'Work' WHERE code = 'labor';
DELETE FROM cost_category WHERE code = 'training';
INSERT INTO cost_category (code, name, builtin) VALUES ('rent', 'Rent', true);
INSERT INTO cost_category (code, name, parent, description)
VALUES ('construction', 'Construction', 'facilities_improvement', 'test: a user category'),
	   ('rent', 'Rent', NULL, 'test: another');
UPDATE cost_category SET name = 'Building' WHERE code = 'construction';
SELECT code, name, parent, builtin FROM cost_category WHERE NOT builtin ORDER BY code;

-- a host's own taxonomy: added under the installed categories, renamed (the
-- new code carries to the items and the children), removed once unused
INSERT INTO cost_category (code, name, parent, description)
VALUES ('milcon', 'Military construction', 'facilities_improvement', 'test: a host''s own'),
	   ('milcon_design', 'Design and supervision', 'milcon', 'test: its child');
INSERT INTO burden_item (agreement, category, period, amount, source)
VALUES ('XA1', 'milcon', '[2031-01-01,2032-01-01)', 'EUR 2.00', 'test: taxonomy');
UPDATE cost_category SET code = 'construction_military', name = 'Construction (military)' WHERE code = 'milcon';
SELECT bi.category, c.name, c.parent FROM burden_item bi JOIN cost_category c ON c.code = bi.category
WHERE bi.source = 'test: taxonomy';
SELECT code, parent FROM cost_category WHERE code = 'milcon_design';
-- still used by an item and a child: refused, and nothing is lost
DELETE FROM cost_category WHERE code = 'construction_military';
DELETE FROM cost_category WHERE code = 'milcon_design';
DELETE FROM burden_item WHERE source = 'test: taxonomy';
DELETE FROM cost_category WHERE code = 'construction_military';
SELECT count(*) AS left_over FROM cost_category WHERE code IN ('milcon', 'construction_military', 'milcon_design');

-- other tables' checks
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, provider)
VALUES ('EUR', 'EUR', '[2030-01-01,2031-01-01)', 1, 'test');
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, provider)
VALUES ('EUR', 'GBP', '[2030-01-01,2031-01-01)', 0, 'test');
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, provider)
VALUES ('EUR', 'GBP', '[2030-01-01,2031-01-01)', 0.85, NULL);
INSERT INTO force_presence (host_party, stationed_party, as_of, personnel)
VALUES ('XH', 'XS', '2030-01-01', 0);
INSERT INTO force_presence (host_party, stationed_party, as_of, personnel)
VALUES ('XH', 'XH', '2030-01-01', 10);
INSERT INTO demand (demanding_party, demanded_of, amount, demanded_on)
VALUES ('XS', 'XS', 'GBP 1.00', '2030-01-01');
INSERT INTO negotiation_event (period, kind, summary) VALUES ('[2030-01-01,2030-01-02)', 'dinner', 'x');
INSERT INTO negotiation_event (period, kind, format, summary)
VALUES ('[2030-01-01,2030-01-02)', 'official_talks', 'carrier pigeon', 'x');

-- deleting an agreement deletes its items; events keep, unlinked
INSERT INTO negotiation_event (agreement, period, kind, summary, source)
VALUES ('XA1', '[2029-06-01,2029-06-02)', 'signing', 'test signing', 'test');
DELETE FROM agreement WHERE code = 'XA1';
SELECT count(*) AS items_left FROM burden_item WHERE agreement = 'XA1';
SELECT agreement, summary FROM negotiation_event WHERE source = 'test';

-- clean up
DELETE FROM negotiation_event WHERE source = 'test';
DELETE FROM agreement WHERE host_party IN ('XH', 'XS');
DELETE FROM cost_category WHERE NOT builtin AND description LIKE 'test:%';
DELETE FROM party WHERE code IN ('XH', 'XS');
