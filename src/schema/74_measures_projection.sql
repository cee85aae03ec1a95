/*
 * Measures: agreed escalation rules and the projection of the years not
 * yet published.  doc/measures.md.
 */

-- ---------------------------------------------------------------- escalation_rule

CREATE TABLE @extschema@.escalation_rule (
	agreement		text PRIMARY KEY REFERENCES @extschema@.agreement (code)
					ON UPDATE CASCADE ON DELETE CASCADE,
	basis			text NOT NULL DEFAULT 'ceiling'
					CHECK (basis IN ('ceiling', 'budget', 'contract', 'settled')),
	kind			text NOT NULL
					CHECK (kind IN ('fixed_percent', 'defence_budget_growth', 'price_index')),
	fixed_percent	numeric,
	index_series	text CHECK (index_series IN ('cpi', 'gdp_deflator', 'defence_deflator')),
	index_party		text REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	lag_years		integer NOT NULL DEFAULT 1 CHECK (lag_years BETWEEN 0 AND 10),
	cap_percent		numeric,
	floor_percent	numeric,
	rounding_unit	numeric NOT NULL CHECK (rounding_unit > 0::numeric),
	rounding		text NOT NULL DEFAULT 'half_up' CHECK (rounding IN ('half_up', 'half_even', 'down')),
	first_year		integer,
	source			text,
	note			text,
	CONSTRAINT escalation_rule_fixed CHECK ((kind = 'fixed_percent') = (fixed_percent IS NOT NULL)),
	CONSTRAINT escalation_rule_index CHECK ((kind = 'price_index') = (index_series IS NOT NULL)),
	CONSTRAINT escalation_rule_limits CHECK (cap_percent >= floor_percent)
);
COMMENT ON TABLE @extschema@.escalation_rule IS
	'How an agreement''s yearly amount grows after year one: a fixed percentage, the host''s defence-budget growth or a price index, with cap, floor and rounding unit';
COMMENT ON COLUMN @extschema@.escalation_rule.agreement IS 'Agreement the rule belongs to';
COMMENT ON COLUMN @extschema@.escalation_rule.basis IS 'Basis of the yearly amounts the rule escalates (usually ceiling)';
COMMENT ON COLUMN @extschema@.escalation_rule.kind IS 'fixed_percent, defence_budget_growth (the host''s, from macro_figure) or price_index';
COMMENT ON COLUMN @extschema@.escalation_rule.fixed_percent IS 'Yearly growth in percent, for kind fixed_percent';
COMMENT ON COLUMN @extschema@.escalation_rule.index_series IS 'cpi, gdp_deflator or defence_deflator, for kind price_index';
COMMENT ON COLUMN @extschema@.escalation_rule.index_party IS 'Party whose index or defence budget is used (NULL: the host)';
COMMENT ON COLUMN @extschema@.escalation_rule.lag_years IS
	'Year Y grows by the growth from year Y - lag_years - 1 to Y - lag_years (1: the previous year''s growth)';
COMMENT ON COLUMN @extschema@.escalation_rule.cap_percent IS 'Highest yearly growth in percent (NULL: none)';
COMMENT ON COLUMN @extschema@.escalation_rule.floor_percent IS 'Lowest yearly growth in percent, for example 0 (NULL: none)';
COMMENT ON COLUMN @extschema@.escalation_rule.rounding_unit IS
	'Each projected amount is rounded to a multiple of this, in major units (100000000 for 1 oku); a multiple of the currency''s minor unit';
COMMENT ON COLUMN @extschema@.escalation_rule.rounding IS 'half_up, half_even or down: how to round to the unit';
COMMENT ON COLUMN @extschema@.escalation_rule.first_year IS 'First fiscal year the rule escalates (NULL: the year after the first year on file)';
COMMENT ON COLUMN @extschema@.escalation_rule.source IS 'Where the rule is published';
COMMENT ON COLUMN @extschema@.escalation_rule.note IS 'Free-form note';

-- ---------------------------------------------------------------- burden_projection

