-- title: parallel sum with two workers, currency_amount against int8
-- sizes: 10000000
-- baseline: int8_serial
--
-- Speed-up of a type = its serial median / its parallel median; the goal is
-- currency_amount's speed-up at least 0.9x int8's, in the same run.
-- @setup
DROP TABLE IF EXISTS bench_amount_parallel;
CREATE TABLE bench_amount_parallel AS
SELECT c AS v_int8, from_minor_units(c, 'JPY') AS v_amount
FROM (SELECT i::int8 * 7919 % 1000003 AS c FROM generate_series(1, :rows) AS i) AS g;
-- @variant int8_serial
SELECT sum(v_int8) FROM bench_amount_parallel;
-- @variant int8_parallel
-- @prepare
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET min_parallel_table_scan_size = 0;
-- @query
SELECT sum(v_int8) FROM bench_amount_parallel;
-- @variant amount_serial
SELECT sum(v_amount) FROM bench_amount_parallel;
-- @variant amount_parallel
-- @prepare
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET min_parallel_table_scan_size = 0;
-- @query
SELECT sum(v_amount) FROM bench_amount_parallel;
-- @report
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF) SELECT sum(v_amount) FROM bench_amount_parallel;
