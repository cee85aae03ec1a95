/*
 * The burden views.
 *
 * Each view gives amounts both as currency_amount (for SQL users) and as a
 * numeric in major units with a text currency code (for BI tools), and
 * periods both as agreement_period and as first and last dates, a fiscal
 * year number and its label.
 *
 * The views run with their owner's rights (security_invoker = false): the
 * costshare_reader role may read these views but not the tables, which a
 * view running with the reader's rights could not give.  doc/schema.md
 * explains the choice.
 */

/*
 * burden_allocation: every burden item spread over the fiscal years of its
 * host's calendar, exactly (the parts of an item sum to the item).  The base
 * of the other views; not granted to the reader, since it shows items one by
 * one.
 *
 * prorate_pieces runs in the target list over the joined items, one call
 * per item and no join to a function: an item within one fiscal year (the
 * usual case, a budget line) comes back whole as its only piece, and an
 * aggregate over the view reads the items with hash joins and can hash its
 * groups.  The shares keep the item's currency and scale.
 */
CREATE VIEW @extschema@.burden_allocation WITH (security_invoker = false) AS
SELECT
	s.item_id,
	s.agreement_code,
	s.host_party,
	s.stationed_party,
	s.category,
	s.basis,
	s.allocation_method,
	s.fiscal_calendar,
	(s.piece).fiscal_year AS fiscal_year,
	(s.piece).part AS part_period,
	(s.piece).share AS amount
FROM (
	SELECT
		bi.id AS item_id,
		a.code AS agreement_code,
		a.host_party,
		a.stationed_party,
		bi.category,
		bi.basis,
		COALESCE(bi.allocation_method, a.allocation_method) AS allocation_method,
		a.fiscal_calendar,
		costshare_internal.prorate_pieces(bi.amount, bi.period, a.fiscal_calendar,
			COALESCE(bi.allocation_method, a.allocation_method)) AS piece
	FROM @extschema@.burden_item bi
		/*
		 * Agreements with their host's calendar, joined first (OFFSET 0
		 * keeps them together): the items then need one hash probe each,
		 * not one for the agreement and another for the host.
		 */
		JOIN (
			SELECT ag.code, ag.host_party, ag.stationed_party, ag.allocation_method,
				   h.fiscal_calendar
			FROM @extschema@.agreement ag
				JOIN @extschema@.party h ON h.code = ag.host_party
			OFFSET 0
		) a ON a.code = bi.agreement
) s;
COMMENT ON VIEW @extschema@.burden_allocation IS
	'Each burden item spread over the fiscal years of its host''s calendar by its allocation method; the parts sum exactly to the item';
COMMENT ON COLUMN @extschema@.burden_allocation.item_id IS 'The burden item';
COMMENT ON COLUMN @extschema@.burden_allocation.agreement_code IS 'Agreement of the item';
COMMENT ON COLUMN @extschema@.burden_allocation.host_party IS 'Host party of the agreement';
COMMENT ON COLUMN @extschema@.burden_allocation.stationed_party IS 'Stationed party of the agreement';
COMMENT ON COLUMN @extschema@.burden_allocation.category IS 'Cost category of the item';
COMMENT ON COLUMN @extschema@.burden_allocation.basis IS 'Basis of the item (ceiling, budget, contract, settled)';
COMMENT ON COLUMN @extschema@.burden_allocation.allocation_method IS 'Method used to spread the item: the item''s, else the agreement''s';
COMMENT ON COLUMN @extschema@.burden_allocation.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_allocation.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_allocation.part_period IS 'The part of the item''s period in that fiscal year';
COMMENT ON COLUMN @extschema@.burden_allocation.amount IS 'The item''s part for that fiscal year';

-- ---------------------------------------------------------------- burden_by_period

CREATE VIEW @extschema@.burden_by_period WITH (security_invoker = false) AS
SELECT
	g.host_party,
	g.stationed_party,
	g.agreement_code,
	g.basis,
	h.fiscal_calendar,
	g.fiscal_year,
	@extschema@.fiscal_year_label(g.fiscal_year, h.fiscal_calendar) AS fiscal_year_label,
	fy.p AS period,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	@extschema@.currency(g.amount)::text AS currency_code,
	g.item_count
