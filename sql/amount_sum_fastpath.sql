-- sum and avg update their state in place through a short path for the
-- common row (same currency and scale, no overflow); every other case must
-- still take the careful path.  Aggregates made from the same transition
-- function with hand-written initial states reach those cases inside an
-- aggregate, where the short path runs.
CREATE AGGREGATE sum_state_from_max(currency_amount) (
	SFUNC = currency_amount_sum_trans, STYPE = currency_amount_sum_state,
	INITCOND = 'USD 2 170141183460469231731687303715884105726 1');
CREATE AGGREGATE sum_state_from_min(currency_amount) (
	SFUNC = currency_amount_sum_trans, STYPE = currency_amount_sum_state,
	INITCOND = 'USD 2 -170141183460469231731687303715884105727 1');
CREATE AGGREGATE sum_state_full_count(currency_amount) (
	SFUNC = currency_amount_sum_trans, STYPE = currency_amount_sum_state,
	INITCOND = 'USD 2 0 9223372036854775806');
CREATE AGGREGATE sum_state(currency_amount) (
	SFUNC = currency_amount_sum_trans, STYPE = currency_amount_sum_state,
	INITCOND = 'empty');

-- the int128 sum reaches its largest value, then one more minor unit is 22003
SELECT sum_state_from_max(v) FROM (VALUES ('USD 0.01'::currency_amount)) r(v);
SELECT sum_state_from_max(v) FROM (VALUES ('USD 0.01'::currency_amount), ('USD 0.01')) r(v);
SELECT sum_state_from_max(v) FROM (VALUES ('USD 0.01'::currency_amount), ('USD -0.01'), ('USD 0.01')) r(v);
SELECT sum_state_from_min(v) FROM (VALUES ('USD -0.01'::currency_amount)) r(v);
SELECT sum_state_from_min(v) FROM (VALUES ('USD 0.00'::currency_amount), ('USD -0.01'), ('USD -0.01')) r(v);
-- the row count reaches its largest value, then one more row is 22003, not a wrap
SELECT sum_state_full_count(v) FROM (VALUES ('USD 1.00'::currency_amount)) r(v);
SELECT sum_state_full_count(v) FROM (VALUES ('USD 1.00'::currency_amount), ('USD 2.00')) r(v);
-- another currency after many rows of one is still refused, naming both
SELECT sum(v) FROM (SELECT from_minor_units(i, 'USD') FROM generate_series(1, 1000) i
                    UNION ALL SELECT 'JPY 5') r(v);
SELECT sum_state(v) FROM (SELECT from_minor_units(i, 'EUR') FROM generate_series(1, 1000) i
                          UNION ALL SELECT 'EUR 0.01' UNION ALL SELECT 'GBP 1.00') r(v);
-- the first row of the state fixes its currency; the rest follow it
SELECT sum_state(v) FROM (VALUES ('JPY 5'::currency_amount), ('JPY -7'), ('JPY 1')) r(v);
-- beyond the range of int64 the state stays exact and only the result is refused
SELECT sum_state(v) FROM (SELECT from_minor_units(9223372036854775807, 'USD')
                          FROM generate_series(1, 3)) r(v);
SELECT sum_state(v) FROM (SELECT from_minor_units(-9223372036854775807, 'KWD')
                          FROM generate_series(1, 3)) r(v);
SELECT sum(v) FROM (SELECT from_minor_units(9223372036854775807, 'USD') FROM generate_series(1, 2)) r(v);
SELECT sum(v), avg(v) FROM (SELECT from_minor_units(9223372036854775807, 'USD') FROM generate_series(1, 2)
                            UNION ALL SELECT from_minor_units(-9223372036854775807, 'USD')) r(v);
-- the total agrees with exact numeric arithmetic over mixed signs and sizes
SELECT minor_units(sum(v)) = sum(minor_units(v)::numeric) AS sum_exact,
       minor_units(avg(v)) = round(avg(minor_units(v)::numeric)) AS avg_exact,
       count(*) AS rows
FROM (SELECT from_minor_units(((i * 2654435761) % 4294967291 - 2147483645) * (1 + i % 1000), 'CLF') AS v
      FROM generate_series(1, 10000) AS i) t;
-- a direct call outside an aggregate leaves its argument alone
WITH st(s) AS (SELECT 'USD 2 100 1'::currency_amount_sum_state)
SELECT currency_amount_sum_trans(s, 'USD 0.50'), s FROM st;

DROP AGGREGATE sum_state_from_max(currency_amount);
DROP AGGREGATE sum_state_from_min(currency_amount);
DROP AGGREGATE sum_state_full_count(currency_amount);
DROP AGGREGATE sum_state(currency_amount);
