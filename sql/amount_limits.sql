--
-- currency_amount operators and functions at the limits: the largest and
-- smallest amounts, INT64 limits, extreme rounding digits and rates, mixed
-- currencies, zero divisors, empty and odd weights, aggregates that
-- overflow.  Each gives the exact answer or a specific SQLSTATE.
--
\set VERBOSITY sqlstate
-- the range is symmetric: INT64_MIN units is no amount
SELECT from_minor_units(9223372036854775807, 'JPY') AS max_jpy,
	from_minor_units(-9223372036854775807, 'USD') AS min_usd;
SELECT from_minor_units(-9223372036854775808, 'JPY');
SELECT from_minor_units(9223372036854775807, 'JPY') + from_minor_units(1, 'JPY');
SELECT from_minor_units(-9223372036854775807, 'JPY') - from_minor_units(1, 'JPY');
SELECT from_minor_units(1, 'JPY') + from_minor_units(1, 'USD');
SELECT -from_minor_units(-9223372036854775807, 'JPY') AS neg,
	abs(from_minor_units(-9223372036854775807, 'JPY')) AS abs,
	from_minor_units(9223372036854775807, 'JPY') * -1 AS times_minus_one,
	-1 * from_minor_units(9223372036854775807, 'JPY') AS minus_one_times;
SELECT from_minor_units(9223372036854775807, 'JPY') * 2;
SELECT from_minor_units(1, 'JPY') * -9223372036854775808;
SELECT 2147483647 * from_minor_units(4294967298, 'JPY');
-- division: half-even, never larger than the dividend, 22012 for zero
SELECT from_minor_units(9223372036854775807, 'JPY') / -9223372036854775808 AS by_int64_min,
	from_minor_units(-9223372036854775807, 'JPY') / -9223372036854775808 AS neg_by_int64_min,
	from_minor_units(9223372036854775807, 'JPY') / -1 AS by_minus_one,
	from_minor_units(5, 'JPY') / 2 AS half_to_even, from_minor_units(7, 'JPY') / 2 AS half_to_even_up,
	from_minor_units(-5, 'JPY') / -2::int4 AS signs;
SELECT from_minor_units(1, 'JPY') / 0;
SELECT from_minor_units(1, 'JPY') / 0::int4;
SELECT from_minor_units(1, 'JPY') / 0::numeric;
SELECT from_minor_units(1, 'JPY') / 'NaN'::numeric;
SELECT from_minor_units(1, 'JPY') / 'Infinity'::numeric;
SELECT from_minor_units(1, 'JPY') / from_minor_units(0, 'JPY');
SELECT from_minor_units(1, 'JPY') / from_minor_units(3, 'USD');
SELECT from_minor_units(9223372036854775807, 'JPY') / from_minor_units(-9223372036854775807, 'JPY') AS ratio;
-- multiplication by numeric: exact, then half-even
SELECT from_minor_units(9223372036854775807, 'JPY') * 0.5 AS half_max,
	from_minor_units(3, 'JPY') * 0.5 AS one_and_half, from_minor_units(5, 'JPY') * 0.5 AS two_and_half,
	0.5 * from_minor_units(-5, 'JPY') AS minus_two_and_half;
SELECT from_minor_units(9223372036854775807, 'JPY') * 1.0000000000000000001;
SELECT from_minor_units(1, 'JPY') * 'NaN'::numeric;
SELECT from_minor_units(1, 'JPY') * '-Infinity'::numeric;
SELECT from_minor_units(1, 'JPY') * 1e-1000 AS tiny;
-- round at extreme digits
SELECT round(from_minor_units(9223372036854775807, 'USD'), -2147483648, 'down') AS to_nothing,
	round(from_minor_units(9223372036854775807, 'USD'), 2147483647, 'up') AS unchanged,
	round(from_minor_units(9223372036854775807, 'USD'), -16, 'half_even') AS to_ten_quadrillions,
	round(from_minor_units(-9223372036854775807, 'USD'), -16, 'ceiling') AS ceiling;
-- rounding away from zero past the largest amount
SELECT round(from_minor_units(-9223372036854775807, 'USD'), -16, 'floor');
SELECT round(from_minor_units(9223372036854775807, 'USD'), -2147483648, 'up');
SELECT round(from_minor_units(9223372036854775807, 'USD'), -17, 'half_even');
SELECT round(from_minor_units(1, 'USD'), -17, 'up');
SELECT round(from_minor_units(5, 'USD'), 1, 'bogus');
SELECT round(from_minor_units(5, 'USD'), 1, NULL) IS NULL AS strict;
-- convert: rate and range
SELECT convert(from_minor_units(9223372036854775807, 'JPY'), 'USD', 1);
SELECT convert(from_minor_units(9223372036854775807, 'JPY'), 'KWD', 0.000000000001) AS to_kwd,
	convert(from_minor_units(-9223372036854775807, 'KWD'), 'JPY', 0.001, 'floor') AS to_jpy_floor,
	convert(from_minor_units(1, 'USD'), 'USD', 1) AS same_currency;
SELECT convert(from_minor_units(1, 'JPY'), 'USD', 0);
SELECT convert(from_minor_units(1, 'JPY'), 'USD', -1);
SELECT convert(from_minor_units(1, 'JPY'), 'USD', 'NaN');
SELECT convert(from_minor_units(1, 'JPY'), 'USD', 'Infinity');
-- numeric to amount
SELECT currency_amount(92233720368547758.07, 'USD') AS max_usd,
	currency_amount(9223372036854775807.5, 'JPY', 'down') AS down_to_max;
