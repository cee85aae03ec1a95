-- title: burden_by_period against the hand-written plain-column query giving the same rows, at PostgreSQL's default work_mem (4MB)
-- sizes: 1000000 3000000 10000000
-- baseline: plain_by_period
-- setup-from: schema_period_category
-- goal: view_by_period <= 1.3 burden_by_period at most 1.3x the hand-written query
-- flat: view_by_period 15
--
-- schema_period again (the same rows, checked there), with work_mem at
-- PostgreSQL's default instead of the 1GB the other cases run with: a
-- planner that expects too many rows or groups sorts here instead of
-- hashing.  The plans at each size are in the report: every grouping is a
-- hash (the sorts left are of the few hundred rows of years).  Without the
-- statistics burden_item_spans the planner took every item for a span of
-- its own, expected many spans over several fiscal years, and sorted all
-- the items on disk for a merge join with them (5.4x at 1M rows); with
-- them it counts the spans.  The view reads burden_item once, as in
-- schema_period.
-- @variant plain_by_period
-- @prepare
SET work_mem = '4MB';
-- @query
SELECT count(*), sum(amount), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM plain_by_period;
-- @variant view_by_period
-- @prepare
SET work_mem = '4MB';
-- @query
SELECT count(*), sum(minor_units(amount)), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM burden_by_period;
-- @report
SET work_mem = '4MB';
EXPLAIN SELECT count(*), sum(minor_units(amount)), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM burden_by_period;
EXPLAIN SELECT count(*), sum(amount), sum(days_covered), count(*) FILTER (WHERE complete),
       sum(fiscal_years_summed), sum(item_count), max(state)
FROM plain_by_period;
