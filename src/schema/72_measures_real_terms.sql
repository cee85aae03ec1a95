/*
 * Measures: price indices and the burden in constant prices.
 * doc/measures.md.
 */

-- ---------------------------------------------------------------- price_index

CREATE TABLE @extschema@.price_index (
	series_kind		text NOT NULL CHECK (series_kind IN ('cpi', 'gdp_deflator', 'defence_deflator')),
	party			text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	year_kind		text NOT NULL CHECK (year_kind IN ('fiscal', 'calendar')),
	year			integer NOT NULL CHECK (year BETWEEN 1 AND 9999),
	value			numeric NOT NULL CHECK (value > 0::numeric),
	reference		text,
	source			text NOT NULL,
	note			text,
	PRIMARY KEY (series_kind, party, year_kind, year)
);
COMMENT ON TABLE @extschema@.price_index IS
	'Price-index series (CPI, GDP deflator, defence deflator) of a party, per fiscal or calendar year, with source; one vintage per series (a rebased series replaces all its rows)';
COMMENT ON COLUMN @extschema@.price_index.series_kind IS 'cpi, gdp_deflator or defence_deflator';
COMMENT ON COLUMN @extschema@.price_index.party IS 'Party (country) whose prices the index measures';
COMMENT ON COLUMN @extschema@.price_index.year_kind IS 'fiscal (a fiscal year of the party''s calendar) or calendar';
COMMENT ON COLUMN @extschema@.price_index.year IS 'The year the value is for (a fiscal year number of the party''s calendar, or a calendar year)';
COMMENT ON COLUMN @extschema@.price_index.value IS 'Index value, exact as published';
COMMENT ON COLUMN @extschema@.price_index.reference IS 'Reference period of the index, for example 2020=100';
COMMENT ON COLUMN @extschema@.price_index.source IS 'Publisher and table of the value';
COMMENT ON COLUMN @extschema@.price_index.note IS 'Free-form note';

-- ---------------------------------------------------------------- price_indices

/*
 * The table as readers see it (costshare_reader reads views, not tables),
 * with the party's fiscal calendar, which says what a fiscal year of the
 * party is; the functions that look values up read this.
 */
CREATE VIEW @extschema@.price_indices WITH (security_invoker = false) AS
SELECT pi.series_kind, pi.party, p.fiscal_calendar AS party_fiscal_calendar,
	   pi.year_kind, pi.year, pi.value, pi.reference, pi.source,
	   p.fiscal_calendar::text AS party_fiscal_calendar_name
FROM @extschema@.price_index pi
	JOIN @extschema@.party p ON p.code = pi.party;
COMMENT ON VIEW @extschema@.price_indices IS
	'The stored price-index values, readable by costshare_reader, with the party''s fiscal calendar';
COMMENT ON COLUMN @extschema@.price_indices.series_kind IS 'cpi, gdp_deflator or defence_deflator';
COMMENT ON COLUMN @extschema@.price_indices.party IS 'Party whose prices the index measures';
COMMENT ON COLUMN @extschema@.price_indices.party_fiscal_calendar IS 'The party''s fiscal calendar (what its fiscal years are)';
COMMENT ON COLUMN @extschema@.price_indices.year_kind IS 'fiscal or calendar';
COMMENT ON COLUMN @extschema@.price_indices.year IS 'The year the value is for';
COMMENT ON COLUMN @extschema@.price_indices.value IS 'Index value, exact as published';
COMMENT ON COLUMN @extschema@.price_indices.reference IS 'Reference period of the index, for example 2020=100';
COMMENT ON COLUMN @extschema@.price_indices.source IS 'Publisher and table of the value';
COMMENT ON COLUMN @extschema@.price_indices.party_fiscal_calendar_name IS 'party_fiscal_calendar as text';

-- ---------------------------------------------------------------- price_index_for

/*
 * The value of a party's series for a span (a fiscal year of some
 * calendar): the value for the party's own fiscal year holding the middle
 * day of the span, else the calendar-year value of the year holding the
 * middle day (so a Japanese fiscal year April-March takes the calendar
 * year of its first nine months, a US federal year October-September the
 * year it ends in).  No row if neither is on file.
 */
CREATE TYPE @extschema@.price_index_value AS (
	year_kind		text,
	year			integer,
	value			numeric,
	reference		text,
	source			text
);
COMMENT ON TYPE @extschema@.price_index_value IS
	'A row of price_index_for: the value of a price index for a year (fiscal or calendar), its reference period and source';
