--
-- No silent wrong answer from the press forms: a generated decimal with a
-- multiplier word or character (thousand, m, billion, trillion, 万, 億, 兆)
-- means the decimal times the multiplier, exactly as
-- currency_amount(numeric, currency) reads it.  Either both read the text or
-- neither does, and when both do they agree.  Seeded; only mismatches show.
--
SELECT pg_catalog.setseed(0.7);
CREATE FUNCTION pg_temp.by_text(t text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::currency_amount::text;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE;
END
$$;
CREATE FUNCTION pg_temp.by_numeric(n numeric, c currency) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN currency_amount(n, c)::text;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE;
END
$$;
CREATE TEMP TABLE worded AS
SELECT w.word, g.d, pg_catalog.replace(w.template, '#', g.d) AS txt,
	pg_temp.by_text(pg_catalog.replace(w.template, '#', g.d)) AS got,
	pg_temp.by_numeric(g.d::numeric * w.mult, w.cur::currency) AS want
FROM (SELECT pg_catalog.rtrim(pg_catalog.to_char(pg_catalog.floor(pg_catalog.random() * 10 ^ (1 + i % 12))::numeric,
			'FM999999999999990'), '.')
		|| CASE WHEN i % 3 = 0 THEN '' ELSE '.' || pg_catalog.substr('123456789', 1 + i % 4, 1 + i % 5) END AS d
	FROM pg_catalog.generate_series(1, 300) i) g,
	(VALUES ('thousand', 1e3, 'USD', '# thousand USD'), ('m', 1e6, 'USD', '#m USD'),
		('billion', 1e9, 'USD', '$# billion'), ('trillion', 1e12, 'JPY', '# trillion yen'),
		('man', 1e4, 'JPY', '#万円'), ('oku', 1e8, 'JPY', '#億円'), ('cho', 1e12, 'JPY', '#兆円'),
		('euro m', 1e6, 'EUR', '€#m'), ('rmb billion', 1e9, 'CNY', 'RMB # billion')) w(word, mult, cur, template);
SELECT word, pg_catalog.count(*) FILTER (WHERE got ~ '^[A-Z]{3} ') >= 100 AS many_read,
	pg_catalog.count(*) FILTER (WHERE got !~ '^[A-Z]{3} ') >= 1 AS some_refused
FROM worded GROUP BY word ORDER BY word;
-- no rows
SELECT word, txt, got, want FROM worded
WHERE (got ~ '^[A-Z]{3} ') <> (want ~ '^[A-Z]{3} ') OR (got ~ '^[A-Z]{3} ' AND got <> want)
ORDER BY word, txt;
