/*
 * Measures: macro figures (GDP, defence budget), the burden as a share of
 * them, and the burden per person in any currency.  doc/measures.md.
 */

-- ---------------------------------------------------------------- macro_figure

CREATE TABLE @extschema@.macro_figure (
	party			text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	kind			text NOT NULL CHECK (kind IN ('gdp', 'defence_budget')),
	year_kind		text NOT NULL CHECK (year_kind IN ('fiscal', 'calendar')),
	year			integer NOT NULL CHECK (year BETWEEN 1 AND 9999),
	amount			@extschema@.currency_amount NOT NULL,
	source			text NOT NULL,
	note			text,
	PRIMARY KEY (party, kind, year_kind, year),
	CONSTRAINT macro_figure_positive CHECK (@extschema@.amount(amount) > 0::numeric)
);
COMMENT ON TABLE @extschema@.macro_figure IS
	'Macro figures of a party per fiscal or calendar year, in their currency, with source: nominal GDP and the defence budget';
COMMENT ON COLUMN @extschema@.macro_figure.party IS 'Party (country) the figure is of';
COMMENT ON COLUMN @extschema@.macro_figure.kind IS 'gdp (nominal gross domestic product) or defence_budget';
COMMENT ON COLUMN @extschema@.macro_figure.year_kind IS 'fiscal (a fiscal year of the party''s calendar) or calendar';
COMMENT ON COLUMN @extschema@.macro_figure.year IS 'The year the figure is for';
COMMENT ON COLUMN @extschema@.macro_figure.amount IS 'The figure, in the currency published';
COMMENT ON COLUMN @extschema@.macro_figure.source IS 'Publisher and table of the figure';
COMMENT ON COLUMN @extschema@.macro_figure.note IS 'Free-form note';

-- ---------------------------------------------------------------- macro_figures

/*
 * The table as readers see it, with the party's fiscal calendar
 * (price_indices says why).
 */
CREATE VIEW @extschema@.macro_figures WITH (security_invoker = false) AS
SELECT mf.party, p.fiscal_calendar AS party_fiscal_calendar, mf.kind, mf.year_kind, mf.year,
	   mf.amount, @extschema@.amount(mf.amount) AS amount_value,
	   @extschema@.currency(mf.amount)::text AS currency_code, mf.source,
	   p.fiscal_calendar::text AS party_fiscal_calendar_name
FROM @extschema@.macro_figure mf
	JOIN @extschema@.party p ON p.code = mf.party;
COMMENT ON VIEW @extschema@.macro_figures IS
	'The stored macro figures (GDP, defence budget), readable by costshare_reader, with the party''s fiscal calendar';
COMMENT ON COLUMN @extschema@.macro_figures.party IS 'Party the figure is of';
COMMENT ON COLUMN @extschema@.macro_figures.party_fiscal_calendar IS 'The party''s fiscal calendar (what its fiscal years are)';
COMMENT ON COLUMN @extschema@.macro_figures.kind IS 'gdp or defence_budget';
COMMENT ON COLUMN @extschema@.macro_figures.year_kind IS 'fiscal or calendar';
COMMENT ON COLUMN @extschema@.macro_figures.year IS 'The year the figure is for';
COMMENT ON COLUMN @extschema@.macro_figures.amount IS 'The figure';
COMMENT ON COLUMN @extschema@.macro_figures.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.macro_figures.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN @extschema@.macro_figures.source IS 'Publisher and table of the figure';
COMMENT ON COLUMN @extschema@.macro_figures.party_fiscal_calendar_name IS 'party_fiscal_calendar as text';

-- the figure for a span: the rule of price_index_for
CREATE TYPE @extschema@.macro_figure_value AS (
	year_kind		text,
	year			integer,
	amount			@extschema@.currency_amount,
	amount_value	numeric,
	currency_code	text,
	source			text
);
COMMENT ON TYPE @extschema@.macro_figure_value IS
	'A row of macro_figure_for: a macro figure (GDP, defence budget) for a year (fiscal or calendar), in major units too, and its source';
CREATE FUNCTION @extschema@.macro_figure_for(kind text, party text, within @extschema@.agreement_period)
RETURNS SETOF @extschema@.macro_figure_value
ROWS 1
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT mf.year_kind, mf.year, mf.amount, mf.amount_value, mf.currency_code, mf.source
	FROM @extschema@.macro_figures mf
		CROSS JOIN LATERAL (
			SELECT @extschema@.lower($3)
				   + (@extschema@.last_day($3) - @extschema@.lower($3)) / 2 AS mid) m
	WHERE mf.kind = $1 AND mf.party = $2 AND @extschema@.isfinite($3)
	  AND ((mf.year_kind = 'fiscal' AND mf.year = @extschema@.fiscal_year(m.mid, mf.party_fiscal_calendar))
		   OR (mf.year_kind = 'calendar' AND mf.year = extract(year FROM m.mid)::integer))
	ORDER BY mf.year_kind = 'fiscal' DESC
	LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.macro_figure_for(text, text, @extschema@.agreement_period) IS
	'The macro figure of a party for a span: its fiscal year holding the span''s middle day, else the calendar year holding it; no row if none';

