/*
 * Views and functions built on burden_by_period: conversion, per person,
 * against demands, coverage of agreements, the stationed party's calendar.
 */

-- ---------------------------------------------------------------- burden_in_currency

/*
 * Each row of burden_by_period converted at the rate in force for its
 * fiscal year (rate_in_force: the pair's own rate, else through USD).  A
 * view of many rows must not fail because one year has no rate, nor
 * answer NULL for a name typed wrong, so:
 *   - a provider of which no rate is stored, or a target that no stored
 *     rate (of that provider) mentions while some row is in another
 *     currency, is an error (42704) naming it;
 *   - a row whose pair has no rate in force for its year, or no rate at all,
 *     has converted NULL, rate_missing true and rate_rule saying what is
 *     missing;
 *   - a year with no amount on file (burden_by_period's missing or unknown
 *     years) has converted NULL, rate_missing false (no rate is missing)
 *     and rate_rule 'no amount on file: <state>'.
 * One row per row of burden_by_period, so its coverage columns per row:
 * state is the year's; complete is true only when converted_value is the
 * whole year's amount (the year reported and a rate found), so a sum over
 * complete rows never takes a year missing its rate for a whole one;
 * fiscal_years_summed is 1 when converted_value holds the year's amount
 * (whole or partial), 0 when it is NULL; fiscal_years_expected is 1.
 */
CREATE FUNCTION @extschema@.burden_in_currency(target @extschema@.currency, rate_source text DEFAULT NULL)
RETURNS TABLE (
	host_party text,
	stationed_party text,
	agreement_code text,
	basis text,
	fiscal_calendar @extschema@.fiscal_calendar,
	fiscal_year integer,
	fiscal_year_label text,
	period @extschema@.agreement_period,
	start_date date,
	end_date date,
	amount @extschema@.currency_amount,
	amount_value numeric,
	currency_code text,
	converted @extschema@.currency_amount,
	converted_value numeric,
	target_currency_code text,
	rate numeric,
	rate_base_currency text,
	rate_quote_currency text,
	rate_period @extschema@.agreement_period,
	rate_kind text,
	rate_provider text,
	rate_source_title text,
	rate_rule text,
	via_currency_code text,
	via_rate numeric,
	via_rate_base_currency text,
	via_rate_quote_currency text,
	via_rate_kind text,
	via_rate_provider text,
	via_rate_source_title text,
	rate_missing boolean,
	state text,
	complete boolean,
	fiscal_years_summed bigint,
	fiscal_years_expected bigint,
	fiscal_calendar_name text,
	rate_start_date date,
	rate_end_date date)
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
				DETAIL = format('Providers on file: %s.',
					coalesce((SELECT string_agg(DISTINCT r.provider, ', ' ORDER BY r.provider)
							  FROM @extschema@.exchange_rates r), 'none')),
				HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
	END IF;
	IF EXISTS (SELECT 1 FROM @extschema@.burden_by_period b WHERE b.currency_code <> $1::text)
		AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r
						WHERE (r.base_currency OPERATOR(@extschema@.=) $1
							   OR r.quote_currency OPERATOR(@extschema@.=) $1)
						  AND ($2 IS NULL OR r.provider = $2)) THEN
		RAISE EXCEPTION 'no exchange rate into % is on file%', $1,
			CASE WHEN $2 IS NULL THEN '' ELSE format(' from provider "%s"', $2) END
			USING ERRCODE = 'undefined_object',
				DETAIL = 'No stored rate has that currency as its base or quote currency, so no amount could be converted.',
				HINT = 'Check the currency code, or add rates to exchange_rate.';
	END IF;
	RETURN QUERY
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.start_date, b.end_date,
		   b.amount, b.amount_value, b.currency_code,
		   c.converted, @extschema@.amount(c.converted), $1::text,
		   CASE WHEN b.currency_code = $1::text THEN 1::numeric ELSE r.rate END,
		   r.base_currency::text, r.quote_currency::text, r.rate_period, r.rate_kind,
		   r.rate_provider, r.rate_source,
		   CASE WHEN b.amount IS NULL THEN 'no amount on file: ' || b.state
				WHEN b.currency_code = $1::text THEN 'same currency'
				WHEN r.rate IS NOT NULL THEN r.rule
				WHEN @extschema@.rate_pair_on_file(@extschema@.currency(b.amount), $1, $2)
					OR (@extschema@.rate_pair_on_file(@extschema@.currency(b.amount), 'USD'::@extschema@.currency, $2)
						AND @extschema@.rate_pair_on_file('USD'::@extschema@.currency, $1, $2))
					THEN format('missing: no %s/%s rate in force for the period', b.currency_code, $1)
				ELSE format('missing: no rate between %s and %s on file', b.currency_code, $1) END,
		   r.via_currency::text, r.via_rate, r.via_base_currency::text, r.via_quote_currency::text,
		   r.via_rate_kind, r.via_rate_provider, r.via_rate_source,
		   b.amount IS NOT NULL AND c.converted IS NULL,
		   b.state,
		   b.complete AND c.converted IS NOT NULL,
		   CASE WHEN c.converted IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END,
		   b.fiscal_years_expected,
		   b.fiscal_calendar_name,
		   @extschema@.lower(r.rate_period), @extschema@.last_day(r.rate_period)
	FROM @extschema@.burden_by_period b
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), $1,
													b.period, $2, true) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE
				WHEN b.currency_code = $1::text THEN b.amount
				WHEN r.rate IS NOT NULL THEN
					@extschema@.convert_at(b.amount, $1, r.rate, r.inverted, r.via_rate, r.via_inverted)
			END AS converted) c;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_in_currency(@extschema@.currency, text) IS
	'burden_by_period converted into target at the rate in force for each fiscal year (the pair''s own, else through USD), optionally from one rate provider; each row names the rates used, or says in rate_rule what is missing (rate_missing) or that no amount is on file for the year (burden_coverage''s state); complete only when the year is reported and converted; an unknown provider or target is an error';

