-- title: burden_by_period_category_rollup against the hand-written plain-column query giving the same rows, at PostgreSQL's default work_mem (4MB)
-- sizes: 1000000 3000000 10000000
-- baseline: plain_columns
-- setup-from: schema_period_category
-- goal: view <= 1.3 the view at most 1.3x the hand-written query
-- flat: view 15
--
-- schema_period_category again (the same rows, checked there), with
-- work_mem at PostgreSQL's default instead of the 1GB the other cases run
-- with: a planner that expects too many rows or groups gives up hashing
-- here first, and sorts.  The plans at each size are in the report: the
-- items are grouped by hashing; the sorts left are of a few hundred rows.
-- @variant plain_columns
-- @prepare
SET work_mem = '4MB';
-- @query
SELECT count(*), sum(amount), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM plain_by_period_category_rollup;
-- @variant view
-- @prepare
SET work_mem = '4MB';
-- @query
SELECT count(*), sum(minor_units(amount)), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM burden_by_period_category_rollup;
-- @report
SET work_mem = '4MB';
EXPLAIN SELECT count(*), sum(minor_units(amount)), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM burden_by_period_category_rollup;
EXPLAIN SELECT count(*), sum(amount), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM plain_by_period_category_rollup;
