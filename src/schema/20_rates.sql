/*
 * Exchange rates as readers see them, and the rule that picks the rate in
 * force for a span.
 */

-- ---------------------------------------------------------------- exchange_rates

CREATE VIEW @extschema@.exchange_rates WITH (security_invoker = false) AS
SELECT
	r.id,
	r.base_currency,
	r.quote_currency,
	r.base_currency::text AS base_currency_code,
	r.quote_currency::text AS quote_currency_code,
	r.period,
	@extschema@.lower(r.period) AS start_date,
	@extschema@.last_day(r.period) AS end_date,
	r.rate,
	r.kind,
	r.provider,
	r.source
FROM @extschema@.exchange_rate r;
COMMENT ON VIEW @extschema@.exchange_rates IS
	'The stored exchange rates, readable by costshare_reader: units of the quote currency per unit of the base currency';
COMMENT ON COLUMN @extschema@.exchange_rates.id IS 'Key of the rate';
COMMENT ON COLUMN @extschema@.exchange_rates.base_currency IS 'Currency priced';
COMMENT ON COLUMN @extschema@.exchange_rates.quote_currency IS 'Currency of the price';
COMMENT ON COLUMN @extschema@.exchange_rates.base_currency_code IS 'base_currency as text';
COMMENT ON COLUMN @extschema@.exchange_rates.quote_currency_code IS 'quote_currency as text';
COMMENT ON COLUMN @extschema@.exchange_rates.period IS 'Day or span the rate applies to';
COMMENT ON COLUMN @extschema@.exchange_rates.start_date IS 'First day the rate applies to';
COMMENT ON COLUMN @extschema@.exchange_rates.end_date IS 'Last day the rate applies to (inclusive)';
COMMENT ON COLUMN @extschema@.exchange_rates.rate IS 'Units of quote currency per unit of base currency';
COMMENT ON COLUMN @extschema@.exchange_rates.kind IS 'average, spot or implied';
COMMENT ON COLUMN @extschema@.exchange_rates.provider IS 'Short name of the publisher';
COMMENT ON COLUMN @extschema@.exchange_rates.source IS 'Title or URL of the publication';

-- ---------------------------------------------------------------- rate_in_force

/*
 * The stored rate in force for a span (a fiscal year, or one day), for one
 * pair of currencies:
 *   1. an average rate covering at least half of the span, the one covering it
 *      most (so the calendar-year average of the year holding most of a
 *      fiscal year), ties to the later start;
 *   2. else the latest rate of any kind that starts no later than the span.
 * Either direction of the pair serves (JPY->USD uses a USD/JPY rate
 * inverted).  provider, when given, limits the choice to that provider.
 * No row when nothing qualifies; rate_in_force, built on it, adds cross
 * rates and the errors.
 *
 * Both give at most one row and declare ROWS 1: with the default estimate
 * of 1000 rows, every view that looks a rate up per row was planned as
 * 1000 times larger than it is, which on a few dozen rows passed
 * jit_above_cost and spent a second compiling.
 *
 * rate_in_force_direct is PL/pgSQL, whose plan is kept for the session:
 * as a SQL function with a pinned search_path it was planned anew at every
 * call from rate_in_force, about a millisecond for each row of a view that
 * converts (PostgreSQL 15), and a SQL function the planner inlines instead
 * is refused by Citus over its tables (doc/citus.md).  Its plan is the
 * generic one, made once (plan_cache_mode): the same index searches serve
 * every span, and with millions of rates on file PL/pgSQL's own choice
 * kept planning each call afresh: over three million rates, 0.5 ms a
 * lookup where the generic plan takes 0.13 ms.  Its two indexes are on
 * exchange_rate.
 */
CREATE TYPE @extschema@.exchange_rate_choice AS (
	rate			numeric,
	inverted		boolean,
	base_currency	@extschema@.currency,
	quote_currency	@extschema@.currency,
	rate_period		@extschema@.agreement_period,
	rate_kind		text,
	rate_provider	text,
	rate_source		text,
	rule			text
);
COMMENT ON TYPE @extschema@.exchange_rate_choice IS
	'A row of rate_in_force_direct: the stored rate chosen for a pair and a span, whether it is used inverted, and the rule that chose it';
CREATE FUNCTION @extschema@.rate_in_force_direct(
	from_currency @extschema@.currency,
	to_currency @extschema@.currency,
	within @extschema@.agreement_period,
	provider text DEFAULT NULL)