-- ---------------------------------------------------------------- burden_per_person

CREATE VIEW @extschema@.burden_per_person WITH (security_invoker = false) AS
SELECT
	b.host_party,
	b.stationed_party,
	b.agreement_code,
	b.basis,
	b.fiscal_calendar,
	b.fiscal_year,
	b.fiscal_year_label,
	b.period,
	b.start_date,
	b.end_date,
	b.amount,
	b.amount_value,
	b.currency_code,
	fp.personnel,
	fp.as_of AS personnel_as_of,
	fp.source AS personnel_source,
	pp.per_person,
	@extschema@.amount(pp.per_person) AS per_person_value,
	b.state,
	b.complete,
	b.fiscal_years_summed,
	b.fiscal_years_expected,
	b.fiscal_calendar_name
FROM @extschema@.burden_by_period b
	JOIN LATERAL (
		-- the latest count on or before the fiscal year's last day, else the
		-- earliest count after it
		SELECT f.personnel, f.as_of, f.source
		FROM @extschema@.force_presence f
		WHERE f.host_party = b.host_party AND f.stationed_party = b.stationed_party
		ORDER BY (f.as_of <= b.end_date) DESC,
				 CASE WHEN f.as_of <= b.end_date THEN b.end_date - f.as_of ELSE f.as_of - b.end_date END,
				 f.id
		LIMIT 1
	) fp ON true
	CROSS JOIN LATERAL (
		SELECT @extschema@.currency_amount(b.amount_value / fp.personnel::numeric,
										   @extschema@.currency(b.amount), 'half_even') AS per_person
	) pp;
COMMENT ON VIEW @extschema@.burden_per_person IS
	'burden_by_period divided by the personnel stationed: the latest count on or before the fiscal year''s end, else the earliest after';
