-- pgTAP: the press forms of issue 3 read as exact values, the refused ones
-- fail with their SQLSTATE, and format_amount's exact styles read back.
BEGIN;
SELECT plan(27);

CREATE SCHEMA costshare_test;
CREATE EXTENSION costshare SCHEMA costshare_test;
SET LOCAL search_path = costshare_test, public;

-- compare through minor units and currency: exact, no text formatting involved
CREATE FUNCTION pg_temp.reads_as(input text, units bigint, cur text) RETURNS boolean
LANGUAGE sql AS $$
	SELECT minor_units(input::currency_amount) = units
		AND currency(input::currency_amount) = cur::currency
$$;

SELECT ok(pg_temp.reads_as('946.5 billion yen', 946500000000, 'JPY'), '946.5 billion yen');
SELECT ok(pg_temp.reads_as('¥946.5 billion', 946500000000, 'JPY'), '¥946.5 billion');
SELECT ok(pg_temp.reads_as('$1.91 billion', 191000000000, 'USD'), '$1.91 billion');
SELECT ok(pg_temp.reads_as('RMB 11.4 billion', 1140000000000, 'CNY'), 'RMB 11.4 billion');
SELECT ok(pg_temp.reads_as('2,017億円', 201700000000, 'JPY'), '2,017億円');
SELECT ok(pg_temp.reads_as('1兆551億円', 1055100000000, 'JPY'), '1兆551億円');
SELECT ok(pg_temp.reads_as('1조 1,833억 원', 1183300000000, 'KRW'), '1조 1,833억 원');
SELECT ok(pg_temp.reads_as('(1,234.00)USD', -123400, 'USD'), 'accounting negative');
SELECT ok(pg_temp.reads_as('US$5m', 500000000, 'USD'), 'US$ and m for million');
SELECT ok(pg_temp.reads_as('5 Pounds', 500, 'GBP'), 'currency words ignore case');
SELECT ok(pg_temp.reads_as('€2.5 bn', 250000000000, 'EUR'), 'euro sign and bn');
SELECT ok(pg_temp.reads_as('₩3 tn', 3000000000000, 'KRW'), 'won sign and tn');
SELECT ok(pg_temp.reads_as('1.5 thousand yuan', 150000, 'CNY'), 'thousand and yuan');

SELECT throws_ok($$SELECT '$5 USD'::currency_amount$$, '22P02', NULL, 'two currencies');
SELECT throws_ok($$SELECT '5 billion'::currency_amount$$, '22P02', NULL, 'no currency');
SELECT throws_ok($$SELECT '5億1兆円'::currency_amount$$, '22P02', NULL, 'units out of order');
SELECT throws_ok($$SELECT '1億1億円'::currency_amount$$, '22P02', NULL, 'repeated unit');
SELECT throws_ok($$SELECT ''::currency_amount$$, '22P02', NULL, 'empty');
SELECT throws_ok($$SELECT '5 USD x'::currency_amount$$, '22P02', NULL, 'trailing garbage');
SELECT throws_ok($$SELECT '$1.005'::currency_amount$$, '22P02', NULL, 'never rounded');
SELECT throws_ok($$SELECT '9300000兆円'::currency_amount$$, '22003', NULL, 'out of range');
SELECT throws_ok($$SELECT '99999999999999999999999999999999999999999 yen'::currency_amount$$,
	'22003', NULL, 'beyond 128 bits');

SELECT is(format_amount('JPY 946500000000', 'kanji'), '9465億円', 'kanji');
SELECT is(format_amount('JPY 946500000000', 'compact'), '¥946.5B', 'compact');
SELECT is(format_amount('USD 1910000000.00', 'symbol'), '$1,910,000,000.00', 'symbol');
SELECT is(format_amount('JPY 946500000000', 'words'), '946.5 billion yen', 'words');
SELECT throws_ok($$SELECT format_amount('JPY 1', 'roman')$$, '22023', NULL, 'unknown style');

SELECT * FROM finish();
ROLLBACK;
