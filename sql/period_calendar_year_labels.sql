--
-- agreement_period input: calendar years (2021, CY2021, 2019..2025,
-- CY2019..CY2025) need no calendar; every built-in calendar's labels read
-- back; years are never taken for dates or dates for years.
--
CREATE FUNCTION pg_temp.try_period(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	hint text;
BEGIN
	RETURN t::agreement_period::text;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ' ' || SQLERRM || CASE WHEN hint <> '' THEN E'\n      hint: ' || hint ELSE '' END;
END $$;

-- calendar years, with and without CY, one or several, any case, spaces
SELECT t, pg_temp.try_period(t) FROM (VALUES
	('2021'),
	('CY2021'),
	('cy2021'),
	('  2021  '),
	('2019..2025'),
	('CY2019..CY2025'),
	('2019 .. 2025'),
	('2019–2025'),                        -- en dash, as fiscal_label writes it
	('CY2019..2025'),                     -- CY on one end is enough
	('2021..2021'),
	('0001'),                             -- the first year a period holds
	('5874896'),                          -- the last whole calendar year
	('12021'),                            -- five-digit years are years too
	('2021@calendar'),
	('CY2021@calendar'),
	('CY2021@01-01/start/plain'),         -- any calendar whose years are calendar years
	('CY2020..CY2021@01-01/start/fy')
) v(t);

-- every built-in calendar's labels, in their own style and with FY
SELECT t, pg_temp.try_period(t) FROM (VALUES
	('JFY2021'),
	('JFY2021@jp'),
	('FY2021@jp'),
	('FY2021@us_federal'),
	('FY2019..FY2025@us_federal'),
	('2021-22@uk'),
	('FY2021@uk'),
	('2021-22@uk_tax'),
	('2020-21@au'),
	('FY2021@au'),                        -- Australia's FY2021 ends on 2021-06-30
	('2019-20..2024-25@au'),
	('2021/22@uk'),                       -- the UK's 2021/22, as HMRC writes it
	('2021/22@uk_tax'),
	('2020–21@au'),                       -- with an en dash, as Australia's budget papers write it
	('2019–20..2020–21@au'),
	('2019-20–2020-21@au'),               -- as fiscal_label writes a span
	('2020–21 @au'),
	('2016-04-02..2021-03-31@jp'),        -- dates with a calendar: the calendar is checked, the dates kept
	('2016-04-02..infinity@us_federal')
) v(t);

-- errors: 22P02 syntax, 22008 range, 22023 label and calendar disagree, 22000 order
SELECT t, pg_temp.try_period(t) FROM (VALUES
	('21'),                               -- two digits are neither a year nor a date
	('202'),
	('20210401'),                         -- a date without dashes is not a year
	('2021-04-01'),                       -- a date alone is that day, not a year
	('2021..2021-12-31'),                 -- a year and a date
	('2021-01-01..2021'),
	('CY2021..2021-12-31'),
	('2021-22'),                          -- split years need their calendar
	('2020–21'),
	('2020–2'),
	('2021/23@uk'),                       -- not consecutive years
	('2021/22@calendar'),
	('2019..FY2021'),                     -- FY needs its calendar
	('CY2021-22'),                        -- a calendar year is one year
	('CY'),
	('CY 2021x'),
	('CCY2021'),
	('0000'),                             -- before 0001-01-01
	('5874897'),                          -- its end is after 5874897-12-31
	('9999999'),
	('FY0001@us_federal'),                -- starts in year 0
	('CY2021@jp'),                        -- CY names calendar years only
	('CY2021@us_federal'),
	('JFY2021..CY2022'),
	('2025..2019'),
	('CY2025..CY2019'),
	('2016-04-02..2021-03-31@nope'),
	('2021..2022@nope')
) v(t);

-- bare years never reach the date parser and dates never the label parser:
-- every year 1..9999 written with four digits is that calendar year
SELECT count(*) AS years,
	count(*) FILTER (WHERE lower(p) = make_date(y, 1, 1) AND upper(p) = make_date(y + 1, 1, 1)) AS calendar_years
FROM generate_series(1, 9999) y,
	LATERAL (SELECT lpad(y::text, 4, '0')::agreement_period AS p) q;

-- round trips: for every built-in calendar (and two others), fiscal_label
-- with "@calendar" appended reads back as the period, for whole fiscal
-- years, spans of them, arbitrary dates and infinite ends; labels of the
-- calendar and jp calendars read back without it
CREATE TEMP TABLE cal(c fiscal_calendar);
INSERT INTO cal VALUES ('calendar'), ('jp'), ('us_federal'), ('uk'), ('uk_tax'), ('au'),
	('07-01/end/fy'), ('01-01/start/fy');
CREATE TEMP TABLE trip AS
SELECT c, agreement_period(lower(fiscal_year_period(y, c)), upper(fiscal_year_period(y + n, c))) AS p
FROM cal, generate_series(1990, 2040) y, generate_series(0, 5) n
UNION ALL
SELECT c, agreement_period(d, d + 1 + (i * 101) % 3000)
FROM cal, generate_series(1, 1250) i, LATERAL (SELECT date '1995-01-01' + (i * 37) % 20000 AS d) q
UNION ALL
SELECT c, p FROM cal, (VALUES ('[2016-04-01,)'::agreement_period), ('[,2021-04-01)'), ('[,)'),
	('[0001-01-01,0002-01-01)'), ('[5874896-01-01,5874897-01-01)'), ('[2019-10-01,2026-10-01)')) v(p);

SELECT count(*) AS cases,
	count(*) FILTER (WHERE (fiscal_label(p, c) || '@' || c::text)::agreement_period = p) AS read_back,
	count(*) FILTER (WHERE fiscal_label(p, c) !~ '^[0-9-]+\.\.') AS written_as_years
FROM trip;

-- alone, a label reads back as the period or is refused; it is never taken
-- for another period (a split or FY label names no calendar by itself)
CREATE FUNCTION pg_temp.period_or_null(t text) RETURNS agreement_period LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::agreement_period;
EXCEPTION WHEN invalid_text_representation THEN
	RETURN NULL;
END $$;
SELECT c, count(*) AS cases,
	count(*) FILTER (WHERE pg_temp.period_or_null(fiscal_label(p, c)) = p) AS read_back_alone,
	count(*) FILTER (WHERE pg_temp.period_or_null(fiscal_label(p, c)) IS NULL) AS refused_alone,
	count(*) FILTER (WHERE pg_temp.period_or_null(fiscal_label(p, c)) <> p) AS misread
FROM trip WHERE c::text !~ '/'
GROUP BY c ORDER BY c;

-- every label fiscal_years writes reads back as its fiscal year
SELECT count(*) AS labels,
	count(*) FILTER (WHERE (y.label || '@' || c::text)::agreement_period = fiscal_year_period(y.fiscal_year, c)) AS read_back
FROM cal, LATERAL fiscal_years('[1999-01-01,2031-01-01)', c) y;

-- a few labels as written, to see them
SELECT c, fiscal_label(p, c) AS label, (fiscal_label(p, c) || '@' || c::text)::agreement_period AS read_back
FROM cal, (VALUES ('[2019-01-01,2026-01-01)'::agreement_period), ('[2021-04-01,2022-04-01)')) v(p)
ORDER BY c, p;

DROP TABLE trip, cal;
