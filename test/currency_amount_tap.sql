-- pgTAP: the currency and currency_amount API, its error codes and invariants.
BEGIN;
SELECT plan(34);

CREATE SCHEMA costshare_money;
CREATE EXTENSION costshare SCHEMA costshare_money;
SET search_path = costshare_money, public;

SELECT has_type('costshare_money', 'currency', 'type currency exists');
SELECT has_type('costshare_money', 'currency_amount', 'type currency_amount exists');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'currency'::regtype), 2, 'currency is 2 bytes');
SELECT ok((SELECT typbyval FROM pg_type WHERE oid = 'currency'::regtype), 'currency is passed by value');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'currency_amount'::regtype), 16, 'currency_amount is 16 bytes');
SELECT has_function('costshare_money', 'currencies', 'currencies() exists');
SELECT has_function('costshare_money', 'allocate', ARRAY['currency_amount', 'numeric[]'], 'allocate(currency_amount, numeric[]) exists');
SELECT has_function('costshare_money', 'convert', ARRAY['currency_amount', 'currency', 'numeric', 'text'], 'convert with a mode exists');
SELECT has_function('costshare_money', 'round', ARRAY['currency_amount', 'integer', 'text'], 'round with digits and mode exists');

-- every catalog currency: its amounts have its minor units and round-trip through text
SELECT is((SELECT count(*)::int FROM currencies() c
           WHERE (from_minor_units(1, c.code)::text)::currency_amount <> from_minor_units(1, c.code)
              OR amount(from_minor_units(1, c.code)) <> 10 ^ (-coalesce(c.minor_units, 4))::numeric),
          0, 'every currency''s minor unit round-trips and is worth 10^-minor_units');
SELECT is(decimal_places('JPY'::currency), 0, 'JPY has 0 decimal places');
SELECT is(decimal_places('USD'::currency), 2, 'USD has 2 decimal places');
SELECT is(decimal_places('KWD'::currency), 3, 'KWD has 3 decimal places');
SELECT is(decimal_places('CLF'::currency), 4, 'CLF has 4 decimal places');
SELECT is(decimal_places('XAU'::currency), NULL, 'XAU has no decimal places in ISO 4217');
SELECT is('XAU 1.2345'::currency_amount::text, 'XAU 1.2345', 'N.A. currencies keep four decimals');
SELECT ok((SELECT historic FROM currencies() WHERE code = 'DEM'), 'DEM is historic');
SELECT ok(NOT (SELECT historic FROM currencies() WHERE code = 'JPY'), 'JPY is current');

-- errors and their SQLSTATEs
SELECT throws_ok($$SELECT 'ABC'::currency$$, '22P02', 'unknown currency code "ABC"', 'an unknown code is 22P02 naming it');
SELECT throws_ok($$SELECT 'USD 1.005'::currency_amount$$, '22P02', NULL, 'excess decimal places are 22P02');
SELECT throws_ok($$SELECT 'JPY 9223372036854775808'::currency_amount$$, '22003', NULL, 'one past the limit is 22003');
SELECT throws_ok($$SELECT 'USD 1.00'::currency_amount + 'JPY 1'$$, '22023', 'cannot add USD and JPY amounts', 'mixing currencies names both');
SELECT throws_ok($$SELECT 'JPY 9223372036854775807'::currency_amount + 'JPY 1'$$, '22003', NULL, 'overflow is 22003');
SELECT throws_ok($$SELECT 'USD 1.00'::currency_amount / 0$$, '22012', NULL, 'division by zero is 22012');
SELECT throws_ok($$SELECT sum(v) FROM (VALUES ('USD 1.00'::currency_amount), ('EUR 1.00')) t(v)$$,
                 '22023', 'cannot sum USD and EUR amounts', 'sum over mixed currencies names both');
SELECT throws_ok($$SELECT allocate('USD 1.00', ARRAY[0, 0])$$, '22023', NULL, 'all-zero weights are 22023');
SELECT throws_ok($$SELECT currency_amount(1.005, 'USD')$$, '22023', NULL, 'the numeric constructor does not round silently');

-- values
SELECT is('946500000000 JPY'::currency_amount, 'JPY 946500000000'::currency_amount, 'number-first input');
SELECT is(amount('USD 1910000000.00'), 1910000000.00, 'amount is exact');
SELECT is(to_jsonb('JPY 946500000000'::currency_amount), '{"amount": "946500000000", "currency": "JPY"}'::jsonb, 'jsonb amount is a string');
SELECT is(round('JPY 946512345678'::currency_amount, -9), 'JPY 947000000000'::currency_amount, 'round to billions');
SELECT is(convert('USD 100.00', 'JPY', 149.505), 'JPY 14950'::currency_amount, 'convert rounds half-even');
SELECT is(allocate('USD 100.00', ARRAY[1, 1, 1]), ARRAY['USD 33.34', 'USD 33.33', 'USD 33.33']::currency_amount[], 'allocate sums to the whole');
SELECT is(sum_by_currency(v), ARRAY['EUR 1.00', 'USD 3.00']::currency_amount[], 'sum_by_currency orders by code')
FROM (VALUES ('USD 1.00'::currency_amount), ('EUR 1.00'), ('USD 2.00')) t(v);

SELECT * FROM finish();
ROLLBACK;
