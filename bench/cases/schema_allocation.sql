-- title: burden_allocation against the hand-written plain-column join
-- sizes: 1000000 3000000 10000000
-- baseline: plain_allocation
-- setup-from: schema_period_category
-- goal: view_allocation <= 1.3 burden_allocation at most 1.3x the hand-written join
-- flat: view_allocation 15
--
-- The items of schema_period_category.  burden_allocation gives every
-- item's pieces, one per fiscal year it touches (here one, as budget lines
-- do), through allocate_pieces; the plain query joins the same tables over
-- plain bigint, text and date columns and needs no split.
-- @variant plain_allocation
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party;
-- @variant view_allocation
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
-- @report
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
