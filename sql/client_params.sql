-- Parameters as drivers bind them: varchar/text (pgjdbc setString, BI
-- prompts), untyped (pgjdbc setDate, node-postgres), and how untyped
-- literals still resolve.
SET client_min_messages = warning;
CREATE TEMP TABLE cp (
	id integer,
	amount currency_amount,
	cur currency,
	period agreement_period,
	cal fiscal_calendar
);
INSERT INTO cp VALUES
	(1, 'JPY 100', 'JPY', 'JFY2016', 'jp'),
	(2, 'JPY 300', 'JPY', 'JFY2017..JFY2018', 'jp'),
	(3, 'USD 2.00', 'USD', '[2020-10-01,2021-10-01)', 'us_federal');

-- no implicit cast from a string type to any of the types: implicit casts
-- would make ordinary calls ambiguous or change their meaning
SELECT castsource::regtype, casttarget::regtype, castcontext
FROM pg_cast
WHERE casttarget IN ('currency'::regtype, 'currency_amount'::regtype,
					 'agreement_period'::regtype, 'fiscal_calendar'::regtype)
  AND castsource IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype, 'name'::regtype)
ORDER BY 2, 1;

-- untyped literals resolve to the types' own operators, as before
CREATE TEMP VIEW resolved AS
SELECT id FROM cp
WHERE amount > 'JPY 150' AND amount <> 'JPY 1' AND cur = 'JPY' AND period && 'JFY2017'
  AND period @> '2017-06-01'::date AND cal = 'jp';
