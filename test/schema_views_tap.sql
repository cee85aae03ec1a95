-- pgTAP: the burden views are exact over many generated items (every
-- allocation method, negative amounts, spans of one day to four years), and
-- burden_in_currency uses the right rate and says which.
BEGIN;
SELECT plan(20);

CREATE EXTENSION costshare;

-- a host on calendar years paying in won (no minor unit), a stationed party
-- on US federal years
INSERT INTO party (code, name, default_currency, fiscal_calendar)
VALUES ('HH', 'Host', 'KRW', 'calendar'), ('SS', 'Stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period)
VALUES ('G1', 'generated', 'HH', 'SS', '[2020-01-01,2030-01-01)');

INSERT INTO burden_item (agreement, category, period, amount, basis, allocation_method)
SELECT 'G1',
	   (ARRAY['labor_basic_pay', 'labor_welfare', 'utilities', 'general'])[1 + i % 4],
	   agreement_period(d, d + 1 + (i * 101) % 1460),
	   currency_amount((i * 7919) % 1000003 - 1000, 'KRW'),
	   (ARRAY['ceiling', 'budget', 'settled'])[1 + i % 3],
	   (ARRAY['equal', 'days', 'months', NULL])[1 + i % 4]
FROM generate_series(1, 400) AS i,
	 LATERAL (SELECT date '2020-01-01' + (i * 37) % 2000 AS d) s;

SELECT is((SELECT count(*)::int FROM burden_item), 400, '400 generated items');

SELECT is(
	(SELECT count(*)::int FROM (
		SELECT bi.id FROM burden_item bi JOIN burden_allocation ba ON ba.item_id = bi.id
		GROUP BY bi.id, bi.amount HAVING sum(ba.amount) <> bi.amount) x),
	0, 'every item''s parts sum exactly to the item');

SELECT is(
	(SELECT count(*)::int FROM burden_item bi
	 WHERE (SELECT count(*) FROM burden_allocation ba WHERE ba.item_id = bi.id)
		<> (SELECT count(*) FROM fiscal_years(bi.period, 'calendar'))),
	0, 'every item has one part per fiscal year it touches');

SELECT is(
	(SELECT count(*)::int FROM burden_allocation ba JOIN burden_item bi ON bi.id = ba.item_id
	 WHERE NOT (bi.period @> ba.part_period)
		OR NOT (fiscal_year_period(ba.fiscal_year, 'calendar') @> ba.part_period)),
	0, 'every part lies in its item and in its fiscal year');

SELECT is(
	(SELECT array_agg(basis || '=' || total ORDER BY basis) FROM (
		SELECT basis, sum(amount)::text AS total FROM burden_by_period GROUP BY basis) x),
	(SELECT array_agg(basis || '=' || total ORDER BY basis) FROM (
		SELECT basis, sum(amount)::text AS total FROM burden_item GROUP BY basis) x),
	'burden_by_period totals equal the items'' totals per basis');

SELECT is(
	(SELECT array_agg(basis || '=' || amount::text ORDER BY basis) FROM burden_by_period_category_rollup
	 WHERE row_kind = 'grand total'),
	(SELECT array_agg(basis || '=' || total ORDER BY basis) FROM (
		SELECT basis, sum(amount)::text AS total FROM burden_item GROUP BY basis) x),
	'burden_by_period_category_rollup grand totals equal the items'' totals');

SELECT is(
	(SELECT count(*)::int FROM burden_by_period_category_rollup s
	 WHERE s.row_kind = 'fiscal year subtotal'
	   AND s.amount <> (SELECT sum(d.amount) FROM burden_by_period_category_rollup d
						WHERE d.row_kind = 'detail' AND d.basis = s.basis AND d.fiscal_year = s.fiscal_year)),
	0, 'each fiscal-year subtotal is the sum of its categories');

SELECT is(
	(SELECT array_agg(basis || '=' || total ORDER BY basis) FROM (
		SELECT basis, sum(amount)::text AS total FROM burden_by_stationed_calendar GROUP BY basis) x),
	(SELECT array_agg(basis || '=' || total ORDER BY basis) FROM (
		SELECT basis, sum(amount)::text AS total FROM burden_item GROUP BY basis) x),
	'burden_by_stationed_calendar is exact in total');

SELECT is(
	(SELECT count(*)::int FROM burden_by_category_rollup c
	 WHERE c.category_code = 'labor'
	   AND c.amount <> (SELECT sum(d.amount) FROM burden_by_category_rollup d
						WHERE d.parent_code = 'labor' AND d.basis = c.basis)),
	0, 'a category''s total is the sum of its children''s');

SELECT is(
	(SELECT count(*)::int FROM (
		SELECT basis, sum(amount_value) AS s, min(agreement_total_value) AS t
		FROM burden_by_category_rollup WHERE category_level = 0 GROUP BY basis) x WHERE s <> t),
	0, 'the top-level categories add up to the agreement''s total');

-- rates: won per dollar
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider)
VALUES ('USD', 'KRW', '[2021-01-01,2022-01-01)', 1144.42, 'average', 'central bank'),
	   ('USD', 'KRW', '[2022-01-01,2023-01-01)', 1291.95, 'average', 'central bank'),
	   ('USD', 'KRW', '[2024-03-01,2024-03-02)', 1330.00, 'spot', 'market');

