--
-- agreement_period at the ends of the date range.  A finite end is a date
-- from 0001-01-01 on: earlier dates have no YYYY-MM-DD text, so a period
-- holding one could be stored but not dumped and restored.  Every way of
-- making a period refuses them with 22008, and every period that can be made
-- reads back from its text.
--
\set VERBOSITY sqlstate
SELECT agreement_period('0001-12-31 BC'::date, '2000-01-01');
SELECT agreement_period('4713-01-01 BC'::date, '4713-01-02 BC');
SELECT agreement_period(pg_catalog.daterange('0001-12-31 BC', '0001-01-02'));
SELECT agreement_period(pg_catalog.daterange('0001-12-31 BC', '0001-01-01', '(]'));
SELECT fiscal_year_period(0, 'jp');
SELECT fiscal_year_period(1, 'us_federal');
SELECT fiscal_year_period(-4712, 'calendar');
\set VERBOSITY default
-- the first day and the last: made, and read back from their text
SELECT p, p::text::agreement_period = p AS reads_back
FROM (VALUES (agreement_period('0001-01-01'::date, '0001-01-02')),
	(agreement_period('-infinity'::date, '0001-01-01')),
	(agreement_period(pg_catalog.daterange(NULL, '0001-01-01'))),
	(agreement_period(pg_catalog.daterange('0001-12-31 BC', '0001-01-02', '(]'))),
	(fiscal_year_period(1, 'jp')), (fiscal_year_period(2, 'us_federal')),
	(fiscal_year_period(5874896, 'jp')),
	(agreement_period('5874897-12-30'::date, '5874897-12-31')),
	(agreement_period('5874897-12-30'::date, 'infinity')),
	(agreement_period('-infinity'::date, 'infinity'))) v(p);
-- one past the last: the end of a period is exclusive, so 5874897-12-31 can
-- only be inside a period with an infinite end
\set VERBOSITY sqlstate
SELECT '5874897-12-31..5874897-12-31'::agreement_period;
SELECT '[5874897-12-31,5874898-01-01)'::agreement_period;
SELECT fiscal_year_period(5874897, 'jp');
SELECT fiscal_year_period(-2147483648, 'jp');
SELECT fiscal_year_period(2147483647, 'us_federal');
\set VERBOSITY default
-- fiscal years of periods at the first day still split
SELECT * FROM fiscal_years('[0001-01-01,0001-06-01)', 'jp');
-- fiscal functions at the ends of the date range and of int4
SELECT fiscal_year('4713-01-01 BC'::date, 'jp') AS first_jp, fiscal_year('4713-01-01 BC'::date, 'us_federal') AS first_us,
	fiscal_year('5874897-12-31'::date, 'jp') AS last_jp, fiscal_year('5874897-12-31'::date, 'us_federal') AS last_us;
\set VERBOSITY sqlstate
SELECT fiscal_year('infinity'::date, 'jp');
SELECT fiscal_year('-infinity'::date, 'jp');
\set VERBOSITY default
SELECT fiscal_year_label(2147483647, 'uk') AS max_split, fiscal_year_label(-2147483648, 'au') AS min_split,
	fiscal_year_label(2147483647, 'jp') AS max_jfy, fiscal_year_label(0, 'us_federal') AS zero_fy;
SELECT fiscal_label('[5874896-04-01,5874897-04-01)', 'jp') AS last_whole_year,
	fiscal_label('[0001-04-01,0002-04-01)', 'jp') AS first_whole_year,
	fiscal_label('[0001-01-01,0001-04-01)', 'jp') AS first_part_year;
SELECT * FROM fiscal_years('[5874895-04-01,5874897-04-01)', 'jp');
-- a fiscal year that ends past the last date cannot be split into (its
-- length is unknown); the refusal is 22008, never a wrong share
\set VERBOSITY sqlstate
SELECT * FROM fiscal_years('[5874897-01-01,5874897-12-31)', 'jp');
\set VERBOSITY default
