-- title: overlap query through an index on 2M periods: agreement_period GiST against daterange SP-GiST and GiST
-- sizes: 2000000
-- baseline: daterange_spgist
-- goal: agreement_period_gist <= 1.0 no slower than SP-GiST on daterange
--
-- Goal: the agreement_period GiST query no slower than SP-GiST on daterange.
-- Each variant has a table and an index of its own.
-- @setup
DROP TABLE IF EXISTS bench_pq_period, bench_pq_range_gist, bench_pq_range_spgist;
CREATE TABLE bench_pq_period AS
SELECT agreement_period(s, s + len) AS v
FROM (SELECT DATE '1990-01-01' + (i::int8 * 7919 % 12000)::int AS s,
             1 + (i::int8 * 104729 % 1800)::int AS len
      FROM generate_series(1, :rows) AS i) AS g;
CREATE TABLE bench_pq_range_gist AS SELECT daterange(lower(v), upper(v)) AS v FROM bench_pq_period;
CREATE TABLE bench_pq_range_spgist AS SELECT v FROM bench_pq_range_gist;
CREATE INDEX ON bench_pq_period USING gist (v);
CREATE INDEX ON bench_pq_range_gist USING gist (v);
CREATE INDEX ON bench_pq_range_spgist USING spgist (v);
-- @variant daterange_spgist
-- @prepare
SET enable_seqscan = off;
-- @query
SELECT count(*) FROM bench_pq_range_spgist WHERE v && daterange('2021-04-01', '2021-05-01');
-- @variant daterange_gist
-- @prepare
SET enable_seqscan = off;
-- @query
SELECT count(*) FROM bench_pq_range_gist WHERE v && daterange('2021-04-01', '2021-05-01');
-- @variant agreement_period_gist
-- @prepare
SET enable_seqscan = off;
-- @query
SELECT count(*) FROM bench_pq_period WHERE v && agreement_period('2021-04-01', '2021-05-01');
-- @report
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM bench_pq_period WHERE v && agreement_period('2021-04-01', '2021-05-01');
