-- title: prorate() of agreements into Japanese fiscal years against the same split in plain SQL
-- sizes: 1000000
-- baseline: plain_sql
-- goal: allocate <= 0.10 at least 10x faster than the plain-SQL split
--
-- prorate() splits exactly (largest remainder); the plain-SQL baseline, with
-- generate_series and daterange intersection, rounds each share on its own
-- and so does not always sum to the whole.  Goal: allocate at least 10x
-- faster (ratio at most 0.10).
--
-- What limits it: allocate runs as a set-returning function called once per
-- agreement through LATERAL, so each agreement costs the executor a
-- ProjectSet step and a result row per fiscal year on top of the split
-- itself (exact largest remainder, the dates).  Three more variants take the
-- time apart: the bare scan of the same table (the floor), a LATERAL
-- generate_series over the same fiscal years that splits nothing (a
-- set-returning call per agreement, years computed with date and interval
-- arithmetic), and allocate asked for the fiscal years only, which computes
-- no share and no part (allocate is inlined, and what the query does not
-- use is not computed): allocate minus allocate_years_only is the split,
-- allocate_years_only minus scan the per-call machinery and the years.
--
-- Measured in instructions per agreement (callgrind, PostgreSQL 18, 200,000
-- agreements of 3.55 fiscal years on average; repeatable where timings are
-- not): plain_sql 43,231, allocate 6,274 (0.145), allocate_years_only
-- 3,823, scan 521, lateral_series 11,284.  The 3,302 between the scan and
-- allocate_years_only are the executor's: the inlined prorate() is a
-- subquery calling a set-returning function in its target list, which the
-- planner cannot pull up, so each agreement is a Nested Loop rescan of a
-- ProjectSet over a Result (about 1,250 more than the same call in a plain
-- target list), then the call protocol per fiscal year; the years
-- themselves are about 200.  The 2,451 between allocate_years_only and
-- allocate are the split and the shares: largest remainder 356, the pieces
-- and their dates about 700, and per fiscal year the call of prorate_share
-- (five arguments, the split found in its cache, a palloc and a memory
-- context reset) about 1,300, and the sum of bigint shares.  10x would mean
-- 4,323 per agreement: allocate_years_only alone is 3,823, and the split's
-- arithmetic adds more than the 500 left, so 10x is out of reach while
-- each agreement's years come from a set-returning call in LATERAL.
-- @setup
DROP TABLE IF EXISTS bench_allocate;
CREATE TABLE bench_allocate AS
SELECT from_minor_units(total, 'JPY') AS amount, total AS amount_int8,
       agreement_period(s, s + len) AS period, daterange(s, s + len) AS range
FROM (SELECT DATE '2000-01-01' + (i::int8 * 7919 % 7000)::int AS s,
             30 + (i::int8 * 104729 % 1800)::int AS len,
             (i::int8 * 2654435761 % 1000000007) * 1000 AS total
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant plain_sql
SELECT count(*), sum(share) FROM (
	SELECT round(t.amount_int8 * (upper(t.range * f.fy) - lower(t.range * f.fy))::numeric
	             / (upper(t.range) - lower(t.range))) AS share
	FROM bench_allocate AS t,
	     LATERAL generate_series(extract(year FROM lower(t.range) - interval '3 months')::int,
	                             extract(year FROM upper(t.range) - 1 - interval '3 months')::int) AS y,
	     LATERAL (SELECT daterange(make_date(y, 4, 1), make_date(y + 1, 4, 1)) AS fy) AS f
) AS s;
-- @variant allocate
SELECT count(*), sum(minor_units(a.share))
FROM bench_allocate AS t, LATERAL prorate(t.amount, t.period, 'jp', 'days') AS a;
-- @variant scan
SELECT count(*), sum(amount_int8) FROM bench_allocate;
-- @variant lateral_series
SELECT count(*), sum(y)
FROM bench_allocate AS t,
     LATERAL generate_series(extract(year FROM lower(t.range) - interval '3 months')::int,
                             extract(year FROM upper(t.range) - 1 - interval '3 months')::int) AS y;
-- @variant allocate_years_only
SELECT count(*), sum(a.fiscal_year)
FROM bench_allocate AS t, LATERAL prorate(t.amount, t.period, 'jp', 'days') AS a;
-- @report
-- the plain-SQL split loses or invents yen; allocate never does
SELECT count(*) FILTER (WHERE s.total <> t.amount_int8) AS plain_sql_agreements_not_summing_exactly
FROM bench_allocate AS t,
     LATERAL (SELECT sum(round(t.amount_int8 * (upper(t.range * daterange(make_date(y, 4, 1), make_date(y + 1, 4, 1)))
                                              - lower(t.range * daterange(make_date(y, 4, 1), make_date(y + 1, 4, 1))))::numeric
                               / (upper(t.range) - lower(t.range)))) AS total
              FROM generate_series(extract(year FROM lower(t.range) - interval '3 months')::int,
                                   extract(year FROM upper(t.range) - 1 - interval '3 months')::int) AS y) AS s;
