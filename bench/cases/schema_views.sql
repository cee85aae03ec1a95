-- title: every burden view over the same items, 1M to 10M: time per item
-- sizes: 1000000 3000000 10000000
-- baseline: plain_join
-- setup-from: schema_period_category
-- flat: burden_allocation 15
-- flat: burden_by_period 15
-- flat: burden_by_period_category 15
-- flat: burden_by_period_category_rollup 15
-- flat: burden_by_category 15
-- flat: burden_by_category_rollup 15
-- flat: burden_year_coverage 15
-- flat: burden_coverage 15
-- flat: burden_coverage_by_agreement 15
-- flat: burden_by_stationed_calendar 15
-- flat: burden_per_person 15
-- flat: burden_vs_demand 15
-- flat: burden_share 15
-- flat: burden_change 15
-- flat: burden_projection 15
-- flat: burden_with_projection 15
-- flat: agreement_consistency 15
-- ratio-to: burden_vs_demand burden_by_period
-- ratio-to: burden_share burden_by_period
-- ratio-to: burden_projection burden_by_period
-- ratio-to: burden_with_projection burden_by_period
-- goal: burden_vs_demand <= 1.2 at most a fifth over burden_by_period, the years it compares
-- goal: burden_share <= 1.2 at most a fifth over burden_by_period, the years it divides
-- goal: burden_projection <= 1.2 at most a fifth over burden_by_period, the years it grows from
-- goal: burden_with_projection <= 1.2 at most a fifth over burden_by_period, the years it shows
--
-- The items of schema_period_category, with its figures for the views
-- that set items against personnel, a demand, rates, a defence budget and
-- escalation rules.  Each view is read whole, summing a column that needs
-- its amounts, so that nothing the answer rests on is left out of the
-- plan.  The goal here is scaling: a view's time per item at 10M within
-- 15 % of its time at 1M, so that no plan turns worse as the items grow
-- (burden_by_period_category once sorted ten million rows where it now
-- hashes).  The ratios are to plain_join, the items joined to their
-- agreements and hosts over plain columns, a unit of the work of reading
-- the items once: a view that reads the items twice or more (the coverage
-- and the amounts) costs that many units and more.  The views with a
-- hand-written plain-column equivalent, and their goals against it, are
-- in schema_allocation, schema_period, schema_period_category,
-- schema_category, schema_coverage and schema_measures.
--
-- Four views are measured here against the view they are built on,
-- burden_by_period (whose ratio is then 1.00x; against its own plain
-- twin it is in schema_period): burden_vs_demand, burden_share,
-- burden_projection and burden_with_projection add to its years a few
-- lookups per year (a rate, a defence budget, a growth factor), work that
-- does not grow with the items.  A hand-written equivalent of any of them
-- must compute at least what the plain twin of burden_by_period computes,
-- so a view's ratio here times burden_by_period's ratio in schema_period
-- bounds its ratio to such an equivalent from above.
-- burden_with_projection reads the years once, as
-- burden_projection does: its reported years are the years the projection
-- grows from.
-- @variant plain_join
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party;
-- @variant burden_allocation
SELECT count(*), sum(amount_value) FROM burden_allocation;
-- @variant burden_by_period
SELECT count(*), sum(amount_value) FROM burden_by_period;
-- @variant burden_by_period_category
SELECT count(*), sum(amount_value) FROM burden_by_period_category;
-- @variant burden_by_period_category_rollup
SELECT count(*), sum(amount_value) FROM burden_by_period_category_rollup;
-- @variant burden_by_category
SELECT count(*), sum(amount_value), sum(share_percent) FROM burden_by_category;
-- @variant burden_by_category_rollup
SELECT count(*), sum(amount_value), sum(share_percent) FROM burden_by_category_rollup;
-- @variant burden_year_coverage
SELECT count(*), count(*) FILTER (WHERE reported) FROM burden_year_coverage;
-- @variant burden_coverage
SELECT count(*), sum(days_covered), count(*) FILTER (WHERE state = 'reported') FROM burden_coverage;
-- @variant burden_coverage_by_agreement
SELECT count(*), sum(fiscal_years_summed), count(*) FILTER (WHERE complete) FROM burden_coverage_by_agreement;
-- @variant burden_by_stationed_calendar
SELECT count(*), sum(amount_value) FROM burden_by_stationed_calendar;
-- @variant burden_per_person
SELECT count(*), sum(per_person_value) FROM burden_per_person;
-- @variant burden_vs_demand
SELECT count(*), sum(burden_value), sum(demand_ratio) FROM burden_vs_demand;
-- @variant burden_share
SELECT count(*), sum(share_percent) FROM burden_share;
-- @variant burden_change
SELECT count(*), sum(change_value), sum(gap_change_value) FROM burden_change;
-- @variant burden_projection
SELECT count(*), sum(projected_value) FROM burden_projection;
-- @variant burden_with_projection
SELECT count(*), sum(amount_value) FROM burden_with_projection;
-- @variant agreement_consistency
SELECT count(*), sum(items_value) FROM agreement_consistency;
-- @report
-- every view gives rows over these items, or the run stops: a view that
-- came out empty would be timed doing nothing
DO $check$
DECLARE
	empty text;
BEGIN
	SELECT string_agg(v, ', ') INTO empty
	FROM (VALUES
		('burden_by_period_category', (SELECT count(*) FROM burden_by_period_category WHERE amount IS NOT NULL)),
		('burden_by_category', (SELECT count(*) FROM burden_by_category WHERE share_percent IS NOT NULL)),
		('burden_per_person', (SELECT count(*) FROM burden_per_person WHERE per_person IS NOT NULL)),
		('burden_vs_demand', (SELECT count(*) FROM burden_vs_demand WHERE demand_ratio IS NOT NULL)),
		('burden_share', (SELECT count(*) FROM burden_share WHERE share_percent IS NOT NULL)),
		('burden_change', (SELECT count(*) FROM burden_change WHERE gap_change_value IS NOT NULL)),
		('burden_projection', (SELECT count(*) FROM burden_projection WHERE projected IS NOT NULL)),
		('burden_with_projection', (SELECT count(*) FROM burden_with_projection WHERE is_projected)),
		('agreement_consistency', (SELECT count(*) FROM agreement_consistency WHERE items_value IS NOT NULL))
	) AS t(v, n)
	WHERE n = 0;
	IF empty IS NOT NULL THEN
		RAISE EXCEPTION 'views without rows to time: %', empty;
	END IF;
END
$check$;
