/*
 * Measures: change from year to year (burden_change) and the exact
 * rounding the measures share (divide_round).  doc/measures.md.
 */

-- ---------------------------------------------------------------- divide_round

/*
 * numerator / denominator rounded once to scale decimal places.  numeric
 * division alone rounds at a scale of its own choosing, and rounding that
 * result again to the shown digits can be off by one in the last digit
 * (1.004999...97 first becomes 1.005, then 1.01); here the integer quotient
 * and its remainder are exact (div and mod on numeric are), so the one
 * rounding decides on the exact remainder.  Modes as currency_amount's:
 * half_even (ties to the even digit), half_up (ties away from zero, as
 * round(numeric) does), down (toward zero).  A zero denominator is an
 * error (22012), as numeric division is.
 */
CREATE FUNCTION @extschema@.divide_round(numerator numeric, denominator numeric, scale integer,
										 rounding text DEFAULT 'half_even')
RETURNS numeric
LANGUAGE plpgsql
IMMUTABLE
STRICT
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n			numeric;
	d			numeric := abs(denominator);
	q			numeric;
	r			numeric;
	neg			boolean := (numerator < 0::numeric) <> (denominator < 0::numeric);
BEGIN
	IF rounding NOT IN ('half_even', 'half_up', 'down') THEN
		RAISE EXCEPTION 'invalid rounding mode "%"', rounding
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Use half_even, half_up or down.';
	END IF;
	IF scale < -1000 OR scale > 1000 THEN
		RAISE EXCEPTION 'scale % is out of range', scale
			USING ERRCODE = 'numeric_value_out_of_range',
				DETAIL = 'The scale must lie between -1000 and 1000.';
	END IF;
	IF d = 0::numeric THEN
		RAISE EXCEPTION 'division by zero'
			USING ERRCODE = 'division_by_zero',
				HINT = 'The denominator of divide_round must not be zero.';
	END IF;
	n := abs(numerator) * power(10::numeric, scale::numeric);
	q := div(n, d);
	r := n - q * d;
	IF rounding = 'half_up' AND 2::numeric * r >= d
		OR rounding = 'half_even' AND (2::numeric * r > d OR 2::numeric * r = d AND mod(q, 2::numeric) = 1::numeric) THEN
		q := q + 1::numeric;
	END IF;
	IF neg THEN
		q := -q;
	END IF;
	RETURN round(q * power(10::numeric, (-scale)::numeric), greatest(scale, 0));
END
$$;
COMMENT ON FUNCTION @extschema@.divide_round(numeric, numeric, integer, text) IS
	'numerator / denominator rounded once, exactly, to scale decimal places: half_even (default), half_up (ties away from zero) or down (toward zero); 22012 for a zero denominator';

-- ---------------------------------------------------------------- annualised_rate_percent

/*
 * The compound annual rate, in percent, that takes from_value to to_value
 * in years years: 100 * ((to/from)^(1/years) - 1), rounded half up to
 * digits decimal places, exactly.  The root is irrational in general, so
 * numeric power() (exp and ln) only proposes the rounded rate k; k is then
 * proved: with u = 10^-(digits+2), k is right when
 *     (1 + (k - 1/2) u)^years <= to/from < (1 + (k + 1/2) u)^years,
 * and those powers of exact decimals are exact numeric products (compared
 * as products, from * power <= to, with no division).  A k that fails moves
 * one step toward the side it failed on until it holds.  A ratio exactly
 * on a half-way power (only possible when such a power is a ratio of the
 * two amounts) rounds up.
 * NULL when from_value is not positive or to_value is negative: no real
 * rate leads there.
 */
CREATE FUNCTION @extschema@.annualised_rate_percent(from_value numeric, to_value numeric,
													years integer, digits integer DEFAULT 2)
RETURNS numeric
LANGUAGE plpgsql
IMMUTABLE
STRICT
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u			numeric;
	k			numeric;
	lo			numeric;
	hi			numeric;
	i			integer;
	steps		integer := 0;
