--
-- rate_in_force_direct finds the rate in force for a pair and a span through
-- two index searches (the averages overlapping the span, and in each
-- direction the latest rate starting no later than it) instead of reading
-- every rate of the pair.  It must choose exactly what the rule chooses over
-- all the rates: the reference below is the rule written as one query over
-- every rate, and both are asked the same questions over generated rates
-- (yearly, monthly and odd-length averages, daily spots, implied rates, both
-- directions, two providers, ties on the start day), then the lookups are
-- checked to read the indexes, not the table.
--
BEGIN;
CREATE FUNCTION pg_temp.rate_reference(from_currency currency, to_currency currency,
									   within agreement_period, provider text)
RETURNS TABLE (id bigint, covers boolean) LANGUAGE sql STABLE AS $$
	SELECT r.id, c.covers
	FROM exchange_rate r
		CROSS JOIN LATERAL (
			SELECT CASE WHEN r.kind = 'average' AND r.period && within
						THEN days(r.period * within) ELSE 0 END AS overlap) o
		CROSS JOIN LATERAL (SELECT 2 * o.overlap >= days(within) AND o.overlap > 0 AS covers) c
	WHERE from_currency <> to_currency
	  AND ((r.base_currency = from_currency AND r.quote_currency = to_currency)
		   OR (r.base_currency = to_currency AND r.quote_currency = from_currency))
	  AND ($4 IS NULL OR r.provider = $4)
	  AND (c.covers OR lower(r.period) <= lower(within))
	ORDER BY c.covers DESC, o.overlap DESC, lower(r.period) DESC, r.provider, r.id
	LIMIT 1
$$;

-- rates between CHF, SEK and NOK (none in the sample data), 2001 to 2010
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider)
-- yearly averages, some years missing, from both providers for some years
SELECT 'CHF', 'SEK', agreement_period(make_date(y, 1, 1), make_date(y + 1, 1, 1)), 6 + y % 3, 'average', p
FROM generate_series(2001, 2010) y, (VALUES ('p1'), ('p2')) v(p)
WHERE y % 4 <> 0 AND (p = 'p1' OR y % 3 = 0)
UNION ALL
-- monthly averages in the other direction, some months
SELECT 'SEK', 'CHF', agreement_period(make_date(y, m, 1), (make_date(y, m, 1) + interval '1 month')::date),
	   0.15 + m / 1000.0, 'average', 'p2'
FROM generate_series(2003, 2008) y, generate_series(1, 12) m
WHERE (y * 12 + m) % 5 <> 0
UNION ALL
-- averages of odd length that overlap a year in part
SELECT 'CHF', 'SEK', agreement_period(d::date, d::date + 400), 7.5, 'average', 'p1'
FROM generate_series('2002-03-17'::date, '2009-03-17'::date, '2 years 2 months') d
UNION ALL
-- daily spot rates for some months, two providers on some days (ties on the start)
SELECT 'CHF', 'SEK', agreement_period(d::date, d::date + 1), 7 + extract(day FROM d) / 100, 'spot', p
FROM generate_series('2004-05-01'::date, '2004-08-31'::date, '1 day') d, (VALUES ('p1'), ('p2')) v(p)
WHERE p = 'p1' OR extract(dow FROM d) = 3
UNION ALL
SELECT 'SEK', 'CHF', agreement_period(d::date, d::date + 1), 0.14, 'spot', 'p1'
FROM generate_series('2007-10-01'::date, '2007-12-31'::date, '1 day') d
UNION ALL
-- implied rates over a quarter, and rates of a second pair
SELECT 'CHF', 'SEK', agreement_period(d::date, (d + interval '3 months')::date), 7.1, 'implied', 'p2'
FROM generate_series('2005-01-01'::date, '2006-10-01'::date, '3 months') d
UNION ALL
SELECT 'NOK', 'CHF', agreement_period(make_date(y, 1, 1), make_date(y + 1, 1, 1)), 0.12, 'average', 'p1'
FROM generate_series(2001, 2010, 2) y;
-- the same start day twice for one provider: the lower id wins
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider)
VALUES ('CHF', 'SEK', '[2004-06-15,2004-06-16)', 9.99, 'spot', 'p1');
ANALYZE exchange_rate;