/*
 * The yearly amounts an escalation rule gives, from first_year to the
 * agreement's last fiscal year, marked basis 'projected'.  Year Y grows
 * from the published amount of Y - 1 (of the rule's basis) when there is
 * one, else from the projection of Y - 1:
 *     projected(Y) = round_unit(base(Y - 1) * g(Y)),
 *     g(Y) = 1 + fixed_percent / 100, or X(Y - lag) / X(Y - lag - 1) for
 *            the defence budget or index X, limited to
 *            [1 + floor/100, 1 + cap/100];
 * the growth factor is the exact ratio of the published values (not a
 * rounded percentage), and the only rounding is to the rule's unit (a
 * unit finer than the currency's minor unit is an error, not a second
 * rounding).  A
 * year whose growth cannot be computed (no value of X) has projected NULL
 * and missing_reason, and so do the years projected from it.  Where a
 * published amount exists for Y it stands beside the projection with the
 * difference.  A view: a new index value, a new figure or a new item
 * changes the projection the next time it is read.  Projected amounts are
 * never mixed with the reported ones here; burden_with_projection is the
 * view that asks for both.
 *
 * Coverage per row: a projection grows from one published year's amount
 * (base_kind published: the year before; projected: the published year
 * the chain of projections started from), so fiscal_years_expected is 1
 * and fiscal_years_summed is that year's (1 for reported or partial) when
 * projected is not NULL, else 0.  complete is true only when projected
 * could be computed (every growth value on file), the published year it
 * grows from is reported, and the published amount it is compared with,
 * if any, is reported too.
 */
/*
 * The chain of projected years of burden_projection: year by year from
 * each rule's start_year to its last_year, each year from the published
 * amount of the year before when there is one, else from the projection
 * of the year before.  The recursion is here rather than in the view: a
 * recursive query in a view becomes part of every query over it, and Citus
 * refuses one beside a distributed table (burden_item, under
 * burden_by_period), while it runs a function in FROM like a reference
 * table.  The view hands it, as arrays (one element per row), the rules,
 * the published yearly amounts and the growth factors; it reads no table
 * (a function runs with its caller's rights, and the view's readers may
 * not read the tables).  PL/pgSQL, so the planner cannot inline it back.
 */
CREATE TYPE costshare_internal.projection_step AS (
	agreement		text,
	fiscal_year		integer,
	base_value		numeric,
	base_kind		text,
	projected		numeric,
	root_complete	boolean,
	root_summed		bigint
);
COMMENT ON TYPE costshare_internal.projection_step IS
	'One projected year of costshare_internal.projection_chain: the amount it grows from and where that comes from, the projection, and the coverage of the published year the chain started from';
CREATE FUNCTION costshare_internal.projection_chain(
	rule_agreements text[], start_years integer[], last_years integer[],
	currencies @extschema@.currency[], rounding_units numeric[], roundings text[],
	published_agreements text[], published_years integer[], published_values numeric[],
	published_complete boolean[], published_summed bigint[],
	factor_agreements text[], factor_years integer[], factor_nums numeric[], factor_dens numeric[])