RETURNS SETOF @extschema@.exchange_rate_choice
ROWS 1
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
	RETURN QUERY
	SELECT c.rate, c.base_currency OPERATOR(@extschema@.<>) from_currency, c.base_currency, c.quote_currency,
		   c.period, c.kind, c.provider, c.source,
		   CASE WHEN v.covers THEN 'average over the period' ELSE 'latest earlier rate' END
	FROM (
		/*
		 * The rates that may be chosen, from two index searches rather than
		 * every rate of the pair: the averages overlapping the span (the
		 * only rates with days in it, so any of them that qualifies comes
		 * before every rate without), and in each direction the latest rate
		 * starting no later than the span, the first of the rest in the
		 * order below.
		 */
		SELECT r.id, r.rate, r.base_currency, r.quote_currency, r.period, r.kind, r.provider, r.source
		FROM @extschema@.exchange_rates r
		WHERE r.kind OPERATOR(pg_catalog.=) 'average' AND r.period OPERATOR(@extschema@.&&) within
		  AND ((r.base_currency OPERATOR(@extschema@.=) from_currency
				AND r.quote_currency OPERATOR(@extschema@.=) to_currency)
			   OR (r.base_currency OPERATOR(@extschema@.=) to_currency
				   AND r.quote_currency OPERATOR(@extschema@.=) from_currency))
		  AND ($4 IS NULL OR r.provider OPERATOR(pg_catalog.=) $4)
		UNION ALL
		(SELECT r.id, r.rate, r.base_currency, r.quote_currency, r.period, r.kind, r.provider, r.source
		 FROM @extschema@.exchange_rates r
		 WHERE r.base_currency OPERATOR(@extschema@.=) from_currency
		   AND r.quote_currency OPERATOR(@extschema@.=) to_currency
		   AND @extschema@.lower(r.period) OPERATOR(pg_catalog.<=) @extschema@.lower(within)
		   AND ($4 IS NULL OR r.provider OPERATOR(pg_catalog.=) $4)
		 ORDER BY @extschema@.lower(r.period) DESC, r.provider, r.id
		 LIMIT 1)
		UNION ALL
		(SELECT r.id, r.rate, r.base_currency, r.quote_currency, r.period, r.kind, r.provider, r.source
		 FROM @extschema@.exchange_rates r
		 WHERE r.base_currency OPERATOR(@extschema@.=) to_currency
		   AND r.quote_currency OPERATOR(@extschema@.=) from_currency
		   AND @extschema@.lower(r.period) OPERATOR(pg_catalog.<=) @extschema@.lower(within)
		   AND ($4 IS NULL OR r.provider OPERATOR(pg_catalog.=) $4)
		 ORDER BY @extschema@.lower(r.period) DESC, r.provider, r.id
		 LIMIT 1)
	) c
		CROSS JOIN LATERAL (
			SELECT CASE WHEN c.kind OPERATOR(pg_catalog.=) 'average' AND c.period OPERATOR(@extschema@.&&) within
						THEN @extschema@.days(c.period OPERATOR(@extschema@.*) within)
						ELSE 0 END AS overlap
		) o
		CROSS JOIN LATERAL (
			SELECT 2 OPERATOR(pg_catalog.*) o.overlap OPERATOR(pg_catalog.>=) @extschema@.days(within)
				   AND o.overlap OPERATOR(pg_catalog.>) 0 AS covers
		) v
	WHERE from_currency OPERATOR(@extschema@.<>) to_currency
	  AND (v.covers OR @extschema@.lower(c.period) OPERATOR(pg_catalog.<=) @extschema@.lower(within))
	ORDER BY v.covers DESC,
			 o.overlap DESC,
			 @extschema@.lower(c.period) DESC,
			 c.provider, c.id
	LIMIT 1;
END
$$;
COMMENT ON FUNCTION @extschema@.rate_in_force_direct(@extschema@.currency, @extschema@.currency, @extschema@.agreement_period, text) IS
	'The stored rate of one pair (either direction) in force for a span: the average covering most of it (at least half), else the latest earlier rate; no row if none';

/*
 * The rate in force for a span, directly or through the pivot currency USD
 * (doc/schema.md, "Exchange rates"):
 *   - a rate of the pair itself, if one is in force for the span
 *     (rate_in_force_direct), wins;
 *   - else, when neither currency is USD, a cross rate: from -> USD and
 *     USD -> to, each leg chosen by the same rule for the same span (and the
 *     same provider, when one is given); the via_* columns name the second
 *     leg.  convert_at with both legs multiplies and divides once and
 *     rounds once, at the end.
 * Errors rather than a silent NULL, for a name that is wrong rather than a
 * year that is missing:
 *   - a provider of which no rate is stored: 42704, naming it and those on
 *     file;
 *   - a pair that has no rate at all, directly or through USD (of that
 *     provider): 42704, naming the pair.  missing_ok = true returns no row
 *     instead (for views that convert many rows, each saying what is
 *     missing).
 * A pair that has rates, none of them in force for the span, gives no row.
 * The same currency twice gives no row (nothing to convert).
 */
