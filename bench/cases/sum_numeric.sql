-- title: sum(numeric) against sum(int8), serial
-- sizes: 1000000 3000000 10000000
-- baseline: int8
-- flat: int8 15
--
-- The harness's own proof case: PostgreSQL's exact numeric sum beside its
-- int8 sum over the same values (whole yen, like a budget table).
-- @setup
DROP TABLE IF EXISTS bench_sum_numeric;
CREATE TABLE bench_sum_numeric AS
SELECT (i::int8 * 7919 % 1000003)::int8 * 1000 AS v_int8,
       (i::int8 * 7919 % 1000003)::numeric * 1000 AS v_numeric
FROM generate_series(1, :rows) AS i;
-- @variant int8
SELECT sum(v_int8) FROM bench_sum_numeric;
-- @variant numeric
SELECT sum(v_numeric) FROM bench_sum_numeric;
-- @report
SELECT pg_size_pretty(pg_table_size('bench_sum_numeric')) AS table_size;