FROM (
	-- fiscal_calendar has no ordering, so the calendar joins after grouping
	SELECT ba.host_party, ba.stationed_party, ba.agreement_code, ba.basis, ba.fiscal_year,
		   @extschema@.sum(ba.amount) AS amount,
		   pg_catalog.count(*) AS item_count
	FROM @extschema@.burden_allocation ba
	GROUP BY ba.host_party, ba.stationed_party, ba.agreement_code, ba.basis,
			 ba.fiscal_year, @extschema@.currency(ba.amount)
) g
	JOIN @extschema@.party h ON h.code = g.host_party
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, h.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_period IS
	'Burden per host, stationed party, agreement, basis and fiscal year of the host''s calendar; multi-year amounts allocated exactly';
COMMENT ON COLUMN @extschema@.burden_by_period.host_party IS 'Host party (bears the burden)';
COMMENT ON COLUMN @extschema@.burden_by_period.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_period.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_year IS 'Fiscal year number in the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_year_label IS 'Fiscal year label, for example JFY2021';
COMMENT ON COLUMN @extschema@.burden_by_period.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period.amount IS 'Total burden for the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period.amount_value IS 'Total in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period.currency_code IS 'ISO 4217 code of the amount';
COMMENT ON COLUMN @extschema@.burden_by_period.item_count IS 'Number of burden items contributing';

-- ---------------------------------------------------------------- burden_by_category

/*
 * Category totals roll up the hierarchy: a category's total includes its
 * descendants'.  The share is of the agreement's total for the same basis
 * and currency (the sum of the top-level categories).
 *
 * The walk down the hierarchy carries its path and never enters a category
 * twice, so even a cycle the trigger did not see (rows from before it
 * existed) ends the recursion instead of hanging every reader.
 */
