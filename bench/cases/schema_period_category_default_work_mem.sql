-- title: burden_by_period_category_rollup against the hand-written plain-column query, at PostgreSQL's default work_mem (4MB)
-- sizes: 1000000 3000000 10000000
-- baseline: plain_columns
-- setup-from: schema_period_category
-- goal: view <= 1.3 the view at most 1.3x the hand-written query
-- flat: view 15
--
-- schema_period_category again, with work_mem at PostgreSQL's default
-- instead of the 1GB the other cases run with: a planner that expects too
-- many rows or groups gives up hashing the ROLLUP here first, and sorts.
-- The plans at each size are in the report.
-- @variant plain_columns
-- @prepare
SET work_mem = '4MB';
-- @query
SELECT count(*), sum(amount) FROM (
	SELECT a.host_party, a.stationed_party, i.basis, i.currency,
	       (extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int) AS fiscal_year,
	       i.category, sum(i.amount) AS amount
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	GROUP BY a.host_party, a.stationed_party, i.basis, i.currency,
	         ROLLUP ((extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int), i.category)
) AS s;
-- @variant view
-- @prepare
SET work_mem = '4MB';
-- @query
SELECT count(*), sum(minor_units(amount)) FROM burden_by_period_category_rollup;
-- @report
SET work_mem = '4MB';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_by_period_category_rollup;
