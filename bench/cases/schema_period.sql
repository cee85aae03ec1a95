-- title: burden_by_period against the hand-written plain-column query
-- sizes: 1000000 3000000 10000000
-- baseline: plain_by_period
-- setup-from: schema_period_category
-- goal: view_by_period <= 1.3 burden_by_period at most 1.3x the hand-written query
-- flat: view_by_period 15
--
-- The items of schema_period_category.  burden_by_period groups them per
-- host, stationed party, agreement, basis, fiscal year and currency, then
-- joins the host for its calendar, beside the same joins and grouping
-- written by hand over plain bigint, text and date columns.
-- @variant plain_by_period
SELECT count(*), sum(s.amount) FROM (
	SELECT a.host_party, a.stationed_party, i.agreement, i.basis, i.currency,
	       (extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int) AS fiscal_year,
	       sum(i.amount) AS amount, count(*) AS item_count
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	GROUP BY 1, 2, 3, 4, 5, 6
) AS s JOIN plain_party AS h2 ON h2.code = s.host_party;
-- @variant view_by_period
SELECT count(*), sum(minor_units(amount)) FROM burden_by_period;
-- @report
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_by_period;
