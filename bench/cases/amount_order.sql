-- title: ORDER BY currency_amount against ORDER BY int8
-- sizes: 1000000
-- baseline: int8
-- goal: currency_amount <= 1.2
-- also-on: newest
--
-- A full in-memory sort of the same values (goal: at most 1.2x int8).  The
-- count over an OFFSET 0 subquery makes the sort run without sending rows.
-- PostgreSQL's own by-reference types of similar size, uuid (16 bytes) and
-- numeric, run beside them: PostgreSQL 15 sorts a single by-value column as
-- bare datums and every by-reference one as tuples; 18 sorts any single
-- column as datums (nodeSort.c, ExecInitSort: natts == 1), with abbreviated
-- keys for by-reference types (tuplesort_begin_datum), so the by-reference
-- ratios to int8 differ between the two: the case runs on both in the same
-- run (the newest version in a second cluster), and its goal is checked on
-- each.
--
-- Why currency_amount cannot reach 1.2x here on PostgreSQL 15: its Sort
-- node sorts a single by-value column (int8) as bare datums, but any
-- by-reference column as tuples, and a 16-byte value cannot be by-value.
-- Each row is then copied into a MinimalTuple and read back after the sort
-- (random memory access), which a lone int8 column does not; the
-- extension's own work is building the abbreviated key, which orders these
-- values completely, so the full comparator is not called.  uuid and
-- numeric, also by-reference, pay the same.  amount_order_columns sorts with other
-- columns selected, where int8 is sorted as tuples too.
-- @setup
DROP TABLE IF EXISTS bench_amount_order;
CREATE TABLE bench_amount_order AS
SELECT c AS v_int8, from_minor_units(c, 'EUR') AS v_amount,
       c::numeric / 100 AS v_numeric,
       lpad(to_hex(c + 2147483648), 32, '0')::uuid AS v_uuid
FROM (SELECT (i::int8 * 2654435761 % 4294967291) - 2147483645 AS c
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant int8
SELECT count(*) FROM (SELECT v_int8 FROM bench_amount_order ORDER BY v_int8 OFFSET 0) AS s;
-- @variant currency_amount
SELECT count(*) FROM (SELECT v_amount FROM bench_amount_order ORDER BY v_amount OFFSET 0) AS s;
-- @variant numeric
SELECT count(*) FROM (SELECT v_numeric FROM bench_amount_order ORDER BY v_numeric OFFSET 0) AS s;
-- @variant uuid
SELECT count(*) FROM (SELECT v_uuid FROM bench_amount_order ORDER BY v_uuid OFFSET 0) AS s;