RETURNS SETOF costshare_internal.projection_step
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
ROWS 50
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY
	WITH RECURSIVE rules (agreement, start_year, last_year, cur, rounding_unit, rounding) AS (
		SELECT * FROM ROWS FROM (pg_catalog.unnest(rule_agreements), pg_catalog.unnest(start_years),
			pg_catalog.unnest(last_years), pg_catalog.unnest(currencies), pg_catalog.unnest(rounding_units),
			pg_catalog.unnest(roundings))
	),
	published (agreement_code, fiscal_year, amount_value, complete, fiscal_years_summed) AS (
		SELECT * FROM ROWS FROM (pg_catalog.unnest(published_agreements), pg_catalog.unnest(published_years),
			pg_catalog.unnest(published_values), pg_catalog.unnest(published_complete),
			pg_catalog.unnest(published_summed))
	),
	factor (agreement, fiscal_year, num, den) AS (
		SELECT * FROM ROWS FROM (pg_catalog.unnest(factor_agreements), pg_catalog.unnest(factor_years),
			pg_catalog.unnest(factor_nums), pg_catalog.unnest(factor_dens))
	),
	chain (agreement, fiscal_year, base_value, base_kind, projected, root_complete, root_summed) AS (
		SELECT r.agreement, r.start_year, p.amount_value, 'published'::text,
			   CASE WHEN f.num IS NOT NULL THEN
				   @extschema@.amount(@extschema@.currency_amount(
					   @extschema@.divide_round(p.amount_value * f.num, f.den * r.rounding_unit, 0, r.rounding) * r.rounding_unit,
					   r.cur))
			   END,
			   p.complete, p.fiscal_years_summed
		FROM rules r
			JOIN published p ON p.agreement_code = r.agreement AND p.fiscal_year = r.start_year - 1
			JOIN factor f ON f.agreement = r.agreement AND f.fiscal_year = r.start_year
		WHERE r.start_year <= r.last_year
		UNION ALL
		SELECT c.agreement, c.fiscal_year + 1, nb.base_value, nb.base_kind,
			   CASE WHEN f.num IS NOT NULL AND nb.base_value IS NOT NULL THEN
				   @extschema@.amount(@extschema@.currency_amount(
					   @extschema@.divide_round(nb.base_value * f.num, f.den * r.rounding_unit, 0, r.rounding) * r.rounding_unit,
					   r.cur))
			   END,
			   nb.root_complete, nb.root_summed
		FROM chain c
			JOIN rules r ON r.agreement = c.agreement
			JOIN factor f ON f.agreement = c.agreement AND f.fiscal_year = c.fiscal_year + 1
			LEFT JOIN published p ON p.agreement_code = c.agreement AND p.fiscal_year = c.fiscal_year
			CROSS JOIN LATERAL (
				SELECT COALESCE(p.amount_value, c.projected) AS base_value,
					   CASE WHEN p.amount_value IS NOT NULL THEN 'published' ELSE 'projected' END AS base_kind,
					   CASE WHEN p.amount_value IS NOT NULL THEN p.complete ELSE c.root_complete END AS root_complete,
					   CASE WHEN p.amount_value IS NOT NULL THEN p.fiscal_years_summed ELSE c.root_summed END AS root_summed) nb
	)
	SELECT c.agreement, c.fiscal_year, c.base_value, c.base_kind, c.projected, c.root_complete, c.root_summed
	FROM chain c;
END
$$;
COMMENT ON FUNCTION costshare_internal.projection_chain(text[], integer[], integer[], @extschema@.currency[], numeric[], text[], text[], integer[], numeric[], boolean[], bigint[], text[], integer[], numeric[], numeric[]) IS
	'The projected years of burden_projection from the rules, the published yearly amounts and the growth factors (arrays, one element per row): each year from the published amount of the year before, else from its projection';
/*
 * The rows of burden_projection and of burden_with_projection from one
 * read of the yearly amounts: the years of each rule's agreement and basis
 * with amounts (rule_years) give the published years the projection grows
 * from, and are also the reported rows of burden_with_projection
 * (is_projected false, the projection's own columns NULL).  Each view
 * takes its rows by is_projected, a constant of each branch, so the
 * planner drops the branch a view does not read.  Not granted: the two
 * views show it.
 */
