/*
 * Measures: an agreement's items against its published total.
 * doc/measures.md.
 */

-- ---------------------------------------------------------------- agreement_consistency

/*
 * Each agreement's headline total (agreement.total_ceiling, the total
 * published for the whole period) against the sum of its items, per basis
 * and currency, so that a mistyped item shows.  Only reported items are
 * summed (an unknown one has no amount); an agreement with none has one
 * row with basis NULL.  status:
 *   'matches'         the items add up to the headline;
 *   'differs'         they do not: difference_value = items - headline;
 *   'other currency'  the items are in another currency than the headline;
 *   'no headline'     the agreement has no published total;
 *   'no items'        the agreement has a headline and no items.
 * The headline is usually the sum of the yearly ceilings, so the ceiling
 * rows are the ones expected to match; the other bases show how far the
 * budgets or settlements are from it.
 * complete (burden_coverage_by_agreement): every fiscal year of the
 * agreement is reported for the basis, so that a sum of items missing a
 * year is not read as a mistyped item; fiscal_years_summed of
 * fiscal_years_expected have amounts.  A row with no items is not complete.
 */
CREATE VIEW @extschema@.agreement_consistency WITH (security_invoker = false) AS
WITH sums AS (
	SELECT bi.agreement, bi.basis, @extschema@.currency(bi.amount) AS cur,
		   @extschema@.sum(bi.amount) AS items_total, pg_catalog.count(*) AS item_count,
		   pg_catalog.min(@extschema@.lower(bi.period)) AS first_day,
		   pg_catalog.max(@extschema@.last_day(bi.period)) AS last_day
	FROM @extschema@.burden_item bi
	-- an item recorded as unknown has no amount to add (it makes its years
	-- not reported: complete says so)
	WHERE bi.status = 'reported'
	GROUP BY bi.agreement, bi.basis, @extschema@.currency(bi.amount)
)
SELECT
	a.host_party,
	a.stationed_party,
	a.code AS agreement_code,
	s.basis,
	a.total_ceiling AS headline_total,
	@extschema@.amount(a.total_ceiling) AS headline_value,
	@extschema@.currency(a.total_ceiling)::text AS headline_currency_code,
	s.items_total,
	@extschema@.amount(s.items_total) AS items_value,
	s.cur::text AS items_currency_code,
	COALESCE(s.item_count, 0) AS item_count,
	s.first_day AS items_first_day,
	s.last_day AS items_last_day,
	CASE WHEN s.cur OPERATOR(@extschema@.=) @extschema@.currency(a.total_ceiling) THEN
		@extschema@.amount(s.items_total) - @extschema@.amount(a.total_ceiling) END AS difference_value,
	CASE WHEN s.cur OPERATOR(@extschema@.=) @extschema@.currency(a.total_ceiling)
			  AND @extschema@.amount(a.total_ceiling) <> 0::numeric THEN
		@extschema@.divide_round(100::numeric * (@extschema@.amount(s.items_total) - @extschema@.amount(a.total_ceiling)),
								 @extschema@.amount(a.total_ceiling), 4, 'half_up') END AS difference_percent,
	CASE WHEN a.total_ceiling IS NULL THEN 'no headline'
		 WHEN s.agreement IS NULL THEN 'no items'
		 WHEN s.cur OPERATOR(@extschema@.<>) @extschema@.currency(a.total_ceiling) THEN 'other currency'
		 WHEN @extschema@.amount(s.items_total) = @extschema@.amount(a.total_ceiling) THEN 'matches'
		 ELSE 'differs' END AS status,
	COALESCE(cv.complete, false) AS complete,
	COALESCE(cv.fiscal_years_summed, 0::bigint) AS fiscal_years_summed,
	COALESCE(cv.fiscal_years_expected, 0::bigint) AS fiscal_years_expected
FROM @extschema@.agreement a
	LEFT JOIN sums s ON s.agreement = a.code
	LEFT JOIN @extschema@.burden_coverage_by_agreement cv
		ON cv.agreement_code = a.code AND cv.basis IS NOT DISTINCT FROM s.basis;
COMMENT ON VIEW @extschema@.agreement_consistency IS
	'Each agreement''s published total (total_ceiling) against the sum of its items per basis and currency, with the difference and a status (matches, differs, other currency, no headline, no items); complete only when every fiscal year of the agreement is reported';
COMMENT ON COLUMN @extschema@.agreement_consistency.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.agreement_consistency.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.agreement_consistency.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.agreement_consistency.basis IS 'Basis of the items summed (NULL when the agreement has none)';
COMMENT ON COLUMN @extschema@.agreement_consistency.headline_total IS 'The agreement''s published total for its whole period (total_ceiling)';
COMMENT ON COLUMN @extschema@.agreement_consistency.headline_value IS 'headline_total in major units';
COMMENT ON COLUMN @extschema@.agreement_consistency.headline_currency_code IS 'ISO 4217 code of headline_total';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_total IS 'Sum of the agreement''s items of this basis and currency';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_value IS 'items_total in major units';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_currency_code IS 'ISO 4217 code of items_total';
COMMENT ON COLUMN @extschema@.agreement_consistency.item_count IS 'Number of items summed';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_first_day IS 'First day covered by the items';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_last_day IS 'Last day covered by the items (inclusive)';
COMMENT ON COLUMN @extschema@.agreement_consistency.difference_value IS 'items_value - headline_value (same currency only)';
COMMENT ON COLUMN @extschema@.agreement_consistency.difference_percent IS 'difference as a percentage of the headline, rounded half up to four decimals exactly';
COMMENT ON COLUMN @extschema@.agreement_consistency.status IS 'matches, differs, other currency, no headline or no items';
COMMENT ON COLUMN @extschema@.agreement_consistency.complete IS 'True only when every fiscal year of the agreement is reported for the basis (burden_coverage_by_agreement)';
COMMENT ON COLUMN @extschema@.agreement_consistency.fiscal_years_summed IS 'Fiscal years of the agreement with amounts for the basis (reported or partial)';
COMMENT ON COLUMN @extschema@.agreement_consistency.fiscal_years_expected IS 'Fiscal years of the agreement';

GRANT SELECT ON @extschema@.agreement_consistency TO costshare_reader;