-- the questions: days, months, calendar and April years, odd spans, from
-- before the first rate to after the last; each pair both ways, with no
-- provider and with each
CREATE TEMP TABLE question AS
SELECT f::currency AS from_currency, t::currency AS to_currency, s.within, p.provider
FROM (VALUES ('CHF', 'SEK'), ('SEK', 'CHF'), ('NOK', 'CHF'), ('CHF', 'NOK'), ('SEK', 'NOK')) c(f, t),
	 (SELECT agreement_period(d::date, d::date + 1) FROM generate_series('2000-12-25'::date, '2011-01-05'::date, '9 days') d
	  UNION ALL
	  SELECT agreement_period(make_date(y, m, 1), (make_date(y, m, 1) + interval '1 year')::date)
	  FROM generate_series(2000, 2011) y, (VALUES (1), (4), (10)) m(m)
	  UNION ALL
	  SELECT agreement_period(d::date, d::date + 45) FROM generate_series('2003-11-20'::date, '2008-02-01'::date, '37 days') d
	 ) s(within),
	 (VALUES (NULL), ('p1'), ('p2')) p(provider);

SELECT count(*) AS questions,
	   count(*) FILTER (WHERE ref.id IS NOT NULL) AS answered,
	   count(*) FILTER (WHERE ref.covers) AS by_average,
	   count(*) FILTER (WHERE NOT ref.covers) AS by_earlier_rate,
	   count(*) FILTER (WHERE got.inverted) AS inverted,
	   count(*) FILTER (WHERE ref.id IS DISTINCT FROM got_id.id
							 OR ref.covers IS DISTINCT FROM (got.rule = 'average over the period')) AS differ
FROM question q
	LEFT JOIN LATERAL pg_temp.rate_reference(q.from_currency, q.to_currency, q.within, q.provider) ref ON true
	LEFT JOIN LATERAL rate_in_force_direct(q.from_currency, q.to_currency, q.within, q.provider) got ON true
	LEFT JOIN LATERAL (
		SELECT r.id FROM exchange_rate r
		WHERE r.base_currency = got.base_currency AND r.quote_currency = got.quote_currency
		  AND r.period = got.rate_period AND r.kind = got.rate_kind AND r.provider = got.rate_provider
		  AND r.rate = got.rate
		ORDER BY r.id LIMIT 1) got_id ON true;

-- the lookups read indexes, not every rate of the pair: two thousand more
-- days of spot rates, and a hundred lookups read no table by sequential scan
-- and fetch a few rows each, not the thousands of the pair
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider)
SELECT 'CHF', 'SEK', agreement_period(d::date, d::date + 1), 7, 'spot', 'p3'
FROM generate_series('2011-01-01'::date, '2016-06-30'::date, '1 day') d;
ANALYZE exchange_rate;
CREATE FUNCTION pg_temp.rate_reads(OUT scans bigint, OUT fetched bigint) LANGUAGE sql AS $$
	SELECT pg_stat_get_xact_numscans('exchange_rate'::regclass),
		   pg_stat_get_xact_tuples_fetched('exchange_rate'::regclass)
		   + pg_stat_get_xact_tuples_fetched('exchange_rate_pair_start_idx'::regclass)
		   + pg_stat_get_xact_tuples_fetched('exchange_rate_average_period_idx'::regclass)
$$;
SELECT scans AS scans_before, fetched AS fetched_before FROM pg_temp.rate_reads() \gset
SELECT count(*) AS lookups, count(got.rate) AS found
FROM generate_series('2011-02-01'::date, '2016-06-01'::date, '20 days') d
	LEFT JOIN LATERAL rate_in_force_direct('SEK', 'CHF', agreement_period(d::date, d::date + 90), NULL) got ON true;
SELECT r.scans - :scans_before AS table_scans,
	   (r.fetched - :fetched_before) / 98 < 20 AS few_rows_per_lookup,
	   pg_stat_get_xact_numscans('exchange_rate_pair_start_idx'::regclass) > 0 AS start_index_read,
	   pg_stat_get_xact_numscans('exchange_rate_average_period_idx'::regclass) > 0 AS average_index_read
FROM pg_temp.rate_reads() r;
-- rate_in_force with a provider: a lookup that finds its rate reads no more
-- (a provider is checked to be on file only once nothing is found)
SELECT scans AS scans_before FROM pg_temp.rate_reads() \gset
SELECT count(*) AS lookups, count(got.rate) AS found
FROM generate_series('2011-02-01'::date, '2016-06-01'::date, '20 days') d
	LEFT JOIN LATERAL rate_in_force('SEK', 'CHF', agreement_period(d::date, d::date + 90), 'p3', true) got ON true;
SELECT r.scans - :scans_before AS table_scans FROM pg_temp.rate_reads() r;
-- its plan is made once and serves every lookup: PL/pgSQL's own choice
-- planned each call afresh once millions of rates were on file
SELECT p.proconfig FROM pg_proc p WHERE p.oid = 'rate_in_force_direct'::regproc;
ROLLBACK;