CREATE TYPE @extschema@.exchange_rate_in_force AS (
	rate				numeric,
	inverted			boolean,
	base_currency		@extschema@.currency,
	quote_currency		@extschema@.currency,
	rate_period			@extschema@.agreement_period,
	rate_kind			text,
	rate_provider		text,
	rate_source			text,
	rule				text,
	via_currency		@extschema@.currency,
	via_rate			numeric,
	via_inverted		boolean,
	via_base_currency	@extschema@.currency,
	via_quote_currency	@extschema@.currency,
	via_rate_period		@extschema@.agreement_period,
	via_rate_kind		text,
	via_rate_provider	text,
	via_rate_source		text
);
COMMENT ON TYPE @extschema@.exchange_rate_in_force IS
	'A row of rate_in_force: the rate in force for a pair and a span, and for a cross rate through USD its second leg (via_*)';
CREATE FUNCTION @extschema@.rate_in_force(
	from_currency @extschema@.currency,
	to_currency @extschema@.currency,
	within @extschema@.agreement_period,
	provider text DEFAULT NULL,
	missing_ok boolean DEFAULT false)
RETURNS SETOF @extschema@.exchange_rate_in_force
ROWS 1
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	pivot		@extschema@.currency := 'USD'::@extschema@.currency;
	leg1		record;
	leg2		record;
	known		boolean;
BEGIN
	IF from_currency OPERATOR(@extschema@.=) to_currency THEN
		RETURN;
	END IF;
	-- the pair's own rate, returned by the query that finds it (one query a lookup)
	RETURN QUERY SELECT d.rate, d.inverted, d.base_currency, d.quote_currency,
			d.rate_period, d.rate_kind, d.rate_provider, d.rate_source, d.rule,
			NULL::@extschema@.currency, NULL::numeric, NULL::boolean, NULL::@extschema@.currency,
			NULL::@extschema@.currency, NULL::@extschema@.agreement_period, NULL::text, NULL::text, NULL::text
		FROM @extschema@.rate_in_force_direct(from_currency, to_currency, within, $4) d;
	IF FOUND THEN
		RETURN;
	END IF;

	IF from_currency OPERATOR(@extschema@.<>) pivot AND to_currency OPERATOR(@extschema@.<>) pivot THEN
		SELECT * INTO leg1 FROM @extschema@.rate_in_force_direct(from_currency, pivot, within, $4);
		IF FOUND THEN
			SELECT * INTO leg2 FROM @extschema@.rate_in_force_direct(pivot, to_currency, within, $4);
			IF FOUND THEN
				RETURN QUERY SELECT leg1.rate, leg1.inverted, leg1.base_currency, leg1.quote_currency,
					leg1.rate_period, leg1.rate_kind, leg1.rate_provider, leg1.rate_source,
					'through USD: ' || leg1.rule || ', then ' || leg2.rule,
					pivot, leg2.rate, leg2.inverted, leg2.base_currency, leg2.quote_currency,
					leg2.rate_period, leg2.rate_kind, leg2.rate_provider, leg2.rate_source;
				RETURN;
			END IF;
		END IF;
	END IF;

	/*
	 * Nothing in force for the span.  A provider of which no rate is stored
	 * is a name typed wrong, an error even when missing_ok: it is checked
	 * here, once nothing was found, rather than first, so that a lookup that
	 * finds its rate (the provider then has one) pays nothing for it.
	 */
	IF $4 IS NOT NULL THEN
		IF NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $4) THEN
			RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $4
				USING ERRCODE = 'undefined_object',
					DETAIL = format('Providers on file: %s.',
						coalesce((SELECT string_agg(DISTINCT r.provider, ', ' ORDER BY r.provider)
								  FROM @extschema@.exchange_rates r), 'none')),
					HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
		END IF;
	END IF;
	IF missing_ok THEN
		RETURN;
	END IF;
	-- a gap in the years, or no such pair?
	SELECT @extschema@.rate_pair_on_file(from_currency, to_currency, $4)
		OR (from_currency OPERATOR(@extschema@.<>) pivot AND to_currency OPERATOR(@extschema@.<>) pivot
			AND @extschema@.rate_pair_on_file(from_currency, pivot, $4)
			AND @extschema@.rate_pair_on_file(pivot, to_currency, $4))
		INTO known;
	IF NOT known THEN
		RAISE EXCEPTION 'no exchange rate between % and % is on file%', from_currency, to_currency,
			CASE WHEN $4 IS NULL THEN '' ELSE format(' from provider "%s"', $4) END
			USING ERRCODE = 'undefined_object',
				DETAIL = format('Neither a %s/%s rate nor both %s/USD and USD/%s rates are stored.',
					from_currency, to_currency, from_currency, to_currency),
				HINT = 'Check the currency codes, or add rates to exchange_rate.';
	END IF;
	RETURN;
