--
-- prorate(currency_amount, ...) and rebucket(currency_amount, ...): the
-- minor-unit proration carried over to money, currency and scale kept.
--
-- 946.5 billion yen over JFY2016-JFY2020 by each method, into JFYs and US FYs
SELECT m AS method, a.* FROM (VALUES ('days'), ('equal'), ('months')) v(m),
	LATERAL prorate('946500000000 JPY', 'JFY2016..JFY2020', 'jp', m) a;
SELECT m AS method, a.* FROM (VALUES ('days'), ('equal'), ('months')) v(m),
	LATERAL prorate('946500000000 JPY', 'JFY2016..JFY2020', 'us_federal', m) a;
-- the default method is days; cents and fils are minor units too
SELECT * FROM prorate('100.00 USD', '[2020-03-31,2020-04-03)', 'jp');
SELECT * FROM prorate('-100.00 USD', '[2020-03-31,2020-04-03)', 'jp');
SELECT * FROM prorate('1.000 KWD', 'JFY2019..JFY2021', 'uk', 'equal');
SELECT * FROM prorate('0.01 EUR', '2020-02-29..2020-02-29', 'calendar', 'months');
SELECT * FROM prorate('0 JPY', 'JFY2019', 'us_federal');
-- errors
SELECT * FROM prorate('1 JPY', '[2019-04-01,)', 'jp');
SELECT * FROM prorate('1 JPY', 'JFY2019', 'jp', 'quarters');
SELECT count(*) AS rows_for_null FROM prorate(NULL::currency_amount, 'JFY2019', 'jp');

-- 10,000 generated cases per method: same shares as allocate_minor_units, in
-- the amount's currency and scale, summing exactly to the amount
SELECT setseed(0.6);
CREATE TEMP TABLE amount_cases AS
SELECT i, from_minor_units(u, cur) AS amount, u, cur,
	agreement_period(s, s + 1 + (random() * random() * 3000)::int) AS period,
	(ARRAY['jp', 'us_federal', 'uk_tax', 'au', 'calendar']::fiscal_calendar[])[1 + i % 5] AS cal
FROM generate_series(1, 10000) i,
	LATERAL (SELECT (random() * 2e15)::bigint - 1e15::bigint + i * 0 AS u,
		(ARRAY['JPY', 'USD', 'KWD', 'EUR', 'KRW']::currency[])[1 + i % 5] AS cur,
		'2010-01-01'::date + (random() * 5000)::int AS s) x;
SELECT m AS method, count(DISTINCT c.i) AS cases,
	count(*) FILTER (WHERE minor_units(a.share) IS DISTINCT FROM b.share OR a.fiscal_year <> b.fiscal_year
		OR a.part <> b.part) AS differing_shares,
	count(*) FILTER (WHERE currency(a.share) <> c.cur) AS wrong_currency
FROM amount_cases c, (VALUES ('days'), ('equal'), ('months')) v(m),
	LATERAL (SELECT row_number() OVER () AS n, * FROM prorate(c.amount, c.period, c.cal, m)) a
	JOIN LATERAL (SELECT row_number() OVER () AS n, * FROM prorate_minor_units(c.u, c.period, c.cal, m)) b
		USING (n)
GROUP BY m ORDER BY m;
SELECT m AS method, count(*) AS cases, count(*) FILTER (WHERE total IS DISTINCT FROM amount) AS inexact_sums
FROM (
	SELECT m, c.amount, (SELECT sum(a.share) FROM prorate(c.amount, c.period, c.cal, m) a) AS total
	FROM amount_cases c, (VALUES ('days'), ('equal'), ('months')) v(m)
) s
GROUP BY m ORDER BY m;
DROP TABLE amount_cases;

-- re-bucketing a JFY schedule into US federal fiscal years, as a view would:
-- one rebucket() per source row, then sum per target year
CREATE TEMP TABLE jfy_schedule (jfy integer, amount currency_amount);
INSERT INTO jfy_schedule VALUES
	(2022, '23400000000 JPY'), (2023, '23400000000 JPY'), (2024, '15100000000 JPY'),
	(2025, '13300000000 JPY'), (2026, '13300000000 JPY');
SELECT r.fiscal_year, fiscal_year_label(r.fiscal_year, 'us_federal') AS label, sum(r.share) AS share
FROM jfy_schedule s, LATERAL rebucket(s.amount, fiscal_year_period(s.jfy, 'jp'), 'us_federal') r
GROUP BY r.fiscal_year ORDER BY r.fiscal_year;
SELECT (SELECT sum(amount) FROM jfy_schedule) = (SELECT sum(r.share)
	FROM jfy_schedule s, LATERAL rebucket(s.amount, fiscal_year_period(s.jfy, 'jp'), 'us_federal') r) AS exact_in_total;
DROP TABLE jfy_schedule;
