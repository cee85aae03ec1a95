-- title: burden_by_category, its rollup and burden_by_period_category against hand-written plain-column queries giving the same rows
-- sizes: 1000000 3000000 10000000
-- baseline: plain_by_category
-- setup-from: schema_period_category
-- ratio-to: view_by_category_rollup plain_by_category_rollup
-- ratio-to: view_by_period_category plain_by_period_category
-- goal: view_by_category <= 1.3 burden_by_category at most 1.3x the hand-written query
-- goal: view_by_category_rollup <= 1.3 burden_by_category_rollup at most 1.3x the hand-written query
-- goal: view_by_period_category <= 1.3 burden_by_period_category at most 1.3x the hand-written query
-- flat: view_by_category 15
-- flat: view_by_category_rollup 15
-- flat: view_by_period_category 15
--
-- The items of schema_period_category, through the category views.
-- burden_by_category gives, per agreement, basis, currency and the
-- category the items were entered under, the total and its share of the
-- agreement's total (exactly 100.00 per agreement, basis and currency, by
-- largest remainder), the counts, the category's levels, and whether the
-- agreement's years are all reported for the basis, with the label of the
-- years that have amounts.  burden_by_category_rollup sums those rows per
-- ancestor of each category.  burden_by_period_category gives the reported
-- amounts per fiscal year and category, each year marked complete when
-- every agreement of the pair reports it.  The plain queries (in the
-- setup) compute the same rows by hand over plain bigint, text and date
-- columns, the categories and their hierarchy in plain tables, and the
-- report fails if a row differs.  Each pair reads the same columns.
--
-- burden_by_category and its rollup read the items twice: once grouped by
-- agreement, basis, category and currency for the totals, once for the
-- coverage of the agreement's years (burden_coverage_by_agreement;
-- plain_by_period on the plain side).  burden_by_period_category reads
-- them through costshare_internal.burden_parts for the amounts (the items
-- grouped by span and category, a span within one fiscal year whole) and
-- through the coverage for the years.
-- @variant plain_by_category
SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM plain_by_category;
-- @variant view_by_category
SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM burden_by_category;
-- @variant plain_by_category_rollup
SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_name)
FROM plain_by_category_rollup;
-- @variant view_by_category_rollup
SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_name)
FROM burden_by_category_rollup;
-- @variant plain_by_period_category
SELECT count(*), sum(amount_value), sum(item_count), count(*) FILTER (WHERE complete),
       max(fiscal_year_label), max(category_level_1_name)
FROM plain_by_period_category;
-- @variant view_by_period_category
SELECT count(*), sum(amount_value), sum(item_count), count(*) FILTER (WHERE complete),
       max(fiscal_year_label), max(category_level_1_name)
FROM burden_by_period_category;
-- @report
-- each view gives the rows of its plain query, or the run stops
SELECT require_same_rows('burden_by_category', 'plain_by_category',
	'host_party, stationed_party, agreement_code, basis, category_code, category_name, parent_code,
	 category_level, category_level_1_code, category_level_1_name, category_level_2_code,
	 category_level_2_name, category_level_3_code, category_level_3_name, start_date, end_date,
	 first_fiscal_year, last_fiscal_year, fiscal_year_label, amount_value, currency_code,
	 agreement_total_value, share_percent, item_count, unknown_item_count, complete,
	 fiscal_years_summed, fiscal_years_expected');
SELECT require_same_rows('burden_by_category_rollup', 'plain_by_category_rollup',
	'host_party, stationed_party, agreement_code, basis, category_code, category_name, parent_code,
	 category_level, start_date, end_date, first_fiscal_year, last_fiscal_year, fiscal_year_label,
	 amount_value, currency_code, agreement_total_value, share_percent, item_count,
	 unknown_item_count, complete, fiscal_years_summed, fiscal_years_expected');
SELECT require_same_rows('burden_by_period_category', 'plain_by_period_category',
	'host_party, stationed_party, basis, fiscal_year, fiscal_year_label, start_date, end_date,
	 category_code, category_name, category_level, category_level_1_code, category_level_1_name,
	 category_level_2_code, category_level_2_name, category_level_3_code, category_level_3_name,
	 amount_value, currency_code, item_count, complete');
EXPLAIN SELECT count(*), sum(amount_value), sum(share_percent), sum(item_count), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), max(fiscal_year_label), max(category_level_1_name)
FROM burden_by_category;
EXPLAIN SELECT count(*), sum(amount_value), sum(item_count), count(*) FILTER (WHERE complete),
       max(fiscal_year_label), max(category_level_1_name)
FROM burden_by_period_category;