-- ---------------------------------------------------------------- burden_share

/*
 * Each fiscal year's burden (burden_by_period) as a share of the host's
 * GDP and of its defence budget for that year (macro_figure_for: the
 * fiscal-year figure, else the calendar year holding the middle of the
 * fiscal year).  A burden in another currency than the figure is taken at
 * the rate in force for the fiscal year, in the same exact quotient.  The
 * share is rounded half up to four decimals of a percent, exactly.  A year
 * without a figure or a rate has share NULL and missing_reason.
 * Coverage per row, as burden_in_currency's: state is the year's
 * (burden_coverage); complete is true only when the year is reported and
 * share_percent could be computed (the figure and any rate on file);
 * fiscal_years_summed is the year's (1 for reported or partial) when
 * share_percent is not NULL, else 0; fiscal_years_expected is 1.
 */
CREATE VIEW @extschema@.burden_share WITH (security_invoker = false) AS
SELECT
	b.host_party,
	b.stationed_party,
	b.agreement_code,
	b.basis,
	b.fiscal_calendar,
	b.fiscal_year,
	b.fiscal_year_label,
	b.start_date,
	b.end_date,
	b.amount,
	b.amount_value,
	b.currency_code,
	k.kind AS measure,
	f.amount AS figure,
	@extschema@.amount(f.amount) AS figure_value,
	@extschema@.currency(f.amount)::text AS figure_currency_code,
	f.year_kind AS figure_year_kind,
	f.year AS figure_year,
	f.source AS figure_source,
	CASE WHEN @extschema@.currency(f.amount)::text = b.currency_code THEN 1::numeric ELSE r.rate END AS rate,
	r.rate_provider,
	r.rule AS rate_rule,
	sh.share_percent,
	CASE WHEN f.amount IS NULL THEN format('no %s of %s for %s', k.kind, b.host_party, b.fiscal_year_label)
		 WHEN @extschema@.currency(f.amount)::text <> b.currency_code AND r.rate IS NULL THEN
			format('no %s/%s rate in force for %s', b.currency_code, @extschema@.currency(f.amount), b.fiscal_year_label)
	END AS missing_reason,
	b.fiscal_calendar_name,
	b.state,
	b.complete AND sh.share_percent IS NOT NULL AS complete,
	CASE WHEN sh.share_percent IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END AS fiscal_years_summed,
	b.fiscal_years_expected
FROM @extschema@.burden_by_period b
	CROSS JOIN (VALUES ('gdp'), ('defence_budget')) k (kind)
	LEFT JOIN LATERAL @extschema@.macro_figure_for(k.kind, b.host_party, b.period) f ON true
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(f.amount),
		b.period, NULL, true) r ON f.amount IS NOT NULL
	CROSS JOIN LATERAL (SELECT
		CASE WHEN f.amount IS NOT NULL AND (@extschema@.currency(f.amount)::text = b.currency_code OR r.rate IS NOT NULL) THEN
			@extschema@.divide_round(
				100::numeric * b.amount_value
					* (CASE WHEN @extschema@.currency(f.amount)::text = b.currency_code OR r.inverted THEN 1::numeric ELSE r.rate END)
					* (CASE WHEN r.via_rate IS NULL OR r.via_inverted THEN 1::numeric ELSE r.via_rate END),
				@extschema@.amount(f.amount)
					* (CASE WHEN @extschema@.currency(f.amount)::text <> b.currency_code AND r.inverted THEN r.rate ELSE 1::numeric END)
					* (CASE WHEN r.via_rate IS NOT NULL AND r.via_inverted THEN r.via_rate ELSE 1::numeric END),
				4, 'half_up')
		END AS share_percent) sh
-- the years with an amount on file (burden_coverage shows the others)
WHERE b.amount IS NOT NULL;
COMMENT ON VIEW @extschema@.burden_share IS
	'Each fiscal year''s burden as a percentage of the host''s GDP and of its defence budget for the year (measure), with the figure, its year and source; exact to four decimals; complete only when the year is reported and the figure and rate are on file';
