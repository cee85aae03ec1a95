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

-- ---------------------------------------------------------------- burden_allocation

/*
 * burden_allocation: every burden item spread over the fiscal years of its
 * host's calendar, exactly (the parts of an item sum to the item).  The base
 * of the other views; not granted to the reader, since it shows items one by
 * one.
 *
 * Each agreement's fiscal years (fiscal_years over its span, a few rows per
 * agreement, in its host's calendar) are joined to the items on the
 * agreement and on the overlap of the item's period with the year: one row
 * per item and fiscal year it touches, the years the split gives, since an
 * item lies inside its agreement.  An item within one fiscal year (the
 * usual case, a budget line) is its own only part, whole; the share of an
 * item over several years comes from prorate_share, as the split gives it.
 * The shares keep the item's currency and scale.
 *
 * So a filter on the fiscal year, like one on the host or the agreement,
 * lands on the agreements' years, and the planner can fetch the items of
 * each year kept by its agreement and its period at once, through
 * burden_item_agreement_period_idx (GiST over both); one on the category
 * uses burden_item_category_idx.  Unfiltered, the items are read once and each
 * probes a hash of the agreements' years.  The overlap is written as
 * costshare_internal.overlaps_within_key, && as a function call: as the
 * operator, its estimate multiplied by the agreement's would expect a
 * fraction of the rows (agreement_period_selfuncs.c).  The years are kept
 * whole (OFFSET 0): each agreement's are computed once, and the planner
 * sees one set of rows to hash or to loop over.
 *
 * An open-ended agreement has no last fiscal year: its years are cut to the
 * span of the items of all open-ended agreements, one lookup through
 * burden_item_agreement_idx that does not refer to the agreement row (Citus
 * plans such a subquery once, never one per row), made only when such an
 * agreement is read.  The years it adds hold no item of that agreement and
 * join to nothing.
 *
 * The items kept are those with an amount: the table's check
 * burden_item_amount_status makes that status = 'reported' exactly.
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
	s.fiscal_year,
	s.part_period,
	s.amount,
	-- plain twins (doc/schema.md, "Views")
	s.fiscal_calendar::text AS fiscal_calendar_name,
	@extschema@.lower(s.part_period) AS part_start_date,
	@extschema@.last_day(s.part_period) AS part_end_date,
	@extschema@.amount(s.amount) AS amount_value,
	s.currency_code
FROM (
	SELECT
		bi.id AS item_id,
		y.code AS agreement_code,
		y.host_party,
		y.stationed_party,
		bi.category,
		bi.basis,
		COALESCE(bi.allocation_method, y.allocation_method) AS allocation_method,
		y.fiscal_calendar,
		y.fiscal_year,
		CASE WHEN bi.period OPERATOR(@extschema@.<@) y.part THEN bi.period
			 ELSE bi.period OPERATOR(@extschema@.*) y.part END AS part_period,
		CASE WHEN bi.period OPERATOR(@extschema@.<@) y.part THEN bi.amount
			 ELSE costshare_internal.prorate_share(bi.amount, bi.period, y.fiscal_calendar,
				  COALESCE(bi.allocation_method, y.allocation_method), y.fiscal_year) END AS amount,
		-- the share's currency is the item's: read from the item, it is the
		-- expression of the statistics burden_item_currencies, so the planner
		-- counts the currencies of a grouping by it
		@extschema@.currency(bi.amount)::text AS currency_code
	FROM (
		SELECT ag.code, ag.host_party, ag.stationed_party, ag.allocation_method, ag.fiscal_calendar,
			   fy.fiscal_year, fy.part
		FROM (
			SELECT a.code, a.host_party, a.stationed_party, a.allocation_method, h.fiscal_calendar,
				   CASE WHEN @extschema@.isfinite(a.period) THEN a.period
						ELSE a.period OPERATOR(@extschema@.*) (
							SELECT @extschema@.agreement_period(pg_catalog.min(@extschema@.lower(b.period)),
																pg_catalog.max(@extschema@.upper(b.period)))
							FROM @extschema@.burden_item b
							WHERE b.agreement OPERATOR(pg_catalog.=) ANY (ARRAY(
								SELECT o.code FROM @extschema@.agreement o
								WHERE NOT @extschema@.isfinite(o.period)))) END AS span
			FROM @extschema@.agreement a
				JOIN @extschema@.party h ON h.code = a.host_party
		) ag
			CROSS JOIN LATERAL @extschema@.fiscal_years(ag.span, ag.fiscal_calendar) fy
		OFFSET 0
	) y
		JOIN @extschema@.burden_item bi
			ON bi.agreement = y.code AND costshare_internal.overlaps_within_key(bi.period, y.part)
	-- an unknown amount has nothing to spread (burden_coverage shows it)
	WHERE bi.amount IS NOT NULL
) s;
COMMENT ON VIEW @extschema@.burden_allocation IS
	'Each reported burden item spread over the fiscal years of its host''s calendar by its allocation method; the parts sum exactly to the item';
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
COMMENT ON COLUMN @extschema@.burden_allocation.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_allocation.part_start_date IS 'First day of part_period';
COMMENT ON COLUMN @extschema@.burden_allocation.part_end_date IS 'Last day of part_period (inclusive)';
COMMENT ON COLUMN @extschema@.burden_allocation.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_allocation.currency_code IS 'ISO 4217 code of amount';

-- ---------------------------------------------------------------- burden_parts

/*
 * The parts of burden_allocation summed per agreement, basis, category,
 * span and currency, for the views that sum the parts by fiscal year and
 * category (burden_by_period_category, its rollup, burden_change) or by
 * span (burden_by_stationed_calendar) rather than show them.  The items are grouped by span first: a span
 * within one of the host's fiscal years is its own part of that year,
 * whole, with its total, so the usual item is never split one by one; the
 * items of a span over several years are spread as burden_allocation
 * spreads them (prorate_pieces, each item rounded on its own), fetched by
 * agreement and span through burden_item_agreement_period_idx.  item_count
 * counts an item once in each fiscal year it reaches, as a count of
 * burden_allocation's rows does.
 *
 * Grouped this way the planner counts the groups from the statistics of
 * the items (burden_item_category_spans); grouped from burden_allocation by
 * agreement, fiscal year and category, it expected each item to be a group
 * of its own and sorted them all, on disk at the default work_mem.  Not
 * granted: the views show it.
 */
