-- title: ORDER BY currency_amount against ORDER BY int8, large dense amounts
-- sizes: 1000000
-- baseline: int8
-- goal: currency_amount <= 1.2
-- also-on: newest
--
-- Yen amounts around ten trillion (10^13, above 2^40) that lie close
-- together, as a sum over many budget lines does.  An abbreviated key that
-- keeps only the leading bits of such values ties them, and every tie costs
-- a full comparison that reads both tuples; the key must stay exact here.
-- currency_amount's key codes every amount within 2^47 - 1 minor units of
-- zero exactly (these are below 2^44), so here, as in amount_order, the
-- full comparison runs only for equal values.  On PostgreSQL 15 the limit
-- that amount_order states holds here too: a lone by-reference column is
-- sorted as tuples, a lone int8 as bare datums, so the goal is out of reach
-- on 15 for the same cause; on the newest PostgreSQL both are sorted as
-- datums, and what currency_amount still pays is the copy of each 16-byte
-- value into the sort's memory, which a by-value int8 does not need.
-- @setup
DROP TABLE IF EXISTS bench_amount_order_large;
CREATE TABLE bench_amount_order_large AS
SELECT c AS v_int8, from_minor_units(c, 'JPY') AS v_amount
FROM (SELECT 10000000000000 + (i::int8 * 7919 % 1000003) AS c
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant int8
SELECT count(*) FROM (SELECT v_int8 FROM bench_amount_order_large ORDER BY v_int8 OFFSET 0) AS s;
-- @variant currency_amount
SELECT count(*) FROM (SELECT v_amount FROM bench_amount_order_large ORDER BY v_amount OFFSET 0) AS s;
