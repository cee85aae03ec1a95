-- title: the rate in force for a span, 100 daily rates on file per lookup: rate_in_force_direct and rate_in_force against the same rule over plain columns
-- sizes: 3000 10000 30000
-- baseline: plain_lookup
-- goal: rate_in_force_direct <= 1.3 the stored rule no slower than the hand-written lookup over plain columns
-- goal: rate_in_force <= 2.0 through the PL/pgSQL function the views call (cross rates, errors)
-- flat: rate_in_force_direct 15
-- flat: rate_in_force 15
--
-- Every converting view looks a rate up once per row (burden_vs_demand
-- twice), so a lookup must cost the same whatever the number of rates on
-- file: central banks publish daily rates, and thirty years of three pairs
-- are 33,000 of them.  Each size is the number of lookups, over a table of
-- a hundred times as many rates (daily spot rates of three pairs, with a
-- yearly average every year), so from the smallest size to the largest the
-- rates grow tenfold with the lookups; the time per lookup must not.  The
-- lookups mix days, quarters and April fiscal years, in both directions of
-- a pair.
--
-- plain_lookup is the rule (an average covering at least half of the span,
-- the one covering most; else the latest rate starting no later) written by
-- hand over plain columns: the pair as char(3), the span as a daterange and
-- its first day as a date, a btree index on the pair and the first day and a
-- GiST index on the averages' spans, as a careful user would build them
-- (the view bench_rl_plain_choice, which the report reuses).
-- rate_in_force_direct is the extension's lookup of one pair: a PL/pgSQL
-- function making the same two index searches, its plan made once per
-- session (plan_cache_mode = force_generic_plan; PL/pgSQL's own choice
-- re-planned every call once millions of rates were on file).  It cannot
-- be a SQL function inlined into the query, as plain_lookup is: Citus
-- refuses an inlined SQL function over its tables (doc/citus.md), and a
-- SQL function that is not inlined is planned at every call.  So beside
-- the lookup itself it pays a function call per lookup, which plain_lookup
-- does not: the call with its two pinned settings, and the row returned
-- through RETURN QUERY.  That cost is the same at every size while the
-- lookup grows dearer with the rates on file, so the ratio falls as the
-- sizes grow: at the smaller sizes the call is the larger share of what
-- the function costs over plain_lookup.  rate_in_force is the PL/pgSQL function the views call,
-- which adds cross rates through USD and the errors for a name typed
-- wrong, at the cost of one more call per lookup.  The report checks that
-- the three choose the same rate for every lookup.
-- @setup
DROP VIEW IF EXISTS bench_rl_plain_choice;
DROP TABLE IF EXISTS bench_rl_plain, bench_rl_lookup;
TRUNCATE exchange_rate;
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider)
SELECT 'USD', p.quote::currency, agreement_period(d, d + 1), p.base_rate + (g.i % 97) / 100.0, 'spot', 'daily'
FROM (SELECT i, DATE '1900-01-01' + i AS d FROM generate_series(0, (:rows * 100 / 3) - 1) AS i) AS g,
	 (VALUES ('JPY', 110), ('KRW', 1150), ('EUR', 1)) AS p(quote, base_rate)
UNION ALL
SELECT 'USD', p.quote::currency, agreement_period(make_date(y, 1, 1), make_date(y + 1, 1, 1)),
	   p.base_rate + (y % 13) / 10.0, 'average', 'yearly'
FROM generate_series(1900, 1900 + (:rows * 100 / 3) / 365) AS y,
	 (VALUES ('JPY', 110), ('KRW', 1150), ('EUR', 1)) AS p(quote, base_rate);
CREATE TABLE bench_rl_plain AS
SELECT id, base_currency::text::char(3) AS base, quote_currency::text::char(3) AS quote,
	   daterange(lower(period), upper(period)) AS span, lower(period) AS start_date,
	   rate, kind, provider
FROM exchange_rate;
CREATE INDEX ON bench_rl_plain (base, quote, start_date);
CREATE INDEX ON bench_rl_plain USING gist (span) WHERE kind = 'average';
-- the lookups: a day, a quarter or an April fiscal year, within the rates'
-- years, to dollars or from them
CREATE TABLE bench_rl_lookup AS
SELECT i, f::char(3) AS f, t::char(3) AS t, daterange(s, s + len) AS span
FROM (SELECT i,
			 CASE WHEN i % 2 = 0 THEN 'USD' ELSE (ARRAY['JPY', 'KRW', 'EUR'])[1 + i % 3] END AS f,
			 CASE WHEN i % 2 = 0 THEN (ARRAY['JPY', 'KRW', 'EUR'])[1 + i % 3] ELSE 'USD' END AS t,
			 CASE i % 3 WHEN 0 THEN DATE '1900-01-01' + (i::int8 * 7919 % ((:rows * 100 / 3) - 400))::int
						ELSE make_date(1901 + (i * 31) % greatest(1, (:rows * 100 / 3) / 365 - 2), 4, 1) END AS s,
			 CASE i % 3 WHEN 0 THEN 1 WHEN 1 THEN 91 ELSE 365 END AS len
	  FROM generate_series(1, :rows) AS i) AS g;
