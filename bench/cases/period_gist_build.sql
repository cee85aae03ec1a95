-- title: GiST index build on 2M periods: agreement_period against daterange (GiST and SP-GiST)
-- sizes: 2000000
-- baseline: daterange_gist
-- goal: agreement_period_gist <= 1.0 build no slower than GiST on daterange
--
-- Goals: build no slower than GiST on daterange; index no larger than
-- SP-GiST on daterange (sizes in the report below).
--
-- The agreement_period GiST key is the 8-byte value itself, and the build
-- sorts by it.
-- @setup
DROP TABLE IF EXISTS bench_period_index;
CREATE TABLE bench_period_index AS
SELECT agreement_period(s, s + len) AS v_period, daterange(s, s + len) AS v_range
FROM (SELECT DATE '1990-01-01' + (i::int8 * 7919 % 12000)::int AS s,
             1 + (i::int8 * 104729 % 1800)::int AS len
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant daterange_gist
-- @prepare
DROP INDEX IF EXISTS bench_range_gist;
-- @query
CREATE INDEX bench_range_gist ON bench_period_index USING gist (v_range);
-- @variant daterange_spgist
-- @prepare
DROP INDEX IF EXISTS bench_range_spgist;
-- @query
CREATE INDEX bench_range_spgist ON bench_period_index USING spgist (v_range);
-- @variant agreement_period_gist
-- @prepare
DROP INDEX IF EXISTS bench_period_gist;
-- @query
CREATE INDEX bench_period_gist ON bench_period_index USING gist (v_period);
-- @report
SELECT c.relname AS index, pg_size_pretty(pg_relation_size(c.oid)) AS size, pg_relation_size(c.oid) AS bytes
FROM pg_class c WHERE c.relname IN ('bench_range_gist', 'bench_range_spgist', 'bench_period_gist')
ORDER BY bytes;