BEGIN
	IF years < 1 OR years > 1000 THEN
		RAISE EXCEPTION 'a rate over % years cannot be computed', years
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The number of years must lie between 1 and 1000.';
	END IF;
	IF digits < 0 OR digits > 20 THEN
		RAISE EXCEPTION '% digits are out of range', digits
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The digits of the rate must lie between 0 and 20.';
	END IF;
	IF from_value <= 0::numeric OR to_value < 0::numeric THEN
		RETURN NULL;
	END IF;
	u := power(10::numeric, (-(digits + 2))::numeric);
	IF to_value = 0::numeric THEN
		RETURN round(-100::numeric, digits);
	END IF;
	k := round((power(to_value / from_value, 1::numeric / years::numeric) - 1::numeric) / u);
	LOOP
		steps := steps + 1;
		IF steps > 100 THEN		-- power() is never this far off
			RAISE EXCEPTION 'annualised rate did not converge' USING ERRCODE = 'internal_error';
		END IF;
		-- (1 + (k - 1/2) u)^years and (1 + (k + 1/2) u)^years, exactly
		lo := 1::numeric;
		hi := 1::numeric;
		FOR i IN 1 .. years LOOP
			lo := lo * greatest(1::numeric + (k - 0.5) * u, 0::numeric);
			hi := hi * (1::numeric + (k + 0.5) * u);
		END LOOP;
		IF from_value * lo > to_value THEN
			k := k - 1::numeric;
		ELSIF from_value * hi <= to_value THEN
			k := k + 1::numeric;
		ELSE
			EXIT;
		END IF;
	END LOOP;
	RETURN round(k * u * 100::numeric, digits);
END
$$;
COMMENT ON FUNCTION @extschema@.annualised_rate_percent(numeric, numeric, integer, integer) IS
	'Compound annual rate in percent from from_value to to_value over years, rounded half up to digits places exactly (the rounded rate is proved by exact powers); NULL when no real rate leads there';

-- ---------------------------------------------------------------- burden_change

/*
 * Each fiscal year's burden against the previous year on file of the same
 * series, where a series is host, stationed party, agreement (or all the
 * host's agreements: scope 'host'), basis, currency and category (or all
 * categories: category_code NULL).  Items' own categories, not rolled up
 * the hierarchy (burden_by_category does that for an agreement's total).
 *
 *   change_kind 'first':    no earlier year on file;
 *   change_kind 'one year': the previous year on file is the adjacent one:
 *                           change_value and change_percent;
 *   change_kind 'over gap': one or more years between have no amount on
 *                           file: no one-year change is shown (change_* are
 *                           NULL); the row names the years between
 *                           (gap_first_year .. gap_last_year, gap_years,
 *                           gap_label) and gives the total change over the
 *                           span and the compound annualised rate over it
 *                           (annualised_rate_percent).
 *
 * A year "on file" is a year with an amount in burden_allocation.
 *
 * Coverage of each row, as the burden views give it: the row's figures
 * span the fiscal years from previous_fiscal_year (its own year for a
 * first row) to fiscal_year, fiscal_years_expected of them; they use the
 * amounts of fiscal_years_summed (1 for a first row, else 2: the year and
 * the previous one).  complete is true only when the two counts are equal
 * (no years between) and every year used is reported (burden_coverage) for
 * every agreement the row sums, the agreement's or all the host's with the
 * stationed party for the basis: a change from or to a partial or unknown
 * year, or over a gap, is never complete.
 */
