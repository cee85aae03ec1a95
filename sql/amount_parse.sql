--
-- currency_amount text input: the forms people write, and the ones refused.
--
-- try_amount() reads a text as currency_amount and shows either the
-- canonical output or the SQLSTATE, message and detail of the error, so one
-- table shows many cases.
--
CREATE FUNCTION pg_temp.try_amount(t text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	detail text;
BEGIN
	RETURN t::currency_amount::text;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ' ' || SQLERRM || coalesce(' / ' || nullif(detail, ''), '');
END
$$;

SELECT pg_catalog.getdatabaseencoding();

-- must succeed: the canonical output of each
SELECT input, pg_temp.try_amount(input) AS result
FROM (VALUES
	-- figures as the host nation support sources write them
	('1兆551億円'),
	('1,055.1 billion yen'),
	('2,110億円'),
	('201.7 billion yen'),
	('US$1.91 billion'),
	('1.06 trillion yen'),
	('$9.33 billion'),
	('US$8 billion'),
	('133 億円'),
	('24,901,908,000 yen'),
	-- canonical and near-canonical
	('JPY 946500000000'),
	('946500000000 JPY'),
	('946500000000 jpy'),
	('usd 1910000000.00'),
	('USD1.5'),
	('1.5USD'),
	('  USD   1.5  '),
	('USD 0'),
	('USD -0.00'),
	('JPY 946,500,000,000'),
	('USD 1,234.5'),
	('USD .5'),
	('USD 000123'),
	('KWD 1.234'),
	('CLF 1.2345'),
	('XAU 1.5'),
	('DEM 10.50'),
	-- signs and accounting negatives
	('-USD 5'),
	('USD -5'),
	('-5 USD'),
	('+5 USD'),
	('USD +5'),
	('−5 USD'),
	('(1,234.00) USD'),
	('USD (1,234.00)'),
	('(USD 1,234.00)'),
	('($1,234.00)'),
	('$(1,234.00)'),
	('(1,234.00 USD)'),
	('-$5'),
	('$-5'),
	('(0) USD'),
	-- symbols
	('$1.91 billion'),
	('$1.91bn'),
	('US$1.91 billion'),
	('us$ 5'),
	('HK$10'),
	('A$10'),
	('C$10'),
	('NZ$10'),
	('S$10'),
	('NT$10'),
	('MX$10'),
	('R$10'),
	('¥946.5 billion'),
	('￥100'),
	('JP¥100'),
	('CN¥100'),
	('RMB¥100'),
	('€2.5m'),
	('£1,000'),
	('₩1,000'),
	('￦1,000'),
	('100円'),
	('100元'),
	('100원'),
	('100 원'),
	('RMB 11.4 billion'),
	('rmb 11.4 billion'),
	-- currency words
	('946.5 billion yen'),
	('946.5 BILLION YEN'),
	('1 dollar'),
	('5 dollars'),
	('5 US dollars'),
	('5 US dollar'),
	('US dollars 5'),
	('5 euro'),
	('5 Euros'),
	('5 pound'),
	('5 pounds'),
	('5 million sterling'),
	('5 won'),
	('5 yuan'),
	('5 renminbi'),
	('dollars 5'),
	-- scale words and suffixes
	('5 thousand USD'),
	('5k USD'),
	('5K USD'),
	('5 million USD'),
	('5m USD'),
	('5M USD'),
	('5mn USD'),
	('5 billion USD'),
	('5b USD'),
	('5bn USD'),
	('5 trillion USD'),
	('5t USD'),
	('5tn USD'),
	('$0.01k'),
	('$1.23456789 billion'),
	('9,223,372,036.854775807 billion JPY'),
	('$1.234567891 billion'),
	('-9,223,372,036,854,775,807 JPY'),
	('92,233,720,368,547,758.07 USD'),
	-- East Asian units, alone and combined
	('2,017億円'),
	('9465億円'),
	('1兆551億円'),
	('1兆円'),
	('1.5兆円'),
	('1兆551.5億円'),
	('1億5000万1234円'),
	('1万5000円'),
	('5万円'),
	('5萬円'),
	('12000億円'),
	('¥1兆551億'),
	('JPY 1兆551億'),
	('1兆551億 JPY'),
	('-1兆円'),
	('(1兆551億円)'),
	('1 兆 551 億 円'),
	('1兆　551億円'),
	('11.4亿元'),
	('11833亿元'),
	('118亿3300万元'),
	('1.2万亿元'),
	('1万亿元'),
	('1조 1,833억 원'),
	('1조1833억원'),
	('1만 5,000 원'),
	('5억 원'),
	('1조 원'),
	('₩1조 1,833억'),
	-- 千 and 천 count thousands inside a group
	('5千億円'),
	('1兆5千億円'),
	('3千万円'),
	('1万5千円'),
	('5千円'),
	('5千300万円'),
	('1조 5천억 원'),
	('5천만 원'),
	-- full-width digits and punctuation; budget documents' triangles for minus
	('２，０１７億円'),
	('１兆５５１．５億円'),
	('２,０１７.５億円'),
	('（１，２３４）円'),
	('ＵＳＤ　１２３．４５'),
	('＄１．９１ｂｎ'),
	('△1,234円'),
	('▲５億円'),
	('△ 1,234 JPY'),
	-- East Asian currency names
	('19億1000万ドル'),
	('5億米ドル'),
	('5億ユーロ'),
	('5億ポンド'),
	('5億ウォン'),
	('5億人民元'),
	('5亿美元'),
	('5亿日元'),
	('5亿欧元'),
	('5亿英镑'),
	('5亿韩元'),
	('5亿人民币'),
	('5억 달러'),
	('5억 엔'),
	('5억 위안'),
	('5억 유로'),
	('5억 파운드')
) AS cases(input);

-- must fail, with the SQLSTATE, message and detail
SELECT input, pg_temp.try_amount(input) AS error
FROM (VALUES
	-- empty, no number, no currency
	(''),
	('   '),
	('USD'),
	('$'),
	('-'),
	('()'),
	('5'),
	('5 billion'),
	('1兆551億'),
	-- two currencies
	('$5 USD'),
	('USD 5 JPY'),
	('¥100円'),
	('US$5 dollars'),
	('5 yen 円'),
	-- unknown codes, words, characters; trailing garbage
	('5 XYZ'),
	('5 foo'),
	('5 USD!'),
	('5 USD 6'),
	('5 USD billion'),
	('5 # USD'),
	('5 USD abc'),
	('5 quadrillion USD'),
	('5 ₿'),
	('5 US'),
	-- malformed numbers
	('1,23 USD'),
	('1,2345 USD'),
	(',123 USD'),
	('1,,234 USD'),
	('1234,567 USD'),
	('1.234,56 EUR'),
	('1.2.3 USD'),
	('5. USD'),
	('1 000 USD'),
	('1,000.00.00 USD'),
	-- signs and parentheses
	('--5 USD'),
	('+-5 USD'),
	('5- USD'),
	('USD 5-'),
	('-(5) USD'),
	('(-5) USD'),
	('(5 USD'),
	('5) USD'),
	('((5)) USD'),
	(')5( USD'),
	-- scale words
	('billion 5 USD'),
	('5 billion million USD'),
	('5 billion 万円'),
	('5万 billion 円'),
	('5 k k USD'),
	-- East Asian units out of order, repeated, too large, fractional
	('5億1兆円'),
	('5万1億円'),
	('1億1億円'),
	('1兆1万亿元'),
	('1兆12000億円'),
	('1億10000万円'),
	('1万10000円'),
	('1.5兆551億円'),
	('1兆5억원'),
	('1조 5億 원'),
	('億円'),
	('円5億'),
	('원 5'),
	('ドル 5'),
	('1兆円551億'),
	('千億円'),
	('△△5円'),
	('5△円'),
	('15千億円'),
	('1.5千億円'),
	('5千1000円'),
	('5千億千万円'),
	('5천億円'),
	('5千 billion yen'),
	('5千千円'),
	-- 兆 in yuan is ambiguous
	('1兆元'),
	('1兆 CNY'),
	-- more decimals than the currency has: never rounded
	('$1.005'),
	('1.5 yen'),
	('JPY 0.5'),
	('KWD 1.2345'),
	('1.5万5000円'),
	('9.223372036854775807 billion JPY'),
	-- out of range
	('9,223,372,036,854,775,808 JPY'),
	('-9,223,372,036,854,775,808 JPY'),
	('92,233,720,368,547,758.08 USD'),
	('9.3 billion billion JPY'),
	('9300000兆円'),
	('99999999999999999999999999999999999999999 JPY')
) AS cases(input);

-- zeros after the point are exact whatever their number: forty of them
-- after a digit are still that digit's value, not out of range; the same
-- zeros in the integer part are a number too large
SELECT ('USD 1.' || pg_catalog.repeat('0', 40))::currency_amount AS forty_zeros,
	   ('1.5' || pg_catalog.repeat('0', 40) || ' billion JPY')::currency_amount AS scaled;
SELECT pg_temp.try_amount('USD 1' || pg_catalog.repeat('0', 40)) AS forty_zeros_in_the_integer_part,
	   pg_temp.try_amount('USD 0.' || pg_catalog.repeat('0', 40) || '1') AS a_digit_after_forty_zeros,
	   pg_temp.try_amount('1.' || pg_catalog.repeat('0', 40) || '億円') AS east_asian,
	   pg_temp.try_amount('1.0億5000万円') AS fraction_not_last;

-- a long text is a syntax error however long it is (SQLSTATE and detail only)
SELECT CASE WHEN r ~ '^[0-9A-Z]{5} '
		THEN left(r, 5) || coalesce(' / ' || substring(r FROM ' / ([^/]*)$'), '')
		ELSE r END AS long_text
FROM (SELECT pg_temp.try_amount(t) AS r FROM (VALUES
	(pg_catalog.repeat('5 ', 64) || 'USD'),
	(pg_catalog.repeat('(', 100000) || '5 USD'),
	(pg_catalog.repeat('1', 100000) || ' USD'),
	('USD ' || pg_catalog.repeat('0', 100000) || '1.00')
) AS cases(t)) AS tried;

-- 20,000 texts stitched together from pieces of the grammar: every one is
-- either read or refused with 22P02 or 22003, never an internal error
CREATE FUNCTION pg_temp.outcome(t text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM t::currency_amount;
	RETURN 'ok';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE;
END
$$;
SELECT setseed(0.25);
CREATE TEMP TABLE stitched AS
SELECT g, (SELECT string_agg((ARRAY['1', '23', '4,567', '.5', '-', '+', '(', ')', '$',
			'US$', '¥', '円', '億', '兆', '万', '조', '억', '원', 'billion', 'k', 'bn', 'USD',
			'JPY', 'yen', 'dollars', ' ', '千', '천', '△', '２', 'xyz', '#', '1.2.3', '元',
			'万亿', '0', '999999999999'])[1 + floor(random() * 37)::int], '')
		FROM generate_series(1, 1 + g % 8) WHERE g > 0) AS t
FROM generate_series(1, 20000) AS g;
SELECT count(*) FILTER (WHERE o = 'ok') > 100 AS some_read,
	count(*) FILTER (WHERE o = '22P02') > 100 AS some_refused,
	count(*) FILTER (WHERE o = '22003') > 0 AS some_out_of_range,
	count(*) FILTER (WHERE o NOT IN ('ok', '22P02', '22003')) AS other_outcomes
FROM (SELECT pg_temp.outcome(t) AS o FROM stitched) AS tried;
DROP TABLE stitched;

-- NULL in, NULL out
SELECT NULL::text::currency_amount IS NULL AS null_is_null;
