-- title: sum(currency_amount) against sum(int8), sum(money), sum(numeric) and a PL/pgSQL composite sum, serial
-- sizes: 1000000 3000000 10000000
-- baseline: int8
-- goal: currency_amount <= 1.1
-- flat: currency_amount 15
--
-- The same amounts (in cents) in every representation.  Goals: currency_amount
-- at most 1.1x int8, no slower than money, at most 0.92x numeric, and at
-- least 4x faster than the composite with a PL/pgSQL aggregate.
--
-- How they differ: sum(int8) keeps a 128-bit state allocated per group and
-- sum(money) a by-value 64-bit one; sum(currency_amount) adds into a fixed
-- 32-byte state in place, through a short path with no calls.  Read the
-- money and numeric columns against currency_amount's for the other goals.
-- @setup
DROP TABLE IF EXISTS bench_amount_sum;
DROP AGGREGATE IF EXISTS bench_composite_sum(bench_money);
DROP FUNCTION IF EXISTS bench_composite_add(bench_money, bench_money);
DROP TYPE IF EXISTS bench_money;
CREATE TYPE bench_money AS (currency char(3), amount numeric);
CREATE FUNCTION bench_composite_add(state bench_money, value bench_money)
RETURNS bench_money LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
	IF state IS NULL THEN
		RETURN value;
	END IF;
	IF state.currency <> value.currency THEN
		RAISE EXCEPTION 'cannot add % to %', value.currency, state.currency;
	END IF;
	RETURN ROW(state.currency, state.amount + value.amount)::bench_money;
END $$;
CREATE AGGREGATE bench_composite_sum(bench_money) (sfunc = bench_composite_add, stype = bench_money);
CREATE TABLE bench_amount_sum AS
SELECT c AS v_int8,
       from_minor_units(c, 'USD') AS v_amount,
       (c::numeric / 100)::money AS v_money,
       c::numeric / 100 AS v_numeric,
       ROW('USD', c::numeric / 100)::bench_money AS v_composite
FROM (SELECT (i::int8 * 7919 % 1000003) * 100 + i % 100 AS c
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant int8
SELECT sum(v_int8) FROM bench_amount_sum;
-- @variant currency_amount
SELECT sum(v_amount) FROM bench_amount_sum;
-- @variant money
SELECT sum(v_money) FROM bench_amount_sum;
-- @variant numeric
SELECT sum(v_numeric) FROM bench_amount_sum;
-- @variant composite_plpgsql
SELECT bench_composite_sum(v_composite) FROM bench_amount_sum;
-- @report
SELECT pg_column_size(from_minor_units(1, 'USD')) AS currency_amount_bytes,
       pg_column_size(1::int8) AS int8_bytes,
       pg_column_size(1::money) AS money_bytes,
       pg_column_size(123456789.01::numeric) AS numeric_bytes_example,
       pg_column_size(ROW('USD', 123456789.01::numeric)::bench_money) AS composite_bytes_example;
