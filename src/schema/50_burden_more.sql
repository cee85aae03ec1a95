/*
 * Views and functions built on burden_by_period: conversion, per person,
 * against demands, coverage of agreements, the stationed party's calendar.
 */

-- ---------------------------------------------------------------- burden_in_currency

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
	rate_rule text)
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.start_date, b.end_date,
		   b.amount, b.amount_value, b.currency_code,
		   c.converted, @extschema@.amount(c.converted), target::text,
		   CASE WHEN b.currency_code = target::text THEN 1 ELSE r.rate END,
		   r.base_currency::text, r.quote_currency::text, r.rate_period, r.rate_kind,
		   r.rate_provider, r.rate_source,
		   CASE WHEN b.currency_code = target::text THEN 'same currency'
				WHEN r.rate IS NULL THEN 'no rate'
				ELSE r.rule END
	FROM @extschema@.burden_by_period b
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), target,
													b.period, $2) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE
				WHEN b.currency_code = target::text THEN b.amount
				WHEN r.rate IS NOT NULL THEN @extschema@.convert_at(b.amount, target, r.rate, r.inverted)
			END AS converted) c
$$;
COMMENT ON FUNCTION @extschema@.burden_in_currency(@extschema@.currency, text) IS
	'burden_by_period converted into target at the rate in force for each fiscal year (average over it, else latest earlier), optionally from one rate provider; each row names the rate used';

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
	@extschema@.amount(pp.per_person) AS per_person_value
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

-- ---------------------------------------------------------------- burden_vs_demand

/*
 * A per-year demand against each fiscal year's burden; a total demand
 * against each agreement's total.  The burden is valued in the demand's
 * currency at the rate in force on the day of the demand, so the comparison
 * is the one the parties saw.
 */
CREATE VIEW @extschema@.burden_vs_demand WITH (security_invoker = false) AS
WITH burden AS (
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.amount, true AS per_year
	FROM @extschema@.burden_by_period b
	UNION ALL
	SELECT a.host_party, a.stationed_party, a.code, bi.basis, h.fiscal_calendar,
		   NULL, @extschema@.fiscal_label(a.period, h.fiscal_calendar), a.period,
		   @extschema@.sum(bi.amount), false
	FROM @extschema@.burden_item bi
		JOIN @extschema@.agreement a ON a.code = bi.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
	-- grouping by the keys makes the other columns of a and h available
	GROUP BY a.code, h.code, bi.basis, @extschema@.currency(bi.amount)
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
	END AS demand_ratio
FROM @extschema@.demand d
	JOIN burden b ON b.host_party = d.demanded_of AND b.stationed_party = d.demanding_party
		AND b.per_year = d.per_year
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(d.amount),
		@extschema@.agreement_period(d.demanded_on, d.demanded_on + 1)) r ON true
	CROSS JOIN LATERAL (
		SELECT CASE
			WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN b.amount
			WHEN r.rate IS NOT NULL THEN
				@extschema@.convert_at(b.amount, @extschema@.currency(d.amount), r.rate, r.inverted)
		END AS burden_converted) c;
COMMENT ON VIEW @extschema@.burden_vs_demand IS
	'Each demand against the burden agreed: per-year demands against each fiscal year, total demands against each agreement, converted at the rate in force on the day of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_id IS 'The demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanding_party IS 'Party that made the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.host_party IS 'Party asked to pay';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanded_on IS 'Date of the demand; the rate used is the one in force then';
COMMENT ON COLUMN @extschema@.burden_vs_demand.per_year IS 'True: a per-year demand against a fiscal year; false: a total against an agreement';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand IS 'Amount demanded';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_value IS 'demand in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_currency_code IS 'ISO 4217 code of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_source IS 'Where the demand is reported';
COMMENT ON COLUMN @extschema@.burden_vs_demand.agreement_code IS 'Agreement whose burden is compared';
COMMENT ON COLUMN @extschema@.burden_vs_demand.basis IS 'Basis of the burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year IS 'Fiscal year of the burden (NULL for a total)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year_label IS 'Label of the fiscal year or of the agreement''s years';
COMMENT ON COLUMN @extschema@.burden_vs_demand.period IS 'Fiscal year, or the agreement''s period for a total';
COMMENT ON COLUMN @extschema@.burden_vs_demand.start_date IS 'First day of period';
COMMENT ON COLUMN @extschema@.burden_vs_demand.end_date IS 'Last day of period (inclusive)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden IS 'Burden, in its own currency';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_value IS 'burden in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_currency_code IS 'ISO 4217 code of burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted IS 'Burden in the demand''s currency';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_value IS 'burden_converted in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate IS 'Exchange rate used, as stored (see rate_in_force)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_provider IS 'Provider of the rate used';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_source IS 'Source of the rate used';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_ratio IS 'demand / burden_converted, to two decimals';

-- ---------------------------------------------------------------- burden_by_stationed_calendar

/*
 * Each item's part for a host fiscal year is spread by days over the
 * stationed party's fiscal years; both steps are exact, so the totals
 * equal the host-calendar totals.
 */
CREATE VIEW @extschema@.burden_by_stationed_calendar WITH (security_invoker = false) AS
SELECT
	g.host_party,
	g.stationed_party,
	g.agreement_code,
	g.basis,
	s.fiscal_calendar,
	g.fiscal_year,
	@extschema@.fiscal_year_label(g.fiscal_year, s.fiscal_calendar) AS fiscal_year_label,
	fy.p AS period,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	@extschema@.currency(g.amount)::text AS currency_code
FROM (
	SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, al.fiscal_year,
		   @extschema@.sum(@extschema@.from_minor_units(al.share, p.cur)) AS amount
	FROM (
		-- the parts falling on the same span are split together, so that a
		-- fiscal year's total is split as one figure
		SELECT ba.host_party, ba.stationed_party, ba.agreement_code, ba.basis, ba.part_period,
			   @extschema@.currency(ba.amount) AS cur,
			   pg_catalog.sum(@extschema@.minor_units(ba.amount))::bigint AS units
		FROM @extschema@.burden_allocation ba
		GROUP BY ba.host_party, ba.stationed_party, ba.agreement_code, ba.basis, ba.part_period,
				 @extschema@.currency(ba.amount)
	) p
		JOIN @extschema@.party sp ON sp.code = p.stationed_party
		CROSS JOIN LATERAL @extschema@.prorate_minor_units(p.units, p.part_period, sp.fiscal_calendar, 'days') al
	GROUP BY p.host_party, p.stationed_party, p.agreement_code, p.basis, al.fiscal_year, p.cur
) g
	JOIN @extschema@.party s ON s.code = g.stationed_party
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, s.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_stationed_calendar IS
	'burden_by_period re-bucketed into the stationed party''s fiscal years by days; exact in total';
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
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount IS 'Burden falling in the fiscal year, by days';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.currency_code IS 'ISO 4217 code of the amount';

GRANT SELECT ON @extschema@.burden_per_person, @extschema@.burden_vs_demand,
	@extschema@.burden_by_stationed_calendar TO costshare_reader;
