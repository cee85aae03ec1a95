--
-- The names 0.2.0 replaced still answer, as thin SQL functions the planner
-- inlines, with the same rows and values as the new names; each says in its
-- comment what replaces it.  The new split functions return named row types.
--
-- each deprecated name, its comment
SELECT p.oid::regprocedure AS deprecated, obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
WHERE obj_description(p.oid, 'pg_proc') LIKE 'deprecated since 0.2.0:%'
ORDER BY p.oid::regprocedure::text;

-- the same answers
SELECT c, minor_units(c) IS NOT DISTINCT FROM decimal_places(c) AS same
FROM unnest(ARRAY['JPY', 'USD', 'KWD', 'CLF', 'XAU']::currency[]) AS c;
SELECT c, start_month(c) = fiscal_year_start_month(c) AS month,
	   start_day(c) = fiscal_year_start_day(c) AS day,
	   naming(c) = fiscal_year_naming(c) AS naming,
	   label_style(c) = fiscal_label_style(c) AS style,
	   start_month(c), start_day(c), naming(c), label_style(c)
FROM unnest(ARRAY['calendar', 'jp', 'us_federal', 'uk_tax', 'au']::fiscal_calendar[]) AS c;
SELECT minor_units(NULL::currency) AS null_currency, naming(NULL) AS null_calendar;
SELECT m,
	   (SELECT array_agg(row(a.fiscal_year, a.part, a.share)::text ORDER BY a.fiscal_year)
		FROM allocate('946500000000 JPY', 'JFY2016..JFY2020', 'us_federal', m) a)
	 = (SELECT array_agg(p::text ORDER BY p.fiscal_year)
		FROM prorate('946500000000 JPY', 'JFY2016..JFY2020', 'us_federal', m) p) AS allocate_same,
	   (SELECT array_agg(row(a.fiscal_year, a.part, a.share)::text ORDER BY a.fiscal_year)
		FROM allocate_minor_units(-1000000007, '[2019-02-11,2024-07-30)', 'uk_tax', m) a)
	 = (SELECT array_agg(p::text ORDER BY p.fiscal_year)
		FROM prorate_minor_units(-1000000007, '[2019-02-11,2024-07-30)', 'uk_tax', m) p) AS allocate_minor_units_same
FROM unnest(ARRAY['days', 'equal', 'months']) AS m;
SELECT * FROM allocate('100.00 USD', '[2020-03-31,2020-04-03)', 'jp');
SELECT * FROM allocate_minor_units(10000, '[2020-03-31,2020-04-03)', 'jp');
-- the default method, and no rows for NULL, as before
SELECT (SELECT count(*) FROM allocate('1 JPY', 'JFY2019..JFY2020', 'jp')) AS allocate_rows,
	   (SELECT count(*) FROM allocate(NULL, 'JFY2019', 'jp')) AS allocate_null_rows,
	   (SELECT count(*) FROM allocate_minor_units(NULL, 'JFY2019', 'jp')) AS minor_units_null_rows;
-- the errors, as before
SELECT * FROM allocate('1 JPY', '[2020-01-01,)', 'jp');
SELECT * FROM allocate_minor_units(1, 'JFY2020', 'jp', 'weekly');
-- allocate(amount, weights) kept its name: it is not deprecated
SELECT allocate('USD 100.00', ARRAY[1, 1, 1]);

-- the result types: named rows for the new names, the 0.1.0 shape for the old
SELECT p.oid::regprocedure, pg_get_function_result(p.oid)
FROM pg_proc p
WHERE p.proname IN ('prorate', 'prorate_minor_units', 'rebucket', 'rebucket_minor_units',
					'allocate', 'allocate_minor_units')
ORDER BY p.oid::regprocedure::text;
SELECT format_type(a.atttypid, a.atttypmod) AS type, a.attname
FROM pg_attribute a
WHERE a.attrelid IN ('fiscal_year_share'::regclass, 'fiscal_year_share_minor_units'::regclass)
  AND a.attnum > 0
ORDER BY a.attrelid::regclass::text, a.attnum;

-- inlined: the plan calls the C functions, not the SQL wrappers (a wrapper
-- that stopped inlining would show as a FunctionScan of its own name)
CREATE TEMP TABLE names_amounts (amount currency_amount, units bigint, period agreement_period,
	cur currency, cal fiscal_calendar);
EXPLAIN (VERBOSE, COSTS OFF)
SELECT a.* FROM names_amounts t, LATERAL prorate(t.amount, t.period, t.cal) a;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT a.* FROM names_amounts t, LATERAL prorate_minor_units(t.units, t.period, t.cal) a;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT a.* FROM names_amounts t, LATERAL allocate(t.amount, t.period, t.cal) a;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT a.* FROM names_amounts t, LATERAL allocate_minor_units(t.units, t.period, t.cal) a;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT minor_units(cur), start_month(cal), start_day(cal), naming(cal), label_style(cal)
FROM names_amounts;
DROP TABLE names_amounts;