COMMENT ON COLUMN @extschema@.burden_per_person.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_per_person.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_per_person.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_per_person.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_per_person.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_per_person.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_per_person.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_per_person.amount IS 'Total burden of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_per_person.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_per_person.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_per_person.personnel IS 'Personnel stationed, from the count used';
COMMENT ON COLUMN @extschema@.burden_per_person.personnel_as_of IS 'Date of the count used';
COMMENT ON COLUMN @extschema@.burden_per_person.personnel_source IS 'Source of the count used';
COMMENT ON COLUMN @extschema@.burden_per_person.per_person IS 'amount / personnel, rounded half to even to the currency''s minor units';
COMMENT ON COLUMN @extschema@.burden_per_person.per_person_value IS 'per_person in major units';
COMMENT ON COLUMN @extschema@.burden_per_person.state IS 'Coverage of the year: reported, partial, unknown or missing (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_per_person.complete IS 'True only when the year is reported';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_years_summed IS 'Fiscal years with amounts in the row: 1 or 0';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_years_expected IS 'Fiscal years the row should sum: 1';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_calendar_name IS 'fiscal_calendar as text';

-- ---------------------------------------------------------------- burden_vs_demand

/*
 * A per-year demand against each fiscal year's burden; a total demand
 * against each agreement's total.  Two conversions of the burden into the
 * demand's currency, side by side and each labelled, so that no one quotes
 * one believing it the other:
 *   - burden_converted: at the rate in force on the day of the demand, the
 *     comparison the parties saw (conversion_label says so);
 *   - burden_converted_at_year_rate: at the rate in force for the fiscal
 *     year itself (for a total, for the agreement's span), as
 *     burden_in_currency converts it (year_conversion_label).
 * Both use rate_in_force (the pair's own rate, else through USD, the second
 * leg in the via columns); a missing rate leaves that conversion NULL with
 * its *_rate_missing true, never an error for the whole view.  A fiscal
 * year with no amount on file has both conversions NULL and neither
 * *_rate_missing set.  An agreement's total sums the reported items only,
 * is labelled with the years it sums, and says with complete and the
 * fiscal-year counts whether it covers them all (burden_coverage).
 */
