--
-- fiscal_calendar: the type, the built-in calendars, fiscal years and labels.
--
CREATE FUNCTION pg_temp.try_calendar(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::fiscal_calendar::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

-- built-ins by name, in any case; custom calendars in canonical form
SELECT t, pg_temp.try_calendar(t) FROM (VALUES
	('calendar'), ('jp'), ('us_federal'), ('uk'), ('uk_tax'), ('au'), (' JP '),
	('07-01/end/fy'), ('04-01/start/jfy'), ('10-01/end/fy'), ('01-01/end/plain'),
	('02-28/start/split'), ('12-31/end/plain'),
	-- errors: all 22023
	('nope'), (''), ('jp2'), ('02-29/start/fy'), ('13-01/start/fy'), ('04-31/start/fy'),
	('00-10/start/fy'), ('07-01/middle/fy'), ('07-01/end/xx'), ('7-1/end/fy')
) v(t);

SELECT c, fiscal_year_start_month(c), fiscal_year_start_day(c), fiscal_year_naming(c), fiscal_label_style(c)
FROM (VALUES ('calendar'::fiscal_calendar), ('jp'), ('us_federal'), ('uk'), ('uk_tax'), ('au')) v(c);

-- btree and hash opclasses, for grouping and joining on calendars
SELECT amname, opcname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opcmethod
WHERE opcintype = 'fiscal_calendar'::regtype ORDER BY amname;
SELECT c, count(*) FROM (VALUES ('jp'::fiscal_calendar), ('04-01/start/jfy'), ('uk'), ('us_federal'), ('calendar')) v(c)
GROUP BY c ORDER BY c;
SELECT fiscal_calendar_hash_extended('jp', 0) <> fiscal_calendar_hash_extended('jp', 1) AS seed_matters,
	fiscal_calendar_hash('jp') = fiscal_calendar_hash('04-01/start/jfy') AS equal_values_hash_equal;

-- constructor
SELECT fiscal_calendar(7, 1, 'end'), fiscal_calendar(4, 1, 'start', 'jfy') = 'jp' AS is_jp,
	fiscal_calendar(10, 1, 'end', 'fy') = 'us_federal' AS is_us_federal,
	fiscal_calendar(1, 1, 'end', 'plain') = 'calendar' AS jan1_naming_is_moot,
	fiscal_calendar(4, 1, 'start', 'jfy') <> 'uk' AS differs_from_uk;
SELECT fiscal_calendar(2, 29, 'start');
SELECT fiscal_calendar(13, 1, 'start');
SELECT fiscal_calendar(4, 0, 'start');
SELECT fiscal_calendar(4, 1, 'sideways');
SELECT fiscal_calendar(4, 1, 'start', 'roman');
SELECT fiscal_calendar(NULL, 1, 'start') IS NULL AS strict;

-- fiscal_year at the boundaries of each calendar
SELECT c, d, fiscal_year(d, c), fiscal_year_label(fiscal_year(d, c), c)
FROM (VALUES ('calendar'::fiscal_calendar), ('jp'), ('us_federal'), ('uk'), ('uk_tax'), ('au')) v(c),
	(VALUES ('2020-12-31'::date), ('2021-01-01'), ('2021-03-31'), ('2021-04-01'), ('2021-04-05'),
		('2021-04-06'), ('2021-06-30'), ('2021-07-01'), ('2021-09-30'), ('2021-10-01')) w(d)
ORDER BY c::text, d;
SELECT fiscal_year('infinity', 'jp');
SELECT fiscal_year('-infinity', 'jp');

-- fiscal_year_period, leap years: JFY2019 contains 2020-02-29
SELECT fy, c, fiscal_year_period(fy, c), days(fiscal_year_period(fy, c))
FROM (VALUES (2019), (2020), (2021)) v(fy),
	(VALUES ('jp'::fiscal_calendar), ('us_federal'), ('uk_tax'), ('au'), ('calendar')) w(c)
ORDER BY c::text, fy;
SELECT fiscal_year_period(2019, 'jp') @> '2020-02-29'::date AS jfy2019_has_leap_day;
SELECT fiscal_year_period(5874897, 'calendar');
SELECT fiscal_year_period(-5000, 'calendar');
SELECT fiscal_year_period(1, 'jp'), fiscal_year_period(1, 'calendar');
SELECT fiscal_year_period(0, 'jp');     -- would start in 1 BC
SELECT * FROM fiscal_years('[0001-01-01,0001-04-02)', 'jp');
SELECT fiscal_label(fiscal_year_period(1, 'jp'), 'jp'), 'JFY0001'::agreement_period;
SELECT fiscal_year_period(2147483647, 'jp');

-- every date lies in the period of its own fiscal year, in every calendar
SELECT count(*) AS dates, count(*) FILTER (WHERE NOT d <@ fiscal_year_period(fiscal_year(d, c), c)) AS misplaced
FROM (SELECT d::date FROM generate_series('1999-12-25'::date, '2031-01-10', '1 day') d) x,
	(VALUES ('calendar'::fiscal_calendar), ('jp'), ('us_federal'), ('uk'), ('uk_tax'), ('au'),
		(fiscal_calendar(2, 28, 'end')), (fiscal_calendar(12, 31, 'start'))) w(c);
-- consecutive fiscal years tile the time line
SELECT count(*) FILTER (WHERE NOT fiscal_year_period(fy, c) -|- fiscal_year_period(fy + 1, c)) AS gaps
FROM generate_series(1900, 2100) fy,
	(VALUES ('calendar'::fiscal_calendar), ('jp'), ('us_federal'), ('uk_tax'), ('au')) w(c);

-- labels
SELECT c, fiscal_label('JFY2016..JFY2020', c) AS jfy2016_2020, fiscal_label(fiscal_year_period(2021, c), c) AS fy2021
FROM (VALUES ('calendar'::fiscal_calendar), ('jp'), ('us_federal'), ('uk'), ('uk_tax'), ('au'),
	(fiscal_calendar(7, 1, 'end'))) v(c);
SELECT fiscal_label('[2016-04-02,2021-04-01)', 'jp') AS not_aligned,
	fiscal_label('[2016-04-01,)', 'jp') AS infinite,
	fiscal_label('[2021-04-01,2021-04-02)', 'jp') AS one_day,
	fiscal_label('2021-04-01..2021-04-01', 'calendar') AS one_day_calendar;
-- a label reads back as the period it labels
SELECT c, count(*) AS periods,
	count(*) FILTER (WHERE (fiscal_label(p, c) || '@' || c::text)::agreement_period <> p) AS mismatches
FROM (VALUES ('jp'::fiscal_calendar), ('us_federal'), ('uk'), ('au'), ('calendar')) w(c),
	generate_series(2000, 2030) a, generate_series(0, 3) n,
	LATERAL (SELECT agreement_period(lower(fiscal_year_period(a, c)), upper(fiscal_year_period(a + n, c))) AS p) v
GROUP BY c ORDER BY c::text;
SELECT 'JFY2016–JFY2020'::agreement_period, '2016-17–2020-21@uk'::agreement_period;
-- the jfy label style belongs to Japan's fiscal year alone: JFY labels read
-- back as Japanese years, so another calendar writing them would lie
SELECT t, pg_temp.try_calendar(t) FROM (VALUES ('04-01/start/jfy'), ('07-01/start/jfy'),
	('04-01/end/jfy'), ('01-01/start/jfy')) v(t);
\set VERBOSITY default
SELECT fiscal_calendar(1, 1, 'start', 'jfy');
SELECT fiscal_calendar(4, 1, 'start', 'jfy') = 'jp' AS same_as_jp;
