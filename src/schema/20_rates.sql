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

/*
 * The rate in force for a span (a fiscal year, or one day):
 *   1. an average rate whose period overlaps the span, the one overlapping it
 *      most (so the calendar-year average of the year holding most of a
 *      fiscal year), ties to the later start;
 *   2. else the latest rate of any kind that starts no later than the span.
 * Either direction of the pair serves (JPY->USD uses a USD/JPY rate
 * inverted).  provider, when given, limits the choice to that provider.
 */
CREATE FUNCTION @extschema@.rate_in_force(
	from_currency @extschema@.currency,
	to_currency @extschema@.currency,
	within @extschema@.agreement_period,
	provider text DEFAULT NULL,
	OUT rate numeric,
	OUT inverted boolean,
	OUT base_currency @extschema@.currency,
	OUT quote_currency @extschema@.currency,
	OUT rate_period @extschema@.agreement_period,
	OUT rate_kind text,
	OUT rate_provider text,
	OUT rate_source text,
	OUT rule text)
RETURNS SETOF record
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT r.rate, r.base_currency OPERATOR(@extschema@.<>) from_currency, r.base_currency, r.quote_currency,
		   r.period, r.kind, r.provider, r.source,
		   CASE WHEN r.kind = 'average' AND r.period OPERATOR(@extschema@.&&) within
				THEN 'average over the period'
				ELSE 'latest earlier rate' END
	FROM @extschema@.exchange_rates r
	WHERE from_currency OPERATOR(@extschema@.<>) to_currency
	  AND ((r.base_currency OPERATOR(@extschema@.=) from_currency
			AND r.quote_currency OPERATOR(@extschema@.=) to_currency)
		   OR (r.base_currency OPERATOR(@extschema@.=) to_currency
			   AND r.quote_currency OPERATOR(@extschema@.=) from_currency))
	  AND ($4 IS NULL OR r.provider = $4)
	  AND ((r.kind = 'average' AND r.period OPERATOR(@extschema@.&&) within)
		   OR @extschema@.lower(r.period) <= @extschema@.lower(within))
	ORDER BY (r.kind = 'average' AND r.period OPERATOR(@extschema@.&&) within) DESC,
			 CASE WHEN r.period OPERATOR(@extschema@.&&) within
				  THEN @extschema@.days(r.period OPERATOR(@extschema@.*) within) END DESC NULLS LAST,
			 @extschema@.lower(r.period) DESC,
			 r.provider, r.id
	LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.rate_in_force(@extschema@.currency, @extschema@.currency, @extschema@.agreement_period, text) IS
	'The exchange rate in force for a span: the average overlapping it most, else the latest earlier rate; optionally from one provider';

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

GRANT SELECT ON @extschema@.exchange_rates TO costshare_reader;