CREATE STATISTICS @extschema@.burden_item_category_spans (ndistinct)
	ON agreement, basis, category, period, (@extschema@.currency(amount))
	FROM @extschema@.burden_item;
COMMENT ON STATISTICS @extschema@.burden_item_category_spans IS
	'Distinct spans of the burden items per agreement, basis, category and currency, for the estimates of costshare_internal.burden_parts';

CREATE VIEW costshare_internal.burden_parts WITH (security_invoker = false) AS
WITH spans AS (
	SELECT t.agreement, a.host_party, a.stationed_party, t.basis, t.category, t.period, t.cur,
		   t.amount, t.items, a.allocation_method, h.fiscal_calendar,
		   @extschema@.fiscal_year(@extschema@.lower(t.period), h.fiscal_calendar) AS first_year,
		   @extschema@.fiscal_year(@extschema@.last_day(t.period), h.fiscal_calendar) AS last_year
	FROM (
		SELECT i.agreement, i.basis, i.category, i.period, @extschema@.currency(i.amount) AS cur,
			   @extschema@.sum(i.amount) AS amount, pg_catalog.count(*) AS items
		FROM @extschema@.burden_item i
		WHERE i.amount IS NOT NULL
		GROUP BY i.agreement, i.basis, i.category, i.period, @extschema@.currency(i.amount)
	) t
		JOIN @extschema@.agreement a ON a.code = t.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
)
SELECT s.agreement AS agreement_code, s.host_party, s.stationed_party, s.basis, s.category,
	   s.fiscal_calendar, s.first_year AS fiscal_year, s.period AS part_period,
	   s.cur::text AS currency_code, s.amount, s.items AS item_count
FROM spans s
WHERE s.first_year OPERATOR(pg_catalog.=) s.last_year
UNION ALL
SELECT s.agreement, s.host_party, s.stationed_party, s.basis, s.category,
	   s.fiscal_calendar, (pc.piece).fiscal_year, (pc.piece).part,
	   s.cur::text, (pc.piece).share, 1::bigint
FROM spans s
	JOIN @extschema@.burden_item bi
		ON bi.agreement = s.agreement AND bi.basis = s.basis AND bi.category = s.category
	   AND bi.period OPERATOR(@extschema@.=) s.period
	   AND @extschema@.currency(bi.amount) OPERATOR(@extschema@.=) s.cur
	CROSS JOIN LATERAL (
		SELECT costshare_internal.prorate_pieces(bi.amount, bi.period, s.fiscal_calendar,
			COALESCE(bi.allocation_method, s.allocation_method)) AS piece) pc
WHERE s.first_year OPERATOR(pg_catalog.<>) s.last_year;
COMMENT ON VIEW costshare_internal.burden_parts IS
	'burden_allocation''s parts summed per agreement, basis, category, span and currency: a span within one fiscal year whole, the items of a span over several spread one by one';
COMMENT ON COLUMN costshare_internal.burden_parts.agreement_code IS 'Agreement';
COMMENT ON COLUMN costshare_internal.burden_parts.host_party IS 'Host party';
COMMENT ON COLUMN costshare_internal.burden_parts.stationed_party IS 'Stationed party';
COMMENT ON COLUMN costshare_internal.burden_parts.basis IS 'Basis of the items';
COMMENT ON COLUMN costshare_internal.burden_parts.category IS 'Category of the items';
COMMENT ON COLUMN costshare_internal.burden_parts.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN costshare_internal.burden_parts.fiscal_year IS 'Fiscal year of the part (host''s calendar)';
COMMENT ON COLUMN costshare_internal.burden_parts.part_period IS 'Days of the part: the span, or its days in the fiscal year';
COMMENT ON COLUMN costshare_internal.burden_parts.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN costshare_internal.burden_parts.amount IS 'Sum of the items'' parts on these days';
COMMENT ON COLUMN costshare_internal.burden_parts.item_count IS 'Items with a part on these days';