CREATE VIEW costshare_internal.projection_rows WITH (security_invoker = false) AS
WITH rule_terms AS (
	SELECT e.*, a.host_party, a.stationed_party, a.currency AS cur, h.fiscal_calendar,
		   COALESCE(e.index_party, a.host_party) AS source_party,
		   @extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) AS last_year
	FROM @extschema@.escalation_rule e
		JOIN @extschema@.agreement a ON a.code = e.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
	WHERE @extschema@.isfinite(a.period)
),
rule_years AS (
	-- the one read of the yearly amounts: each rule's agreement and basis,
	-- the years with amounts, in any currency and whatever the agreement's
	-- end (the reported rows of burden_with_projection)
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.start_date, b.end_date,
		   b.amount, b.amount_value, b.currency_code, b.fiscal_calendar_name,
		   b.complete, b.fiscal_years_summed, b.fiscal_years_expected
	FROM @extschema@.burden_by_period b
		JOIN @extschema@.escalation_rule e ON e.agreement = b.agreement_code AND e.basis = b.basis
	WHERE b.amount IS NOT NULL
),
published AS (
	-- the years the rules grow from, in the agreement's currency, and the
	-- first year of each rule that names none
	SELECT y.agreement_code, y.fiscal_year, y.amount_value, y.complete, y.fiscal_years_summed
	FROM rule_years y
		JOIN rule_terms r ON r.agreement = y.agreement_code AND r.cur::text = y.currency_code
),
rules AS (
	SELECT r.*,
		   COALESCE(r.first_year,
					(SELECT pg_catalog.min(p.fiscal_year) + 1 FROM published p
					 WHERE p.agreement_code = r.agreement)) AS start_year
	FROM rule_terms r
),
growth AS (
	SELECT r.agreement, y.y AS fiscal_year, v.from_value, v.to_value, v.from_source, v.to_source,
		   v.to_value AS raw_num, v.from_value AS raw_den,
		   CASE WHEN r.cap_percent IS NOT NULL
					 AND 100::numeric * v.to_value > (100::numeric + r.cap_percent) * v.from_value THEN 'cap'
				WHEN r.floor_percent IS NOT NULL
					 AND 100::numeric * v.to_value < (100::numeric + r.floor_percent) * v.from_value THEN 'floor'
		   END AS limit_applied
	FROM rules r
		CROSS JOIN LATERAL pg_catalog.generate_series(r.start_year, r.last_year) y (y)
		CROSS JOIN LATERAL (
			SELECT @extschema@.fiscal_year_period(y.y - r.lag_years - 1, r.fiscal_calendar) AS p0,
				   @extschema@.fiscal_year_period(y.y - r.lag_years, r.fiscal_calendar) AS p1) pp
		LEFT JOIN LATERAL @extschema@.price_index_for(r.index_series, r.source_party, pp.p0) i0 ON r.kind = 'price_index'
		LEFT JOIN LATERAL @extschema@.price_index_for(r.index_series, r.source_party, pp.p1) i1 ON r.kind = 'price_index'
		LEFT JOIN LATERAL @extschema@.macro_figure_for('defence_budget', r.source_party, pp.p0) m0 ON r.kind = 'defence_budget_growth'
		LEFT JOIN LATERAL @extschema@.macro_figure_for('defence_budget', r.source_party, pp.p1) m1
			ON r.kind = 'defence_budget_growth' AND m1.currency_code = m0.currency_code
		CROSS JOIN LATERAL (
			SELECT CASE r.kind WHEN 'fixed_percent' THEN 100::numeric
							   WHEN 'price_index' THEN CASE WHEN i1.value IS NOT NULL THEN i0.value END
							   ELSE CASE WHEN m1.amount_value IS NOT NULL THEN m0.amount_value END END AS from_value,
				   CASE r.kind WHEN 'fixed_percent' THEN 100::numeric + r.fixed_percent
							   WHEN 'price_index' THEN CASE WHEN i0.value IS NOT NULL THEN i1.value END
							   ELSE m1.amount_value END AS to_value,
				   CASE r.kind WHEN 'price_index' THEN i0.source WHEN 'defence_budget_growth' THEN m0.source END AS from_source,
				   CASE r.kind WHEN 'price_index' THEN i1.source WHEN 'defence_budget_growth' THEN m1.source END AS to_source
		) v
),
factor AS (
	-- the growth factor as an exact fraction num / den, after cap and floor
	SELECT g.*,
		   CASE g.limit_applied WHEN 'cap' THEN 100::numeric + r.cap_percent
								WHEN 'floor' THEN 100::numeric + r.floor_percent
								ELSE g.raw_num END AS num,
		   CASE WHEN g.limit_applied IS NOT NULL THEN 100::numeric ELSE g.raw_den END AS den
	FROM growth g JOIN rules r ON r.agreement = g.agreement
),
chain AS (
	SELECT c.*
	FROM (SELECT pg_catalog.array_agg(r.agreement) AS agreements, pg_catalog.array_agg(r.start_year) AS start_years,
				 pg_catalog.array_agg(r.last_year) AS last_years, pg_catalog.array_agg(r.cur) AS currencies,
				 pg_catalog.array_agg(r.rounding_unit) AS rounding_units, pg_catalog.array_agg(r.rounding) AS roundings
		  FROM rules r) ra,
		 (SELECT pg_catalog.array_agg(p.agreement_code) AS agreements, pg_catalog.array_agg(p.fiscal_year) AS years,
				 pg_catalog.array_agg(p.amount_value) AS amount_values, pg_catalog.array_agg(p.complete) AS complete,
				 pg_catalog.array_agg(p.fiscal_years_summed) AS summed
		  FROM published p) pa,
		 (SELECT pg_catalog.array_agg(f.agreement) AS agreements, pg_catalog.array_agg(f.fiscal_year) AS years,
				 pg_catalog.array_agg(f.num) AS nums, pg_catalog.array_agg(f.den) AS dens
		  FROM factor f) fa,
		LATERAL costshare_internal.projection_chain(ra.agreements, ra.start_years, ra.last_years, ra.currencies,
			ra.rounding_units, ra.roundings, pa.agreements, pa.years, pa.amount_values, pa.complete, pa.summed,
			fa.agreements, fa.years, fa.nums, fa.dens) c
)
SELECT
	r.host_party,
	r.stationed_party,
	r.agreement AS agreement_code,
	'projected'::text AS basis,
	r.basis AS projected_from_basis,
	r.fiscal_calendar,
	c.fiscal_year,
	@extschema@.fiscal_year_label(c.fiscal_year, r.fiscal_calendar) AS fiscal_year_label,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	r.kind AS rule_kind,
	c.base_value,
	c.base_kind,
	f.from_value AS growth_from_value,
	f.to_value AS growth_to_value,
	f.from_source AS growth_from_source,
	f.to_source AS growth_to_source,
	CASE WHEN f.raw_num IS NOT NULL THEN
		@extschema@.divide_round(100::numeric * (f.raw_num - f.raw_den), f.raw_den, 2, 'half_up') END AS raw_growth_percent,
	f.limit_applied,
	CASE WHEN f.num IS NOT NULL THEN
		@extschema@.divide_round(100::numeric * (f.num - f.den), f.den, 2, 'half_up') END AS applied_growth_percent,
	r.rounding_unit,
	CASE WHEN c.projected IS NOT NULL THEN @extschema@.currency_amount(c.projected, r.cur) END AS projected,
	c.projected AS projected_value,
	r.cur::text AS currency_code,
	p.amount_value AS published_value,
	p.amount_value - c.projected AS difference_value,
	CASE WHEN c.base_value IS NULL THEN 'no base: the previous year was not projected'
		 WHEN f.num IS NULL AND r.kind = 'price_index' THEN
			format('needs the %s of %s for %s and %s', r.index_series, r.source_party, c.fiscal_year - r.lag_years - 1, c.fiscal_year - r.lag_years)
		 WHEN f.num IS NULL THEN
			format('needs the defence budget of %s for %s and %s, in one currency', r.source_party, c.fiscal_year - r.lag_years - 1, c.fiscal_year - r.lag_years)
	END AS missing_reason,
	r.fiscal_calendar::text AS fiscal_calendar_name,
	c.projected IS NOT NULL AND c.root_complete AND COALESCE(p.complete, true) AS complete,
	CASE WHEN c.projected IS NOT NULL THEN c.root_summed ELSE 0::bigint END AS fiscal_years_summed,
	1::bigint AS fiscal_years_expected,
	true AS is_projected,
	CASE WHEN c.projected IS NOT NULL THEN @extschema@.currency_amount(c.projected, r.cur) END AS amount,
	c.projected AS amount_value
