-- title: sequential scan with period && constant: agreement_period against daterange and two date columns
-- sizes: 10000000
-- baseline: daterange
-- goal: agreement_period <= 0.59 at least 1.7x faster than daterange
--
-- Goal: agreement_period at least 1.7x faster than daterange (ratio at most
-- 0.59) and no slower than the same test on two plain date columns.
-- @setup
DROP TABLE IF EXISTS bench_period_scan;
CREATE TABLE bench_period_scan AS
SELECT agreement_period(s, s + len) AS v_period,
       daterange(s, s + len) AS v_range,
       s AS v_start, s + len AS v_end
FROM (SELECT DATE '1990-01-01' + (i::int8 * 7919 % 12000)::int AS s,
             1 + (i::int8 * 104729 % 1800)::int AS len
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant daterange
SELECT count(*) FROM bench_period_scan WHERE v_range && daterange('2021-04-01', '2022-04-01');
-- @variant agreement_period
SELECT count(*) FROM bench_period_scan WHERE v_period && agreement_period('2021-04-01', '2022-04-01');
-- @variant two_dates
SELECT count(*) FROM bench_period_scan WHERE v_start < DATE '2022-04-01' AND v_end > DATE '2021-04-01';