END
$$;
COMMENT ON FUNCTION @extschema@.rate_in_force(@extschema@.currency, @extschema@.currency, @extschema@.agreement_period, text, boolean) IS
	'The exchange rate in force for a span: the pair''s own (average covering most of it, else latest earlier), else a cross rate through USD with both legs named; an unknown provider or pair is an error (42704) unless missing_ok; no row for a span without a rate';

-- Whether any rate of the pair (either direction, of the provider if given) is stored.
CREATE FUNCTION @extschema@.rate_pair_on_file(a @extschema@.currency, b @extschema@.currency,
											  provider text DEFAULT NULL)
RETURNS boolean
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT EXISTS (
		SELECT 1 FROM @extschema@.exchange_rates r
		WHERE ((r.base_currency OPERATOR(@extschema@.=) a AND r.quote_currency OPERATOR(@extschema@.=) b)
			   OR (r.base_currency OPERATOR(@extschema@.=) b AND r.quote_currency OPERATOR(@extschema@.=) a))
		  AND ($3 IS NULL OR r.provider = $3))
$$;
COMMENT ON FUNCTION @extschema@.rate_pair_on_file(@extschema@.currency, @extschema@.currency, text) IS
	'True if any rate between the two currencies (either direction, of the provider if given) is stored';

-- ---------------------------------------------------------------- convert_at

/*
 * Convert at a rate found by rate_in_force.  The arithmetic is numeric and
 * the result is rounded once, half to even, to the target's minor units;
 * an inverted rate divides rather than multiplying by a rounded reciprocal.
 */
CREATE FUNCTION @extschema@.convert_at(x @extschema@.currency_amount, target @extschema@.currency,
									   rate numeric, inverted boolean)
RETURNS @extschema@.currency_amount
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN @extschema@.currency(x) OPERATOR(@extschema@.=) target THEN x
		WHEN inverted THEN @extschema@.currency_amount(@extschema@.amount(x) / rate, target, 'half_even')
		ELSE @extschema@.currency_amount(@extschema@.amount(x) * rate, target, 'half_even') END
$$;
COMMENT ON FUNCTION @extschema@.convert_at(@extschema@.currency_amount, @extschema@.currency, numeric, boolean) IS
	'x converted into target: times rate (target per unit of x''s currency), or divided by rate when inverted; rounded half to even once';

-- ---------------------------------------------------------------- convert_at through two legs

/*
 * Convert through two legs (a cross rate of rate_in_force): the amount is
 * multiplied by the legs that multiply and divided, once, by the product of
 * those that divide, then rounded once, half to even, to the target's minor
 * units; no intermediate amount in the pivot currency is rounded.  With
 * via_rate NULL it is the one-leg convert_at.
 */
CREATE FUNCTION @extschema@.convert_at(x @extschema@.currency_amount, target @extschema@.currency,
									   rate numeric, inverted boolean,
									   via_rate numeric, via_inverted boolean)
RETURNS @extschema@.currency_amount
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN @extschema@.currency(x) OPERATOR(@extschema@.=) target THEN x
		WHEN via_rate IS NULL THEN @extschema@.convert_at(x, target, rate, inverted)
		ELSE @extschema@.currency_amount(
			@extschema@.amount(x)
				OPERATOR(pg_catalog.*) (CASE WHEN inverted THEN 1::numeric ELSE rate END)
				OPERATOR(pg_catalog.*) (CASE WHEN via_inverted THEN 1::numeric ELSE via_rate END)
				OPERATOR(pg_catalog./) ((CASE WHEN inverted THEN rate ELSE 1::numeric END)
										OPERATOR(pg_catalog.*) (CASE WHEN via_inverted THEN via_rate ELSE 1::numeric END)),
			target, 'half_even') END
$$;
COMMENT ON FUNCTION @extschema@.convert_at(@extschema@.currency_amount, @extschema@.currency, numeric, boolean, numeric, boolean) IS
	'x converted into target through two legs (rate, then via_rate, each inverted or not): one division, rounded half to even once at the end';

GRANT SELECT ON @extschema@.exchange_rates TO costshare_reader;