CREATE VIEW @extschema@.burden_vs_demand WITH (security_invoker = false) AS
WITH per_year AS (
	-- read by both kinds of demand, so the items are read once for both
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.amount,
		   b.complete, b.fiscal_years_summed, b.fiscal_years_expected
	FROM @extschema@.burden_by_period b
),
burden AS (
	SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_calendar,
		   p.fiscal_year, p.fiscal_year_label, p.period, p.amount, true AS per_year,
		   p.complete, p.fiscal_years_summed, p.fiscal_years_expected
	FROM per_year p
	-- each kind is computed only when a demand of that kind exists (a test
	-- made once, before the rows; SELECT 1, as Citus cannot carry a
	-- subquery of no columns beside its tables)
	WHERE EXISTS (SELECT 1 FROM @extschema@.demand d WHERE d.per_year)
	UNION ALL
	-- an agreement's total is labelled with the years it sums, not its span
	SELECT t.host_party, t.stationed_party, t.agreement_code, t.basis, t.fiscal_calendar,
		   NULL, cv.fiscal_years_summed_label, a.period, t.amount, false,
		   cv.complete, cv.fiscal_years_summed, cv.fiscal_years_expected
	FROM (
		-- the sum of its years' amounts is the sum of its reported items:
		-- each item lies inside the agreement and is spread over its
		-- fiscal years exactly
		SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_calendar,
			   @extschema@.sum(p.amount) AS amount
		FROM per_year p
		WHERE p.amount IS NOT NULL
		GROUP BY p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_calendar,
				 @extschema@.currency(p.amount)
	) t
		JOIN @extschema@.agreement a ON a.code = t.agreement_code
		JOIN @extschema@.burden_coverage_by_agreement cv
			ON cv.agreement_code = t.agreement_code AND cv.basis = t.basis
	WHERE EXISTS (SELECT 1 FROM @extschema@.demand d WHERE NOT d.per_year)
)
SELECT
	d.id AS demand_id,
	d.demanding_party,
	d.demanded_of AS host_party,
	d.demanded_on,
	d.per_year,
	d.amount AS demand,
	@extschema@.amount(d.amount) AS demand_value,
	@extschema@.currency(d.amount)::text AS demand_currency_code,
	d.source AS demand_source,
	b.agreement_code,
	b.basis,
	b.fiscal_year,
	b.fiscal_year_label,
	b.period,
	@extschema@.lower(b.period) AS start_date,
	@extschema@.last_day(b.period) AS end_date,
	b.amount AS burden,
	@extschema@.amount(b.amount) AS burden_value,
	@extschema@.currency(b.amount)::text AS burden_currency_code,
	c.burden_converted,
	@extschema@.amount(c.burden_converted) AS burden_converted_value,
	CASE WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN 1 ELSE r.rate END AS rate,
	r.rate_provider,
	r.rate_source,
	CASE WHEN @extschema@.amount(c.burden_converted) <> 0::numeric THEN
		pg_catalog.round(@extschema@.amount(d.amount) / @extschema@.amount(c.burden_converted), 2)
	END AS demand_ratio,
	'at the rate of ' || pg_catalog.to_char(d.demanded_on, 'YYYY-MM-DD') || ', the day of the demand' AS conversion_label,
	r.via_currency::text AS via_currency_code,
	r.via_rate,
	r.via_rate_provider,
	r.via_rate_source,
	(b.amount IS NOT NULL AND c.burden_converted IS NULL) AS rate_missing,
	cy.burden_converted_at_year_rate,
	@extschema@.amount(cy.burden_converted_at_year_rate) AS burden_converted_at_year_rate_value,
	CASE WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN 1 ELSE ry.rate END AS year_rate,
	ry.rate_provider AS year_rate_provider,
	ry.rate_source AS year_rate_source,
	ry.via_currency::text AS year_via_currency_code,
	ry.via_rate AS year_via_rate,
	ry.via_rate_provider AS year_via_rate_provider,
	ry.via_rate_source AS year_via_rate_source,
	'at the rate in force for ' || b.fiscal_year_label
		|| CASE WHEN b.amount IS NULL THEN ' (no amount on file)'
				WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN ' (same currency)'
				WHEN ry.rule IS NOT NULL THEN ' (' || ry.rule || ')'
				ELSE ' (no rate)' END AS year_conversion_label,
	(b.amount IS NOT NULL AND cy.burden_converted_at_year_rate IS NULL) AS year_rate_missing,
	CASE WHEN @extschema@.amount(cy.burden_converted_at_year_rate) <> 0::numeric THEN
		pg_catalog.round(@extschema@.amount(d.amount) / @extschema@.amount(cy.burden_converted_at_year_rate), 2)
	END AS demand_ratio_at_year_rate,
	b.complete,
	b.fiscal_years_summed,
	b.fiscal_years_expected
FROM @extschema@.demand d
	JOIN burden b ON b.host_party = d.demanded_of AND b.stationed_party = d.demanding_party
		AND b.per_year = d.per_year
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(d.amount),
		@extschema@.agreement_period(d.demanded_on, d.demanded_on + 1), NULL, true) r ON true
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(d.amount),
		b.period, NULL, true) ry ON true
	CROSS JOIN LATERAL (
		SELECT CASE
			WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN b.amount
			WHEN r.rate IS NOT NULL THEN
				@extschema@.convert_at(b.amount, @extschema@.currency(d.amount), r.rate, r.inverted,
									   r.via_rate, r.via_inverted)
		END AS burden_converted) c
	CROSS JOIN LATERAL (
		SELECT CASE
			WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN b.amount
			WHEN ry.rate IS NOT NULL THEN
				@extschema@.convert_at(b.amount, @extschema@.currency(d.amount), ry.rate, ry.inverted,
									   ry.via_rate, ry.via_inverted)
		END AS burden_converted_at_year_rate) cy;
