--
-- Exact proration: allocate_minor_units and re-bucketing.
--
-- The 2016 Special Measures Agreement: 946.5 billion yen over JFY2016-JFY2020,
-- into Japanese and into US federal fiscal years, by each method.
SELECT m AS method, a.* FROM (VALUES ('days'), ('equal'), ('months')) v(m),
	LATERAL prorate_minor_units(946500000000, 'JFY2016..JFY2020', 'jp', m) a;
SELECT m AS method, a.* FROM (VALUES ('days'), ('equal'), ('months')) v(m),
	LATERAL prorate_minor_units(946500000000, 'JFY2016..JFY2020', 'us_federal', m) a;
-- the default method is days
SELECT * FROM prorate_minor_units(1000, '[2019-10-01,2020-10-01)', 'jp');

-- edges: one day, a zero, a negative amount (the mirror image), the extremes
SELECT * FROM prorate_minor_units(1, '2020-02-29..2020-02-29', 'jp', 'months');
SELECT * FROM prorate_minor_units(0, 'JFY2016..JFY2017', 'jp', 'equal');
SELECT * FROM prorate_minor_units(10, '[2020-03-31,2020-04-03)', 'jp');
SELECT * FROM prorate_minor_units(-10, '[2020-03-31,2020-04-03)', 'jp');
SELECT * FROM prorate_minor_units(9223372036854775807, 'JFY2016..JFY2018', 'jp', 'days');
SELECT * FROM prorate_minor_units(-9223372036854775808, 'JFY2016..JFY2018', 'jp', 'days');
-- a tie: the earlier year takes the odd unit
SELECT * FROM prorate_minor_units(3, 'JFY2016..JFY2017', 'jp', 'equal');
-- months: uk_tax years start on the 6th, yet a whole year is 12 months
SELECT * FROM prorate_minor_units(1200, '[2021-01-01,2023-01-01)', 'uk_tax', 'months');

-- month ends: December 31 is 1/31 of December, January and February are two
-- whole months whether February has 28 days or 29 (but not by days)
SELECT m AS method, a.* FROM (VALUES ('months'), ('days')) v(m),
	LATERAL prorate_minor_units(1000, '[2020-12-31,2021-03-01)', 'calendar', m) a;
SELECT m AS method, a.* FROM (VALUES ('months'), ('days')) v(m),
	LATERAL prorate_minor_units(1000, '[2019-12-31,2020-03-01)', 'calendar', m) a;
-- a calendar whose years start on a month end
SELECT * FROM prorate_minor_units(1000, '[2020-12-01,2022-01-15)', fiscal_calendar(12, 31, 'start'), 'equal');

-- errors
SELECT * FROM prorate_minor_units(100, '[2021-01-01,)', 'jp');
SELECT * FROM prorate_minor_units(100, '[,2021-01-01)', 'jp', 'equal');
SELECT * FROM prorate_minor_units(100, 'JFY2021', 'jp', 'weeks');
SELECT * FROM prorate_minor_units(100, 'JFY2021', 'jp', NULL);

-- 10,000 generated cases per method: the shares sum exactly to the total, and
-- each share is its exact proportional share total * w / sum(w) rounded down
-- or up, never further: |share * sum(w) - total * w| < sum(w), in exact
-- numeric products.  The weights are recomputed here in SQL as integers:
-- equal scales a year's fraction by 365 * 366, months a month's by
-- 377580 = lcm(28, 29, 30, 31).
SELECT setseed(0.25);
CREATE TEMP TABLE alloc_cases AS
SELECT i,
	CASE i % 10 WHEN 0 THEN (random() * 1e18)::bigint * (CASE WHEN random() < 0.5 THEN -9 ELSE 9 END)
		WHEN 1 THEN (random() * 10)::bigint - 5
		ELSE (random() * 2e12)::bigint - 1e11::bigint END AS total,
	agreement_period(s, s + 1 + (random() * random() * 3000)::int) AS period,
	(ARRAY['jp', 'us_federal', 'uk_tax', 'au', 'calendar', '02-28/end/fy']::fiscal_calendar[])[1 + i % 6] AS cal
FROM generate_series(1, 10000) i,
	LATERAL (SELECT '2010-01-01'::date + (random() * 5000)::int + i * 0 AS s) x;

CREATE TEMP TABLE alloc_results AS
SELECT c.i, m AS method, c.total, a.fiscal_year, a.part, a.share,
	CASE m
		WHEN 'days' THEN days(a.part)::numeric
		WHEN 'equal' THEN days(a.part)::numeric * (365 * 366 / days(fiscal_year_period(a.fiscal_year, c.cal)))
		ELSE (SELECT sum(days(a.part * agreement_period(ms::date, (ms + interval '1 month')::date))::numeric
				* (377580 / ((ms + interval '1 month')::date - ms::date)))
			FROM generate_series(date_trunc('month', lower(a.part)), last_day(a.part), interval '1 month') ms)
	END AS weight