FROM chain c
	JOIN rules r ON r.agreement = c.agreement
	JOIN factor f ON f.agreement = c.agreement AND f.fiscal_year = c.fiscal_year
	LEFT JOIN published p ON p.agreement_code = c.agreement AND p.fiscal_year = c.fiscal_year
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(c.fiscal_year, r.fiscal_calendar) AS p) fy
UNION ALL
SELECT y.host_party, y.stationed_party, y.agreement_code, y.basis, NULL, y.fiscal_calendar,
	   y.fiscal_year, y.fiscal_year_label, y.start_date, y.end_date,
	   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	   y.currency_code, NULL, NULL, NULL, y.fiscal_calendar_name,
	   y.complete, y.fiscal_years_summed, y.fiscal_years_expected,
	   false, y.amount, y.amount_value
FROM rule_years y;
COMMENT ON VIEW costshare_internal.projection_rows IS
	'The rows of burden_projection (is_projected) and the reported rows of burden_with_projection, from one read of the yearly amounts';

CREATE VIEW @extschema@.burden_projection WITH (security_invoker = false) AS
SELECT
	p.host_party, p.stationed_party, p.agreement_code, p.basis, p.projected_from_basis, p.fiscal_calendar,
	p.fiscal_year, p.fiscal_year_label, p.start_date, p.end_date, p.rule_kind, p.base_value, p.base_kind,
	p.growth_from_value, p.growth_to_value, p.growth_from_source, p.growth_to_source,
	p.raw_growth_percent, p.limit_applied, p.applied_growth_percent, p.rounding_unit,
	p.projected, p.projected_value, p.currency_code, p.published_value, p.difference_value,
	p.missing_reason, p.fiscal_calendar_name, p.complete, p.fiscal_years_summed, p.fiscal_years_expected
