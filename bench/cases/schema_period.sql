-- title: burden_by_period against the hand-written plain-column query giving the same rows
-- sizes: 1000000 3000000 10000000
-- baseline: plain_by_period
-- setup-from: schema_period_category
-- goal: view_by_period <= 1.3 burden_by_period at most 1.3x the hand-written query
-- flat: view_by_period 15
--
-- The items of schema_period_category.  burden_by_period gives every
-- fiscal year of each agreement and basis, with the reported amounts of
-- the year and its coverage (state, complete, days covered against the
-- days of the year inside the agreement); plain_by_period (in the setup)
-- computes the same rows by hand over plain bigint, text and date columns,
-- and the report fails if a row differs.  Both read every column.  Both
-- group the items by span before cutting fiscal years: items over the same
-- span cover the same days and, within one fiscal year, come whole into it.
--
-- Both read the items once, for the coverage and the amounts together:
-- burden_coverage and burden_by_period share one private view
-- (costshare_internal.burden_year_amounts) that groups the items by
-- agreement, basis, status and span with sum_by_currency, where the plain
-- query groups by plain columns with sum(bigint).  What the view spends
-- over it is in that grouping: agreement_period hashes and compares
-- through its own functions, the per-currency totals through
-- sum_by_currency's state; the per-span work after it is small.
-- @variant plain_by_period
SELECT count(*), sum(amount), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM plain_by_period;
-- @variant view_by_period
SELECT count(*), sum(minor_units(amount)), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM burden_by_period;
-- @report
DO $check$
DECLARE
	differ bigint;
	states bigint;
BEGIN
	SELECT count(*) INTO differ FROM (
		(SELECT host_party, stationed_party, agreement_code, basis, fiscal_year, start_date, end_date, minor_units(amount), currency_code, item_count, state, complete, fiscal_years_summed, fiscal_years_expected, days_covered, agreement_days, days_in_year FROM burden_by_period
		 EXCEPT ALL
		 SELECT host_party, stationed_party, agreement_code, basis, fiscal_year, start_date, end_date, amount, currency_code, item_count, state, complete, fiscal_years_summed, fiscal_years_expected, days_covered, agreement_days, days_in_year FROM plain_by_period)
		UNION ALL
		(SELECT host_party, stationed_party, agreement_code, basis, fiscal_year, start_date, end_date, amount, currency_code, item_count, state, complete, fiscal_years_summed, fiscal_years_expected, days_covered, agreement_days, days_in_year FROM plain_by_period
		 EXCEPT ALL
		 SELECT host_party, stationed_party, agreement_code, basis, fiscal_year, start_date, end_date, minor_units(amount), currency_code, item_count, state, complete, fiscal_years_summed, fiscal_years_expected, days_covered, agreement_days, days_in_year FROM burden_by_period)) AS d;
	IF differ > 0 THEN
		RAISE EXCEPTION 'burden_by_period and plain_by_period differ in % rows', differ;
	END IF;
	-- the data has a year of each state, so the check compares them all
	SELECT count(DISTINCT state) INTO states FROM burden_by_period;
	IF states <> 4 THEN
		RAISE EXCEPTION 'burden_by_period shows % states, not the 4 the data has', states;
	END IF;
END
$check$;
EXPLAIN SELECT count(*), sum(minor_units(amount)), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM burden_by_period;
EXPLAIN SELECT count(*), sum(amount), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM plain_by_period;