CREATE VIEW @extschema@.burden_by_category WITH (security_invoker = false) AS
WITH RECURSIVE closure (ancestor, descendant, depth, path) AS (
	SELECT c.code, c.code, 0, ARRAY[c.code]
	FROM @extschema@.cost_category c
	UNION ALL
	SELECT cl.ancestor, c.code, cl.depth + 1, pg_catalog.array_append(cl.path, c.code)
	FROM closure cl
		JOIN @extschema@.cost_category c ON c.parent = cl.descendant
	WHERE c.code <> ALL (cl.path)
),
levels AS (
	-- depth of each category from the top of the hierarchy
	SELECT cl.descendant AS code, pg_catalog.max(cl.depth) AS level
	FROM closure cl GROUP BY cl.descendant
),
item_totals AS (
	SELECT bi.agreement, bi.basis, bi.category, @extschema@.currency(bi.amount) AS cur,
		   @extschema@.sum(bi.amount) AS amount, pg_catalog.count(*) AS item_count
	FROM @extschema@.burden_item bi
	GROUP BY bi.agreement, bi.basis, bi.category, @extschema@.currency(bi.amount)
),
rolled AS (
	SELECT it.agreement, it.basis, it.cur, cl.ancestor AS category,
		   @extschema@.sum(it.amount) AS amount, pg_catalog.sum(it.item_count) AS item_count
	FROM item_totals it
		JOIN closure cl ON cl.descendant = it.category
	GROUP BY it.agreement, it.basis, it.cur, cl.ancestor
),
agreement_totals AS (
	SELECT it.agreement, it.basis, it.cur, @extschema@.sum(it.amount) AS amount
	FROM item_totals it
	GROUP BY it.agreement, it.basis, it.cur
)
SELECT
	a.host_party,
	a.stationed_party,
	a.code AS agreement_code,
	r.basis,
	r.category AS category_code,
	c.name AS category_name,
	c.parent AS parent_code,
	lv.level AS category_level,
	a.period,
	@extschema@.lower(a.period) AS start_date,
	@extschema@.last_day(a.period) AS end_date,
	-- an open-ended agreement has no last fiscal year
	CASE WHEN pg_catalog.isfinite(@extschema@.lower(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.lower(a.period), h.fiscal_calendar) END AS first_fiscal_year,
	CASE WHEN pg_catalog.isfinite(@extschema@.last_day(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) END AS last_fiscal_year,
	@extschema@.fiscal_label(a.period, h.fiscal_calendar) AS fiscal_year_label,
	r.amount,
	@extschema@.amount(r.amount) AS amount_value,
	r.cur::text AS currency_code,
	t.amount AS agreement_total,
	@extschema@.amount(t.amount) AS agreement_total_value,
	CASE WHEN @extschema@.amount(t.amount) <> 0::numeric THEN
		pg_catalog.round(100::numeric * @extschema@.amount(r.amount) / @extschema@.amount(t.amount), 2)
	END AS share_percent,
	r.item_count
FROM rolled r
	JOIN agreement_totals t USING (agreement, basis, cur)
	JOIN @extschema@.agreement a ON a.code = r.agreement
	JOIN @extschema@.party h ON h.code = a.host_party
	JOIN @extschema@.cost_category c ON c.code = r.category
	JOIN levels lv ON lv.code = r.category;
COMMENT ON VIEW @extschema@.burden_by_category IS
	'Burden per agreement, basis and cost category, each category including its descendants, with its share of the agreement''s total';
COMMENT ON COLUMN @extschema@.burden_by_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_category.category_code IS 'Cost category';
COMMENT ON COLUMN @extschema@.burden_by_category.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_category.parent_code IS 'Enclosing category, NULL at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.period IS 'Period of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.start_date IS 'First day of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.end_date IS 'Last day of the agreement (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_category.first_fiscal_year IS 'First fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.last_fiscal_year IS 'Last fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_year_label IS 'Label of the agreement''s fiscal years';
COMMENT ON COLUMN @extschema@.burden_by_category.amount IS 'Total of the category and its descendants';
COMMENT ON COLUMN @extschema@.burden_by_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_category.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total IS 'Total of the agreement for this basis and currency';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total_value IS 'agreement_total in major units';
COMMENT ON COLUMN @extschema@.burden_by_category.share_percent IS 'amount as a percentage of agreement_total, to two decimals';
COMMENT ON COLUMN @extschema@.burden_by_category.item_count IS 'Number of burden items counted';

-- ---------------------------------------------------------------- burden_by_period_category

CREATE VIEW @extschema@.burden_by_period_category WITH (security_invoker = false) AS
SELECT
	g.host_party,
	g.stationed_party,
	g.basis,
	h.fiscal_calendar,
	g.fiscal_year,
	@extschema@.fiscal_year_label(g.fiscal_year, h.fiscal_calendar) AS fiscal_year_label,
	fy.p AS period,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	g.category AS category_code,
	CASE WHEN g.grouping_bits = 0 THEN 'detail'
		 WHEN g.grouping_bits = 1 THEN 'fiscal year subtotal'
		 ELSE 'grand total' END AS row_kind,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	g.cur::text AS currency_code
FROM (
	SELECT ba.host_party, ba.stationed_party, ba.basis,
		   @extschema@.currency(ba.amount) AS cur, ba.fiscal_year, ba.category,
		   GROUPING(ba.fiscal_year, ba.category) AS grouping_bits,
		   @extschema@.sum(ba.amount) AS amount
	FROM @extschema@.burden_allocation ba
	GROUP BY ba.host_party, ba.stationed_party, ba.basis,
			 @extschema@.currency(ba.amount), ROLLUP (ba.fiscal_year, ba.category)
) g
	JOIN @extschema@.party h ON h.code = g.host_party
	-- NULL on grand-total rows: the function is strict
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, h.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_period_category IS
	'Burden by fiscal year and category, with a subtotal per fiscal year and a grand total per host, stationed party, basis and currency';
COMMENT ON COLUMN @extschema@.burden_by_period_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_period_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_year IS 'Fiscal year (NULL on grand-total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_year_label IS 'Fiscal year label (NULL on grand-total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period_category.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_code IS 'Cost category of the items (NULL on subtotal and total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.row_kind IS 'detail, fiscal year subtotal or grand total';
COMMENT ON COLUMN @extschema@.burden_by_period_category.amount IS 'Total';
COMMENT ON COLUMN @extschema@.burden_by_period_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.currency_code IS 'ISO 4217 code of the amount';


GRANT SELECT ON @extschema@.burden_by_period, @extschema@.burden_by_category,
	@extschema@.burden_by_period_category TO costshare_reader;
