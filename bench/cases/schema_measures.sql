-- title: agreement_consistency and burden_change against hand-written plain-column queries giving the same rows
-- sizes: 1000000 3000000 10000000
-- baseline: plain_consistency
-- setup-from: schema_period_category
-- ratio-to: view_change plain_change
-- goal: view_consistency <= 1.3 agreement_consistency at most 1.3x the hand-written query
-- goal: view_change <= 1.3 burden_change at most 1.3x the hand-written query
-- flat: view_consistency 15
-- flat: view_change 15
--
-- The items of schema_period_category, through two of the measures.
-- agreement_consistency sets each agreement's published total (half of
-- them have one; the budget items of two add up to it) against the sum of
-- its reported items per basis and currency, with the difference, its
-- percentage and a status, and whether the agreement's years are all
-- reported.  burden_change sets each fiscal year's amount against the
-- previous year on file of its series (an agreement or all the host's, a
-- category or all): here every series skips a year (a year has the items
-- of one basis only), so each row gives the years between and the
-- compound annual rate over them.  The plain queries (in the setup)
-- compute the same rows by hand over plain bigint, text and date columns,
-- and the report fails if a row differs.  Each pair reads the same
-- columns.
-- @variant plain_consistency
SELECT count(*), sum(items_value), sum(difference_value), sum(difference_percent), max(status),
       count(*) FILTER (WHERE complete)
FROM plain_consistency;
-- @variant view_consistency
SELECT count(*), sum(items_value), sum(difference_value), sum(difference_percent), max(status),
       count(*) FILTER (WHERE complete)
FROM agreement_consistency;
-- @variant plain_change
SELECT count(*), sum(amount_value), sum(gap_change_value), sum(annualised_rate_percent), max(gap_label),
       count(*) FILTER (WHERE complete)
FROM plain_change;
-- @variant view_change
SELECT count(*), sum(amount_value), sum(gap_change_value), sum(annualised_rate_percent), max(gap_label),
       count(*) FILTER (WHERE complete)
FROM burden_change;
-- @report
-- each view gives the rows of its plain query, or the run stops
SELECT require_same_rows('agreement_consistency', 'plain_consistency',
	'host_party, stationed_party, agreement_code, basis, headline_value, headline_currency_code,
	 items_value, items_currency_code, item_count, items_first_day, items_last_day,
	 difference_value, difference_percent, status, complete, fiscal_years_summed,
	 fiscal_years_expected');
SELECT require_same_rows('burden_change', 'plain_change',
	'host_party, stationed_party, scope, agreement_code, basis, category_code, fiscal_year,
	 fiscal_year_label, amount_value, currency_code, previous_fiscal_year,
	 previous_fiscal_year_label, previous_value, change_kind, change_value, change_percent,
	 gap_first_year, gap_last_year, gap_years, gap_label, gap_change_value,
	 annualised_rate_percent, complete, fiscal_years_summed, fiscal_years_expected');
-- the data gives every status but other currency, so the check compares them
DO $check$
DECLARE
	statuses bigint;
BEGIN
	SELECT count(DISTINCT status) INTO statuses FROM agreement_consistency;
	IF statuses <> 4 THEN
		RAISE EXCEPTION 'agreement_consistency shows % statuses, not the 4 the data has', statuses;
	END IF;
END
$check$;
