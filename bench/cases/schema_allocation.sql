-- title: burden_allocation against the hand-written plain-column join
-- sizes: 1000000 3000000 10000000
-- baseline: plain_allocation
-- setup-from: schema_period_category
-- goal: view_allocation <= 1.3 burden_allocation at most 1.3x the hand-written join
-- flat: view_allocation 15
--
-- The items of schema_period_category.  burden_allocation gives every
-- item's parts, one per fiscal year it touches (here one, as budget lines
-- do); the plain query joins the same tables over plain bigint, text and
-- date columns and needs no split.
--
-- burden_allocation joins each item to its agreement's fiscal years, so
-- that a filter on a fiscal year reaches the items through an index
-- (schema_view_filter).  Unfiltered, each item probes a hash of all the
-- agreements' years on its agreement and is tested for the overlap against
-- every year of the agreement (five here), then gets its part and share:
-- the tests and the wider join rows are what it costs over the plain join.
--
-- split_allocation is the form burden_allocation had before, measured here
-- beside it: prorate_pieces in the target list over the items joined to
-- their agreements, one call per item.  It costs less unfiltered, but its
-- fiscal year is an output of a set-returning function, which PostgreSQL
-- passes no filter through, so a one-year filter split every item.  In
-- instructions per item (callgrind, PostgreSQL 18, 200,000 items): the
-- plain query 1,615, split_allocation 3,291; of the 1,676 more, the split
-- itself is about 430 and the rest is what a set-returning function in a
-- target list costs the executor per row (the ProjectSet node and the call
-- protocol about 530, the call's arguments and reading the share back out
-- of the row about 410, the columns read about 170, a palloc and a memory
-- context reset about 120), so with a split that cost nothing it would
-- still cost about 1.8x the plain query.  Neither form reaches 1.3x.
-- @variant plain_allocation
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party;
-- @variant view_allocation
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
-- @variant split_allocation
SELECT count(*), sum(minor_units((s.piece).share))
FROM (SELECT costshare_internal.prorate_pieces(bi.amount, bi.period, a.fiscal_calendar,
             COALESCE(bi.allocation_method, a.allocation_method)) AS piece
      FROM burden_item AS bi
      JOIN (SELECT ag.code, ag.allocation_method, h.fiscal_calendar
            FROM agreement AS ag JOIN party AS h ON h.code = ag.host_party
            OFFSET 0) AS a ON a.code = bi.agreement
      WHERE bi.amount IS NOT NULL) AS s;
-- @report
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
