-- sum_by_currency's state type: text form, validation, combine and final
-- as Citus and parallel query use them (they ship states between servers
-- or processes as text or binary and combine them with the combine function).
\set VERBOSITY default
SELECT 'empty'::currency_amount_by_currency_state,
	'EUR 2 -500 3, JPY 0 170141183460469231731687303715884105727 1, usd 2 350 2'::currency_amount_by_currency_state;
-- a state is made and finished under one catalog, so each entry has its
-- currency's scale: any other would finish as an amount (USD 1.505) that
-- text input does not read back
SELECT 'USD 4 12345 1'::currency_amount_by_currency_state;
SELECT 'USD 3 1505 1'::currency_amount_by_currency_state;
SELECT 'JPY 2 100 1'::currency_amount_by_currency_state;
-- more entries than there are currencies is refused before any is read
SELECT (repeat('USD 2 1 1, ', 400) || 'USD 2 1 1')::currency_amount_by_currency_state;
-- refused: not sorted, a code twice, a bad separator, count 0, a scale past
-- 18, a sum past 128 bits, an unknown code, leftovers, signs and spaces
SELECT 'USD 2 1 1, EUR 2 1 1'::currency_amount_by_currency_state;
SELECT 'USD 2 1 1, USD 2 1 1'::currency_amount_by_currency_state;
SELECT 'EUR 2 1 1,USD 2 1 1'::currency_amount_by_currency_state;
SELECT 'EUR 2 1 1; USD 2 1 1'::currency_amount_by_currency_state;
SELECT 'USD 2 1 0'::currency_amount_by_currency_state;
SELECT 'USD 19 1 1'::currency_amount_by_currency_state;
SELECT 'USD 2 170141183460469231731687303715884105728 1'::currency_amount_by_currency_state;
SELECT 'USD 2 -170141183460469231731687303715884105728 1'::currency_amount_by_currency_state;
SELECT 'USD 2 -170141183460469231731687303715884105729 1'::currency_amount_by_currency_state;
SELECT 'ABC 2 1 1'::currency_amount_by_currency_state;
SELECT 'USD 2 1 1, '::currency_amount_by_currency_state;
SELECT 'USD 2 1 1 '::currency_amount_by_currency_state;
SELECT 'USD +2 1 1'::currency_amount_by_currency_state;
SELECT 'USD 2 1 +1'::currency_amount_by_currency_state;
SELECT 'USD 2 1'::currency_amount_by_currency_state;
SELECT ''::currency_amount_by_currency_state;
-- transition outside an aggregate returns a new state and leaves its argument alone
SELECT s, currency_amount_by_currency_state_trans(s, 'EUR 1.00'),
	currency_amount_by_currency_state_trans(s, 'USD 0.01'),
	currency_amount_by_currency_state_trans(s, 'KWD 0.001'), s
FROM (VALUES ('USD 2 150 2'::currency_amount_by_currency_state)) AS t(s);
-- combine merges two sorted lists, adding the totals and counts of a code both hold
SELECT currency_amount_by_currency_state_combine('EUR 2 1 1, USD 2 150 2', 'JPY 0 7 1, USD 2 5 1');
SELECT currency_amount_by_currency_state_combine('empty', 'JPY 0 7 1'),
	currency_amount_by_currency_state_combine('JPY 0 7 1', 'empty'),
	currency_amount_by_currency_state_combine('empty', 'empty');
SELECT currency_amount_by_currency_state_final(currency_amount_by_currency_state_combine(
	'EUR 2 1 1, USD 2 150 2', 'JPY 0 7 1, USD 2 5 1'));
SELECT currency_amount_by_currency_state_final('empty') IS NULL AS no_rows_is_null;
-- combining near the limits: a total past 128 bits, a count past 64 bits,
-- and a final total past the amount range are 22003
SELECT currency_amount_by_currency_state_combine('USD 2 170141183460469231731687303715884105727 1', 'USD 2 1 1');
SELECT currency_amount_by_currency_state_combine('USD 2 1 9223372036854775807', 'USD 2 1 1');
SELECT currency_amount_by_currency_state_final('EUR 2 1 1, USD 2 9223372036854775808 1');
-- the combine of partial aggregates gives what one pass gives, for every split
CREATE TEMP TABLE by_currency_rows AS
SELECT i, (ARRAY['USD 1.25', 'JPY -7', 'EUR 0.10', 'USD -0.01', 'KWD 1.234', 'JPY 9223372036854775807',
	'JPY -9223372036854775807'])[1 + i % 7]::currency_amount AS v
FROM pg_catalog.generate_series(1, 70) AS i;
-- the state itself, as a worker of Citus computes it
CREATE AGGREGATE pg_temp.by_currency_partial(currency_amount) (
	SFUNC = currency_amount_by_currency_state_trans,
	STYPE = currency_amount_by_currency_state,
	INITCOND = 'empty'
);
SELECT pg_temp.by_currency_partial(v) FROM by_currency_rows;
SELECT pg_catalog.count(*) AS splits, pg_catalog.count(*) FILTER (WHERE combined IS DISTINCT FROM whole) AS differing
FROM (SELECT k, currency_amount_by_currency_state_final(currency_amount_by_currency_state_combine(
		(SELECT pg_temp.by_currency_partial(v) FROM by_currency_rows WHERE i <= k),
		(SELECT pg_temp.by_currency_partial(v) FROM by_currency_rows WHERE i > k)))::text AS combined,
	(SELECT sum_by_currency(v) FROM by_currency_rows)::text AS whole
	FROM pg_catalog.generate_series(0, 70) AS k) AS s;
-- a running total over a window: the state grows by a currency mid-frame
SELECT i, v, sum_by_currency(v) OVER (ORDER BY i ROWS UNBOUNDED PRECEDING)
FROM by_currency_rows WHERE i <= 8 ORDER BY i;
-- every aggregate of the extension can be split by Citus and parallel
-- query: a combine function and a state of a SQL type, never internal
SELECT pg_catalog.count(*) AS aggregates,
	pg_catalog.count(*) FILTER (WHERE a.aggcombinefn = 0 OR t.typtype = 'p') AS not_splittable,
	pg_catalog.count(*) FILTER (WHERE a.aggserialfn <> 0) AS with_serialize
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_type t ON t.oid = a.aggtranstype
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare';
