--
-- Row estimates of &&, @> and <@ on agreement_period: against a constant and
-- in joins, the planner's estimate is compared with the true count.  Each line
-- says ok when the estimate lies within a factor of 1.5 of the count, else
-- both numbers (which then differ from the expected output).  The tables have
-- fewer rows than ANALYZE samples, so their statistics are the same on every
-- run.
--
SELECT setseed(0.42);
CREATE TABLE period_sel_item (agreement int, p agreement_period) WITH (autovacuum_enabled = off);
-- items of 1 to 61 days starting anywhere in 2010..2019, under 40 agreements
INSERT INTO period_sel_item
SELECT i % 40, agreement_period(s, s + 1 + (random() * 60)::int)
FROM (SELECT i, '2010-01-01'::date + (random() * 3650)::int AS s
	FROM generate_series(1, 20000) i) x;
-- monthly items: few distinct periods, most of them common values
CREATE TABLE period_sel_month (p agreement_period) WITH (autovacuum_enabled = off);
INSERT INTO period_sel_month
SELECT agreement_period(m, (m + interval '1 month')::date)
FROM (SELECT ('2010-01-01'::date + ((random() * 119)::int * interval '1 month'))::date AS m
	FROM generate_series(1, 20000) i) x;
-- agreements: 5 % open-ended, the others from 1 to 10 years
CREATE TABLE period_sel_agreement (p agreement_period) WITH (autovacuum_enabled = off);
INSERT INTO period_sel_agreement
SELECT agreement_period(s, CASE WHEN random() < 0.05 THEN 'infinity' ELSE s + (365 * (1 + random() * 9))::int END)
FROM (SELECT '1990-01-01'::date + (random() * 12000)::int AS s
	FROM generate_series(1, 20000) i) x;
-- disjoint Japanese fiscal years 2005..2024, alone and for each agreement
CREATE TABLE period_sel_year (p agreement_period) WITH (autovacuum_enabled = off);
INSERT INTO period_sel_year
SELECT agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)) FROM generate_series(2005, 2024) y;
CREATE TABLE period_sel_agreement_year (agreement int, p agreement_period) WITH (autovacuum_enabled = off);
INSERT INTO period_sel_agreement_year
SELECT a, agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1))
FROM generate_series(0, 39) a, generate_series(2009, 2019) y;
ANALYZE period_sel_item, period_sel_month, period_sel_agreement, period_sel_year,
	period_sel_agreement_year;

CREATE FUNCTION pg_temp.estimate_check(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	plan json;
	est float8;
	actual float8;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO plan;
	est := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
	EXECUTE 'SELECT count(*) FROM (' || q || ') s' INTO actual;
	IF est BETWEEN actual / 1.5 AND actual * 1.5 THEN
		RETURN 'ok';
	END IF;
	RETURN format('estimate %s, actual %s', est, actual);
END
$$;

-- against a constant
SELECT q, pg_temp.estimate_check(q) FROM (VALUES
	($$SELECT * FROM period_sel_item WHERE p && 'JFY2015'$$),
	($$SELECT * FROM period_sel_item WHERE p && '[2015-04-01,2015-05-01)'$$),
	($$SELECT * FROM period_sel_item WHERE '[2015-04-01,2015-05-01)' && p$$),
	($$SELECT * FROM period_sel_item WHERE p && '[2012-02-10,2012-02-11)'$$),
	($$SELECT * FROM period_sel_item WHERE p && '[2012-01-01,2016-01-01)'$$),
	($$SELECT * FROM period_sel_item WHERE p <@ 'JFY2015'$$),
	($$SELECT * FROM period_sel_item WHERE 'JFY2015' @> p$$),
	($$SELECT * FROM period_sel_item WHERE p @> '[2015-04-01,2015-04-10)'$$),
	($$SELECT * FROM period_sel_item WHERE '[2015-04-01,2015-04-10)' <@ p$$),
	($$SELECT * FROM period_sel_month WHERE p && 'JFY2015'$$),
	($$SELECT * FROM period_sel_month WHERE p && '[2013-06-15,2013-06-16)'$$),
	($$SELECT * FROM period_sel_month WHERE p <@ '[2013-01-01,2014-01-01)'$$),
	($$SELECT * FROM period_sel_month WHERE p @> '[2013-06-03,2013-06-20)'$$),
	($$SELECT * FROM period_sel_agreement WHERE p && 'JFY2015'$$),
	($$SELECT * FROM period_sel_agreement WHERE p && '[2040-01-01,)'$$),
	($$SELECT * FROM period_sel_agreement WHERE p @> '[2000-01-01,2000-02-01)'$$),
	($$SELECT * FROM period_sel_agreement WHERE p <@ '[2000-01-01,2010-01-01)'$$),
	($$SELECT * FROM period_sel_agreement WHERE p @> '[2030-01-01,)'$$)
) v(q);

-- joins: items each inside one or two fiscal years, months, agreements
SELECT q, pg_temp.estimate_check(q) FROM (VALUES
	($$SELECT * FROM period_sel_item i JOIN period_sel_year y ON i.p && y.p$$),
	($$SELECT * FROM period_sel_item i JOIN period_sel_year y ON y.p && i.p$$),
	($$SELECT * FROM period_sel_item i JOIN period_sel_year y ON i.p <@ y.p$$),
	($$SELECT * FROM period_sel_item i JOIN period_sel_year y ON y.p @> i.p$$),
	($$SELECT * FROM period_sel_month m JOIN period_sel_year y ON m.p && y.p$$),
	($$SELECT * FROM period_sel_agreement a JOIN period_sel_year y ON a.p && y.p$$),
	($$SELECT * FROM period_sel_agreement a JOIN period_sel_year y ON a.p @> y.p$$),
	($$SELECT * FROM period_sel_item i JOIN period_sel_agreement_year y
		ON i.agreement = y.agreement AND i.p && y.p$$)
) v(q);

-- joins to a computed set of periods, without statistics: taken as periods
-- laid end to end over the items' span, as many as the set has rows
SELECT q, pg_temp.estimate_check(q) FROM (VALUES
	($$SELECT * FROM period_sel_item i JOIN (SELECT agreement_period(make_date(y, 1, 1), make_date(y + 1, 1, 1)) AS p
		FROM generate_series(2010, 2019) y) y ON i.p && y.p$$),
	($$SELECT * FROM period_sel_item i JOIN (SELECT agreement_period(make_date(y, 1, 1), make_date(y + 1, 1, 1)) AS p
		FROM generate_series(2010, 2019) y) y ON y.p @> i.p$$),
	($$SELECT * FROM period_sel_item i JOIN (SELECT y, agreement_period(make_date(y, 1, 1), make_date(y + 1, 1, 1)) AS p
		FROM generate_series(2010, 2019) y OFFSET 0) y ON i.p && y.p WHERE y.y = 2015$$),
	($$SELECT * FROM period_sel_year y JOIN (SELECT agreement_period(DATE '2005-04-01' + i, DATE '2005-04-02' + i) AS p
		FROM generate_series(0, 7304) i OFFSET 0) d ON y.p @> d.p$$)
) v(q);

DROP TABLE period_sel_item, period_sel_month, period_sel_agreement, period_sel_year,
	period_sel_agreement_year;