-- ---------------------------------------------------------------- burden_by_period

/*
 * One row per fiscal year of each agreement and basis (burden_coverage),
 * with the amounts on file: a year with nothing on file, or only unknown
 * amounts, is a row whose amount is NULL and whose state says why, never a
 * skipped row; a year with amounts in several currencies is a row per
 * currency.  complete is true only for a reported year.  The coverage and
 * the amounts are those of costshare_internal.burden_year_amounts, one read
 * of the items: the usual item lies within one fiscal year and comes whole
 * into it, an item over several is spread as burden_allocation does.
 */
CREATE VIEW @extschema@.burden_by_period WITH (security_invoker = false) AS
SELECT
	c.host_party,
	c.stationed_party,
	c.agreement_code,
	c.basis,
	c.fiscal_calendar,
	c.fiscal_year,
	c.fiscal_year_label,
	c.year_period AS period,
	c.start_date,
	c.end_date,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	COALESCE(@extschema@.currency(g.amount)::text, c.currency_code) AS currency_code,
	COALESCE(g.item_count, 0::bigint) AS item_count,
	c.state,
	c.state = 'reported' AS complete,
	CASE WHEN c.state IN ('reported', 'partial') THEN 1::bigint ELSE 0::bigint END AS fiscal_years_summed,
	1::bigint AS fiscal_years_expected,
	c.days_covered,
	c.agreement_days,
	c.days_in_year,
	c.fiscal_calendar_name
FROM costshare_internal.burden_year_amounts c
	-- one row per currency of the year's amounts, or one with none
	LEFT JOIN LATERAL ROWS FROM (pg_catalog.unnest(c.amounts), pg_catalog.unnest(c.amount_items))
		AS g (amount, item_count) ON true;
COMMENT ON VIEW @extschema@.burden_by_period IS
	'Burden per host, stationed party, agreement, basis and fiscal year of the host''s calendar, every fiscal year of the agreement shown with its coverage state; multi-year amounts allocated exactly';
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
COMMENT ON COLUMN @extschema@.burden_by_period.amount IS 'Total burden on file for the fiscal year; NULL when state is missing, or unknown with no reported amount';
COMMENT ON COLUMN @extschema@.burden_by_period.amount_value IS 'Total in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period.currency_code IS 'ISO 4217 code of the amount (the agreement''s when there is none)';
COMMENT ON COLUMN @extschema@.burden_by_period.item_count IS 'Number of reported burden items contributing';
COMMENT ON COLUMN @extschema@.burden_by_period.state IS 'Coverage of the year: reported, partial, unknown or missing (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_by_period.complete IS 'True only when the year is reported: the amount is the whole year''s';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_years_summed IS 'Fiscal years with amounts in the row: 1 or 0';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_years_expected IS 'Fiscal years the row should sum: 1';
COMMENT ON COLUMN @extschema@.burden_by_period.days_covered IS 'Days of the year covered by reported items';
COMMENT ON COLUMN @extschema@.burden_by_period.agreement_days IS 'Days of the year inside the agreement';
COMMENT ON COLUMN @extschema@.burden_by_period.days_in_year IS 'Days in the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_calendar_name IS 'fiscal_calendar as text';

-- ---------------------------------------------------------------- burden_by_category

/*
 * The category hierarchy, for the category views: each category with its
 * depth (0 at the top) and its ancestors from the top down.  The walk
 * carries its path and never enters a category twice, so even a cycle the
 * trigger did not see (rows from before it existed) ends the recursion
 * instead of hanging every reader.  Not granted: the views show it.
 *
 * The recursive walk is inside a function, and the view reads the function:
 * a recursive query in a view would become part of every query over the
 * category views, and Citus refuses a recursive query beside a distributed
 * table (burden_item), while it runs a function in FROM like a reference
 * table.  PL/pgSQL, so the planner cannot inline it back.  The view reads
 * the categories (with its owner's rights, as every view here) and hands
 * them to the function, which reads no table: a function runs with its
 * caller's rights, and the readers of the category views may not read
 * cost_category.
 */
CREATE TYPE costshare_internal.category_link AS (
	ancestor		text,
	descendant		text,
	depth			integer
);
COMMENT ON TYPE costshare_internal.category_link IS
	'A row of costshare_internal.category_closure: a category (descendant), one of its ancestors (or itself) and the steps between';
