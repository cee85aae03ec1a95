--
-- What the full parser makes of the press forms, pinned: for a large
-- generated set of texts in every press shape (East Asian, Korean and
-- Chinese units and chains, currency names, scale words, symbols), valid
-- and not, at and past the limits of an amount, the outcome of each (the
-- value read, or the SQLSTATE, message, detail and hint of the refusal) is
-- recorded and its digest printed.  Any change in what is accepted or
-- refused, in a value or in an error's words shows as a changed digest;
-- the digests per family and per SQLSTATE say where to look, and a sample
-- of rows shows what the outcomes are.  A change meant to alter behaviour
-- updates the digests with the reason in its commit; a change meant to be
-- invisible (a faster parser) must leave them as they are.
--
-- The inputs are generated without randomness.  On PostgreSQL 16 and later
-- the soft errors (pg_input_error_info) are compared with the hard ones.
--
SELECT pg_catalog.getdatabaseencoding();

CREATE FUNCTION pg_temp.press_outcome(s text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	v currency_amount;
	detail text;
	hint text;
BEGIN
	v := s::currency_amount;
	RETURN 'ok ' || v::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
	RETURN 'error ' || SQLSTATE || ' ' || SQLERRM || ' | ' || detail || ' | ' || hint;
END $$;

-- the soft error of s in the form press_outcome writes a hard one; NULL
-- before PostgreSQL 16
CREATE FUNCTION pg_temp.press_soft_outcome(s text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	IF current_setting('server_version_num')::int < 160000 THEN
		RETURN NULL;
	END IF;
	EXECUTE $q$SELECT CASE WHEN e.sql_error_code IS NULL THEN 'ok'
			ELSE 'error ' || e.sql_error_code || ' ' || e.message || ' | ' ||
				coalesce(e.detail, '') || ' | ' || coalesce(e.hint, '') END
		FROM pg_input_error_info($1, 'currency_amount') AS e$q$
		INTO r USING s;
	RETURN r;
END $$;

CREATE TEMP TABLE press_input (id serial PRIMARY KEY, family text, s text);

-- numbers to put into the shapes: small, grouped, fractional, malformed,
-- full width, and around the limits of int64 and int128
CREATE TEMP TABLE press_number (k serial, n text);
INSERT INTO press_number (n) VALUES
	('0'), ('1'), ('5'), ('9'), ('10'), ('12'), ('99'), ('100'), ('551'), ('999'),
	('1000'), ('1,000'), ('1,234'), ('1,833'), ('5,000'), ('9999'), ('10000'),
	('12,000'), ('12000'), ('0.5'), ('1.5'), ('.5'), ('1.25'), ('551.5'),
	('1.005'), ('0.0001'), ('1.23456789'), ('007'), ('00'), ('1,23'), ('1.'),
	('1..5'), ('1.2.3'), ('1,0000'), ('1.234,5'), ('１２'), ('２，０１７'), ('１．５'),
	('1 000'), (''), ('-1'), ('9223372'), ('922337203685'),
	('9223372036854775807'), ('9223372036854775808'), ('92233720368547758.07'),
	('92233720368547758.08'), ('9,223,372,036,854,775,807'),
	('18446744073709551616'), ('170141183460469231731687303715884105727'),
	('170141183460469231731687303715884105728'),
	('99999999999999999999999999999999999999999');

-- shapes with one number ({1})
CREATE TEMP TABLE press_shape1 (family text, t text);
INSERT INTO press_shape1 VALUES
	('ja', '{1}億円'), ('ja', '{1}兆円'), ('ja', '{1}万円'), ('ja', '{1}萬円'),
	('ja', '{1}千億円'), ('ja', '{1}千万円'), ('ja', '{1}千円'), ('ja', '{1} 億 円'),
	('ja', '{1}億ドル'), ('ja', '{1}億米ドル'), ('ja', '{1}億ユーロ'), ('ja', '{1}億ポンド'),
	('ja', '{1}億ウォン'), ('ja', '{1}億人民元'), ('ja', '¥{1}億'), ('ja', '￥{1}兆'),
	('ja', 'JPY {1}億'), ('ja', '{1}億 JPY'), ('ja', '{1}兆 USD'), ('ja', '-{1}億円'),
	('ja', '△{1}億円'), ('ja', '▲{1}円'), ('ja', '−{1}兆円'), ('ja', '({1}億円)'),
	('ja', '（{1}億円）'), ('ja', '{1}億　円'), ('ja', '円{1}億'), ('ja', '{1}億'),
	('ja', '{1}億 billion 円'), ('ja', '{1}兆兆円'), ('ja', '{1}億円円'),
	('ja', '{1}億 KWD'), ('ja', '{1}万 CLF'), ('ja', '{1}億 XAU'), ('ja', '{1}円'),
	('ko', '{1}억 원'), ('ko', '{1}조 원'), ('ko', '{1}만 원'), ('ko', '{1}천억 원'),
	('ko', '{1}천 원'), ('ko', '{1}억원'), ('ko', '₩{1}억'), ('ko', '￦{1}조'),
	('ko', '{1}억 달러'), ('ko', '{1}억 엔'), ('ko', '{1}억 위안'), ('ko', '{1}억 유로'),
	('ko', '{1}억 파운드'), ('ko', 'KRW {1}조'), ('ko', '원 {1}억'), ('ko', '{1}억'),
	('ko', '-{1}조 원'), ('ko', '({1}억 원)'), ('ko', '{1}억 USD'),
	('zh', '{1}亿元'), ('zh', '{1}万亿元'), ('zh', '{1}萬億元'), ('zh', '{1}兆元'),
	('zh', '{1}万元'), ('zh', '{1}千亿元'), ('zh', '{1}亿美元'), ('zh', '{1}亿人民币'),
	('zh', '{1}亿日元'), ('zh', '{1}亿欧元'), ('zh', '{1}亿英镑'), ('zh', '{1}亿韩元'),
	('zh', 'CNY {1}亿'), ('zh', '{1}兆 CNY'), ('zh', '元{1}亿'), ('zh', '美元{1}'),
	('words', '{1} billion yen'), ('words', '{1} BILLION YEN'), ('words', '{1} million dollars'),
	('words', '{1} thousand euros'), ('words', '{1} trillion won'), ('words', '{1} million sterling'),
	('words', '{1} pounds'), ('words', '{1} pound'), ('words', '{1} dollar'), ('words', '{1} euro'),
	('words', '{1} yuan'), ('words', '{1} renminbi'), ('words', '{1} rmb'), ('words', '{1} US dollars'),
	('words', '{1} US dollar'), ('words', 'US dollars {1}'), ('words', 'dollars {1}'),
	('words', '{1}k USD'), ('words', '{1}K usd'), ('words', '{1}m EUR'), ('words', '{1}mn GBP'),
	('words', '{1}b JPY'), ('words', '{1}bn KRW'), ('words', '{1}tn CNY'), ('words', '{1}t yen'),
	('words', '{1} billion'), ('words', '{1} billion million yen'), ('words', '{1} yen yen'),
	('words', '{1} quadrillion yen'), ('words', 'billion {1} yen'), ('words', '{1} billion KWD'),
	('words', '{1} thousand CLF'), ('words', '{1} million XAU'), ('words', '{1} billion XYZ'),
	('words', '{1} billion DEM'), ('words', '{1} k k USD'), ('words', '{1} USD billion'),
	('symbols', '${1} billion'), ('symbols', '${1}bn'), ('symbols', 'US${1}m'),
	('symbols', 'us$ {1}'), ('symbols', 'HK${1}'), ('symbols', 'A${1}k'), ('symbols', 'AU${1}'),
	('symbols', 'C${1}'), ('symbols', 'CA${1}'), ('symbols', 'NZ${1}'), ('symbols', 'S${1}'),
	('symbols', 'SG${1}'), ('symbols', 'NT${1}'), ('symbols', 'MX${1}'), ('symbols', 'R${1}'),
	('symbols', 'CN¥{1}'), ('symbols', 'RMB¥{1}'), ('symbols', 'JP¥{1}'), ('symbols', '¥{1} billion'),
	('symbols', '€{1}m'), ('symbols', '£{1} million'), ('symbols', '₩{1}'), ('symbols', '-${1}'),
	('symbols', '$-{1}'), ('symbols', '(${1})'), ('symbols', '${1} USD'), ('symbols', '{1}$'),
	('symbols', 'XY${1}'), ('symbols', '＄{1}ｂｎ'), ('symbols', '${1} 億'), ('symbols', '€ {1} trillion'),
	('symbols', '$ {1} billion dollars');

INSERT INTO press_input (family, s)
SELECT sh.family, replace(sh.t, '{1}', nb.n)
FROM press_shape1 sh, press_number nb
ORDER BY sh.family, sh.t, nb.k;

-- shapes with two or three numbers: every pair of a smaller set of numbers
-- for two, a deterministic walk through the set for three
CREATE TEMP TABLE press_small (k int, n text);
INSERT INTO press_small VALUES
	(0, '0'), (1, '1'), (2, '5'), (3, '12'), (4, '551'), (5, '1,833'), (6, '9999'),
	(7, '10000'), (8, '12000'), (9, '1.5'), (10, '551.5'), (11, '1,23'), (12, '007'),
	(13, '9223372'), (14, '9223372036854775807'), (15, '5千'), (16, '5천');
CREATE TEMP TABLE press_shape2 (family text, t text);
INSERT INTO press_shape2 VALUES
	('ja', '{1}兆{2}億円'), ('ja', '{1}億{2}万円'), ('ja', '{1}万{2}円'), ('ja', '{1}億{2}円'),
	('ja', '{1}億{2}兆円'), ('ja', '{1}兆 {2}億 円'), ('ja', '¥{1}兆{2}億'), ('ja', '{1}兆{2}億 USD'),
	('ja', '{1}萬億{2}億円'), ('ja', '{1}兆{2}億ドル'), ('ja', '{1}兆円{2}億'),
	('ko', '{1}조 {2}억 원'), ('ko', '{1}조{2}억원'), ('ko', '{1}억 {2}만 원'), ('ko', '{1}만 {2} 원'),
	('ko', '{1}조 {2}億 원'), ('ko', '₩{1}조 {2}억'), ('ko', '{1}조 {2}억 달러'),
	('zh', '{1}万亿{2}亿元'), ('zh', '{1}亿{2}万元'), ('zh', '{1}兆{2}亿元'), ('zh', '{1}亿{2}万亿元'),
	('zh', '{1}万亿{2}亿美元'),
	('words', '{1} billion {2} yen'), ('words', '{1} USD {2}'), ('words', '{1} {2} USD');
INSERT INTO press_input (family, s)
SELECT sh.family, replace(replace(sh.t, '{1}', a.n), '{2}', b.n)
FROM press_shape2 sh, press_small a, press_small b
ORDER BY sh.family, sh.t, a.k, b.k;

CREATE TEMP TABLE press_shape3 (family text, t text);
INSERT INTO press_shape3 VALUES
	('ja', '{1}兆{2}億{3}万円'), ('ja', '{1}億{2}万{3}円'), ('ja', '{1}兆{2}億{3}円'),
	('ja', '{1}兆{2}万{3}億円'), ('ko', '{1}조 {2}억 {3}만 원'), ('ko', '{1}억 {2}만 {3} 원'),
	('zh', '{1}万亿{2}亿{3}万元'), ('zh', '{1}亿{2}万{3}元');
INSERT INTO press_input (family, s)
SELECT sh.family,
	replace(replace(replace(sh.t, '{1}', a.n), '{2}', b.n), '{3}', c.n)
FROM press_shape3 sh, generate_series(0, 299) AS i,
	press_small a, press_small b, press_small c
WHERE a.k = i % 17 AND b.k = (i / 17 + i) % 17 AND c.k = (i * 7 + 3) % 17
ORDER BY sh.family, sh.t, i;

-- the limits: the largest amount of each currency and one unit more, both
-- signs, written with every unit, scale word and chain, and with one more
-- decimal than the currency has.  Powers of ten only multiply, and as
-- literals, so every digit is exact and the texts are the same on every
-- server version (a division's result scale is not).
CREATE FUNCTION pg_temp.ten_to(e int) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$ SELECT ('1e' || e)::numeric $$;
CREATE TEMP TABLE press_limit_value (cur text, scale int, major numeric);
INSERT INTO press_limit_value
SELECT c.cur, c.scale, v.units * pg_temp.ten_to(-c.scale)
FROM (VALUES ('JPY', 0), ('KRW', 0), ('CNY', 2), ('USD', 2), ('KWD', 3), ('CLF', 4)) AS c(cur, scale),
	(VALUES (9223372036854775807::numeric), (9223372036854775808::numeric),
		(999999999999999999::numeric), (1000000000000000000::numeric),
		(-9223372036854775807::numeric), (-9223372036854775808::numeric)) AS v(units);
INSERT INTO press_limit_value
SELECT cur, scale, major + sign(major) * pg_temp.ten_to(-scale - 1)
FROM press_limit_value WHERE abs(major) * pg_temp.ten_to(scale) < 9223372036854775808;

CREATE TEMP TABLE press_limit_form (family text, cur text, e int, t text);
INSERT INTO press_limit_form VALUES
	('limits', NULL, 3, '{n} thousand {c}'), ('limits', NULL, 6, '{n} million {c}'),
	('limits', NULL, 9, '{n} billion {c}'), ('limits', NULL, 12, '{n} trillion {c}'),
	('limits', NULL, 9, '{n}bn {c}'), ('limits', NULL, 4, '{n}万 {c}'),
	('limits', NULL, 8, '{n}億 {c}'), ('limits', NULL, 12, '{n}兆 {c}'),
	('limits', NULL, 8, '{n}억 {c}'), ('limits', NULL, 12, '{n}조 {c}'),
	('limits', 'JPY', 8, '{n}億円'), ('limits', 'JPY', 12, '{n}兆円'),
	('limits', 'KRW', 8, '{n}억 원'), ('limits', 'KRW', 12, '{n}조 원'),
	('limits', 'CNY', 8, '{n}亿元'), ('limits', 'CNY', 12, '{n}万亿元'),
	('limits', 'USD', 9, '${n} billion'), ('limits', 'USD', 8, '{n}億ドル'),
	('limits', 'USD', 8, '{n}亿美元'), ('limits', 'USD', 8, '{n}억 달러'),
	('limits', 'JPY', 9, '{n} billion yen'), ('limits', 'KRW', 12, '{n} trillion won');
INSERT INTO press_input (family, s)
SELECT f.family,
	replace(replace(f.t, '{c}', v.cur), '{n}',
		CASE WHEN v.major < 0 THEN '-' ELSE '' END ||
		trim_scale(abs(v.major) * pg_temp.ten_to(-f.e))::text)
FROM press_limit_form f JOIN press_limit_value v ON f.cur IS NULL OR f.cur = v.cur
ORDER BY f.t, v.cur, v.major;

-- the same amounts as unit chains, the fraction on the last number
CREATE TEMP TABLE press_chain_form (cur text, u12 text, u8 text, u4 text, tail text);
INSERT INTO press_chain_form VALUES
	('JPY', '兆', '億', '万', '円'), ('KRW', '조 ', '억 ', '만 ', ' 원'),
	('CNY', '万亿', '亿', '万', '元'), ('USD', '兆', '億', '万', 'ドル'),
	('USD', '조 ', '억 ', '만 ', ' 달러'), ('KWD', '兆', '億', '万', ' KWD'),
	('CLF', '조 ', '억 ', '만 ', ' CLF');
INSERT INTO press_input (family, s)
SELECT 'limits',
	CASE WHEN v.major < 0 THEN '△' ELSE '' END ||
	(floor(m * pg_temp.ten_to(-12)))::text || f.u12 ||
	(floor(m * pg_temp.ten_to(-8)) % 10000)::text || f.u8 ||
	(floor(m * pg_temp.ten_to(-4)) % 10000)::text || f.u4 ||
	trim_scale(m % 10000)::text || f.tail
FROM press_chain_form f JOIN press_limit_value v USING (cur),
	LATERAL (SELECT abs(v.major) AS m) AS a
ORDER BY f.cur, f.tail, v.major;

-- near misses: valid texts with one character replaced, dropped, doubled,
-- or a piece of the grammar put in
CREATE TEMP TABLE press_base (k serial, s text);
INSERT INTO press_base (s) VALUES
	('1兆551億円'), ('2,017億円'), ('1億5000万1234円'), ('1兆551.5億円'), ('5千億円'),
	('1兆5千億円'), ('5千300万円'), ('19億1000万ドル'), ('¥1兆551億'), ('△1,234円'),
	('(1兆551億円)'), ('２，０１７億円'), ('1조 1,833억 원'), ('1조 5천억 원'),
	('1만 5,000 원'), ('₩1조 1,833억'), ('5억 달러'), ('-1조 원'), ('1万亿1833亿元'),
	('118亿3300万元'), ('11.4亿元'), ('5亿美元'), ('5亿人民币'), ('1.2万亿元'),
	('946.5 billion yen'), ('1,055.1 billion yen'), ('5 US dollars'), ('5 million sterling'),
	('RMB 11.4 billion'), ('5k USD'), ('$1.91 billion'), ('US$1.91bn'), ('€2.5m'),
	('£1,000'), ('HK$10'), ('CN¥100'), ('($1,234.00)'), ('-$5'),
	('9223372兆368億5477万5807円'), ('92,233,720.36854775807 billion dollars');
CREATE TEMP TABLE press_piece (k int, p text);
INSERT INTO press_piece
SELECT k - 1, p FROM unnest(ARRAY['億', '兆', '万', '千', '萬', '亿', '万亿', '천', '만', '억', '조',
	'円', '元', '원', 'ドル', '달러', '美元', '$', '¥', '₩', '€', '£', '−', '△', '▲', '(', ')',
	',', '.', ' ', '　', ' ', '１', '，', '．', 'billion', 'k', 'bn', 'yen', 'won', 'USD', 'CNY',
	'-', '+', '0', '9', '99999', 'US', 'x', '#', 'é', '₿']) WITH ORDINALITY AS u(p, k);
INSERT INTO press_input (family, s)
SELECT 'mutations',
	CASE i % 5
		WHEN 0 THEN overlay(b.s PLACING pc.p FROM pos FOR 1)
		WHEN 1 THEN overlay(b.s PLACING '' FROM pos FOR 1)
		WHEN 2 THEN overlay(b.s PLACING substr(b.s, pos, 1) || substr(b.s, pos, 1) FROM pos FOR 1)
		WHEN 3 THEN overlay(b.s PLACING pc.p FROM pos FOR 0)
		ELSE overlay(b.s PLACING substr(b.s, pos + 1, 1) || substr(b.s, pos, 1) FROM pos FOR 2)
	END
FROM press_base b, generate_series(0, 349) AS i,
	LATERAL (SELECT 1 + (i * 7919 + b.k * 104729) % length(b.s) AS pos) AS ps,
	press_piece pc
WHERE pc.k = (i * 31 + b.k * 17) % 52
ORDER BY b.k, i;

-- every refusal the parser has a words for, at least once
INSERT INTO press_input (family, s) VALUES
	('errors', ''), ('errors', '   '), ('errors', 'USD'), ('errors', '5'), ('errors', '1兆551億'),
	('errors', '$5 USD'), ('errors', '¥100円'), ('errors', '5 foo'), ('errors', '5 XYZ'),
	('errors', '5 ₿'), ('errors', '5 # USD'), ('errors', '1,23 USD'), ('errors', '--5 USD'),
	('errors', '5- USD'), ('errors', '-(5) USD'), ('errors', '(5 USD'), ('errors', '((5)) USD'),
	('errors', '5 billion 万円'), ('errors', '5万 billion 円'), ('errors', '5 USD 6'),
	('errors', '5億1兆円'), ('errors', '1億1億円'), ('errors', '1兆12000億円'),
	('errors', '1億10000万円'), ('errors', '1.5兆551億円'), ('errors', '1兆5억원'),
	('errors', '千億円'), ('errors', '15千億円'), ('errors', '5千1000円'), ('errors', '5천億円'),
	('errors', '5千 billion yen'), ('errors', '5千千円'), ('errors', '1兆元'), ('errors', '円5億'),
	('errors', '$1.005'), ('errors', '1.5 yen'), ('errors', '9300000兆円'),
	('errors', '9.3 billion billion JPY'), ('errors', '99999999999999999999999999999999999999999 JPY'),
	('errors', repeat('5 ', 64) || 'USD'), ('errors', repeat('(', 70) || '5 USD'),
	('errors', '5 USD!'), ('errors', '5 US'), ('errors', 'US$5 dollars'), ('errors', '円'),
	('errors', '5 ' || chr(1)), ('errors', E'5\u200b USD'), ('errors', '5 ZZZ billion');

SELECT count(*) >= 30000 AS enough_inputs FROM press_input;

CREATE TEMP TABLE press_outcome AS
SELECT id, pg_temp.press_outcome(s) AS outcome FROM press_input;
ANALYZE press_outcome;

-- the inputs by family and outcome
SELECT i.family, split_part(o.outcome, ' ', 1) AS outcome,
	   CASE WHEN o.outcome LIKE 'error%' THEN split_part(o.outcome, ' ', 2) END AS sqlstate,
	   count(*)
FROM press_input i JOIN press_outcome o USING (id)
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

-- the digest of every outcome, per family and of the whole
SELECT i.family, count(*) AS inputs,
	   md5(string_agg(i.s || ' => ' || o.outcome, E'\n' ORDER BY i.id)) AS digest
FROM press_input i JOIN press_outcome o USING (id)
GROUP BY ROLLUP (i.family) ORDER BY i.family NULLS LAST;

-- the digest of the refusals per SQLSTATE and message, with one example
SELECT split_part(o.outcome, ' ', 2) AS sqlstate,
	   regexp_replace(split_part(o.outcome, ' | ', 1), '^error \S+ ', '') ~ 'out of range' AS range,
	   count(*) AS inputs,
	   md5(string_agg(i.s || ' => ' || o.outcome, E'\n' ORDER BY i.id)) AS digest
FROM press_input i JOIN press_outcome o USING (id)
WHERE o.outcome LIKE 'error%'
GROUP BY 1, 2 ORDER BY 1, 2;

-- a sample: every 500th input
SELECT i.id, i.s, o.outcome
FROM press_input i JOIN press_outcome o USING (id)
WHERE i.id % 500 = 0
ORDER BY i.id;

-- every hint the refusals give, with how many give it
SELECT split_part(o.outcome, ' | ', 3) AS hint, count(*)
FROM press_outcome o
WHERE o.outcome LIKE 'error%'
GROUP BY 1 ORDER BY 1;

-- soft errors say what hard ones say (no rows; nothing to compare before 16)
SELECT i.s, o.outcome, s.soft
FROM press_input i JOIN press_outcome o USING (id),
	LATERAL (SELECT pg_temp.press_soft_outcome(i.s) AS soft) AS s
WHERE s.soft IS NOT NULL
  AND s.soft IS DISTINCT FROM CASE WHEN o.outcome LIKE 'ok%' THEN 'ok' ELSE o.outcome END
ORDER BY i.id LIMIT 20;

DROP FUNCTION pg_temp.press_outcome(text);
DROP FUNCTION pg_temp.press_soft_outcome(text);
DROP FUNCTION pg_temp.ten_to(int);