FROM costshare_internal.projection_rows p
WHERE p.is_projected;
COMMENT ON VIEW @extschema@.burden_projection IS
	'Yearly amounts projected by each agreement''s escalation rule (basis projected), each year from the published amount of the year before, else from its projection; with the growth used, cap or floor, and the published amount and difference where one exists';
COMMENT ON COLUMN @extschema@.burden_projection.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_projection.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_projection.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_projection.basis IS 'Always projected';
COMMENT ON COLUMN @extschema@.burden_projection.projected_from_basis IS 'Basis of the published amounts the rule escalates';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_year IS 'Fiscal year projected';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_projection.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_projection.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_projection.rule_kind IS 'fixed_percent, defence_budget_growth or price_index';
COMMENT ON COLUMN @extschema@.burden_projection.base_value IS 'Amount of the year before, in major units, that grows';
COMMENT ON COLUMN @extschema@.burden_projection.base_kind IS 'published or projected: where base_value comes from';
COMMENT ON COLUMN @extschema@.burden_projection.growth_from_value IS 'Index or defence budget of the earlier year of the growth (100 for a fixed percentage)';
COMMENT ON COLUMN @extschema@.burden_projection.growth_to_value IS 'Index or defence budget of the later year of the growth (100 + the percentage for a fixed one)';
COMMENT ON COLUMN @extschema@.burden_projection.growth_from_source IS 'Source of growth_from_value';
COMMENT ON COLUMN @extschema@.burden_projection.growth_to_source IS 'Source of growth_to_value';
COMMENT ON COLUMN @extschema@.burden_projection.raw_growth_percent IS 'Growth before cap and floor, in percent, rounded half up to two decimals for display';
COMMENT ON COLUMN @extschema@.burden_projection.limit_applied IS 'cap or floor when one limited the growth, else NULL';
COMMENT ON COLUMN @extschema@.burden_projection.applied_growth_percent IS 'Growth applied, in percent, rounded half up to two decimals for display (the projection uses the exact ratio)';
COMMENT ON COLUMN @extschema@.burden_projection.rounding_unit IS 'Unit the projection is rounded to, in major units';
COMMENT ON COLUMN @extschema@.burden_projection.projected IS 'Projected amount';
COMMENT ON COLUMN @extschema@.burden_projection.projected_value IS 'projected in major units';
COMMENT ON COLUMN @extschema@.burden_projection.currency_code IS 'ISO 4217 code of the amounts (the agreement''s currency)';
COMMENT ON COLUMN @extschema@.burden_projection.published_value IS 'Published amount of the year (rule''s basis), if any, in major units';
COMMENT ON COLUMN @extschema@.burden_projection.difference_value IS 'published_value - projected_value';
COMMENT ON COLUMN @extschema@.burden_projection.missing_reason IS 'Why projected is NULL: no index or budget values, or no base';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_projection.complete IS
	'True only when projected was computed, the published year it grows from is reported, and published_value, if any, is a reported year''s (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_years_summed IS 'Published fiscal years with amounts the projection grows from: 1 or 0 (0 when projected is NULL)';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_years_expected IS 'Published fiscal years the projection should grow from: 1';