COMMENT ON VIEW @extschema@.burden_vs_demand IS
	'Each demand against the burden agreed: per-year demands against each fiscal year, total demands against each agreement; converted at the rate of the day of the demand (burden_converted) and, beside it, at the rate for the year itself (burden_converted_at_year_rate), each labelled; complete says whether the burden covers every fiscal year it should';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_id IS 'The demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanding_party IS 'Party that made the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.host_party IS 'Party asked to pay';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanded_on IS 'Date of the demand; burden_converted uses the rate in force then';
COMMENT ON COLUMN @extschema@.burden_vs_demand.per_year IS 'True: a per-year demand against a fiscal year; false: a total against an agreement';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand IS 'Amount demanded';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_value IS 'demand in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_currency_code IS 'ISO 4217 code of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_source IS 'Where the demand is reported';
COMMENT ON COLUMN @extschema@.burden_vs_demand.agreement_code IS 'Agreement whose burden is compared';
COMMENT ON COLUMN @extschema@.burden_vs_demand.basis IS 'Basis of the burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year IS 'Fiscal year of the burden (NULL for a total)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year_label IS 'Label of the fiscal year, or of the agreement''s years with amounts for a total';
COMMENT ON COLUMN @extschema@.burden_vs_demand.period IS 'Fiscal year, or the agreement''s period for a total';
COMMENT ON COLUMN @extschema@.burden_vs_demand.start_date IS 'First day of period';
COMMENT ON COLUMN @extschema@.burden_vs_demand.end_date IS 'Last day of period (inclusive)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden IS 'Burden, in its own currency';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_value IS 'burden in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_currency_code IS 'ISO 4217 code of burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted IS 'Burden in the demand''s currency at the rate of the day of the demand (conversion_label)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_value IS 'burden_converted in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate IS 'Exchange rate of burden_converted, as stored (see rate_in_force); the first leg of a cross rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_provider IS 'Provider of rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_source IS 'Source of rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_ratio IS 'demand / burden_converted, to two decimals';
COMMENT ON COLUMN @extschema@.burden_vs_demand.conversion_label IS 'How burden_converted was converted: at the rate of the day of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_currency_code IS 'Pivot currency of burden_converted''s cross rate (USD), NULL for a direct rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_rate IS 'Second leg of burden_converted''s cross rate, as stored';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_rate_provider IS 'Provider of via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_rate_source IS 'Source of via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_missing IS 'True when burden has an amount but no rate was in force on the day of the demand: burden_converted is NULL';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_at_year_rate IS 'Burden in the demand''s currency at the rate in force for the fiscal year (for a total, the agreement''s span): year_conversion_label';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_at_year_rate_value IS 'burden_converted_at_year_rate in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate IS 'Exchange rate of burden_converted_at_year_rate, as stored; the first leg of a cross rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate_provider IS 'Provider of year_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate_source IS 'Source of year_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_currency_code IS 'Pivot currency of the year''s cross rate (USD), NULL for a direct rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_rate IS 'Second leg of the year''s cross rate, as stored';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_rate_provider IS 'Provider of year_via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_rate_source IS 'Source of year_via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_conversion_label IS 'How burden_converted_at_year_rate was converted: the year and the rule of its rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate_missing IS 'True when burden has an amount but no rate was in force for the year: burden_converted_at_year_rate is NULL';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_ratio_at_year_rate IS 'demand / burden_converted_at_year_rate, to two decimals';
COMMENT ON COLUMN @extschema@.burden_vs_demand.complete IS 'True only when every fiscal year the burden sums is reported (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_years_summed IS 'Fiscal years with amounts in the burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_years_expected IS 'Fiscal years the burden should sum: 1 for a fiscal year, the agreement''s for a total';

-- ---------------------------------------------------------------- burden_by_stationed_calendar

/*
 * Each item's part for a host fiscal year is spread by days over the
 * stationed party's fiscal years; both steps are exact, so the totals
 * equal the host-calendar totals.
 *
 * Every stationed-party fiscal year the agreement's period touches is a
 * row, with the days of it the reported items cover: a year reached by a
 * quarter of the data says so (days_covered of days_in_year, complete
 * false), and a year with nothing on file is a row with state missing and
 * amount NULL.  The years of an open-ended agreement end with its last
 * host fiscal year in burden_coverage.
 */