CREATE FUNCTION @extschema@.price_index_for(series_kind text, party text, within @extschema@.agreement_period)
RETURNS SETOF @extschema@.price_index_value
ROWS 1
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pi.year_kind, pi.year, pi.value, pi.reference, pi.source
	FROM @extschema@.price_indices pi
		CROSS JOIN LATERAL (
			SELECT @extschema@.lower($3)
				   + (@extschema@.last_day($3) - @extschema@.lower($3)) / 2 AS mid) m
	WHERE pi.series_kind = $1 AND pi.party = $2 AND @extschema@.isfinite($3)
	  AND ((pi.year_kind = 'fiscal' AND pi.year = @extschema@.fiscal_year(m.mid, pi.party_fiscal_calendar))
		   OR (pi.year_kind = 'calendar' AND pi.year = extract(year FROM m.mid)::integer))
	ORDER BY pi.year_kind = 'fiscal' DESC
	LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.price_index_for(text, text, @extschema@.agreement_period) IS
	'The index value of a party''s series for a span: its fiscal year holding the span''s middle day, else the calendar year holding it; no row if none';

-- ---------------------------------------------------------------- burden_in_constant_prices

/*
 * burden_by_period in constant prices of base_year (a fiscal year of each
 * host's calendar), in the target currency (default: each row's own).
 *
 * Order of operations, by default deflate then convert (as SIPRI does):
 *     real = amount * I_host(base_year) / I_host(year), in the amount's
 *            currency, then converted at the rate in force for base_year;
 * so a host's real series moves with the host's own prices only, and one
 * base-year rate scales the whole series (the exchange rates of the other
 * years, which swing with markets, do not enter it).  An amount in a
 * currency its host has since replaced (a redenomination, a euro
 * changeover) is deflated in its own currency and converted by the base
 * year's rate of that pair, which is the legal conversion rate when one is
 * stored (give target then, since by default each row stays in its own
 * currency).  convert_first => true gives the other order:
 *     real = amount converted at the rate in force for its own year, then
 *            * I(base_year) / I(year) of index_party (default: the one
 *            party whose currency is the target),
 * the measure of what the burden would buy in the target's economy.
 *
 * Every factor is an exact numeric and the result is rounded once, half to
 * even, to the target's minor units (divide_round).  A row that cannot be
 * computed (no index for its year or the base year, no rate) has real NULL
 * and missing_reason saying what is missing; a series kind, party or rate
 * provider that does not exist is an error.
 *
 * Coverage per row, as burden_in_currency's: state is the year's
 * (burden_coverage); complete is true only when the year is reported and
 * real_value could be computed (both index values and the rate on file);
 * fiscal_years_summed is the year's (1 for reported or partial) when
 * real_value is not NULL, else 0; fiscal_years_expected is 1.
 */
CREATE FUNCTION @extschema@.burden_in_constant_prices(
	base_year integer,
	series_kind text DEFAULT 'gdp_deflator',
	target @extschema@.currency DEFAULT NULL,
	convert_first boolean DEFAULT false,
	index_party text DEFAULT NULL,
	rate_source text DEFAULT NULL)
