-- title: burden_allocation against the hand-written plain-column join
-- sizes: 1000000 3000000 10000000
-- baseline: plain_allocation
-- setup-from: schema_period_category
-- goal: view_allocation <= 1.3 burden_allocation at most 1.3x the hand-written join
-- flat: view_allocation 15
--
-- The items of schema_period_category.  burden_allocation gives every
-- item's pieces, one per fiscal year it touches (here one, as budget lines
-- do), through prorate_pieces in its target list; the plain query joins the
-- same tables over plain bigint, text and date columns and needs no split.
--
-- What limits it, in instructions per item (callgrind, PostgreSQL 18,
-- 200,000 items; repeatable where timings are not): the plain query 1,615,
-- the view 3,291 (4,011 before the view kept its items by amount rather
-- than status, which read each row to its last column, and before an item
-- within one fiscal year became its own piece without the split's state
-- and each row a copy of one formed once).  Of the 1,676 more, the split
-- itself (the fiscal years of the period's two ends, the piece and its
-- row) is about 430.  The rest is what a set-returning function in a
-- target list costs PostgreSQL's executor per row, which a plain join does
-- not pay: the ProjectSet node and the call protocol about 530 (one step
-- per view column passing through it, an unused one as a NULL constant),
-- the call's four arguments and reading the share back out of the row
-- about 410, the columns the split needs read from burden_item and the
-- hash table about 170, a palloc and a memory context reset per row about
-- 120.  With a split that cost nothing the view would still cost about
-- 1.8x the plain query, so 1.3x is out of reach while a target-list call
-- gives the pieces; and that is the form that reads the items once, hashes
-- the groups of the views above it and runs on Citus over a distributed
-- burden_item (a join of the items to their agreement's fiscal years was
-- tried: Citus refuses the correlated subquery it needs).
-- @variant plain_allocation
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party;
-- @variant view_allocation
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
-- @report
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