CREATE VIEW @extschema@.burden_by_stationed_calendar WITH (security_invoker = false) AS
WITH amounts AS (
	SELECT p.agreement_code, p.basis, al.fiscal_year,
		   @extschema@.sum(@extschema@.from_minor_units(al.share, p.cur)) AS amount
	FROM (
		-- the parts falling on the same span are split together, so that a
		-- fiscal year's total is split as one figure (the parts summed per
		-- span by costshare_internal.burden_parts, not item by item)
		SELECT bp.agreement_code, bp.stationed_party, bp.basis, bp.part_period,
			   CAST(bp.currency_code AS @extschema@.currency) AS cur,
			   pg_catalog.sum(@extschema@.minor_units(bp.amount))::bigint AS units
		FROM costshare_internal.burden_parts bp
		GROUP BY bp.agreement_code, bp.stationed_party, bp.basis, bp.part_period, bp.currency_code
	) p
		JOIN @extschema@.party sp ON sp.code = p.stationed_party
		CROSS JOIN LATERAL @extschema@.prorate_minor_units(p.units, p.part_period, sp.fiscal_calendar, 'days') al
	GROUP BY p.agreement_code, p.basis, al.fiscal_year, p.cur
),
cov AS MATERIALIZED (
	SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.currency_code,
		   c.start_date, c.end_date, c.state
	FROM @extschema@.burden_coverage c
),
spans AS (
	-- the days of each agreement and basis that burden_coverage counts
	SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.currency_code,
		   pg_catalog.daterange(pg_catalog.min(c.start_date), pg_catalog.max(c.end_date), '[]')
			 * @extschema@.daterange(a.period) AS span
	FROM cov c
		JOIN @extschema@.agreement a ON a.code = c.agreement_code
	GROUP BY c.host_party, c.stationed_party, c.agreement_code, c.basis, c.currency_code, a.period
),
item_years AS (
	-- the items cut at the stationed party's fiscal years: grouped by span
	-- first, as items over the same span cover the same days, so each span
	-- is cut once, not each item
	SELECT bi.agreement, bi.basis, y.fiscal_year,
		   pg_catalog.range_agg(@extschema@.daterange(y.part)) FILTER (WHERE bi.status = 'reported') AS covered,
		   COALESCE(pg_catalog.sum(bi.items) FILTER (WHERE bi.status = 'unknown'), 0)::bigint AS unknown_items
	FROM (
		SELECT i.agreement, i.basis, i.status, i.period, pg_catalog.count(*) AS items
		FROM @extschema@.burden_item i
		GROUP BY i.agreement, i.basis, i.status, i.period
	) bi
		JOIN @extschema@.agreement a ON a.code = bi.agreement
		JOIN @extschema@.party s ON s.code = a.stationed_party
		CROSS JOIN LATERAL @extschema@.fiscal_years(bi.period, s.fiscal_calendar) y
	GROUP BY bi.agreement, bi.basis, y.fiscal_year
),
host_years AS (
	-- the host's fiscal years of each agreement, counted per stationed year
	-- they overlap
	SELECT c.agreement_code, c.basis, y.fiscal_year,
		   pg_catalog.count(*) FILTER (WHERE c.state IN ('reported', 'partial')) AS fiscal_years_summed,
		   pg_catalog.count(*) AS fiscal_years_expected
	FROM cov c
		JOIN @extschema@.party s ON s.code = c.stationed_party
		CROSS JOIN LATERAL @extschema@.fiscal_years(@extschema@.agreement_period(c.start_date, c.end_date + 1),
													s.fiscal_calendar) y
	GROUP BY c.agreement_code, c.basis, y.fiscal_year
),
counted AS (
	SELECT sp.*, s.fiscal_calendar, y.fiscal_year, fy.p AS year_period,
		   (SELECT COALESCE(pg_catalog.sum(pg_catalog.upper(r) - pg_catalog.lower(r)), 0)
			FROM pg_catalog.unnest(iy.covered) r)::integer AS days_covered,
		   COALESCE(iy.unknown_items, 0::bigint) > 0 AS has_unknown,
		   (@extschema@.upper(fy.p) - @extschema@.lower(fy.p)) AS days_in_year,
		   COALESCE(hy.fiscal_years_summed, 0::bigint) AS fiscal_years_summed,
		   COALESCE(hy.fiscal_years_expected, 0::bigint) AS fiscal_years_expected
	FROM spans sp
		JOIN @extschema@.party s ON s.code = sp.stationed_party
		CROSS JOIN LATERAL @extschema@.fiscal_years(@extschema@.agreement_period(sp.span), s.fiscal_calendar) y
		CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(y.fiscal_year, s.fiscal_calendar) AS p) fy
		LEFT JOIN item_years iy
			ON iy.agreement = sp.agreement_code AND iy.basis = sp.basis AND iy.fiscal_year = y.fiscal_year
		LEFT JOIN host_years hy
			ON hy.agreement_code = sp.agreement_code AND COALESCE(hy.basis, '') = COALESCE(sp.basis, '')
			   AND hy.fiscal_year = y.fiscal_year
	WHERE NOT pg_catalog.isempty(sp.span)
)
SELECT
	c.host_party,
	c.stationed_party,
	c.agreement_code,
	c.basis,
	c.fiscal_calendar,
	c.fiscal_year,
	@extschema@.fiscal_year_label(c.fiscal_year, c.fiscal_calendar) AS fiscal_year_label,
	c.year_period AS period,
	@extschema@.lower(c.year_period) AS start_date,
	@extschema@.last_day(c.year_period) AS end_date,
	m.amount,
	@extschema@.amount(m.amount) AS amount_value,
	COALESCE(@extschema@.currency(m.amount)::text, c.currency_code) AS currency_code,
	CASE WHEN c.has_unknown THEN 'unknown'
		 WHEN c.days_covered = c.days_in_year THEN 'reported'
		 WHEN c.days_covered > 0 THEN 'partial'
		 ELSE 'missing' END AS state,
	NOT c.has_unknown AND c.days_covered = c.days_in_year AS complete,
	c.days_covered,
	c.days_in_year,
	c.fiscal_years_summed,
	c.fiscal_years_expected,
	c.fiscal_calendar::text AS fiscal_calendar_name