RETURNS TABLE (
	host_party text,
	stationed_party text,
	agreement_code text,
	basis text,
	fiscal_year integer,
	fiscal_year_label text,
	start_date date,
	end_date date,
	amount @extschema@.currency_amount,
	amount_value numeric,
	currency_code text,
	method text,
	index_series text,
	index_party_code text,
	index_reference text,
	index_year_kind text,
	index_year integer,
	index_value numeric,
	index_source text,
	base_fiscal_year integer,
	base_index_year_kind text,
	base_index_year integer,
	base_index_value numeric,
	base_index_source text,
	rate numeric,
	rate_base_currency text,
	rate_quote_currency text,
	rate_provider text,
	rate_source_title text,
	rate_rule text,
	via_rate numeric,
	via_rate_provider text,
	via_rate_source_title text,
	real_amount @extschema@.currency_amount,
	real_value numeric,
	real_currency_code text,
	real_label text,
	missing_reason text,
	state text,
	complete boolean,
	fiscal_years_summed bigint,
	fiscal_years_expected bigint)
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
	IF $2 IS NULL OR $2 NOT IN ('cpi', 'gdp_deflator', 'defence_deflator') THEN
		RAISE EXCEPTION 'unknown price index series kind "%"', $2
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Use cpi, gdp_deflator or defence_deflator.';
	END IF;
	IF $1 IS NULL THEN
		RAISE EXCEPTION 'the base year must be given'
			USING ERRCODE = 'null_value_not_allowed',
				HINT = 'Give the fiscal year whose prices the amounts are expressed in.';
	END IF;
	IF $4 AND ($3 IS NULL OR $5 IS NULL) THEN
		RAISE EXCEPTION 'converting first needs a target currency and an index party'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'Converting first deflates by the prices of the target currency''s economy.',
				HINT = 'Give target and index_party (the party whose price index to use).';
	END IF;
	IF $5 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.price_indices pi
									  WHERE pi.party = $5 AND pi.series_kind = $2) THEN
		RAISE EXCEPTION 'no % of party "%" is on file', $2, $5
			USING ERRCODE = 'undefined_object',
				HINT = 'Give a party with values in price_index for that series, or NULL for each host.';
	END IF;
	IF $6 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $6) THEN
		RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $6
			USING ERRCODE = 'undefined_object',
				HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
	END IF;
	RETURN QUERY
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_year, b.fiscal_year_label,
		   b.start_date, b.end_date, b.amount, b.amount_value, b.currency_code,
		   CASE WHEN $4 THEN 'convert then deflate' ELSE 'deflate then convert' END,
		   $2, x.ip, iy.reference, iy.year_kind, iy.year, iy.value, iy.source,
		   $1, ib.year_kind, ib.year, ib.value, ib.source,
		   CASE WHEN b.currency_code = x.tc::text THEN 1::numeric ELSE r.rate END,
		   r.base_currency::text, r.quote_currency::text, r.rate_provider, r.rate_source,
		   CASE WHEN b.currency_code = x.tc::text THEN 'same currency'
				WHEN r.rate IS NOT NULL THEN r.rule ELSE 'missing' END,
		   r.via_rate, r.via_rate_provider, r.via_rate_source,
		   CASE WHEN v.real IS NOT NULL THEN @extschema@.currency_amount(v.real, x.tc, 'half_even') END,
		   v.real, x.tc::text,
		   'in constant ' || $1::text || ' ' || x.tc::text,
		   CASE WHEN iy.value IS NULL THEN format('no %s of %s for %s', $2, x.ip, b.fiscal_year_label)
				WHEN ib.value IS NULL THEN format('no %s of %s for the base year %s', $2, x.ip, $1)
				WHEN b.currency_code <> x.tc::text AND r.rate IS NULL THEN
					format('no %s/%s rate in force for %s', b.currency_code, x.tc,
						   CASE WHEN $4 THEN b.fiscal_year_label ELSE 'the base year ' || $1::text END)
		   END,
		   b.state,
		   b.complete AND v.real IS NOT NULL,
		   CASE WHEN v.real IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END,
		   b.fiscal_years_expected
	FROM @extschema@.burden_by_period b
		CROSS JOIN LATERAL (
			SELECT COALESCE($3, @extschema@.currency(b.amount)) AS tc,
				   COALESCE($5, b.host_party) AS ip,
				   @extschema@.fiscal_year_period($1, b.fiscal_calendar) AS base_period) x
		LEFT JOIN LATERAL @extschema@.price_index_for($2, x.ip, b.period) iy ON true
		LEFT JOIN LATERAL @extschema@.price_index_for($2, x.ip, x.base_period) ib ON true
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), x.tc,
			CASE WHEN $4 THEN b.period ELSE x.base_period END, $6, true) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE WHEN iy.value IS NOT NULL AND ib.value IS NOT NULL
						 AND (b.currency_code = x.tc::text OR r.rate IS NOT NULL) THEN
				@extschema@.divide_round(
					b.amount_value * ib.value
						* (CASE WHEN b.currency_code = x.tc::text OR r.inverted THEN 1::numeric ELSE r.rate END)
						* (CASE WHEN r.via_rate IS NULL OR r.via_inverted THEN 1::numeric ELSE r.via_rate END),
					iy.value
						* (CASE WHEN b.currency_code <> x.tc::text AND r.inverted THEN r.rate ELSE 1::numeric END)
						* (CASE WHEN r.via_rate IS NOT NULL AND r.via_inverted THEN r.via_rate ELSE 1::numeric END),
					@extschema@.minor_units(x.tc), 'half_even')
			END AS real) v
	-- the years with an amount on file (burden_coverage shows the others)
	WHERE b.amount IS NOT NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_in_constant_prices(integer, text, @extschema@.currency, boolean, text, text) IS
	'burden_by_period in constant prices of base_year in target (default each row''s currency): deflated by the host''s index then converted at the base year''s rate (default), or converted at each year''s rate then deflated (convert_first); each row names its index values, sources and rates, rounded once; complete only when the year is reported and every index value and rate is on file';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.price_index', '');

GRANT SELECT ON @extschema@.price_indices TO costshare_reader;
