-- Resource bounds of the functions that return sets or build arrays: a
-- period of millions of fiscal years, many calendars, huge arrays.  Each
-- oversize request is refused with 54000 before anything is allocated;
-- everything else streams (see test/resource_memory.sh for the memory).
-- 120 s is ample; the run under Valgrind (scripts/check-memory), some fifty
-- times slower, stretches it through costshare_test.statement_timeout
SELECT set_config('statement_timeout',
	coalesce(current_setting('costshare_test.statement_timeout', true), '120s'), false) AS timeout \gset

CREATE FUNCTION pg_temp.sqlstate_of(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- 859 calendars over 5,000,000 years: 859 * 5,000,000 cuts wrap a 32-bit
-- count to 32,706, and the cuts were written past a buffer of that size
-- (the backend died).  The rows now come one at a time.
-- In the target list the rows stream, so LIMIT stops the work.
SELECT (p).part, (p).days, (p).fiscal_years[1:2] AS years, (p).labels[858:859] AS labels
FROM (SELECT fiscal_pieces('[2000-01-01,5002000-01-01)',
						   array_fill('calendar'::fiscal_calendar, ARRAY[859])) AS p
	  LIMIT 3) AS s;

-- the last pieces of the longest period two calendars can be split over
SELECT count(*) FROM fiscal_pieces('[2000-01-01,102000-01-01)', '{jp,us_federal}');
SELECT * FROM fiscal_pieces('[101998-06-01,102000-01-01)', '{jp,us_federal}');
SELECT count(*), min(fiscal_year), max(fiscal_year)
FROM fiscal_years('[2000-01-01,5874897-04-01)', 'jp');
-- a year ending past the last date: refused, after the years before it
SELECT pg_temp.sqlstate_of($$SELECT count(*) FROM fiscal_years('[5874896-01-01,5874897-12-31)', 'us_federal')$$);
SELECT * FROM fiscal_pieces('[5874896-01-01,5874897-12-31)', '{us_federal,jp,au}');

-- no calendars: the period whole, empty arrays
SELECT * FROM fiscal_pieces('[2020-01-01,2021-06-01)', '{}');
-- a calendar twice: the same cuts once
SELECT * FROM fiscal_pieces('[2020-01-01,2021-06-01)', '{jp,jp}');

-- too many calendars for a row's array of labels: 54000, before any work
SELECT pg_temp.sqlstate_of($$SELECT * FROM fiscal_pieces('[2020-01-01,2021-01-01)',
	array_fill('jp'::fiscal_calendar, ARRAY[30000000])) LIMIT 1$$);
SELECT pg_temp.sqlstate_of($$SELECT count(*) FROM fiscal_pieces('[2020-01-01,2020-01-02)',
	array_fill('jp'::fiscal_calendar, ARRAY[100000]))$$);

-- infinite bounds, nulls, more dimensions: refused with their own codes
SELECT pg_temp.sqlstate_of($$SELECT * FROM fiscal_pieces('[2020-01-01,infinity)', '{jp}')$$);
SELECT pg_temp.sqlstate_of($$SELECT * FROM fiscal_years('[-infinity,2020-01-01)', 'jp')$$);
SELECT pg_temp.sqlstate_of($$SELECT * FROM fiscal_pieces('[2020-01-01,2021-01-01)', '{jp,NULL}')$$);
SELECT pg_temp.sqlstate_of($$SELECT * FROM fiscal_pieces('[2020-01-01,2021-01-01)', '{{jp},{uk}}')$$);

-- proration over every fiscal year a date range holds: exact, no overflow
SELECT count(*), sum(share) FROM prorate_minor_units(9223372036854775807,
	'[2000-01-01,5874000-01-01)', 'jp', 'days');
SELECT count(*), sum(share) FROM rebucket_minor_units(
	ARRAY['[2000-01-01,5874000-01-01)', '[2000-01-01,2001-01-01)']::agreement_period[],
	ARRAY[-9223372036854775807, 1], 'us_federal');