FROM counted c
	LEFT JOIN amounts m
		ON m.agreement_code = c.agreement_code AND m.basis = c.basis AND m.fiscal_year = c.fiscal_year;
COMMENT ON VIEW @extschema@.burden_by_stationed_calendar IS
	'burden_by_period re-bucketed into the stationed party''s fiscal years by days, exact in total; every stationed fiscal year the agreement touches, with the days of it the data covers';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_calendar IS 'Stationed party''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_year IS 'Fiscal year of the stationed party''s calendar';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount IS 'Burden falling in the fiscal year, by days; NULL when nothing on file falls in it';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.currency_code IS 'ISO 4217 code of the amount (the agreement''s when there is none)';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.state IS
	'unknown (an item touching the year is unknown), reported (reported items cover every day of the year), partial (some days) or missing (none)';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.complete IS 'True only when the agreement''s reported items cover every day of the fiscal year and none is unknown';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.days_covered IS 'Days of the fiscal year covered by the agreement''s reported items of the basis';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.days_in_year IS 'Days in the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_years_summed IS 'Host fiscal years of the agreement overlapping this year that have amounts';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_years_expected IS 'Host fiscal years of the agreement overlapping this year';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_calendar_name IS 'fiscal_calendar as text';

GRANT SELECT ON @extschema@.burden_per_person, @extschema@.burden_vs_demand,
	@extschema@.burden_by_stationed_calendar TO costshare_reader;
