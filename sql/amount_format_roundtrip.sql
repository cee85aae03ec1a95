--
-- format_amount output reads back as the same amount for every exact style
-- (code, symbol, words, kanji), over generated amounts of every currency
-- in the catalog: the largest and smallest, powers of ten and all-nines,
-- small and random values.  Seeded; only mismatches show.
--
SELECT pg_catalog.setseed(0.5);
CREATE TEMP TABLE formatted AS
SELECT a, s, format_amount(a, s) AS f
FROM (SELECT from_minor_units(CASE i % 6
			WHEN 0 THEN (9223372036854775807 * (pg_catalog.random() * 2 - 1))::bigint
			WHEN 1 THEN (pg_catalog.random() * 2000000 - 1000000)::bigint
			WHEN 2 THEN (10::numeric ^ (i % 19))::bigint * (CASE WHEN i % 4 = 0 THEN 1 ELSE -1 END)
			WHEN 3 THEN ((10::numeric ^ (i % 19)) - 1)::bigint
			WHEN 4 THEN 9223372036854775807 * (CASE WHEN i % 4 = 0 THEN 1 ELSE -1 END)
			ELSE (pg_catalog.random() * 100)::bigint END, c.code) AS a
	FROM pg_catalog.generate_series(1, 240) i, currencies() c
	WHERE (i + pg_catalog.ascii(c.code::text) + pg_catalog.ascii(pg_catalog.substr(c.code::text, 3))) % 60 = 0) x,
	pg_catalog.unnest(ARRAY['code', 'symbol', 'words', 'kanji']) s;
CREATE FUNCTION pg_temp.read_back(t text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::currency_amount::text;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END
$$;
SELECT s, pg_catalog.count(*) >= 400 AS enough_cases,
	pg_catalog.count(DISTINCT currency(a)) >= 100 AS many_currencies
FROM formatted GROUP BY s ORDER BY s;
-- no rows
SELECT a, s, f, pg_temp.read_back(f) AS read_back
FROM formatted WHERE pg_temp.read_back(f) IS DISTINCT FROM a::text
ORDER BY s, a;
