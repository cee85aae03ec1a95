-- The fast path for canonical text input (currency_amount_canonical.c) must
-- accept and refuse exactly what the full parser does, with the same value
-- and the same error.  Every input below is read twice, with
-- costshare.parse_fast_path on and off, and the two outcomes compared: the
-- value's text and binary forms, or the SQLSTATE, message, detail and hint
-- of the error (and on PostgreSQL 16 and later the soft error as
-- pg_input_error_info reports it).  The inputs are generated, without
-- randomness: every currency of the catalog with signs, zeros, every count
-- of decimals around its minor units, the limits of an amount and one past,
-- lower case, odd spacing, other layouts, and single-character mutations
-- of canonical text.
-- (the setting exists once the module is loaded, as by any amount)
SELECT 'JPY 1'::currency_amount;
SHOW costshare.parse_fast_path;

CREATE FUNCTION fast_path_outcome(s text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	v currency_amount;
	detail text;
	hint text;
BEGIN
	v := s::currency_amount;
	RETURN 'ok ' || v::text || ' ' || currency_amount_send(v)::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
	RETURN 'error ' || SQLSTATE || ' ' || SQLERRM || ' | ' || detail || ' | ' || hint;
END $$;

CREATE FUNCTION fast_path_soft_outcome(s text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	IF current_setting('server_version_num')::int < 160000 THEN
		RETURN '';
	END IF;
	EXECUTE 'SELECT row(e.*)::text FROM pg_input_error_info($1, ''currency_amount'') AS e'
		INTO r USING s;
	RETURN r;
END $$;

-- numbers: plain, signed, zeros, leading zeros, fractions, malformed
CREATE TEMP TABLE fp_number (n text);
INSERT INTO fp_number VALUES
	('0'), ('-0'), ('+0'), ('00'), ('-00'), ('0.0'), ('-0.0'), ('0.00'), ('-0.00'),
	('0.000'), ('0.0000'), ('0.00000'), ('1'), ('-1'), ('+1'), ('01'), ('-01'),
	('007'), ('1.5'), ('-1.5'), ('1.50'), ('1.05'), ('1.500'), ('1.005'), ('1.5000'),
	('1.0001'), ('1.50000'), ('1.000000000000000000001'), ('.5'), ('-.5'), ('5.'),
	('-5.'), ('1.2.3'), ('1,000'), ('1,000.50'), ('1,00'), ('1e5'), ('12a'),
	('--1'), ('-+1'), ('- 1'), ('-'), ('.'), (''), ('1 000'), ('١'),
	('123456789012'), ('-123456789012.34'), ('999999999999999999'),
	('9223372036854775807'), ('-9223372036854775807'), ('9223372036854775808'),
	('-9223372036854775808'), ('18446744073709551616'),
	('99999999999999999999999999999999999999'),
	('999999999999999999999999999999999999999999'),
	('0000000000000000000000000000000000000000001'),
	('92233720368547758.07'), ('92233720368547758.08'), ('-92233720368547758.07'),
	('-92233720368547758.08'), ('9223372036854775.807'), ('9223372036854775.808'),
	('922337203685477.5807'), ('922337203685477.5808'), ('922337203685477.58070'),
	('92233720368547758.070'), ('92233720368547758.1'), ('92233720368547758.10');

-- codes: every currency, some in lower or mixed case, words of the lexicon,
-- codes not in the catalog, and things that are not codes
CREATE TEMP TABLE fp_code (c text);
INSERT INTO fp_code SELECT code::text FROM currencies();
INSERT INTO fp_code SELECT lower(code::text) FROM currencies() WHERE numeric_code % 3 = 0;
INSERT INTO fp_code SELECT initcap(code::text) FROM currencies() WHERE numeric_code % 7 = 0;
INSERT INTO fp_code VALUES ('YEN'), ('yen'), ('WON'), ('RMB'), ('Rmb'), ('ABC'), ('QQQ'),
	('ZZZ'), ('AAA'), ('US'), ('USDX'), ('U$D'), ('$'), ('JP'), ('EURO'), ('');

CREATE TEMP TABLE fp_input (id serial, s text);

-- every code with every number, in the canonical layout
INSERT INTO fp_input (s) SELECT c || ' ' || n FROM fp_code, fp_number;

-- every currency at its limits and around its minor units
INSERT INTO fp_input (s)
SELECT code::text || ' ' || v
FROM currencies(),
	LATERAL (SELECT coalesce(minor_units, 4) AS scale) AS k,
	LATERAL (VALUES
		(trim_scale(9223372036854775807::numeric / 10 ^ k.scale::numeric)::text),
		('-' || trim_scale(9223372036854775807::numeric / 10 ^ k.scale::numeric)::text),
		(to_char(9223372036854775807::numeric / 10 ^ k.scale::numeric, 'FM9999999999999999999.9999999999')),
		((9223372036854775808::numeric / 10 ^ k.scale::numeric)::text),
		('-' || (9223372036854775808::numeric / 10 ^ k.scale::numeric)::text),
		((9223372036854775807::numeric / 10 ^ k.scale::numeric + 1)::text),
		(round(1234.5678::numeric, k.scale)::text),
		(round(1234.5678::numeric, k.scale + 1)::text),
		(round(1234.5678::numeric, greatest(k.scale - 1, 0))::text),
		(round(1234::numeric, k.scale + 1)::text),
		('-' || round(0::numeric, k.scale)::text),
		(round(0.5678::numeric, k.scale + 3)::text)
	) AS x(v);

-- spacing and layouts: a sample of codes with every number
INSERT INTO fp_input (s)
SELECT format(l, c, n)
FROM (SELECT c FROM fp_code WHERE c IN ('JPY', 'USD', 'KWD', 'CLF', 'XAU', 'jpy', 'eur', 'YEN', 'ABC')) AS cc,
	fp_number,
	(VALUES (' %s %s'), ('%s %s '), ('%s  %s'), (E'%s\t%s'), ('%s%s'), (E'%s %s\n'),
		('%2$s %1$s'), ('-%s %s'), ('(%s %s)'), ('%s %s USD'), (E'%s\u00a0%s')) AS lay(l);

-- mutations of canonical text: one character replaced, dropped or doubled
INSERT INTO fp_input (s)
SELECT CASE i % 3
		WHEN 0 THEN overlay(base PLACING (ARRAY[' ', '-', '+', '.', ',', '0', '9', 'a', 'Z', '(', '$', E'\t', '1'])[1 + (i / 3) % 13] FROM pos FOR 1)
		WHEN 1 THEN overlay(base PLACING '' FROM pos FOR 1)
		ELSE overlay(base PLACING substr(base, pos, 1) || substr(base, pos, 1) FROM pos FOR 1)
	END
FROM (SELECT i, base, 1 + (i * 7919) % length(base) AS pos
	  FROM (SELECT i,
				   codes[1 + i % cardinality(codes)] || ' ' ||
				   CASE WHEN i % 2 = 0 THEN '-' ELSE '' END ||
				   ((i::int8 * 2654435761) % 1000000007)::text ||
				   CASE i % 4 WHEN 0 THEN '' WHEN 1 THEN '.5' WHEN 2 THEN '.25' ELSE '.125' END AS base
			FROM generate_series(1, 20000) AS i,
				 (SELECT array_agg(code::text ORDER BY code) AS codes FROM currencies()) AS a) AS b) AS m;

SELECT count(*) >= 50000 AS enough_inputs FROM fp_input;

SET costshare.parse_fast_path = off;
CREATE TEMP TABLE fp_full AS
SELECT id, fast_path_outcome(s) AS outcome, fast_path_soft_outcome(s) AS soft FROM fp_input;
SET costshare.parse_fast_path = on;
CREATE TEMP TABLE fp_fast AS
SELECT id, fast_path_outcome(s) AS outcome, fast_path_soft_outcome(s) AS soft FROM fp_input;
RESET costshare.parse_fast_path;
ANALYZE fp_input, fp_full, fp_fast;

-- what the inputs are: accepted, and refused by SQLSTATE
SELECT split_part(outcome, ' ', 1) AS outcome,
	   CASE WHEN outcome LIKE 'error%' THEN split_part(outcome, ' ', 2) END AS sqlstate,
	   count(*)
FROM fp_full GROUP BY 1, 2 ORDER BY 1, 2;

-- how many accepted inputs are in the canonical form the fast path reads
SELECT count(*) AS canonical_accepted
FROM fp_input JOIN fp_full USING (id)
WHERE outcome LIKE 'ok%' AND s ~ '^[A-Z]{3} -?[0-9]+(\.[0-9]+)?$';

-- the two paths differ nowhere (no rows)
SELECT i.s, f.outcome AS full_parser, x.outcome AS fast_path, f.soft AS full_soft, x.soft AS fast_soft
FROM fp_input i JOIN fp_full f USING (id) JOIN fp_fast x USING (id)
WHERE f.outcome IS DISTINCT FROM x.outcome OR f.soft IS DISTINCT FROM x.soft
ORDER BY i.id LIMIT 20;

-- the canonical output reads back through the fast path as the same value
SELECT count(*) AS roundtrip_mismatches
FROM fp_fast
WHERE outcome LIKE 'ok%'
  AND fast_path_outcome(split_part(outcome, ' ', 2) || ' ' || split_part(outcome, ' ', 3)) <> outcome;

DROP FUNCTION fast_path_outcome(text);
DROP FUNCTION fast_path_soft_outcome(text);
