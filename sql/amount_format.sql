--
-- format_amount(currency_amount, style): amounts written for people.
--

-- every style on a set of values: edges (zero, one, minor units, the
-- largest and smallest amounts), rounding at compact's second decimal,
-- currencies with and without symbols and words
SELECT a AS amount,
	format_amount(a::currency_amount, 'code') AS code,
	format_amount(a::currency_amount, 'symbol') AS symbol,
	format_amount(a::currency_amount, 'compact') AS compact,
	format_amount(a::currency_amount, 'words') AS words,
	format_amount(a::currency_amount, 'kanji') AS kanji
FROM (VALUES
	('JPY 946500000000'),
	('JPY 1055100000000'),
	('JPY 201700000000'),
	('JPY 946512345678'),
	('JPY -946500000000'),
	('JPY 0'),
	('JPY 1'),
	('JPY 999'),
	('JPY 1000'),
	('JPY 10000'),
	('JPY 15000'),
	('JPY 100000001'),
	('JPY 9223372036854775807'),
	('JPY -9223372036854775807'),
	('USD 1910000000.00'),
	('USD 1.00'),
	('USD -1.00'),
	('USD 0.01'),
	('USD 999.99'),
	('USD 1000.00'),
	('USD 1234.56'),
	('USD 1005000.00'),
	('USD 1015000.00'),
	('USD 999995000.00'),
	('USD 999994999.99'),
	('USD 92233720368547758.07'),
	('EUR 2500000.00'),
	('GBP 999996000.00'),
	('GBP 1.00'),
	('KRW 1183300000000'),
	('KRW 15000'),
	('KRW -500000000'),
	('KRW 0'),
	('CNY 11833000000.00'),
	('CNY 100000000.50'),
	('CNY 11400000000.00'),
	('CHF 1.50'),
	('CHF 1500000.00'),
	('KWD 1234.567'),
	('CLF 922337203685477.5807'),
	('XAU 1.5')
) AS v(a);

-- the style is case-insensitive
SELECT format_amount('JPY 946500000000', 'WORDS') AS words, format_amount('JPY 946500000000', 'Kanji') AS kanji;

-- NULL in, NULL out
SELECT format_amount(NULL, 'words') IS NULL AS null_amount,
	format_amount('USD 1.00', NULL) IS NULL AS null_style;

-- an unknown style is 22023, with the styles in the hint
SELECT format_amount('USD 1.00', 'fancy');
SELECT format_amount('USD 1.00', '');
DO $$
BEGIN
	PERFORM format_amount('USD 1.00', 'kanji ');
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'SQLSTATE %: %', SQLSTATE, SQLERRM;
END
$$;

-- formatting changes neither the value nor its canonical text
CREATE TEMP TABLE formatted (a currency_amount);
INSERT INTO formatted VALUES ('JPY 946500000000'), ('USD 1910000000.00');
SELECT format_amount(a, 'compact') FROM formatted;
SELECT a::text FROM formatted;
DROP TABLE formatted;

-- round trips over generated values: every exact style reads back as the
-- same value; compact reads back within 0.5%
CREATE TEMP TABLE generated AS
SELECT i, from_minor_units(
		(CASE WHEN i % 2 = 0 THEN -1 ELSE 1 END) *
		CASE WHEN i % 3 = 0
			-- a short mantissa with trailing zeros, as budget figures are
			THEN ((i * 7919) % 100000)::bigint * (10::numeric ^ (i % 14))::bigint
			-- or any digits at all
			ELSE ((i::numeric * 2862933555777941757) % 9223372036854775807)::bigint /
				(10::numeric ^ (i % 19))::bigint
		END,
		(ARRAY['JPY', 'USD', 'EUR', 'GBP', 'KRW', 'CNY', 'CHF', 'KWD', 'CLF', 'XAU'])[1 + i % 10]::currency
	) AS a
FROM generate_series(1, 10000) AS i;

SELECT count(*) AS generated,
	count(DISTINCT currency(a)) AS currencies,
	count(*) FILTER (WHERE minor_units(a) = 0) AS zero_amounts
FROM generated;

SELECT style,
	count(*) FILTER (WHERE format_amount(a, style)::currency_amount::text = a::text) AS same,
	count(*) FILTER (WHERE format_amount(a, style)::currency_amount::text <> a::text) AS different
FROM generated, unnest(ARRAY['code', 'symbol', 'words', 'kanji']) AS style
GROUP BY style ORDER BY style;

-- which differ, if any (none expected)
SELECT i, a, style, format_amount(a, style)
FROM generated, unnest(ARRAY['code', 'symbol', 'words', 'kanji']) AS style
WHERE format_amount(a, style)::currency_amount::text <> a::text
ORDER BY i, style LIMIT 10;

-- every currency of the catalog, current and historic, in every exact style
SELECT count(DISTINCT code) > 250 AS many_currencies,
	count(*) FILTER (WHERE format_amount(a, style)::currency_amount::text <> a::text) AS different
FROM (SELECT code, from_minor_units(u, code) AS a
	  FROM currencies(), unnest(ARRAY[-987654321987, 1, 0, 1500000000000]::bigint[]) AS u) AS c,
	unnest(ARRAY['code', 'symbol', 'words', 'kanji']) AS style;

-- compact: same currency and sign, within half a percent
SELECT count(*) AS compact_checked,
	count(*) FILTER (WHERE currency(c) <> currency(a)
					 OR sign(amount(c)) <> sign(amount(a))
					 OR abs(amount(c) - amount(a)) * 200 > abs(amount(a))) AS compact_off
FROM (SELECT a, format_amount(a, 'compact')::currency_amount AS c FROM generated) AS t;

-- the words style uses scale words for round figures
SELECT count(*) FILTER (WHERE format_amount(a, 'words') ~ '(million|billion|trillion)') > 1000 AS scale_words_used,
	count(*) FILTER (WHERE format_amount(a, 'kanji') ~ '(兆|億|亿|조|억)') > 1000 AS units_used
FROM generated;

DROP TABLE generated;