-- (without the relation's name: 16 and later print columns unqualified)
SELECT replace(pg_get_viewdef('resolved'::regclass, true), 'cp.', '') AS definition;
SELECT * FROM resolved;

-- varchar parameters (pgjdbc setString) reach the text operators
PREPARE by_amount(varchar) AS SELECT id FROM cp WHERE amount > $1 ORDER BY id;
EXECUTE by_amount('JPY 150');
EXECUTE by_amount('¥100');
PREPARE by_amount_le(varchar) AS SELECT id FROM cp WHERE $1 <= amount ORDER BY id;
EXECUTE by_amount_le('JPY 300');
PREPARE by_amount_eq(text) AS SELECT id FROM cp WHERE amount = $1 OR $1 = amount ORDER BY id;
EXECUTE by_amount_eq('USD 2');
PREPARE by_cur(varchar) AS SELECT id FROM cp WHERE cur = $1 AND $1 = cur ORDER BY id;
EXECUTE by_cur('usd');
PREPARE not_cur(varchar) AS SELECT id FROM cp WHERE cur <> $1 ORDER BY id;
EXECUTE not_cur('USD');
PREPARE by_period(varchar) AS SELECT id FROM cp WHERE period && $1 ORDER BY id;
EXECUTE by_period('JFY2018');
EXECUTE by_period('2020-12-25');
PREPARE within(varchar) AS SELECT id FROM cp WHERE period <@ $1 AND $1 @> period ORDER BY id;
EXECUTE within('[2016-01-01,2020-01-01)');
PREPARE by_cal(varchar) AS SELECT id FROM cp WHERE cal = $1 ORDER BY id;
EXECUTE by_cal('us_federal');
PREPARE not_cal(varchar) AS SELECT id FROM cp WHERE cal <> $1 ORDER BY id;
EXECUTE not_cal('us_federal');
-- bad text is the type's own error
EXECUTE by_amount('1.005 USD');
EXECUTE by_cur('XXY');
EXECUTE by_period('2021-13-01');

-- untyped parameters (pgjdbc setDate and setTimestamp, node-postgres) are
-- read as periods: a date, with a midnight time or a zone, is that one day
PREPARE on_day AS SELECT id FROM cp WHERE period @> $1 ORDER BY id;
EXECUTE on_day('2017-06-01');
EXECUTE on_day('2017-06-01 +09');
EXECUTE on_day('2021-01-01 00:00:00+00');
EXECUTE on_day('2021-01-01T00:00:00.000-05:00');
EXECUTE on_day('2021-01-01Z');
-- a time other than midnight names no day without a time zone
EXECUTE on_day('2021-01-01 12:30:00+09');
EXECUTE on_day('2021-01-01 00:00:01');
SELECT '2016-02-29'::agreement_period, '5874897-12-30'::agreement_period;
SELECT '5874897-12-31'::agreement_period;
SELECT '2021-02-29'::agreement_period;
SELECT '2021-01-01 +09x'::agreement_period;
-- typed dates and timestamps
PREPARE on_date(date) AS SELECT id FROM cp WHERE period @> $1 ORDER BY id;
EXECUTE on_date('2017-06-01');
SET TimeZone = 'Asia/Tokyo';
PREPARE on_ts(timestamptz) AS SELECT id FROM cp WHERE period @> $1 AND $1 <@ period ORDER BY id;
EXECUTE on_ts('2020-09-30 16:00:00+00');  -- 2020-10-01 in Tokyo
SET TimeZone = 'UTC';
EXECUTE on_ts('2020-09-30 16:00:00+00');  -- 2020-09-30 in UTC
RESET TimeZone;

-- assignment casts: INSERT and UPDATE take strings
PREPARE ins(varchar, varchar, varchar, varchar) AS
	INSERT INTO cp VALUES (4, $1, $2, $3, $4) RETURNING *;
EXECUTE ins('EUR 5.50', 'eur', '2022-01-01..2022-12-31', 'calendar');
UPDATE cp SET amount = 'EUR 6.00'::text WHERE id = 4 RETURNING amount;
-- ... but not an implicit cast in an expression
SELECT amount(('USD 1.00'::text));
SELECT pg_typeof(coalesce('USD 1.00'::text, NULL::currency_amount));

-- amount::numeric is exact and explicit only
SELECT amount::numeric, CAST(amount AS numeric) = amount(amount) AS same FROM cp ORDER BY id;
SELECT 'KWD 1.234'::currency_amount::numeric, 'JPY -5'::currency_amount::numeric;
SELECT castcontext FROM pg_cast WHERE castsource = 'currency_amount'::regtype AND casttarget = 'numeric'::regtype;
SELECT 1.5 + 'USD 1.00'::currency_amount;

-- the strict comparison refuses two currencies; the operators keep the total order
SELECT compare_amounts('JPY 100', 'JPY 300'), compare_amounts('USD 2', 'USD 2.00'), compare_amounts('USD 3', 'USD 2');
SELECT compare_amounts('JPY 100', 'USD 1.00');
SELECT 'JPY 100'::currency_amount < 'USD 1.00', 'JPY 100'::currency_amount > 'USD 1.00'::text;

-- text and typed operators agree on every pair
SELECT count(*) AS pairs,
	   count(*) FILTER (WHERE (a.amount < b.amount) = (a.amount < b.amount::text)
						  AND (a.amount <= b.amount) = (a.amount::text <= b.amount)
						  AND (a.amount > b.amount) = (a.amount > b.amount::text::varchar)
						  AND (a.amount >= b.amount) = (a.amount::text >= b.amount)
						  AND (a.amount = b.amount) = (a.amount = b.amount::text)
						  AND (a.amount <> b.amount) = (a.amount::text <> b.amount)
						  AND (a.period && b.period) = (a.period::text && b.period)
						  AND (a.period @> b.period) = (a.period @> b.period::text)
						  AND (a.period = b.period) = (a.period = b.period::text)
						  AND (a.period <> b.period) = (a.period::text <> b.period)
						  AND (a.cur = b.cur) = (a.cur::text = b.cur)
						  AND (a.cal <> b.cal) = (a.cal <> b.cal::text)) AS agree
FROM cp a, cp b;

-- the text operators are inlined, so an index on the column serves them
CREATE TEMP TABLE big AS
SELECT from_minor_units(i, 'JPY') AS amount, agreement_period(DATE '2000-01-01' + i, DATE '2000-01-01' + i + 30) AS period
FROM generate_series(1, 2000) AS i;
CREATE INDEX ON big (amount);
CREATE INDEX ON big USING gist (period);
ANALYZE big;
SET enable_seqscan = off;
PREPARE big_amount(varchar) AS SELECT count(*) FROM big WHERE amount >= $1;
EXPLAIN (COSTS OFF) EXECUTE big_amount('JPY 1990');
EXECUTE big_amount('JPY 1990');
PREPARE big_period(varchar) AS SELECT count(*) FROM big WHERE period && $1;
EXPLAIN (COSTS OFF) EXECUTE big_period('2005-06-01');
EXECUTE big_period('2005-06-01');
RESET enable_seqscan;

-- burden_in_currency: a text target for drivers; an untyped literal takes it
SELECT p.oid::regprocedure FROM pg_proc p WHERE proname = 'burden_in_currency' ORDER BY 1;
PREPARE bic(varchar) AS SELECT count(*) FROM burden_in_currency($1);
EXECUTE bic('USD');
SELECT (SELECT count(*) FROM burden_in_currency('USD')) = (SELECT count(*) FROM burden_in_currency('USD'::currency)) AS same_rows;
SELECT count(*) FROM burden_in_currency('XXY');

-- ordinary string expressions keep their meaning
SELECT 'a'::varchar = 'a', 'JPY 1'::varchar < 'USD', length('JPY 1'::varchar), abs(-1), 'x'::text || 'y';