CREATE VIEW @extschema@.burden_change WITH (security_invoker = false) AS
WITH detail AS (
	-- the items summed once per agreement, fiscal year and category; the
	-- series of all categories and of the host's agreements are sums of
	-- these sums (exact, one currency per row)
	-- (from costshare_internal.burden_parts, summed per span, so that the
	-- planner counts these groups rather than expect one per item)
	SELECT bp.host_party, bp.stationed_party, bp.agreement_code, bp.basis,
		   bp.currency_code,
		   bp.category, bp.fiscal_year,
		   @extschema@.sum(bp.amount) AS amount
	FROM costshare_internal.burden_parts bp
	GROUP BY bp.host_party, bp.stationed_party, bp.agreement_code, bp.basis,
			 bp.currency_code, bp.fiscal_year, bp.category
),
on_file AS (
	SELECT d.host_party, d.stationed_party, 'agreement'::text AS scope, d.agreement_code, d.basis,
		   d.currency_code, d.category, d.fiscal_year, d.amount
	FROM detail d
	UNION ALL
	SELECT d.host_party, d.stationed_party, 'agreement', d.agreement_code, d.basis,
		   d.currency_code, NULL, d.fiscal_year, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.agreement_code, d.basis, d.currency_code, d.fiscal_year
	UNION ALL
	SELECT d.host_party, d.stationed_party, 'host', NULL, d.basis,
		   d.currency_code, d.category, d.fiscal_year, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.currency_code, d.fiscal_year, d.category
	UNION ALL
	SELECT d.host_party, d.stationed_party, 'host', NULL, d.basis,
		   d.currency_code, NULL, d.fiscal_year, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.currency_code, d.fiscal_year
),
agreement_year_state AS (
	-- per agreement and fiscal year: is the year reported?
	SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.fiscal_year,
		   pg_catalog.bool_and(c.state = 'reported') AS reported
	FROM @extschema@.burden_coverage c
	WHERE c.basis IS NOT NULL
	GROUP BY c.host_party, c.stationed_party, c.agreement_code, c.basis, c.fiscal_year
),
year_state AS (
	-- per series of agreements and fiscal year: is the year reported for
	-- every agreement of the series?
	SELECT a.host_party, a.stationed_party, 'agreement'::text AS scope, a.agreement_code, a.basis,
		   a.fiscal_year, a.reported
	FROM agreement_year_state a
	UNION ALL
	SELECT a.host_party, a.stationed_party, 'host', NULL, a.basis, a.fiscal_year,
		   pg_catalog.bool_and(a.reported)
	FROM agreement_year_state a
	GROUP BY a.host_party, a.stationed_party, a.basis, a.fiscal_year
),
sequenced AS (
	SELECT o.*,
		   @extschema@.amount(o.amount) AS amount_value,
		   pg_catalog.lag(o.fiscal_year) OVER w AS previous_fiscal_year,
		   pg_catalog.lag(@extschema@.amount(o.amount)) OVER w AS previous_value
	FROM on_file o
	WINDOW w AS (PARTITION BY o.host_party, o.stationed_party, o.scope, o.agreement_code, o.basis,
						  o.currency_code, o.category
				 ORDER BY o.fiscal_year)
)
SELECT
	s.host_party,
	s.stationed_party,
	s.scope,
	s.agreement_code,
	s.basis,
	s.category AS category_code,
	h.fiscal_calendar,
	s.fiscal_year,
	@extschema@.fiscal_year_label(s.fiscal_year, h.fiscal_calendar) AS fiscal_year_label,
	s.amount,
	s.amount_value,
	s.currency_code,
	s.previous_fiscal_year,
	CASE WHEN s.previous_fiscal_year IS NOT NULL THEN
		@extschema@.fiscal_year_label(s.previous_fiscal_year, h.fiscal_calendar) END AS previous_fiscal_year_label,
	s.previous_value,
	CASE WHEN s.previous_fiscal_year IS NULL THEN 'first'
		 WHEN s.previous_fiscal_year = s.fiscal_year - 1 THEN 'one year'
		 ELSE 'over gap' END AS change_kind,
	CASE WHEN s.previous_fiscal_year = s.fiscal_year - 1 THEN s.amount_value - s.previous_value END AS change_value,
	CASE WHEN s.previous_fiscal_year = s.fiscal_year - 1 AND s.previous_value <> 0::numeric THEN
		@extschema@.divide_round(100::numeric * (s.amount_value - s.previous_value), s.previous_value, 2, 'half_up')
	END AS change_percent,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.previous_fiscal_year + 1 END AS gap_first_year,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.fiscal_year - 1 END AS gap_last_year,
	-- a count, so bigint like every count of the views
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN
		(s.fiscal_year - s.previous_fiscal_year - 1)::bigint END AS gap_years,
	CASE WHEN s.previous_fiscal_year = s.fiscal_year - 2 THEN
			@extschema@.fiscal_year_label(s.fiscal_year - 1, h.fiscal_calendar)
		 WHEN s.previous_fiscal_year < s.fiscal_year - 2 THEN
			@extschema@.fiscal_year_label(s.previous_fiscal_year + 1, h.fiscal_calendar) || '..'
			|| @extschema@.fiscal_year_label(s.fiscal_year - 1, h.fiscal_calendar)
	END AS gap_label,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.amount_value - s.previous_value END AS gap_change_value,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN
		@extschema@.annualised_rate_percent(s.previous_value, s.amount_value, s.fiscal_year - s.previous_fiscal_year, 2)
	END AS annualised_rate_percent,
	h.fiscal_calendar::text AS fiscal_calendar_name,
	n.summed = n.expected AND COALESCE(y1.reported, false)
		AND (s.previous_fiscal_year IS NULL OR COALESCE(y0.reported, false)) AS complete,
	n.summed AS fiscal_years_summed,
	n.expected AS fiscal_years_expected