CREATE FUNCTION costshare_internal.category_closure(codes text[], parents text[])
RETURNS SETOF costshare_internal.category_link
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
ROWS 50
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY
	WITH RECURSIVE category (code, parent) AS (
		SELECT u.code, u.parent FROM ROWS FROM (pg_catalog.unnest(codes), pg_catalog.unnest(parents)) AS u(code, parent)
	),
	closure (ancestor, descendant, depth, path) AS (
		SELECT c.code, c.code, 0, ARRAY[c.code]
		FROM category c
		UNION ALL
		SELECT cl.ancestor, c.code, cl.depth + 1, pg_catalog.array_append(cl.path, c.code)
		FROM closure cl
			JOIN category c ON c.parent = cl.descendant
		WHERE c.code <> ALL (cl.path)
	)
	SELECT cl.ancestor, cl.descendant, cl.depth
	FROM closure cl;
END
$$;
COMMENT ON FUNCTION costshare_internal.category_closure(text[], text[]) IS
	'The rows of cost_category_closure from the categories'' codes and parents (in the same order): each category with each of its ancestors, cycles cut';
CREATE VIEW @extschema@.cost_category_closure WITH (security_invoker = false) AS
SELECT cl.ancestor, cl.descendant, cl.depth
FROM costshare_internal.category_closure(
	ARRAY(SELECT c.code FROM @extschema@.cost_category c ORDER BY c.code),
	ARRAY(SELECT c.parent FROM @extschema@.cost_category c ORDER BY c.code)) cl;
COMMENT ON VIEW @extschema@.cost_category_closure IS
	'Each cost category with each of its ancestors (itself included, depth 0), cycles cut';
COMMENT ON COLUMN @extschema@.cost_category_closure.ancestor IS 'A category enclosing descendant, or descendant itself';
COMMENT ON COLUMN @extschema@.cost_category_closure.descendant IS 'The category';
COMMENT ON COLUMN @extschema@.cost_category_closure.depth IS 'Steps from ancestor down to descendant';

/*
 * cost_category_levels: each category's level (0 at the top) and its
 * ancestors at levels 1, 2 and 3 counted from the top (level 1 = top).  A
 * category above a level fills that level with itself, so grouping by any
 * level column partitions every category exactly once.
 */
CREATE VIEW @extschema@.cost_category_levels WITH (security_invoker = false) AS
SELECT
	p.code,
	(pg_catalog.cardinality(p.path) - 1) AS category_level,
	p.path[LEAST(1, pg_catalog.cardinality(p.path))] AS level_1_code,
	p.path[LEAST(2, pg_catalog.cardinality(p.path))] AS level_2_code,
	p.path[LEAST(3, pg_catalog.cardinality(p.path))] AS level_3_code
FROM (
	SELECT cl.descendant AS code,
		   pg_catalog.array_agg(cl.ancestor ORDER BY cl.depth DESC) AS path
	FROM @extschema@.cost_category_closure cl
	GROUP BY cl.descendant
) p;
COMMENT ON VIEW @extschema@.cost_category_levels IS
	'Each cost category''s level and its ancestors at levels 1 to 3 from the top, a category above a level standing for itself';
COMMENT ON COLUMN @extschema@.cost_category_levels.code IS 'The category';
COMMENT ON COLUMN @extschema@.cost_category_levels.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.cost_category_levels.level_1_code IS 'Top-level ancestor';
COMMENT ON COLUMN @extschema@.cost_category_levels.level_2_code IS 'Ancestor at level 2, else the category';
COMMENT ON COLUMN @extschema@.cost_category_levels.level_3_code IS 'Ancestor at level 3, else the category';

/*
 * burden_by_category: detail only.  One row per agreement, basis, currency
 * and the category the items were entered under (no parent totals: a
 * parent's own row holds only the items entered under the parent itself),
 * with the hierarchy as columns (level 1 to 3) to group by.  Summing
 * amount_value or share_percent over any grouping gives a true total.
 *
 * share_percent: the shares of one agreement, basis and currency add up to
 * exactly 100.00, by the largest-remainder rule in hundredths of a percent:
 * each category gets its exact share rounded down, and the hundredths still
 * missing go one each to the largest remainders, ties to the lower
 * category code.  Exact (numeric division to an integer quotient, no
 * floating point).  NULL when the total is zero or the amounts have mixed
 * signs, where shares of a whole mean nothing.
 *
 * complete: every fiscal year of the agreement for the basis is reported
 * (burden_coverage_by_agreement) and no item of the category is unknown;
 * fiscal_year_label names the years with amounts, never the agreement's
 * whole span when less is on file.
 */
