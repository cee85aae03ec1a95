-- sum, avg, min, max and sum_by_currency over currency_amount, serial and parallel.

SELECT sum(v), avg(v), min(v), max(v), count(v)
FROM (VALUES ('USD 1.00'::currency_amount), ('USD 2.00'), ('USD 2.01'), (NULL)) AS t(v);
-- avg rounds half-even to minor units
SELECT avg(v) FROM (VALUES ('USD 0.01'::currency_amount), ('USD 0.02')) AS t(v);
SELECT avg(v) FROM (VALUES ('USD 0.02'::currency_amount), ('USD 0.03')) AS t(v);
SELECT avg(v) FROM (VALUES ('USD -0.01'::currency_amount), ('USD -0.02')) AS t(v);
SELECT avg(v) FROM (VALUES ('JPY 1'::currency_amount), ('JPY 1'), ('JPY 2')) AS t(v);
-- no rows, or only NULLs: NULL
SELECT sum(v), avg(v), min(v), max(v), sum_by_currency(v)
FROM (SELECT NULL::currency_amount WHERE false) AS t(v);
SELECT sum(v), avg(v), sum_by_currency(v) FROM (VALUES (NULL::currency_amount)) AS t(v);
-- mixed currencies: an error naming both
SELECT sum(v) FROM (VALUES ('USD 1.00'::currency_amount), ('JPY 1')) AS t(v);
SELECT avg(v) FROM (VALUES ('JPY 1'::currency_amount), ('EUR 1.00')) AS t(v);
-- min and max use the total order, like ORDER BY
SELECT min(v), max(v) FROM (VALUES ('USD 1.00'::currency_amount), ('JPY 100'), ('EUR -5.00')) AS t(v);
-- the total may pass the limits along the way; only the result must fit
SELECT sum(v) FROM (VALUES ('JPY 9223372036854775807'::currency_amount), ('JPY 9223372036854775807'),
                           ('JPY -9223372036854775807')) AS t(v);
SELECT avg(v) FROM (VALUES ('JPY 9223372036854775807'::currency_amount), ('JPY 9223372036854775807')) AS t(v);
SELECT sum(v) FROM (VALUES ('JPY 9223372036854775807'::currency_amount), ('JPY 1')) AS t(v);
SELECT sum(v) FROM (VALUES ('JPY -9223372036854775807'::currency_amount), ('JPY -1')) AS t(v);
-- sum_by_currency: one total per currency, ordered by code
SELECT sum_by_currency(v)
FROM (VALUES ('USD 1.00'::currency_amount), ('JPY 100'), ('USD 2.50'), ('EUR -5.00'), (NULL), ('JPY 1')) AS t(v);
SELECT sum_by_currency(v) FROM (VALUES ('JPY 9223372036854775807'::currency_amount), ('JPY 1')) AS t(v);
-- GROUP BY currency
SELECT currency(v), sum(v), avg(v), min(v), max(v)
FROM (VALUES ('USD 1.00'::currency_amount), ('JPY 100'), ('USD 2.50'), ('JPY 3')) AS t(v)
GROUP BY 1 ORDER BY 1;

-- window frames use the inverse transition; results match recomputation
SELECT i, v, sum(v) OVER w AS moving_sum, avg(v) OVER w AS moving_avg
FROM (VALUES (1, 'USD 1.00'::currency_amount), (2, 'USD 2.50'), (3, NULL), (4, 'USD -4.00'),
             (5, 'USD 0.01'), (6, NULL), (7, NULL)) AS t(i, v)
WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) ORDER BY i;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE moving IS NOT DISTINCT FROM recomputed) AS agree
FROM (SELECT sum(v) OVER (ORDER BY i ROWS BETWEEN 3 PRECEDING AND 1 FOLLOWING) AS moving,
             (SELECT sum(v2) FROM (SELECT from_minor_units(((j * 7919) % 2001) - 1000, 'JPY') AS v2
                                   FROM generate_series(greatest(i - 3, 1), least(i + 1, 500)) AS j) s) AS recomputed
      FROM (SELECT i, from_minor_units(((i * 7919) % 2001) - 1000, 'JPY') AS v
            FROM generate_series(1, 500) AS i) t) f;

