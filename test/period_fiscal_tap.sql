-- pgTAP: the agreement_period and fiscal_calendar API, its error codes, and
-- the honesty of its declarations.
BEGIN;
SELECT plan(36);

CREATE SCHEMA costshare_period;
CREATE EXTENSION costshare SCHEMA costshare_period;
SET search_path = costshare_period, public;

SELECT has_type('costshare_period', 'agreement_period', 'type agreement_period exists');
SELECT has_type('costshare_period', 'fiscal_calendar', 'type fiscal_calendar exists');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'agreement_period'::regtype), 8, 'agreement_period is 8 bytes');
SELECT ok((SELECT typbyval FROM pg_type WHERE oid = 'agreement_period'::regtype), 'agreement_period is passed by value');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'fiscal_calendar'::regtype), 4, 'fiscal_calendar is 4 bytes');
SELECT ok((SELECT typbyval FROM pg_type WHERE oid = 'fiscal_calendar'::regtype), 'fiscal_calendar is passed by value');
SELECT has_function('costshare_period', 'prorate', ARRAY['currency_amount', 'agreement_period', 'fiscal_calendar', 'text'],
	'prorate(currency_amount, agreement_period, fiscal_calendar, text) exists');
SELECT has_function('costshare_period', 'prorate_minor_units', ARRAY['bigint', 'agreement_period', 'fiscal_calendar', 'text'],
	'prorate_minor_units exists');
SELECT has_function('costshare_period', 'fiscal_pieces', ARRAY['agreement_period', 'fiscal_calendar[]'], 'fiscal_pieces exists');
SELECT has_function('costshare_period', 'rebucket', ARRAY['currency_amount', 'agreement_period', 'fiscal_calendar'], 'rebucket exists');

-- every function of these two areas is immutable (the calendar is an argument) and parallel
-- safe; the schema's functions over periods read tables and are judged in their own tests
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
		WHERE (p.proname ~ '(agreement_period|fiscal|allocate_minor|prorate|rebucket)'
			OR (p.oid::regprocedure::text ~ '(agreement_period|fiscal_calendar)'
				AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')))
			AND p.prokind = 'f' AND (p.provolatile <> 'i' OR p.proparallel <> 's')
			-- (selectivity estimators read the statistics: STABLE, as PostgreSQL's own)
			AND p.oid NOT IN (SELECT oprrest FROM pg_operator UNION SELECT oprjoin FROM pg_operator)),
	0, 'period and calendar functions are IMMUTABLE and PARALLEL SAFE');
-- nothing that can raise an error is LEAKPROOF
SELECT is((SELECT count(*)::int FROM pg_proc WHERE proleakproof AND proname IN
		('agreement_period_in', 'agreement_period_union', 'days', 'fiscal_year', 'fiscal_year_period')),
	0, 'functions that can fail are not LEAKPROOF');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
		WHERE p.oid::regprocedure::text ~ '(agreement_period|fiscal_calendar)'
			AND obj_description(p.oid, 'pg_proc') IS NULL),
	0, 'every period and calendar function has a comment');

-- errors and their SQLSTATEs
SELECT throws_ok($$SELECT 'x'::agreement_period$$, '22P02', 'invalid input syntax for type agreement_period: "x"', 'syntax is 22P02');
SELECT throws_ok($$SELECT 'FY2021'::agreement_period$$, '22P02', NULL, 'a label without its calendar is 22P02');
SELECT throws_ok($$SELECT '2021-02-29..2021-03-01'::agreement_period$$, '22008', 'date field value out of range: "2021-02-29"', 'an impossible date is 22008');
SELECT throws_ok($$SELECT '[5874898-01-01,5874898-01-02)'::agreement_period$$, '22008', NULL, 'a date out of range is 22008');
SELECT throws_ok($$SELECT '[2021-04-02,2021-04-01)'::agreement_period$$, '22000', 'agreement period [2021-04-02,2021-04-01) is empty', 'an inverted span is 22000');
SELECT throws_ok($$SELECT agreement_period('2021-04-01', '2021-04-01')$$, '22000', NULL, 'an empty span is 22000');
SELECT throws_ok($$SELECT 'FY2021@nope'::agreement_period$$, '22023', 'unknown fiscal calendar: "nope"', 'an unknown calendar is 22023');
SELECT throws_ok($$SELECT 'nope'::fiscal_calendar$$, '22023', NULL, 'an unknown calendar name is 22023');
SELECT throws_ok($$SELECT fiscal_calendar(2, 29, 'start')$$, '22023', NULL, 'a year cannot start on February 29');
SELECT throws_ok($$SELECT 'empty'::daterange::agreement_period$$, '22000', NULL, 'an empty daterange is 22000');
SELECT throws_ok($$SELECT days('[2020-01-01,)')$$, '22023', NULL, 'days of an infinite period is 22023');
SELECT throws_ok($$SELECT 'JFY2016'::agreement_period + 'JFY2018'$$, '22000', NULL, 'a union with a gap is 22000');
SELECT throws_ok($$SELECT * FROM prorate('1 JPY', '[2020-01-01,)', 'jp')$$, '22023', NULL, 'prorating an infinite period is 22023');
SELECT throws_ok($$SELECT * FROM prorate_minor_units(1, 'JFY2020', 'jp', 'weekly')$$, '22023', 'unknown proration method: "weekly"', 'an unknown method is 22023');
SELECT throws_ok($$SELECT fiscal_year('infinity', 'jp')$$, '22008', NULL, 'an infinite date has no fiscal year');

-- answers
SELECT is('JFY2016..JFY2020'::agreement_period, '[2016-04-01,2021-04-01)'::agreement_period, 'JFY labels');
SELECT is('FY2021@us_federal'::agreement_period::text, '[2020-10-01,2021-10-01)', 'US federal FY2021');
SELECT is(fiscal_label('JFY2016..JFY2020', 'jp'), 'JFY2016–JFY2020', 'aligned periods get fiscal labels');
SELECT is(fiscal_year('2020-02-29', 'jp'), 2019, 'JFY2019 contains 2020-02-29');
SELECT is(days(fiscal_year_period(2019, 'jp')), 366, 'JFY2019 has 366 days');
SELECT is('JFY2016'::agreement_period * 'JFY2018', NULL, 'disjoint periods intersect in NULL');
SELECT is((SELECT sum(share) FROM prorate('946500000000 JPY', 'JFY2016..JFY2020', 'us_federal', 'equal')),
	'946500000000 JPY'::currency_amount, 'allocate sums exactly');
SELECT is((SELECT array_agg(share ORDER BY fiscal_year) FROM prorate_minor_units(946500000000, 'JFY2016..JFY2020', 'jp')),
	ARRAY[189196330778, 189196330778, 189196330778, 189714676889, 189196330777]::bigint[],
	'946.5 billion yen by days: the leap year weighs 366, the last unit goes by largest remainder');

SELECT * FROM finish();
ROLLBACK;
