-- title: burden_by_category against the hand-written plain-column query giving the same rows
-- sizes: 1000000 3000000 10000000
-- baseline: plain_by_category
-- setup-from: schema_period_category
-- goal: view_by_category <= 1.3 burden_by_category at most 1.3x the hand-written query
-- flat: view_by_category 15
--
-- The items of schema_period_category.  burden_by_category gives, per
-- agreement, basis, currency and the category the items were entered
-- under, the total and its share of the agreement's total (exactly 100.00
-- per agreement, basis and currency, by largest remainder), the counts,
-- the category's levels, and whether the agreement's years are all
-- reported for the basis, with the label of the years that have amounts;
-- plain_by_category (in the setup) computes the same rows by hand over
-- plain bigint, text and date columns, its categories in a plain table,
-- and the report fails if a row differs.  Both read every column.
--
-- Both read the items twice: once grouped by agreement, basis, category
-- and currency for the totals, once for the coverage of the agreement's
-- years (burden_coverage_by_agreement; plain_by_period on the plain side).
-- @variant plain_by_category
SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM plain_by_category;
-- @variant view_by_category
SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM burden_by_category;
-- @report
DO $check$
DECLARE
	differ bigint;
BEGIN
	SELECT count(*) INTO differ FROM (
		(SELECT host_party, stationed_party, agreement_code, basis, category_code, category_name, parent_code,
		        category_level, category_level_1_code, category_level_1_name, category_level_2_code,
		        category_level_2_name, category_level_3_code, category_level_3_name, start_date, end_date,
		        first_fiscal_year, last_fiscal_year, fiscal_year_label, amount_value, currency_code,
		        agreement_total_value, share_percent, item_count, unknown_item_count, complete,
		        fiscal_years_summed, fiscal_years_expected
		 FROM burden_by_category
		 EXCEPT ALL
		 SELECT host_party, stationed_party, agreement_code, basis, category_code, category_name, parent_code,
		        category_level, category_level_1_code, category_level_1_name, category_level_2_code,
		        category_level_2_name, category_level_3_code, category_level_3_name, start_date, end_date,
		        first_fiscal_year, last_fiscal_year, fiscal_year_label, amount_value, currency_code,
		        agreement_total_value, share_percent, item_count, unknown_item_count, complete,
		        fiscal_years_summed, fiscal_years_expected
		 FROM plain_by_category)
		UNION ALL
		(SELECT host_party, stationed_party, agreement_code, basis, category_code, category_name, parent_code,
		        category_level, category_level_1_code, category_level_1_name, category_level_2_code,
		        category_level_2_name, category_level_3_code, category_level_3_name, start_date, end_date,
		        first_fiscal_year, last_fiscal_year, fiscal_year_label, amount_value, currency_code,
		        agreement_total_value, share_percent, item_count, unknown_item_count, complete,
		        fiscal_years_summed, fiscal_years_expected
		 FROM plain_by_category
		 EXCEPT ALL
		 SELECT host_party, stationed_party, agreement_code, basis, category_code, category_name, parent_code,
		        category_level, category_level_1_code, category_level_1_name, category_level_2_code,
		        category_level_2_name, category_level_3_code, category_level_3_name, start_date, end_date,
		        first_fiscal_year, last_fiscal_year, fiscal_year_label, amount_value, currency_code,
		        agreement_total_value, share_percent, item_count, unknown_item_count, complete,
		        fiscal_years_summed, fiscal_years_expected
		 FROM burden_by_category)) AS d;
	IF differ > 0 THEN
		RAISE EXCEPTION 'burden_by_category and plain_by_category differ in % rows', differ;
	END IF;
END
$check$;
EXPLAIN SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM burden_by_category;
EXPLAIN SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM plain_by_category;