FROM alloc_cases c, (VALUES ('days'), ('equal'), ('months')) v(m),
	LATERAL prorate_minor_units(c.total, c.period, c.cal, m) a;

SELECT method, count(DISTINCT i) AS cases, count(*) AS shares,
	count(DISTINCT i) FILTER (WHERE NOT sums_exactly) AS inexact_sums,
	count(DISTINCT i) FILTER (WHERE NOT within_one) AS shares_off_by_more_than_rounding,
	count(DISTINCT i) FILTER (WHERE NOT years_ok) AS wrong_years
FROM (
	SELECT i, method,
		sum(share) OVER w = total AS sums_exactly,
		abs(share * sum(weight) OVER w - total * weight) < sum(weight) OVER w AS within_one,
		count(*) OVER w = max(fiscal_year) OVER w - min(fiscal_year) OVER w + 1 AS years_ok
	FROM alloc_results
	WINDOW w AS (PARTITION BY i, method)
) s
GROUP BY method ORDER BY method;

-- and the parts are those of fiscal_years()
SELECT count(*) AS parts_differing FROM (
	SELECT i, fiscal_year, part FROM alloc_results WHERE method = 'days'
	EXCEPT
	SELECT c.i, y.fiscal_year, y.part FROM alloc_cases c, LATERAL fiscal_years(c.period, c.cal) y
) d;
DROP TABLE alloc_cases, alloc_results;

-- re-bucketing a JFY schedule (the 2022 agreement's utilities, 100 million
-- yen units) into US federal fiscal years
SELECT * FROM rebucket_minor_units(
	ARRAY['JFY2022', 'JFY2023', 'JFY2024', 'JFY2025', 'JFY2026']::agreement_period[],
	ARRAY[234, 234, 151, 133, 133]::bigint[], 'us_federal');
SELECT sum(share) AS total FROM rebucket_minor_units(
	ARRAY['JFY2022', 'JFY2023', 'JFY2024', 'JFY2025', 'JFY2026']::agreement_period[],
	ARRAY[234, 234, 151, 133, 133]::bigint[], 'us_federal');
-- one row at a time, for use with LATERAL and GROUP BY
SELECT * FROM rebucket_minor_units(234, 'JFY2022', 'us_federal');
SELECT r.fiscal_year, sum(r.share) AS share
FROM (VALUES (2022, 234), (2023, 234), (2024, 151), (2025, 133), (2026, 133)) s(jfy, amount),
	LATERAL rebucket_minor_units(s.amount, fiscal_year_period(s.jfy, 'jp'), 'us_federal') r
GROUP BY r.fiscal_year ORDER BY r.fiscal_year;
SELECT * FROM rebucket_minor_units('{}'::agreement_period[], '{}'::bigint[], 'us_federal');
SELECT * FROM rebucket_minor_units(ARRAY['JFY2022']::agreement_period[], ARRAY[1, 2]::bigint[], 'us_federal');
SELECT * FROM rebucket_minor_units(ARRAY['JFY2022', NULL]::agreement_period[], ARRAY[1, 2]::bigint[], 'us_federal');
SELECT * FROM rebucket_minor_units(ARRAY['[2022-04-01,)']::agreement_period[], ARRAY[1]::bigint[], 'us_federal');
SELECT * FROM rebucket_minor_units(ARRAY['JFY2022', 'JFY2023']::agreement_period[],
	ARRAY[9223372036854775807, 9223372036854775807]::bigint[], 'us_federal');
SELECT * FROM rebucket_minor_units(ARRAY['[2022-10-01,2023-04-01)', '[2022-10-01,2023-04-01)']::agreement_period[],
	ARRAY[9223372036854775807, 1]::bigint[], 'us_federal');
-- 10,000 generated schedules: the re-bucketed total is the schedule's total
SELECT count(*) AS schedules, count(*) FILTER (WHERE rebucketed IS DISTINCT FROM total) AS inexact
FROM (
	SELECT i, (SELECT sum(a) FROM unnest(amounts) a) AS total,
		(SELECT sum(share) FROM rebucket_minor_units(periods, amounts, 'us_federal')) AS rebucketed
	FROM (
		SELECT i, array_agg(fiscal_year_period(2000 + (i % 20) + k, 'jp')) AS periods,
			array_agg(((i * 7919 + k * 104729) % 100000000000)::bigint - 1000) AS amounts
		FROM generate_series(1, 10000) i, generate_series(0, (i % 5)) k
		GROUP BY i
	) s
) t;