SELECT currency_amount(9223372036854775807.5, 'JPY', 'half_even');
SELECT currency_amount(1e1000, 'JPY', 'down');
SELECT currency_amount('Infinity'::numeric, 'JPY');
SELECT currency_amount('NaN'::numeric, 'JPY');
SELECT currency_amount(0.5, 'JPY');
-- allocate: exact sums at the limits, and every kind of bad weights
SELECT a, (SELECT sum(x) FROM pg_catalog.unnest(a) x) AS total
FROM (VALUES (allocate(from_minor_units(9223372036854775807, 'JPY'), '{1,1,1}')),
	(allocate(from_minor_units(-9223372036854775807, 'JPY'), '{1,0,2}')),
	(allocate(from_minor_units(-9223372036854775807, 'JPY'), '{9223372036854775807,9223372036854775807}')),
	(allocate(from_minor_units(100, 'JPY'), '{0.1,0.2,0.3}')),
	(allocate(from_minor_units(1, 'JPY'), '{0,0,5}'))) v(a);
SELECT pg_catalog.array_length(a, 1) AS parts, (SELECT sum(x) FROM pg_catalog.unnest(a) x) AS total,
	(SELECT pg_catalog.count(*) FROM pg_catalog.unnest(a) x WHERE x = from_minor_units(1, 'JPY')) AS ones
FROM (SELECT allocate(from_minor_units(7, 'JPY'), pg_catalog.array_fill(1::numeric, ARRAY[100000])) a) s;
SELECT allocate(from_minor_units(100, 'JPY'), '{}');
SELECT allocate(from_minor_units(100, 'JPY'), '{0,0}');
SELECT allocate(from_minor_units(100, 'JPY'), '{-1,2}');
SELECT allocate(from_minor_units(100, 'JPY'), '{1,NULL}');
SELECT allocate(from_minor_units(100, 'JPY'), '{NaN,1}');
SELECT allocate(from_minor_units(100, 'JPY'), '{Infinity,1}');
SELECT allocate(from_minor_units(100, 'JPY'), '{{1,2},{3,4}}');
SELECT allocate(from_minor_units(100, 'JPY'), '{1e300,1e-300}');
SELECT allocate(from_minor_units(100, 'JPY'), '{9223372036854775808}');
-- aggregates: a wide running sum, overflow only of the result
SELECT sum(v) FROM (VALUES (from_minor_units(9223372036854775807, 'JPY')), (from_minor_units(1, 'JPY'))) t(v);
SELECT sum(v) AS back_in_range, avg(v) AS avg
FROM (VALUES (from_minor_units(9223372036854775807, 'JPY')), (from_minor_units(9223372036854775807, 'JPY')),
	(from_minor_units(-9223372036854775807, 'JPY'))) t(v);
SELECT avg(v) FROM (VALUES (from_minor_units(9223372036854775807, 'JPY')), (from_minor_units(9223372036854775806, 'JPY'))) t(v);
SELECT sum(v) FROM (VALUES (from_minor_units(1, 'JPY')), (from_minor_units(1, 'USD'))) t(v);
SELECT sum(v) IS NULL AS sum_null, avg(v) IS NULL AS avg_null, min(v) IS NULL AS min_null,
	sum_by_currency(v) IS NULL AS by_currency_null
FROM (SELECT NULL::currency_amount v WHERE false) t;
SELECT sum(v), avg(v), min(v), max(v), sum_by_currency(v)
FROM (VALUES (NULL::currency_amount), (from_minor_units(-9223372036854775807, 'USD')), (NULL)) t(v);
SELECT sum_by_currency(v) FROM (VALUES (from_minor_units(9223372036854775807, 'JPY')),
	(from_minor_units(1, 'USD')), (NULL), (from_minor_units(-1, 'JPY'))) t(v);
SELECT sum_by_currency(v) FROM (VALUES (from_minor_units(9223372036854775807, 'JPY')),
	(from_minor_units(9223372036854775807, 'JPY'))) t(v);
-- a window frame that takes back what it added
SELECT i, sum(v) OVER w AS moving_sum
FROM (VALUES (1, from_minor_units(9223372036854775807, 'JPY')), (2, from_minor_units(-1, 'JPY')),
	(3, from_minor_units(9223372036854775807, 'JPY')), (4, from_minor_units(-9223372036854775807, 'JPY')),
	(5, from_minor_units(1, 'JPY'))) t(i, v)
WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
ORDER BY i;
\set VERBOSITY default
-- partial aggregation ships sum_by_currency states between processes as
-- bytes: negative and wide totals survive the trip (a sanitizer build also
-- checks the int128 arithmetic of that path)
CREATE TABLE robustness_amounts (v currency_amount);
INSERT INTO robustness_amounts
SELECT CASE WHEN i % 2 = 0 THEN from_minor_units(-i, 'USD')
	WHEN i % 4 = 1 THEN from_minor_units(9223372036854775807, 'JPY')
	ELSE from_minor_units(-9223372036854775807, 'JPY') END
FROM pg_catalog.generate_series(1, 4000) i;
ALTER TABLE robustness_amounts SET (parallel_workers = 2);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- PostgreSQL 16 renamed force_parallel_mode to debug_parallel_query
SELECT CASE WHEN current_setting('server_version_num')::int >= 160000
	THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END AS force_parallel \gset
SET :force_parallel = on;
EXPLAIN (COSTS OFF) SELECT sum_by_currency(v) FROM robustness_amounts;
SELECT sum_by_currency(v) FROM robustness_amounts;
RESET :force_parallel;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE robustness_amounts;