FROM sequenced s
	JOIN @extschema@.party h ON h.code = s.host_party
	CROSS JOIN LATERAL (
		SELECT CASE WHEN s.previous_fiscal_year IS NULL THEN 1::bigint ELSE 2::bigint END AS summed,
			   CASE WHEN s.previous_fiscal_year IS NULL THEN 1::bigint
					ELSE (s.fiscal_year - s.previous_fiscal_year + 1)::bigint END AS expected) n
	LEFT JOIN year_state y1
		ON y1.host_party = s.host_party AND y1.stationed_party = s.stationed_party AND y1.scope = s.scope
		   AND y1.agreement_code IS NOT DISTINCT FROM s.agreement_code AND y1.basis = s.basis
		   AND y1.fiscal_year = s.fiscal_year
	LEFT JOIN year_state y0
		ON y0.host_party = s.host_party AND y0.stationed_party = s.stationed_party AND y0.scope = s.scope
		   AND y0.agreement_code IS NOT DISTINCT FROM s.agreement_code AND y0.basis = s.basis
		   AND y0.fiscal_year = s.previous_fiscal_year;
COMMENT ON VIEW @extschema@.burden_change IS
	'Each fiscal year''s burden against the previous year on file of its series (agreement or host, basis, currency, category or all): a one-year change only between adjacent years; across years with no amount on file, the years between and the compound annualised rate; complete only when both years are reported and adjacent';
COMMENT ON COLUMN @extschema@.burden_change.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_change.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_change.scope IS 'agreement (one agreement''s burden) or host (all the host''s agreements with the stationed party)';
COMMENT ON COLUMN @extschema@.burden_change.agreement_code IS 'Agreement (NULL when scope is host)';
COMMENT ON COLUMN @extschema@.burden_change.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_change.category_code IS 'Cost category of the items (NULL: all categories)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_change.amount IS 'Burden of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_change.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_change.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_change.previous_fiscal_year IS 'The latest earlier fiscal year on file of the series (adjacent or not)';
COMMENT ON COLUMN @extschema@.burden_change.previous_fiscal_year_label IS 'Label of previous_fiscal_year';
COMMENT ON COLUMN @extschema@.burden_change.previous_value IS 'Burden of previous_fiscal_year in major units';
COMMENT ON COLUMN @extschema@.burden_change.change_kind IS 'first (no earlier year), one year (adjacent years) or over gap (years between with no amount)';
COMMENT ON COLUMN @extschema@.burden_change.change_value IS 'amount_value - previous_value, for adjacent years only';
COMMENT ON COLUMN @extschema@.burden_change.change_percent IS '100 * change / previous, rounded half up to two decimals exactly; adjacent years only';
COMMENT ON COLUMN @extschema@.burden_change.gap_first_year IS 'First of the fiscal years between with no amount on file';
COMMENT ON COLUMN @extschema@.burden_change.gap_last_year IS 'Last of the fiscal years between with no amount on file';
COMMENT ON COLUMN @extschema@.burden_change.gap_years IS 'Number of fiscal years between with no amount on file';
COMMENT ON COLUMN @extschema@.burden_change.gap_label IS 'Labels of the years between, for example 2023..2025';
COMMENT ON COLUMN @extschema@.burden_change.gap_change_value IS 'amount_value - previous_value over the whole span, for a gap only';
COMMENT ON COLUMN @extschema@.burden_change.annualised_rate_percent IS
	'Compound annual rate over the span from previous_fiscal_year, in percent, rounded half up to two decimals exactly; for a gap only';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_change.complete IS
	'True only when the row uses every fiscal year it spans (first or one year, no gap) and each is reported for every agreement the row sums (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_years_summed IS 'Fiscal years whose amounts the row uses: 1 for first, else 2 (the year and previous_fiscal_year)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_years_expected IS 'Fiscal years the row spans, from previous_fiscal_year (or the year itself for first) to fiscal_year';

GRANT SELECT ON @extschema@.burden_change TO costshare_reader;
