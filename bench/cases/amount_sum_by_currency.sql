-- title: sum_by_currency(currency_amount) against GROUP BY over (bigint, char(3)) columns
-- sizes: 1000000 3000000 10000000
-- baseline: two_columns
-- goal: sum_by_currency <= 1.0 no slower than the two-column design
-- flat: sum_by_currency 15
--
-- Five currencies mixed in one column.  The usual two-column design
-- (minor units as bigint, the code as char(3)) sums per currency with
-- GROUP BY; sum_by_currency keeps one running total per currency in a small
-- sorted array, in one aggregate; GROUP BY currency(v) with sum(v) is the
-- same grouping over the single column.
-- @setup
DROP TABLE IF EXISTS bench_sum_by_currency;
CREATE TABLE bench_sum_by_currency AS
SELECT from_minor_units(u, c) AS v, u AS units, c::text::char(3) AS currency
FROM (SELECT (i::int8 * 7919 % 1000003) * 100 + i % 100 AS u,
             (ARRAY['EUR', 'JPY', 'KRW', 'USD', 'GBP'])[1 + i % 5]::currency AS c
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant two_columns
SELECT count(*) FROM (SELECT currency, sum(units) FROM bench_sum_by_currency GROUP BY currency) AS s;
-- @variant sum_by_currency
SELECT sum_by_currency(v) IS NOT NULL FROM bench_sum_by_currency;
-- @variant group_by_currency
SELECT count(*) FROM (SELECT currency(v), sum(v) FROM bench_sum_by_currency GROUP BY currency(v)) AS s;
-- @report
SELECT sum_by_currency(v) FROM bench_sum_by_currency;