-- the state type reads back what it writes
SELECT 'empty'::currency_amount_sum_state, 'usd 2 -170141183460469231731687303715884105727 5'::currency_amount_sum_state;
SELECT currency_amount_sum_final(currency_amount_sum_combine(
	currency_amount_sum_trans('empty', 'USD 1.00'), currency_amount_sum_trans('USD 2 250 1', 'USD 0.50')));
SELECT currency_amount_sum_trans('empty', 'USD 1.00');
SELECT 'USD 2 170141183460469231731687303715884105728 1'::currency_amount_sum_state;
SELECT 'USD 2 -170141183460469231731687303715884105728 1'::currency_amount_sum_state;
SELECT 'USD 2 -170141183460469231731687303715884105729 1'::currency_amount_sum_state;
SELECT 'USD 2 1'::currency_amount_sum_state;
SELECT 'USD 2 1 0'::currency_amount_sum_state;
SELECT 'ABC 2 1 1'::currency_amount_sum_state;
-- each number as the output writes it: no spaces or signs of strtol's own
SELECT 'USD  2 1 1'::currency_amount_sum_state;
SELECT 'USD +2 1 1'::currency_amount_sum_state;
SELECT 'USD 2 1 +1'::currency_amount_sum_state;
SELECT 'USD 2 1  1'::currency_amount_sum_state;
SELECT currency_amount_sum_combine('USD 2 1 1', 'JPY 0 1 1');
-- states typed in by hand cannot make the sum wrap
SELECT currency_amount_sum_trans('USD 2 170141183460469231731687303715884105727 1', 'USD 0.01');
SELECT currency_amount_sum_trans('USD 2 -170141183460469231731687303715884105727 1', 'USD -0.01');
SELECT currency_amount_sum_combine('USD 2 170141183460469231731687303715884105727 1', 'USD 2 1 1');
SELECT currency_amount_avg_final('USD 2 170141183460469231731687303715884105727 1');
SELECT currency_amount_sum_final('USD 2 9223372036854775808 2');
SELECT currency_amount_sum_inv('empty', 'USD 1.00');
SELECT currency_amount_sum_inv('USD 2 100 1', 'JPY 1');
SELECT currency_amount_sum_inv('USD 2 100 1', 'USD 1.00');

-- serial and parallel give the same results
CREATE TABLE amount_rows AS
SELECT from_minor_units(((i * 7919) % 200001) - 100000, (ARRAY['USD', 'JPY', 'EUR'])[1 + i % 3]::currency) AS v,
       i % 3 AS k
FROM generate_series(1, 60000) AS i;
ANALYZE amount_rows;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial_result AS
SELECT k, sum(v), avg(v), min(v), max(v), sum_by_currency(v) AS by_currency FROM amount_rows GROUP BY k;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT k, sum(v), avg(v), min(v), max(v), sum_by_currency(v) FROM amount_rows GROUP BY k;
CREATE TABLE parallel_result AS
SELECT k, sum(v), avg(v), min(v), max(v), sum_by_currency(v) AS by_currency FROM amount_rows GROUP BY k;
EXPLAIN (COSTS OFF) SELECT sum_by_currency(v) FROM amount_rows;
SELECT sum_by_currency(v) FROM amount_rows;
EXPLAIN (COSTS OFF) SELECT sum(v), avg(v), min(v), max(v) FROM amount_rows WHERE k = 0;
CREATE TABLE parallel_plain AS SELECT sum(v), avg(v), min(v), max(v) FROM amount_rows WHERE k = 0;
RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size; RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT s.*, (s.sum, s.avg, s.min, s.max) = (p.sum, p.avg, p.min, p.max) AS parallel_same
FROM (SELECT sum(v), avg(v), min(v), max(v) FROM amount_rows WHERE k = 0) s, parallel_plain p;
RESET max_parallel_workers_per_gather;
SELECT * FROM serial_result ORDER BY k;
SELECT count(*) AS differ FROM (SELECT * FROM serial_result EXCEPT SELECT * FROM parallel_result) d;
-- the totals agree with numeric arithmetic
SELECT k, amount(sum(v)) = sum(amount(v)) AS sum_right,
       avg(v) = currency_amount(avg(amount(v)), currency(sum(v)), 'half_even') AS avg_right
FROM amount_rows GROUP BY k ORDER BY k;
DROP TABLE amount_rows, serial_result, parallel_result, parallel_plain;