CREATE VIEW @extschema@.burden_by_category WITH (security_invoker = false) AS
WITH item_sums AS (
	-- grouped by the item's own columns: the currency as text is the
	-- expression of the statistics burden_item_currencies, so the planner
	-- counts these groups (a handful per agreement) and hashes them; grouped
	-- by the currency with the agreement's in place of an unknown amount's,
	-- an expression over two tables, it expected a group per item and
	-- sorted every item
	SELECT bi.agreement, bi.basis, bi.category,
		   @extschema@.currency(bi.amount)::text AS cur,
		   @extschema@.sum(bi.amount) AS amount,
		   pg_catalog.count(*) FILTER (WHERE bi.status = 'reported') AS item_count,
		   pg_catalog.count(*) FILTER (WHERE bi.status = 'unknown') AS unknown_item_count
	FROM @extschema@.burden_item bi
	GROUP BY bi.agreement, bi.basis, bi.category, @extschema@.currency(bi.amount)::text
),
item_totals AS (
	-- an unknown amount counts in the agreement's currency
	SELECT s.agreement, s.basis, s.category, COALESCE(s.cur, ag.currency::text) AS cur,
		   @extschema@.sum(s.amount) AS amount,
		   pg_catalog.sum(s.item_count)::bigint AS item_count,
		   pg_catalog.sum(s.unknown_item_count)::bigint AS unknown_item_count
	FROM item_sums s
		JOIN @extschema@.agreement ag ON ag.code = s.agreement
	GROUP BY s.agreement, s.basis, s.category, COALESCE(s.cur, ag.currency::text)
),
valued AS (
	SELECT it.*, @extschema@.amount(it.amount) AS v,
		   pg_catalog.sum(@extschema@.amount(it.amount)) OVER g AS total_value,
		   @extschema@.sum(it.amount) OVER g AS total,
		   -- shares are meaningful when every amount has the total's sign
		   (pg_catalog.bool_and(COALESCE(@extschema@.amount(it.amount), 0::numeric) >= 0::numeric) OVER g
			OR pg_catalog.bool_and(COALESCE(@extschema@.amount(it.amount), 0::numeric) <= 0::numeric) OVER g)
		   AND pg_catalog.sum(@extschema@.amount(it.amount)) OVER g <> 0::numeric AS shareable
	FROM item_totals it
	WINDOW g AS (PARTITION BY it.agreement, it.basis, it.cur)
),
floored AS (
	-- hundredths of a percent: the exact share's integer part and remainder
	SELECT vl.*, q.q,
		   10000::numeric * pg_catalog.abs(COALESCE(vl.v, 0::numeric))
			 - q.q * pg_catalog.abs(vl.total_value) AS remainder
	FROM valued vl
		CROSS JOIN LATERAL (
			SELECT CASE WHEN vl.shareable THEN
				pg_catalog.div(10000::numeric * pg_catalog.abs(COALESCE(vl.v, 0::numeric)),
							   pg_catalog.abs(vl.total_value)) END AS q) q
),
shared AS (
	SELECT f.*,
		   -- an amount not known has no share (the others still add up to 100.00)
		   CASE WHEN f.shareable AND f.v IS NOT NULL THEN
			   pg_catalog.round((f.q + CASE WHEN (pg_catalog.row_number() OVER r)::numeric
											   <= 10000::numeric - pg_catalog.sum(f.q) OVER g
										  THEN 1::numeric ELSE 0::numeric END) / 100::numeric, 2)
		   END AS share_percent
	FROM floored f
	WINDOW g AS (PARTITION BY f.agreement, f.basis, f.cur),
		   r AS (PARTITION BY f.agreement, f.basis, f.cur ORDER BY f.v IS NULL, f.remainder DESC, f.category)
)
SELECT
	a.host_party,
	a.stationed_party,
	a.code AS agreement_code,
	s.basis,
	s.category AS category_code,
	c.name AS category_name,
	c.parent AS parent_code,
	lv.category_level,
	lv.level_1_code AS category_level_1_code,
	c1.name AS category_level_1_name,
	lv.level_2_code AS category_level_2_code,
	c2.name AS category_level_2_name,
	lv.level_3_code AS category_level_3_code,
	c3.name AS category_level_3_name,
	a.period,
	@extschema@.lower(a.period) AS start_date,
	@extschema@.last_day(a.period) AS end_date,
	-- an open-ended agreement has no first or last fiscal year
	CASE WHEN pg_catalog.isfinite(@extschema@.lower(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.lower(a.period), h.fiscal_calendar) END AS first_fiscal_year,
	CASE WHEN pg_catalog.isfinite(@extschema@.last_day(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) END AS last_fiscal_year,
	cv.fiscal_years_summed_label AS fiscal_year_label,
	s.amount,
	s.v AS amount_value,
	s.cur::text AS currency_code,
	s.total AS agreement_total,
	s.total_value AS agreement_total_value,
	s.share_percent,
	s.item_count,
	s.unknown_item_count,
	cv.complete AND s.unknown_item_count = 0 AS complete,
	cv.fiscal_years_summed,
	cv.fiscal_years_expected
FROM shared s
	JOIN @extschema@.agreement a ON a.code = s.agreement
	JOIN @extschema@.party h ON h.code = a.host_party
	JOIN @extschema@.cost_category c ON c.code = s.category
	JOIN @extschema@.cost_category_levels lv ON lv.code = s.category
	JOIN @extschema@.cost_category c1 ON c1.code = lv.level_1_code
	JOIN @extschema@.cost_category c2 ON c2.code = lv.level_2_code
	JOIN @extschema@.cost_category c3 ON c3.code = lv.level_3_code
	JOIN @extschema@.burden_coverage_by_agreement cv
		ON cv.agreement_code = s.agreement AND cv.basis = s.basis;
COMMENT ON VIEW @extschema@.burden_by_category IS
	'Burden per agreement, basis and the cost category the items were entered under (detail only: a parent''s row excludes its children), with the hierarchy as level columns and shares adding up to exactly 100.00';
COMMENT ON COLUMN @extschema@.burden_by_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_category.category_code IS 'Cost category the items were entered under';
COMMENT ON COLUMN @extschema@.burden_by_category.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_category.parent_code IS 'Enclosing category, NULL at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_1_code IS 'Top-level category enclosing the category (or the category)';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_1_name IS 'Name of category_level_1_code';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_2_code IS 'Category at level 2 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_2_name IS 'Name of category_level_2_code';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_3_code IS 'Category at level 3 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_3_name IS 'Name of category_level_3_code';
COMMENT ON COLUMN @extschema@.burden_by_category.period IS 'Period of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.start_date IS 'First day of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.end_date IS 'Last day of the agreement (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_category.first_fiscal_year IS 'First fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.last_fiscal_year IS 'Last fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_year_label IS 'Labels of the fiscal years with amounts for the basis (not the agreement''s span when less is on file)';
COMMENT ON COLUMN @extschema@.burden_by_category.amount IS 'Total of the items entered under the category; NULL when all are unknown';
COMMENT ON COLUMN @extschema@.burden_by_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_category.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total IS 'Total on file of the agreement for this basis and currency';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total_value IS 'agreement_total in major units';
COMMENT ON COLUMN @extschema@.burden_by_category.share_percent IS 'amount as a percentage of agreement_total, two decimals, largest remainder: a group''s shares add up to exactly 100.00; NULL for an unknown amount';
COMMENT ON COLUMN @extschema@.burden_by_category.item_count IS 'Number of reported burden items counted';
COMMENT ON COLUMN @extschema@.burden_by_category.unknown_item_count IS 'Number of items of the category recorded as unknown';
COMMENT ON COLUMN @extschema@.burden_by_category.complete IS 'True only when every fiscal year of the agreement is reported for the basis and no item of the category is unknown';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_years_summed IS 'Fiscal years of the agreement with amounts for the basis';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_years_expected IS 'Fiscal years of the agreement';

-- ---------------------------------------------------------------- burden_by_category_rollup

/*
 * The hierarchy rolled up: a category's row includes its descendants', so
 * parents and children overlap (the name says so; sum one level only).  The
 * share of a category is the sum of its descendants' shares in
 * burden_by_category, so the top-level shares add up to exactly 100.00 and
 * a parent's share is its children's plus its own.
 */
CREATE VIEW @extschema@.burden_by_category_rollup WITH (security_invoker = false) AS
SELECT
	d.host_party,
	d.stationed_party,
	d.agreement_code,
	d.basis,
	cl.ancestor AS category_code,
	c.name AS category_name,
	c.parent AS parent_code,
	lv.category_level,
	pg_catalog.min(d.start_date) AS start_date,
	pg_catalog.max(d.end_date) AS end_date,
	pg_catalog.min(d.first_fiscal_year) AS first_fiscal_year,
	pg_catalog.max(d.last_fiscal_year) AS last_fiscal_year,
	pg_catalog.min(d.fiscal_year_label) AS fiscal_year_label,
	@extschema@.sum(d.amount) AS amount,
	pg_catalog.sum(d.amount_value) AS amount_value,
	d.currency_code,
	pg_catalog.min(d.agreement_total_value) AS agreement_total_value,
	pg_catalog.sum(d.share_percent) AS share_percent,
	pg_catalog.sum(d.item_count)::bigint AS item_count,
	pg_catalog.sum(d.unknown_item_count)::bigint AS unknown_item_count,
	pg_catalog.bool_and(d.complete) AS complete,
	pg_catalog.min(d.fiscal_years_summed) AS fiscal_years_summed,
	pg_catalog.min(d.fiscal_years_expected) AS fiscal_years_expected
FROM @extschema@.burden_by_category d
	JOIN @extschema@.cost_category_closure cl ON cl.descendant = d.category_code
	JOIN @extschema@.cost_category c ON c.code = cl.ancestor
	JOIN @extschema@.cost_category_levels lv ON lv.code = cl.ancestor
GROUP BY d.host_party, d.stationed_party, d.agreement_code, d.basis, d.currency_code,
		 cl.ancestor, c.name, c.parent, lv.category_level;
COMMENT ON VIEW @extschema@.burden_by_category_rollup IS
	'Burden per agreement, basis and cost category, each category including its descendants (parents and children overlap: sum one level only), with its share of the agreement''s total';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.category_code IS 'Cost category';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.parent_code IS 'Enclosing category, NULL at the top';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.start_date IS 'First day of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.end_date IS 'Last day of the agreement (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.first_fiscal_year IS 'First fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.last_fiscal_year IS 'Last fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.fiscal_year_label IS 'Labels of the fiscal years with amounts for the basis';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.amount IS 'Total of the category and its descendants';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.agreement_total_value IS 'Total on file of the agreement for this basis and currency, in major units';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.share_percent IS 'Sum of the descendants'' largest-remainder shares (burden_by_category): top-level shares add up to exactly 100.00';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.item_count IS 'Number of reported burden items counted';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.unknown_item_count IS 'Number of items recorded as unknown';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.complete IS 'True only when every fiscal year is reported for the basis and no item of the category or its descendants is unknown';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.fiscal_years_summed IS 'Fiscal years of the agreement with amounts for the basis';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.fiscal_years_expected IS 'Fiscal years of the agreement';

-- ---------------------------------------------------------------- burden_by_period_category

/*
 * Fiscal-year coverage per host, stationed party and basis, over all the
 * pair's agreements: a year is reported when every agreement's coverage of
 * it is, and has amounts when any has.  Not granted: the views show it.
 */
CREATE VIEW @extschema@.burden_year_coverage WITH (security_invoker = false) AS
SELECT c.host_party, c.stationed_party, c.basis, c.fiscal_year,
	   pg_catalog.bool_and(c.state = 'reported') AS reported,
	   pg_catalog.bool_or(c.state IN ('reported', 'partial')) AS has_data
FROM @extschema@.burden_coverage c
GROUP BY c.host_party, c.stationed_party, c.basis, c.fiscal_year;
COMMENT ON VIEW @extschema@.burden_year_coverage IS
	'burden_coverage per host, stationed party, basis and fiscal year over all the pair''s agreements';
COMMENT ON COLUMN @extschema@.burden_year_coverage.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_year_coverage.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_year_coverage.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_year_coverage.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_year_coverage.reported IS 'Every agreement of the pair touching the year has it reported';
COMMENT ON COLUMN @extschema@.burden_year_coverage.has_data IS 'Some agreement has amounts for the year';

/*
 * Detail only: one row per fiscal year and the category the items were
 * entered under, with the hierarchy as level columns; a BI tool's SUM over
 * any grouping is the true total of what is on file.  The totals are in
 * burden_by_period_category_rollup.
 */
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
	c.name AS category_name,
	lv.category_level,
	lv.level_1_code AS category_level_1_code,
	c1.name AS category_level_1_name,
	lv.level_2_code AS category_level_2_code,
	c2.name AS category_level_2_name,
	lv.level_3_code AS category_level_3_code,
	c3.name AS category_level_3_name,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	g.currency_code,
	g.item_count,
	COALESCE(yc.reported, false) AS complete,
	1::bigint AS fiscal_years_summed,
	1::bigint AS fiscal_years_expected,
	h.fiscal_calendar::text AS fiscal_calendar_name
FROM (
	-- burden_allocation's parts, summed per span first (burden_parts)
	SELECT bp.host_party, bp.stationed_party, bp.basis,
		   bp.currency_code, bp.fiscal_year, bp.category,
		   @extschema@.sum(bp.amount) AS amount,
		   pg_catalog.sum(bp.item_count)::bigint AS item_count
	FROM costshare_internal.burden_parts bp
	GROUP BY bp.host_party, bp.stationed_party, bp.basis,
			 bp.currency_code, bp.fiscal_year, bp.category
) g
	JOIN @extschema@.party h ON h.code = g.host_party
	JOIN @extschema@.cost_category c ON c.code = g.category
	JOIN @extschema@.cost_category_levels lv ON lv.code = g.category
	JOIN @extschema@.cost_category c1 ON c1.code = lv.level_1_code
	JOIN @extschema@.cost_category c2 ON c2.code = lv.level_2_code
	JOIN @extschema@.cost_category c3 ON c3.code = lv.level_3_code
	LEFT JOIN @extschema@.burden_year_coverage yc
		ON yc.host_party = g.host_party AND yc.stationed_party = g.stationed_party
		   AND yc.basis = g.basis AND yc.fiscal_year = g.fiscal_year
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, h.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_period_category IS
	'Burden by fiscal year and the category the items were entered under, detail rows only (no subtotals: see burden_by_period_category_rollup), with the category hierarchy as level columns';
COMMENT ON COLUMN @extschema@.burden_by_period_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_period_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_by_period_category.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period_category.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_code IS 'Cost category the items were entered under';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_1_code IS 'Top-level category enclosing the category (or the category)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_1_name IS 'Name of category_level_1_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_2_code IS 'Category at level 2 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_2_name IS 'Name of category_level_2_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_3_code IS 'Category at level 3 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_3_name IS 'Name of category_level_3_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.amount IS 'Total of the category''s items for the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.currency_code IS 'ISO 4217 code of the amount';
COMMENT ON COLUMN @extschema@.burden_by_period_category.item_count IS 'Number of reported items contributing';
COMMENT ON COLUMN @extschema@.burden_by_period_category.complete IS 'True only when the fiscal year is reported for every agreement of the pair and basis (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_years_summed IS 'Fiscal years summed: 1';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_years_expected IS 'Fiscal years the row should sum: 1';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_calendar_name IS 'fiscal_calendar as text';

-- ---------------------------------------------------------------- burden_by_period_category_rollup

CREATE VIEW @extschema@.burden_by_period_category_rollup WITH (security_invoker = false) AS
WITH detail AS (
	-- the items summed once per fiscal year and category; the subtotals
	-- and totals are sums of these sums (exact, one currency per row)
	-- (burden_allocation's parts, summed per span first: burden_parts)
	SELECT bp.host_party, bp.stationed_party, bp.basis,
		   bp.currency_code AS cur, bp.fiscal_year, bp.category,
		   @extschema@.sum(bp.amount) AS amount
	FROM costshare_internal.burden_parts bp
	GROUP BY bp.host_party, bp.stationed_party, bp.basis,
			 bp.currency_code, bp.fiscal_year, bp.category
),
yc AS MATERIALIZED (
	SELECT y.host_party, y.stationed_party, y.basis, y.fiscal_year, y.reported, y.has_data
	FROM @extschema@.burden_year_coverage y
),
tc AS (
	-- a grand total sums every fiscal year of the pair's agreements
	SELECT y.host_party, y.stationed_party, y.basis,
		   pg_catalog.bool_and(y.reported) AS complete,
		   pg_catalog.count(*) FILTER (WHERE y.has_data) AS fiscal_years_summed,
		   pg_catalog.count(*) AS fiscal_years_expected
	FROM yc y
	GROUP BY y.host_party, y.stationed_party, y.basis
)
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
	g.cur AS currency_code,
	CASE WHEN g.fiscal_year IS NULL THEN COALESCE(tc.complete, false)
		 ELSE COALESCE(yc.reported, false) END AS complete,
	CASE WHEN g.fiscal_year IS NULL THEN COALESCE(tc.fiscal_years_summed, 0::bigint)
		 WHEN yc.has_data THEN 1::bigint ELSE 0::bigint END AS fiscal_years_summed,
	CASE WHEN g.fiscal_year IS NULL THEN COALESCE(tc.fiscal_years_expected, 0::bigint)
		 ELSE 1::bigint END AS fiscal_years_expected,
	h.fiscal_calendar::text AS fiscal_calendar_name
FROM (
	SELECT d.host_party, d.stationed_party, d.basis, d.cur, d.fiscal_year, d.category,
		   0 AS grouping_bits, d.amount
	FROM detail d
	UNION ALL
	SELECT d.host_party, d.stationed_party, d.basis, d.cur, d.fiscal_year, NULL::text,
		   1, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.cur, d.fiscal_year
	UNION ALL
	SELECT d.host_party, d.stationed_party, d.basis, d.cur, NULL::integer, NULL::text,
		   3, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.cur
) g
	JOIN @extschema@.party h ON h.code = g.host_party
	LEFT JOIN yc ON yc.host_party = g.host_party AND yc.stationed_party = g.stationed_party
		AND yc.basis = g.basis AND yc.fiscal_year = g.fiscal_year
	LEFT JOIN tc ON tc.host_party = g.host_party AND tc.stationed_party = g.stationed_party
		AND tc.basis = g.basis
	-- NULL on grand-total rows: the function is strict
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, h.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_period_category_rollup IS
	'Burden by fiscal year and category with a subtotal per fiscal year and a grand total per host, stationed party, basis and currency (row_kind says which; do not sum across kinds)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_year IS 'Fiscal year (NULL on grand-total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_year_label IS 'Fiscal year label (NULL on grand-total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.category_code IS 'Cost category of the items (NULL on subtotal and total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.row_kind IS 'detail, fiscal year subtotal or grand total';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.amount IS 'Total';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.currency_code IS 'ISO 4217 code of the amount';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.complete IS 'True only when every fiscal year the row sums is reported for every agreement of the pair and basis';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_years_summed IS 'Fiscal years with amounts among those the row should sum';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_years_expected IS 'Fiscal years the row should sum: 1, or on a grand total every fiscal year of the pair''s agreements';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_calendar_name IS 'fiscal_calendar as text';


GRANT SELECT ON @extschema@.burden_by_period, @extschema@.burden_by_category,
	@extschema@.burden_by_category_rollup, @extschema@.burden_by_period_category,
	@extschema@.burden_by_period_category_rollup TO costshare_reader;