SELECT results_eq(
	$$SELECT fiscal_year, rate, rate_provider, rate_rule FROM burden_in_currency('USD')
	  WHERE basis = 'budget' AND fiscal_year IN (2020, 2021, 2022, 2023, 2024, 2025) ORDER BY fiscal_year$$,
	$$VALUES (2020, NULL::numeric, NULL::text, 'missing: no KRW/USD rate in force for the period'),
			 (2021, 1144.42, 'central bank', 'average over the period'),
			 (2022, 1291.95, 'central bank', 'average over the period'),
			 (2023, 1291.95, 'central bank', 'latest earlier rate'),
			 (2024, 1291.95, 'central bank', 'latest earlier rate'),
			 (2025, 1330.00, 'market', 'latest earlier rate')$$,
	'each fiscal year uses the average over it, else the latest earlier rate, and says so');

SELECT is(
	(SELECT count(*)::int FROM burden_in_currency('USD')
	 WHERE rate IS NOT NULL
	   AND converted <> currency_amount(amount_value / rate, 'USD', 'half_even')),
	0, 'conversions divide by a won-per-dollar rate and round once, half to even');

SELECT is(
	(SELECT count(*)::int FROM burden_in_currency('USD', 'market') WHERE rate IS NOT NULL),
	(SELECT count(*)::int FROM burden_by_period WHERE fiscal_year >= 2025 AND amount IS NOT NULL),
	'a provider filter uses only that provider''s rates');

-- names that are wrong are errors; a year without a rate is NULL on its row
SELECT throws_ok($$SELECT * FROM burden_in_currency('USD', 'no such bank')$$, '42704',
	'no exchange rate from provider "no such bank" is on file', 'an unknown provider is an error');
SELECT throws_ok($$SELECT * FROM burden_in_currency('CHF')$$, '42704',
	'no exchange rate into CHF is on file', 'a target no rate mentions is an error');
SELECT throws_ok($$SELECT * FROM rate_in_force('KRW', 'CHF', '[2021-01-01,2022-01-01)')$$, '42704',
	'no exchange rate between KRW and CHF is on file', 'a pair with no rate at all is an error');
SELECT is((SELECT count(*)::int FROM burden_in_currency('USD') WHERE rate_missing AND converted IS NULL
			AND rate_rule LIKE 'missing: %'),
		  (SELECT count(*)::int FROM burden_in_currency('USD') WHERE converted IS NULL AND amount IS NOT NULL),
		  'every row with an amount left unconverted says so and why');
-- a year with no amount on file is no missing rate: it says which state it is in
SELECT results_eq(
	$$SELECT c.agreement_code, c.fiscal_year, c.converted IS NULL, c.rate_missing, c.rate_rule
	  FROM burden_in_currency('USD') c WHERE c.amount IS NULL ORDER BY 1, 2$$,
	$$SELECT b.agreement_code, b.fiscal_year, true, false, 'no amount on file: ' || b.state
	  FROM burden_by_period b WHERE b.amount IS NULL ORDER BY 1, 2$$,
	'a year without an amount is unconverted, says no amount is on file and its state, and is not a missing rate');
SELECT cmp_ok((SELECT count(*)::int FROM burden_in_currency('USD') WHERE amount IS NULL), '>', 0,
	'the sample data has years without an amount');

SET LOCAL ROLE costshare_reader;
SELECT is((SELECT count(*)::int FROM burden_in_currency('USD')),
		  (SELECT count(*)::int FROM burden_by_period),
		  'costshare_reader can call burden_in_currency');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
