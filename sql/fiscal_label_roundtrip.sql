--
-- fiscal_label output reads back, with @calendar, as the same period, for
-- every calendar (every start day, both namings, the plain, fy and split
-- styles) and generated runs of whole fiscal years, years 2 to 9999 (small
-- years included: a label year has at least four digits).  The jfy style is
-- read only with the jp calendar, so it is checked there.  Seeded; only
-- mismatches show.
--
SELECT pg_catalog.setseed(0.11);
CREATE FUNCTION pg_temp.read_back(t text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::agreement_period::text;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END
$$;
CREATE TEMP TABLE calendars AS
SELECT fiscal_calendar(m, d, n, s) AS c
FROM pg_catalog.generate_series(1, 12) m, pg_catalog.generate_series(1, 31) d,
	pg_catalog.unnest(ARRAY['start', 'end']) n, pg_catalog.unnest(ARRAY['plain', 'fy', 'split']) s
WHERE d <= (ARRAY[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[m]
UNION ALL SELECT 'jp';
CREATE TEMP TABLE labelled AS
SELECT c, p, fiscal_label(p, c) AS label
FROM (SELECT c, agreement_period(lower(fiscal_year_period(y, c)), upper(fiscal_year_period(y + k, c))) AS p
	FROM (SELECT c, CASE WHEN pg_catalog.random() < 0.3 THEN 2 + (pg_catalog.random() * 997)::int
				ELSE 2 + (pg_catalog.random() * 9997)::int END AS y,
			(pg_catalog.random() * 3)::int AS k
		FROM calendars) r) x;
SELECT pg_catalog.count(*) AS periods, pg_catalog.count(*) FILTER (WHERE lower(p) < '1000-01-01') > 100 AS many_small_years
FROM labelled;
-- no rows
SELECT c, p, label, pg_temp.read_back(label || '@' || c::text) AS read_back
FROM labelled WHERE pg_temp.read_back(label || '@' || c::text) <> p::text
ORDER BY c, p;
-- labels of years below 1000, as written
SELECT fiscal_year_label(5, 'jp') AS jp, fiscal_year_label(506, 'uk') AS uk, fiscal_year_label(99, 'au') AS au,
	fiscal_year_label(7, 'calendar') AS calendar, fiscal_year_label(10, 'us_federal') AS us_federal,
	fiscal_label(fiscal_year_period(5, 'jp'), 'jp')::agreement_period AS jfy5;
