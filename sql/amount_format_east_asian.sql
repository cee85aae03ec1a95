--
-- format_amount's East Asian styles: japanese, korean and chinese write any
-- currency in one language (units and currency name); kanji keeps writing
-- each currency in its own country's units.  Every style reads back.
--
SELECT a,
	format_amount(a::currency_amount, 'japanese') AS japanese,
	format_amount(a::currency_amount, 'korean') AS korean,
	format_amount(a::currency_amount, 'chinese') AS chinese
FROM (VALUES
	('KRW 1183300000000'),                -- the 11th SMA's 2021 amount
	('KRW 1519200000000'),                -- the 12th SMA's 2026 amount
	('KRW 1038900000000'),
	('JPY 946500000000'),
	('JPY 1055100000000'),
	('USD 1910000000.00'),
	('CNY 11833000000.00'),
	('CNY 1183312345678.50'),
	('EUR 1234.56'),
	('GBP 100000000'),
	('KRW 0'),
	('KRW 1'),
	('KRW -15000'),
	('KRW 10000'),
	('KRW 100000000'),
	('USD -0.01'),
	('CHF 12345678.90'),                  -- no East Asian name: the code
	('KRW 9223372036854775807'),
	('CNY -92233720368547758.07')
) v(a);

-- any case; kanji unchanged (KRW in Korean, CNY in Chinese, the rest in Japanese)
SELECT format_amount('KRW 1183300000000', 'KOREAN') AS korean,
	format_amount('CNY 1183300000000', 'Chinese') AS chinese,
	format_amount('KRW 1183300000000', 'kanji') AS kanji_krw,
	format_amount('USD 1910000000.00', 'kanji') AS kanji_usd,
	format_amount('KRW 1183300000000', 'japanese') AS japanese_krw;

-- an unknown style names them all
SELECT format_amount('KRW 1', 'hangul');

-- round trips: 10,000 generated amounts, each in four currencies with
-- names in every language and two without, read back in every East Asian
-- style
CREATE TEMP TABLE generated AS
SELECT i, from_minor_units(
		(CASE WHEN i % 2 = 0 THEN -1 ELSE 1 END) *
		CASE WHEN i % 3 = 0
			-- a short mantissa with trailing zeros, as budget figures are
			THEN ((i * 7919) % 100000)::bigint * (10::numeric ^ (i % 14))::bigint
			-- or any digits at all, of any length
			ELSE ((i::numeric * 2862933555777941757) % 9223372036854775807)::bigint /
				(10::numeric ^ (i % 19))::bigint
		END,
		c) AS a
FROM generate_series(1, 10000) AS i,
	unnest(ARRAY['KRW', 'USD', 'JPY', 'CNY', 'EUR', 'GBP', 'CHF', 'KWD']::currency[]) AS c
WHERE (i + array_position(ARRAY['KRW', 'USD', 'JPY', 'CNY', 'EUR', 'GBP', 'CHF', 'KWD'], c::text)) % 2 = 0;

SELECT count(*) AS generated, count(DISTINCT currency(a)) AS currencies,
	count(*) FILTER (WHERE minor_units(a) = 0) AS zero_amounts
FROM generated;

SELECT style, currency(a) AS currency, count(*) AS cases,
	count(*) FILTER (WHERE format_amount(a, style)::currency_amount::text = a::text) AS same
FROM generated, unnest(ARRAY['japanese', 'korean', 'chinese', 'kanji']) AS style
GROUP BY style, currency(a) ORDER BY style, currency(a)::text;

-- which differ, if any (none expected)
SELECT i, a, style, format_amount(a, style)
FROM generated, unnest(ARRAY['japanese', 'korean', 'chinese', 'kanji']) AS style
WHERE format_amount(a, style)::currency_amount::text <> a::text
ORDER BY i, style LIMIT 10;

-- the styles use their units and names, and only theirs
SELECT style,
	count(*) FILTER (WHERE f ~ '(兆|億|万亿|亿|조|억|万|만)') > 10000 AS units_used,
	count(*) FILTER (WHERE style = 'korean' AND f ~ '[兆億亿万円元美日韩欧英ドユポウ]') AS korean_with_han_or_kana,
	count(*) FILTER (WHERE style = 'chinese' AND f ~ '[兆億조억만원달엔위유파ドユポウ円]') AS chinese_with_others,
	count(*) FILTER (WHERE style = 'japanese' AND f ~ '[亿조억만원달엔위유파]') AS japanese_with_others
FROM generated, unnest(ARRAY['japanese', 'korean', 'chinese']) AS style,
	LATERAL (SELECT format_amount(a, style) AS f) q
GROUP BY style ORDER BY style;

-- every currency of the catalog, current and historic
SELECT count(DISTINCT code) > 250 AS many_currencies,
	count(*) FILTER (WHERE format_amount(a, style)::currency_amount::text <> a::text) AS different
FROM (SELECT code, from_minor_units(u, code) AS a
	  FROM currencies(), unnest(ARRAY[-987654321987, 1, 0, 1500000000000, 9223372036854775807]::bigint[]) AS u) AS c,
	unnest(ARRAY['japanese', 'korean', 'chinese']) AS style;

DROP TABLE generated;
