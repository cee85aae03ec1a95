-- title: ORDER BY currency_amount against ORDER BY int8, with other columns selected
-- sizes: 1000000
-- baseline: int8
-- goal: currency_amount <= 1.2
-- also-on: newest
--
-- The usual query sorts rows, not a lone column: here two more columns
-- (an integer and a short text) come with each value, so both sorts copy
-- rows into tuples and the by-value shortcut of a single int8 column does
-- not apply.  The outer aggregates read the other columns, so the planner
-- keeps them in the sort.
-- @setup
DROP TABLE IF EXISTS bench_amount_order_columns;
CREATE TABLE bench_amount_order_columns AS
SELECT c AS v_int8, from_minor_units(c, 'EUR') AS v_amount, i AS qty, 'line ' || (i % 1000) AS note
FROM (SELECT i, (i::int8 * 2654435761 % 4294967291) - 2147483645 AS c
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant int8
SELECT count(*), sum(qty), max(note) FROM (SELECT v_int8, qty, note FROM bench_amount_order_columns ORDER BY v_int8 OFFSET 0) AS s;
-- @variant currency_amount
SELECT count(*), sum(qty), max(note) FROM (SELECT v_amount, qty, note FROM bench_amount_order_columns ORDER BY v_amount OFFSET 0) AS s;
-- @report
EXPLAIN (COSTS OFF) SELECT count(*), sum(qty), max(note) FROM (SELECT v_amount, qty, note FROM bench_amount_order_columns ORDER BY v_amount OFFSET 0) AS s;