COMMENT ON COLUMN @extschema@.burden_share.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_share.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_share.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_share.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_share.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_share.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_share.amount IS 'Burden of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_share.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_share.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN @extschema@.burden_share.measure IS 'gdp or defence_budget: what the burden is a share of';
COMMENT ON COLUMN @extschema@.burden_share.figure IS 'The host''s figure for the year';
COMMENT ON COLUMN @extschema@.burden_share.figure_value IS 'figure in major units';
COMMENT ON COLUMN @extschema@.burden_share.figure_currency_code IS 'ISO 4217 code of figure';
COMMENT ON COLUMN @extschema@.burden_share.figure_year_kind IS 'fiscal or calendar: the kind of year of the figure used';
COMMENT ON COLUMN @extschema@.burden_share.figure_year IS 'The year of the figure used';
COMMENT ON COLUMN @extschema@.burden_share.figure_source IS 'Source of the figure';
COMMENT ON COLUMN @extschema@.burden_share.rate IS 'Exchange rate from the burden''s currency to the figure''s, as stored (1 for the same currency)';
COMMENT ON COLUMN @extschema@.burden_share.rate_provider IS 'Provider of rate';
COMMENT ON COLUMN @extschema@.burden_share.rate_rule IS 'How rate was chosen (rate_in_force)';
COMMENT ON COLUMN @extschema@.burden_share.share_percent IS '100 * burden / figure, rounded half up to four decimals exactly';
COMMENT ON COLUMN @extschema@.burden_share.missing_reason IS 'Why share_percent is NULL: no figure or no rate';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_share.state IS 'Coverage of the year: reported, partial, unknown or missing (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_share.complete IS 'True only when the year is reported and share_percent was computed (the figure and any rate on file)';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_years_summed IS 'Fiscal years with amounts in share_percent: 1 or 0 (0 when it is NULL)';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_years_expected IS 'Fiscal years the row should sum: 1';

-- ---------------------------------------------------------------- burden_per_person_in

/*
 * burden_per_person in any currency: the year's burden converted at the
 * rate in force for the fiscal year (the pair's own, else through USD),
 * divided by the personnel, rounded once half to even to the target's
 * minor units (not the host-currency figure rounded and then converted).
 * Coverage per row, as burden_in_currency's: state is the year's
 * (burden_coverage); complete is true only when the year is reported and
 * per_person_value could be computed (a personnel count and the rate on
 * file: burden_per_person has a row only where a count is);
 * fiscal_years_summed is the year's (1 for reported or partial) when
 * per_person_value is not NULL, else 0; fiscal_years_expected is 1.
 */
CREATE FUNCTION @extschema@.burden_per_person_in(target @extschema@.currency, rate_source text DEFAULT NULL)
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
	personnel integer,
	personnel_as_of date,
	personnel_source text,
	rate numeric,
	rate_provider text,
	rate_rule text,
	via_rate numeric,
	per_person @extschema@.currency_amount,
	per_person_value numeric,
	target_currency_code text,
	rate_missing boolean,
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
	IF $2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $2) THEN
		RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $2
			USING ERRCODE = 'undefined_object',
				HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
	END IF;
	RETURN QUERY
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_year, b.fiscal_year_label,
		   b.start_date, b.end_date, b.amount, b.amount_value, b.currency_code,
		   b.personnel, b.personnel_as_of, b.personnel_source,
		   CASE WHEN b.currency_code = $1::text THEN 1::numeric ELSE r.rate END,
		   r.rate_provider,
		   CASE WHEN b.currency_code = $1::text THEN 'same currency'
				WHEN r.rate IS NOT NULL THEN r.rule
				ELSE format('missing: no %s/%s rate in force for the period', b.currency_code, $1) END,
		   r.via_rate,
		   CASE WHEN v.pp IS NOT NULL THEN @extschema@.currency_amount(v.pp, $1, 'half_even') END,
		   v.pp, $1::text, v.pp IS NULL,
		   b.state,
		   b.complete AND b.personnel IS NOT NULL AND v.pp IS NOT NULL,
		   CASE WHEN v.pp IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END,
		   b.fiscal_years_expected
	FROM @extschema@.burden_per_person b
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), $1, b.period, $2, true) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE WHEN b.currency_code = $1::text OR r.rate IS NOT NULL THEN
				@extschema@.divide_round(
					b.amount_value
						* (CASE WHEN b.currency_code = $1::text OR r.inverted THEN 1::numeric ELSE r.rate END)
						* (CASE WHEN r.via_rate IS NULL OR r.via_inverted THEN 1::numeric ELSE r.via_rate END),
					b.personnel::numeric
						* (CASE WHEN b.currency_code <> $1::text AND r.inverted THEN r.rate ELSE 1::numeric END)
						* (CASE WHEN r.via_rate IS NOT NULL AND r.via_inverted THEN r.via_rate ELSE 1::numeric END),
					@extschema@.minor_units($1), 'half_even')
			END AS pp) v
	-- the years with an amount on file (burden_coverage shows the others)
	WHERE b.amount IS NOT NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_per_person_in(@extschema@.currency, text) IS
	'burden_per_person in target: the burden at the rate in force for the fiscal year divided by the personnel, rounded once half to even; rate_missing when no rate is in force; complete only when the year is reported and the rate is on file';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.macro_figure', '');

GRANT SELECT ON @extschema@.macro_figures, @extschema@.burden_share TO costshare_reader;
