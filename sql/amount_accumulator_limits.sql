-- Every accumulator at its limits: a total may pass 9223372036854775807 minor
-- units on the way (its state is 128 bits), but a result beyond it is 22003,
-- never a wrapped or truncated amount.
\set VERBOSITY default
-- sum and avg reach exactly the largest amount, and one minor unit more is 22003
SELECT sum(v), avg(v) FROM (VALUES ('USD 92233720368547758.06'::currency_amount), ('USD 0.01')) AS t(v);
SELECT sum(v) FROM (VALUES ('USD 92233720368547758.06'::currency_amount), ('USD 0.01'), ('USD 0.01')) AS t(v);
SELECT sum(v), avg(v) FROM (VALUES ('USD -92233720368547758.06'::currency_amount), ('USD -0.01')) AS t(v);
SELECT sum(v) FROM (VALUES ('USD -92233720368547758.07'::currency_amount), ('USD -0.01')) AS t(v);
-- the inverse transition of a moving sum takes the total back within range:
-- each group below is one window frame, and the second one's running total
-- passes the limit before its last row brings it back
SELECT g, sum(v) OVER w, avg(v) OVER w, count(v) OVER w
FROM (VALUES (1, 'JPY 1'::currency_amount),
             (2, 'JPY 9223372036854775807'), (2, 'JPY 9223372036854775807'), (2, 'JPY -9223372036854775807'),
             (3, 'JPY -9223372036854775807'), (3, 'JPY 2'),
             (4, 'JPY 5')) AS t(g, v)
WINDOW w AS (ORDER BY g GROUPS BETWEEN CURRENT ROW AND CURRENT ROW)
ORDER BY g, v;
-- a sliding frame over two rows: exactly the limit, kept as the frame moves
SELECT i, sum(v) OVER (ORDER BY i ROWS 1 PRECEDING)
FROM (VALUES (1, 'JPY 1'::currency_amount), (2, 'JPY 9223372036854775806'), (3, 'JPY 1'), (4, 'JPY -1')) AS t(i, v)
ORDER BY i;
-- one past the limit inside a moving frame is 22003
SELECT i, sum(v) OVER (ORDER BY i ROWS 1 PRECEDING)
FROM (VALUES (1, 'JPY 2'::currency_amount), (2, 'JPY 9223372036854775806'), (3, 'JPY 2')) AS t(i, v);
-- combining two states near the limit: exactly the limit, one past it, and
-- two states whose 128-bit totals or row counts together overflow
SELECT currency_amount_sum_final(currency_amount_sum_combine('USD 2 9223372036854775806 3', 'USD 2 1 1'));
SELECT currency_amount_sum_final(currency_amount_sum_combine('USD 2 9223372036854775807 3', 'USD 2 1 1'));
SELECT currency_amount_sum_final(currency_amount_sum_combine('USD 2 -9223372036854775807 3', 'USD 2 9223372036854775807 1'));
SELECT currency_amount_sum_combine('USD 2 -170141183460469231731687303715884105728 1', 'USD 2 -1 1');
SELECT currency_amount_sum_combine('USD 2 1 9223372036854775807', 'USD 2 1 1');
-- sum_by_currency: each currency reaches its own limit independently
SELECT sum_by_currency(v)
FROM (VALUES ('USD 92233720368547758.06'::currency_amount), ('JPY -9223372036854775807'),
             ('USD 0.01'), ('EUR 1.00'), ('JPY 9223372036854775807'), ('JPY -9223372036854775807')) AS t(v);
-- one past in one currency is 22003 naming that currency, whatever the others hold
SELECT sum_by_currency(v)
FROM (VALUES ('USD 92233720368547758.07'::currency_amount), ('JPY 1'), ('USD 0.01')) AS t(v);
SELECT sum_by_currency(v)
FROM (VALUES ('USD 1.00'::currency_amount), ('KWD -9223372036854775.807'), ('KWD -0.001')) AS t(v);
-- partial states from parallel workers combine exactly, even when each of
-- them is far beyond the limit on its own: the rows come as a run of the
-- largest amounts, then a run of the smallest
CREATE TABLE accumulator_limits (v currency_amount);
INSERT INTO accumulator_limits
SELECT from_minor_units(CASE WHEN i <= 20000 THEN 9223372036854775807 ELSE -9223372036854775807 END, c)
FROM generate_series(1, 40000) AS i, (VALUES ('JPY'::currency), ('USD')) AS c(c);
INSERT INTO accumulator_limits VALUES ('JPY 9223372036854775807'), ('USD -0.01');
ANALYZE accumulator_limits;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT sum_by_currency(v) FROM accumulator_limits;
SELECT sum_by_currency(v) FROM accumulator_limits;
EXPLAIN (COSTS OFF) SELECT sum(v) FROM accumulator_limits WHERE currency(v) = 'JPY';
SELECT sum(v), avg(v) FROM accumulator_limits WHERE currency(v) = 'JPY';
INSERT INTO accumulator_limits VALUES ('JPY 1');
SELECT sum_by_currency(v) FROM accumulator_limits;
SELECT sum(v) FROM accumulator_limits WHERE currency(v) = 'JPY';
RESET ALL;
DROP TABLE accumulator_limits;