-- ---------------------------------------------------------------- burden_with_projection

/*
 * Asked for explicitly: the reported amounts of the agreements with an
 * escalation rule (of the rule's basis), and the projected amounts for the
 * years that have no published amount, each row saying which it is.
 */
CREATE VIEW @extschema@.burden_with_projection WITH (security_invoker = false) AS
SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_year, p.fiscal_year_label,
	   p.start_date, p.end_date, p.amount, p.amount_value, p.currency_code, p.is_projected,
	   p.complete, p.fiscal_years_summed, p.fiscal_years_expected
FROM costshare_internal.projection_rows p
-- the reported years, and the projected years without a published amount
WHERE NOT p.is_projected OR (p.published_value IS NULL AND p.projected IS NOT NULL);
COMMENT ON VIEW @extschema@.burden_with_projection IS
	'For agreements with an escalation rule: the reported amounts of the rule''s basis and, for the years without one, the projected amounts (basis projected, is_projected true); complete as in burden_by_period and burden_projection';
COMMENT ON COLUMN @extschema@.burden_with_projection.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_with_projection.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_with_projection.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_with_projection.basis IS 'The reported basis, or projected';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_with_projection.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_with_projection.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_with_projection.amount IS 'Reported or projected amount';
COMMENT ON COLUMN @extschema@.burden_with_projection.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_with_projection.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN @extschema@.burden_with_projection.is_projected IS 'True for a projected amount';
COMMENT ON COLUMN @extschema@.burden_with_projection.complete IS 'A reported row: the year is reported (burden_by_period); a projected row: as burden_projection.complete';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_years_summed IS 'Fiscal years with amounts the row sums or grows from: 1 or 0';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_years_expected IS 'Fiscal years the row should sum or grow from: 1';

-- costshare_internal.projection_rows: each column's comment is that of the
-- view that shows it (burden_with_projection's first, as it shows both
-- kinds of row), so that it is written once
DO $$
DECLARE
	col record;
BEGIN
	FOR col IN
		SELECT a.attname,
			   COALESCE(pg_catalog.col_description(w.attrelid, w.attnum),
						pg_catalog.col_description(p.attrelid, p.attnum)) AS description
		FROM pg_catalog.pg_attribute a
			LEFT JOIN pg_catalog.pg_attribute w
				ON w.attrelid OPERATOR(pg_catalog.=) '@extschema@.burden_with_projection'::pg_catalog.regclass
			   AND w.attname OPERATOR(pg_catalog.=) a.attname
			LEFT JOIN pg_catalog.pg_attribute p
				ON p.attrelid OPERATOR(pg_catalog.=) '@extschema@.burden_projection'::pg_catalog.regclass
			   AND p.attname OPERATOR(pg_catalog.=) a.attname
		WHERE a.attrelid OPERATOR(pg_catalog.=) 'costshare_internal.projection_rows'::pg_catalog.regclass
		  AND a.attnum OPERATOR(pg_catalog.>) 0
	LOOP
		EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L',
			'costshare_internal.projection_rows'::pg_catalog.regclass, col.attname,
			'As in burden_projection or burden_with_projection: ' OPERATOR(pg_catalog.||) col.description);
	END LOOP;
END
$$;

SELECT pg_catalog.pg_extension_config_dump('@extschema@.escalation_rule', '');

GRANT SELECT ON @extschema@.burden_projection, @extschema@.burden_with_projection TO costshare_reader;