-- the rule written by hand over the plain columns, per lookup
CREATE VIEW bench_rl_plain_choice AS
SELECT l.i, c.id, c.rate
FROM bench_rl_lookup l
	CROSS JOIN LATERAL (
		SELECT x.id, x.rate
		FROM (SELECT r.id, r.rate, r.kind, r.provider, r.span, r.start_date
			  FROM bench_rl_plain r
			  WHERE r.kind = 'average' AND r.span && l.span
				AND ((r.base = l.f AND r.quote = l.t) OR (r.base = l.t AND r.quote = l.f))
			  UNION ALL
			  (SELECT r.id, r.rate, r.kind, r.provider, r.span, r.start_date
			   FROM bench_rl_plain r
			   WHERE r.base = l.f AND r.quote = l.t AND r.start_date <= lower(l.span)
			   ORDER BY r.start_date DESC, r.provider, r.id LIMIT 1)
			  UNION ALL
			  (SELECT r.id, r.rate, r.kind, r.provider, r.span, r.start_date
			   FROM bench_rl_plain r
			   WHERE r.base = l.t AND r.quote = l.f AND r.start_date <= lower(l.span)
			   ORDER BY r.start_date DESC, r.provider, r.id LIMIT 1)) x
			CROSS JOIN LATERAL (
				SELECT CASE WHEN x.kind = 'average' AND x.span && l.span
							THEN upper(x.span * l.span) - lower(x.span * l.span) ELSE 0 END AS overlap) o
			CROSS JOIN LATERAL (
				SELECT 2 * o.overlap >= upper(l.span) - lower(l.span) AND o.overlap > 0 AS covers) v
		WHERE v.covers OR x.start_date <= lower(l.span)
		ORDER BY v.covers DESC, o.overlap DESC, x.start_date DESC, x.provider, x.id
		LIMIT 1) c;
-- @variant plain_lookup
SELECT count(rate), sum(rate) FROM bench_rl_plain_choice;
-- @variant rate_in_force_direct
SELECT count(c.rate), sum(c.rate)
FROM bench_rl_lookup l
	CROSS JOIN LATERAL rate_in_force_direct(l.f::text::currency, l.t::text::currency,
		agreement_period(lower(l.span), upper(l.span)), NULL) c;
-- @variant rate_in_force
SELECT count(c.rate), sum(c.rate)
FROM bench_rl_lookup l
	CROSS JOIN LATERAL rate_in_force(l.f::text::currency, l.t::text::currency,
		agreement_period(lower(l.span), upper(l.span)), NULL, true) c;
-- @report
SELECT count(*) AS rates, (SELECT count(*) FROM bench_rl_lookup) AS lookups FROM exchange_rate;
-- the same rate chosen by all three for every lookup, or the run stops
DO $$
DECLARE
	differ bigint;
BEGIN
	SELECT count(*) INTO differ
	FROM bench_rl_lookup l
		LEFT JOIN bench_rl_plain_choice p ON p.i = l.i
		LEFT JOIN LATERAL rate_in_force_direct(l.f::text::currency, l.t::text::currency,
			agreement_period(lower(l.span), upper(l.span)), NULL) d ON true
		LEFT JOIN LATERAL rate_in_force(l.f::text::currency, l.t::text::currency,
			agreement_period(lower(l.span), upper(l.span)), NULL, true) f ON true
		LEFT JOIN exchange_rate pr ON pr.id = p.id
	WHERE p.id IS NULL
	   OR (pr.base_currency, pr.quote_currency, pr.period, pr.rate, pr.provider)
		  IS DISTINCT FROM (d.base_currency, d.quote_currency, d.rate_period, d.rate, d.rate_provider)
	   OR (d.rate, d.rate_period, d.rate_provider) IS DISTINCT FROM (f.rate, f.rate_period, f.rate_provider);
	IF differ > 0 THEN
		RAISE EXCEPTION 'rate_lookup: % lookups choose differently', differ;
	END IF;
END $$;
EXPLAIN (COSTS OFF)
SELECT count(c.rate) FROM bench_rl_lookup l
	CROSS JOIN LATERAL rate_in_force_direct(l.f::text::currency, l.t::text::currency,
		agreement_period(lower(l.span), upper(l.span)), NULL) c;
