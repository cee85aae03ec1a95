--
-- Robustness of text input: generated garbage and near misses of valid
-- inputs, for every type (the aggregate state type included).  Each text
-- must either be read and round-trip
-- (input of the output is the same value, and the output is stable) or be
-- refused with a data exception (class 22).  Anything else (XX000, another
-- class, a crash) is a bug.  The generator is seeded, so the run is
-- deterministic; only the rows that break the rule are shown.
--
CREATE FUNCTION pg_temp.probe(typ text, t text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	out1 text;
	out2 text;
	same boolean;
BEGIN
	EXECUTE pg_catalog.format('SELECT $1::%s::text', typ) INTO out1 USING t;
	BEGIN
		-- the aggregate states have no equality operator; their text is their value
		EXECUTE pg_catalog.format(CASE WHEN typ IN ('currency_amount_sum_state', 'currency_amount_by_currency_state')
				THEN 'SELECT $1::%s::text, $1::%s::text = $2::%s::text'
				ELSE 'SELECT $1::%s::text, $1::%s = $2::%s' END, typ, typ, typ)
			INTO out2, same USING out1, t;
	EXCEPTION WHEN others THEN
		RETURN 'output not read back: ' || out1 || ' ' || SQLSTATE;
	END;
	IF out2 IS DISTINCT FROM out1 OR NOT same THEN
		RETURN 'round trip: ' || out1 || ' -> ' || out2;
	END IF;
	RETURN 'ok';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE;
END
$$;

-- pieces the generator strings together: grammar tokens, digits, odd Unicode
-- (full-width and Arabic-Indic digits, minus sign, dashes, no-break and
-- zero-width spaces, ideographic space, combining accent)
CREATE FUNCTION pg_temp.pieces() RETURNS text[] LANGUAGE sql AS $$
SELECT ARRAY['0','1','5','9','00','12','999999999','9223372036854775807',
	'9223372036854775808','170141183460469231731687303715884105728',
	'.',',','-','+',' ','  ','(',')','[',']','..','@','/','$','¥','円','億','兆','万',
	'e','E','e99','k','m','bn','billion','trillion','yen','dollars','USD','usd','JPY',
	'KWD','XAU','CLF','ZZZ','US','$1','JFY','FY','jp','uk','uk_tax','us_federal',
	'calendar','au','start','end','fy','jfy','split','plain','infinity','-infinity',
	'2016','2016-04-01','-04-','-13-','-02-29','5874897','4713','0000','12-31',
	E'\u2212',E'\u2013',E'\u2014',E'\u00a0',E'\u200b',E'\u3000',E'\uff11',E'\u0663',
	E'\u0301','é','€','£','₩','%','''','"','\','*',E'\t',E'\n']
$$;

-- one mutation of t: truncate, delete, insert, replace, duplicate, or pad
CREATE FUNCTION pg_temp.mutate(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	p text[] := pg_temp.pieces();
	n int := pg_catalog.length(t);
	i int := 1 + pg_catalog.floor(pg_catalog.random() * (n + 1))::int;
	piece text := p[1 + pg_catalog.floor(pg_catalog.random() * pg_catalog.array_length(p, 1))::int];
	k int := pg_catalog.floor(pg_catalog.random() * 7)::int;
BEGIN
	RETURN CASE k
		WHEN 0 THEN pg_catalog.left(t, i - 1)
		WHEN 1 THEN overlay(t placing '' from i for 1)
		WHEN 2 THEN overlay(t placing piece from i for 0)
		WHEN 3 THEN overlay(t placing piece from i for 1)
		WHEN 4 THEN t || pg_catalog.substr(t, i)
		WHEN 5 THEN overlay(t placing pg_catalog.repeat('9', 1 + pg_catalog.floor(pg_catalog.random() * 60)::int) from i for 0)
		ELSE pg_catalog.repeat(' ', (pg_catalog.random() * 3)::int) || t || piece
	END;
END
$$;

CREATE TEMP TABLE seed_text (typ text, t text);
INSERT INTO seed_text VALUES
	('currency', 'USD'), ('currency', 'jpy'), ('currency', 'XAU'), ('currency', 'DEM'),
	('currency_amount', 'JPY 946500000000'), ('currency_amount', 'USD -1.50'),
	('currency_amount', '1兆551億円'), ('currency_amount', 'US$1.91 billion'),
	('currency_amount', '(1,234.00) USD'), ('currency_amount', '€2.5m'),
	('currency_amount', 'JPY 9223372036854775807'), ('currency_amount', 'KWD 1.234'),
	('currency_amount', '946.5 billion yen'), ('currency_amount', 'XAU 1.5'),
	('currency_amount', '1億5000万1234円'), ('currency_amount', '$1.234567891 billion'),
	('agreement_period', '[2016-04-01,2021-04-01)'), ('agreement_period', '2016-04-01..2021-03-31'),
	('agreement_period', '[,2020-01-01)'), ('agreement_period', '[-infinity,infinity)'),
	('agreement_period', 'JFY2016..JFY2020'), ('agreement_period', 'JFY2016–JFY2020'),
	('agreement_period', 'FY2021@us_federal'), ('agreement_period', '2020-21..2021-22@au'),
	('agreement_period', 'FY2021@07-01/end/fy'), ('agreement_period', '[5874897-12-30,5874897-12-31)'),
	('fiscal_calendar', 'jp'), ('fiscal_calendar', 'us_federal'), ('fiscal_calendar', 'uk_tax'),
	('fiscal_calendar', '07-01/end/fy'), ('fiscal_calendar', '02-28/start/split'),
	('fiscal_calendar', '12-31/end/plain'),
	('currency_amount_sum_state', 'empty'), ('currency_amount_sum_state', 'USD 2 -150 3'),
	('currency_amount_sum_state', 'JPY 0 170141183460469231731687303715884105727 2'),
	('currency_amount_sum_state', 'KWD 3 -170141183460469231731687303715884105728 9223372036854775807'),
	('currency_amount_by_currency_state', 'empty'),
	('currency_amount_by_currency_state', 'EUR 2 -500 3, JPY 0 170141183460469231731687303715884105727 1, USD 4 350 2'),
	('currency_amount_by_currency_state', 'KWD 3 -170141183460469231731687303715884105728 9223372036854775807');

CREATE TEMP TABLE fuzz_result (typ text, input text, result text);

DO $$
DECLARE
	s record;
	t text;
	i int;
	j int;
	p text[] := pg_temp.pieces();
BEGIN
	PERFORM pg_catalog.setseed(0.4242);
	-- every seed mutated repeatedly, up to three mutations deep
	FOR s IN SELECT * FROM seed_text ORDER BY typ, t LOOP
		FOR i IN 1..60 LOOP
			t := s.t;
			FOR j IN 0..(i % 3) LOOP
				t := pg_temp.mutate(t);
			END LOOP;
			INSERT INTO fuzz_result VALUES (s.typ, t, pg_temp.probe(s.typ, t));
		END LOOP;
		-- every truncation
		FOR i IN 0..pg_catalog.length(s.t) LOOP
			t := pg_catalog.left(s.t, i);
			INSERT INTO fuzz_result VALUES (s.typ, t, pg_temp.probe(s.typ, t));
		END LOOP;
	END LOOP;
	-- strings made only of pieces, and long strings
	FOR i IN 1..300 LOOP
		t := '';
		FOR j IN 1..(1 + i % 8) LOOP
			t := t || p[1 + pg_catalog.floor(pg_catalog.random() * pg_catalog.array_length(p, 1))::int];
		END LOOP;
		FOR s IN SELECT DISTINCT typ FROM seed_text ORDER BY typ LOOP
			INSERT INTO fuzz_result VALUES (s.typ, t, pg_temp.probe(s.typ, t));
		END LOOP;
	END LOOP;
	FOR s IN SELECT * FROM seed_text ORDER BY typ, t LOOP
		FOREACH t IN ARRAY ARRAY[pg_catalog.repeat(s.t, 200), pg_catalog.repeat('9', 5000) || s.t,
				s.t || pg_catalog.repeat('0', 5000), pg_catalog.repeat(' ', 3000) || s.t,
				pg_catalog.repeat('-', 300) || s.t, pg_catalog.repeat('(', 300) || s.t || pg_catalog.repeat(')', 300),
				s.t || pg_catalog.repeat(' billion', 100), s.t || pg_catalog.repeat('万', 100),
				pg_catalog.repeat('1兆', 50) || s.t, '0.' || pg_catalog.repeat('0', 400) || '1 ' || s.t] LOOP
			INSERT INTO fuzz_result VALUES (s.typ, pg_catalog.left(t, 40) || '...', pg_temp.probe(s.typ, t));
		END LOOP;
	END LOOP;
END
$$;

-- each type both accepted and refused some of the generated texts
SELECT typ, pg_catalog.count(*) FILTER (WHERE result = 'ok') > 0 AS some_read,
	pg_catalog.count(*) FILTER (WHERE result LIKE '22%') > 0 AS some_refused,
	pg_catalog.count(*) >= 500 AS enough_cases
FROM fuzz_result GROUP BY typ ORDER BY typ;

-- the rule: read and round-trip, or a class 22 error; no rows
SELECT typ, input, result FROM fuzz_result
WHERE result <> 'ok' AND result NOT LIKE '22%'
ORDER BY typ, input;

-- no silent wrong answer: plain decimal input means what numeric means.
-- Texts of generated decimals (up to 25 digits, either sign, 0 to 6
-- decimals) in three currencies are read both ways; when either reads the
-- text the other must too, and give the same value.
CREATE TEMP TABLE decimal_case AS
SELECT c::currency AS cur, d AS num,
	pg_temp.probe('currency_amount', c || ' ' || d) AS as_text
FROM (SELECT i, (CASE WHEN i % 2 = 0 THEN '-' ELSE '' END)
		|| pg_catalog.rtrim(pg_catalog.to_char(pg_catalog.floor(pg_catalog.random() * 10 ^ (1 + i % 25))::numeric, 'FM99999999999999999999999990'), '.')
		|| CASE WHEN i % 7 = 0 THEN '' ELSE '.' || pg_catalog.substr('123456000', 1 + i % 3, i % 7) END AS d
	FROM pg_catalog.generate_series(1, 600) i) g,
	(VALUES ('JPY'), ('USD'), ('KWD')) v(c);
CREATE FUNCTION pg_temp.by_numeric(n text, c currency) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN currency_amount(n::numeric, c)::text;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE;
END
$$;
SELECT cur, num, as_text, pg_temp.by_numeric(num, cur) AS by_numeric
FROM decimal_case
WHERE (as_text = 'ok') <> (pg_temp.by_numeric(num, cur) !~ '^[0-9A-Z]{5}$')
	OR (as_text = 'ok' AND (cur || ' ' || num)::currency_amount <> currency_amount(num::numeric, cur));
SELECT pg_catalog.count(*) FILTER (WHERE as_text = 'ok') > 100 AS many_read,
	pg_catalog.count(*) FILTER (WHERE as_text = '22003') > 10 AS many_too_large,
	pg_catalog.count(*) FILTER (WHERE as_text = '22P02') > 10 AS many_too_precise
FROM decimal_case;

-- bracketed periods mean what the daterange of the same dates means, over
-- dates spread across the whole range a period can hold
SET DateStyle = ISO;
CREATE TEMP TABLE period_case AS
SELECT lo, hi, pg_temp.probe('agreement_period', '[' || lo || ',' || hi || ')') AS as_text
FROM (SELECT (DATE '0001-01-01' + (pg_catalog.random() * span)::int)::text AS lo,
		(DATE '0001-01-01' + (pg_catalog.random() * span)::int)::text AS hi
	FROM pg_catalog.generate_series(1, 400) i,
		LATERAL (SELECT CASE WHEN i % 2 = 0 THEN 2145000000 ELSE 3000000 END AS span) s) g;
SELECT lo, hi FROM period_case
WHERE as_text = 'ok' AND ('[' || lo || ',' || hi || ')')::agreement_period
	<> agreement_period(pg_catalog.daterange(lo::date, hi::date));
SELECT pg_catalog.count(*) FILTER (WHERE as_text = 'ok') > 100 AS many_read,
	pg_catalog.count(*) FILTER (WHERE as_text = '22000') > 100 AS many_inverted,
	pg_catalog.count(*) FILTER (WHERE as_text NOT IN ('ok', '22000')) AS other
FROM period_case;
RESET DateStyle;

-- the server is still alive and answers
SELECT 1 AS alive;
