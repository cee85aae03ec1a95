--
-- Filters on burden_allocation reach the items through indexes: a filter on
-- one fiscal year (in each host's own calendar), on a host, an agreement or
-- a category fetches the matching items by index instead of splitting every
-- item first.  burden_allocation joins the items to their agreement's fiscal
-- years on the overlap of the periods (costshare_internal.overlaps_within_key,
-- which a GiST index serves as &&), so the planner can turn a fiscal year
-- into an index condition on burden_item.period; an open-ended agreement's
-- years are bounded by one lookup that does not refer to the agreement row.
-- The answers are checked against prorate over every item, and the
-- planner's count of burden_by_category's groups against theirs.  Last in the
-- run: the rows it adds are rolled back, but ANALYZE leaves its row counts
-- in pg_class.
--
BEGIN;
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('VFJ', 'Host on Japanese fiscal years', 'JPY', 'jp'),
	('VFC', 'Host on calendar years', 'KRW', 'calendar'),
	('VFU', 'Small host on British fiscal years', 'GBP', 'uk'),
	('VFS', 'Stationed', 'USD', 'us_federal');
-- forty five-year agreements per host, and one open-ended agreement
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, allocation_method)
SELECT h.code || k, 'Agreement ' || k, h.code, 'VFS',
	   agreement_period(make_date(1900 + 5 * k, h.m, 1), make_date(1905 + 5 * k, h.m, 1)),
	   'base', h.cur, 'days'
FROM (VALUES ('VFJ', 4, 'JPY'::currency), ('VFC', 1, 'KRW'::currency)) AS h(code, m, cur),
	 generate_series(0, 39) AS k;
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, allocation_method)
VALUES ('VFJ-open', 'Open-ended', 'VFJ', 'VFS', '[2100-04-01,)', 'extension', 'JPY', 'days');
-- items within one fiscal year, a few over two or three, a few unknown; one
-- in a hundred for training
INSERT INTO burden_item (agreement, category, period, amount, status, basis)
SELECT h || (y - 1900) / 5,
	   CASE WHEN i % 100 = 7 THEN 'training'
			ELSE (ARRAY['labor_basic_pay', 'utilities', 'facilities_improvement', 'logistics'])[1 + i % 4] END,
	   CASE WHEN i % 97 = 0 AND y % 5 < 3
			THEN agreement_period(make_date(y, m, 1), make_date(y + 2, m, 1) + 40)
			ELSE agreement_period(make_date(y, m, 1), make_date(y + 1, m, 1)) END,
	   CASE WHEN i % 89 = 0 THEN NULL ELSE from_minor_units(1000 + i::int8 * 7919 % 1000000, cur) END,
	   CASE WHEN i % 89 = 0 THEN 'unknown' ELSE 'reported' END,
	   'budget'
FROM (SELECT i, 1900 + i % 200 AS y,
			 CASE WHEN i % 2 = 0 THEN 'VFJ' ELSE 'VFC' END AS h,
			 CASE WHEN i % 2 = 0 THEN 4 ELSE 1 END AS m,
			 CASE WHEN i % 2 = 0 THEN 'JPY'::currency ELSE 'KRW'::currency END AS cur
	  FROM generate_series(1, 40000) AS i) AS g;
INSERT INTO burden_item (agreement, category, period, amount, basis)
SELECT 'VFJ-open', 'utilities', agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)),
	   from_minor_units(y, 'JPY'), 'budget'
FROM generate_series(2100, 2109) AS y;
-- a small host: a few items among many
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, allocation_method)
VALUES ('VFU1', 'Small', 'VFU', 'VFS', '[2010-04-01,2020-04-01)', 'base', 'GBP', 'months');
INSERT INTO burden_item (agreement, category, period, amount, basis)
SELECT 'VFU1', 'training', agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)),
	   from_minor_units(100 * y, 'GBP'), 'budget'
FROM generate_series(2010, 2019) AS y;
ANALYZE party, agreement, burden_item;

-- the indexes burden_allocation is built for
SELECT indexrelid::regclass AS index, regexp_replace(pg_get_indexdef(indexrelid), '^.* USING ', '') AS definition
FROM pg_index WHERE indrelid = 'burden_item'::regclass ORDER BY 1;

-- how a plan reads burden_item: its scans of the table and their index
-- conditions, one per line (the rest of the plan, and how a server version
-- prints it, is not the point)
CREATE FUNCTION pg_temp.item_scans(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line ~ 'Scan (using \S+ )?on burden_item' OR line ~ 'Index Cond: \(\(?(period|agreement|category) ' THEN
			-- (an initplan's result is $0 on PostgreSQL 15, (InitPlan 1).col1 on 18)
			RETURN NEXT regexp_replace(regexp_replace(line, '^[ ->]*', ''),
				'\((\$\d+|\(InitPlan \d+\)\.col\d+)\)', '(initplan)', 'g');
		END IF;
	END LOOP;
END $$;
-- true when the plan reads burden_item through an index only
CREATE FUNCTION pg_temp.reads_items_by_index(q text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	line text;
	by_index boolean := false;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line ~ 'Seq Scan on burden_item' THEN
			RETURN false;
		END IF;
		by_index := by_index OR line ~ '(Index|Bitmap Heap) Scan (using \S+ )?on burden_item';
	END LOOP;
	RETURN by_index;
END $$;
-- one fiscal year: the items of each agreement's year fetched by the
-- agreement and the period together, from one index, not a scan of all (the
-- subplan looks up the span of the open-ended agreements' items)
SELECT pg_temp.item_scans($$
SELECT fiscal_year, count(*), sum(amount) FROM burden_allocation WHERE fiscal_year = 2021 GROUP BY 1$$);
-- one host: the host's agreements first, then their items, year by year,
-- each year's by the agreement and the period together
SELECT pg_temp.item_scans($$SELECT count(*) FROM burden_allocation WHERE host_party = 'VFU'$$);
-- one category
SELECT pg_temp.item_scans($$SELECT count(*) FROM burden_allocation WHERE category = 'training'$$);
SELECT q, pg_temp.reads_items_by_index(q) FROM (VALUES
	('SELECT sum(amount) FROM burden_allocation WHERE fiscal_year = 2021'),
	('SELECT sum(amount) FROM burden_allocation WHERE fiscal_year = 2104'),
	('SELECT sum(amount) FROM burden_allocation WHERE fiscal_year BETWEEN 2001 AND 2002'),
	('SELECT sum(amount) FROM burden_allocation WHERE agreement_code = ''VFJ10'''),
	('SELECT sum(amount) FROM burden_allocation WHERE category = ''training'''),
	('SELECT sum(amount) FROM burden_allocation WHERE host_party = ''VFU'''),
	('SELECT sum(amount) FROM burden_allocation WHERE host_party = ''VFC'' AND fiscal_year = 1990')
) AS t(q);

-- the planner expects about as many rows as there are: with the operator
-- &&, whose estimate it multiplies by the agreement's, it expected about one
-- in as many as there are fiscal years per agreement; with a boolean
-- function it knows nothing of, one in three
CREATE FUNCTION pg_temp.estimated_rows(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO plan;
	RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
END $$;
CREATE FUNCTION pg_temp.counted_rows(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE 'SELECT count(*) FROM (' || q || ') q' INTO n;
	RETURN n;
END $$;
SELECT q, pg_temp.estimated_rows(q) BETWEEN pg_temp.counted_rows(q) / 1.5 AND pg_temp.counted_rows(q) * 1.5
		AS estimate_within_half
FROM (VALUES
	('SELECT * FROM burden_allocation'),
	('SELECT * FROM burden_allocation WHERE host_party = ''VFC'''),
	('SELECT * FROM burden_allocation WHERE fiscal_year = 2021')
) AS t(q);

-- burden_by_category groups the items per agreement, basis, category and
-- currency, a few hundred groups here, and the planner expects about that
-- many (the currency as text has statistics, burden_item_currencies);
-- grouped by the currency with the agreement's in place of an unknown
-- amount's, an expression over two tables, it expected a group per item,
-- and at ten million items sorted them all
CREATE FUNCTION pg_temp.largest_aggregate_estimate(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	line text;
	largest float8 := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN ' || q LOOP
		IF line ~ 'Aggregate' THEN
			largest := greatest(largest, substring(line from 'rows=([0-9]+)')::float8);
		END IF;
	END LOOP;
	RETURN largest;
END $$;
SELECT (SELECT count(*) FROM burden_item) AS items,
	   (SELECT count(*) FROM (SELECT DISTINCT agreement, basis, category, currency(amount) FROM burden_item) g)
		   AS groups,
	   pg_temp.largest_aggregate_estimate('SELECT * FROM burden_by_category') < 4000 AS expects_few_groups,
	   pg_temp.largest_aggregate_estimate('SELECT * FROM burden_by_category_rollup') < 4000
		   AS rollup_expects_few_groups;

-- burden_vs_demand reads the items once for each part the demands on file
-- ask for: a per-year demand takes the fiscal years, a demand of a total
-- sums the same years (not the items again) and takes the coverage of the
-- whole agreement; a part no demand asks for is not computed at all.  The
-- count is of the whole reads of burden_item that ran.
CREATE FUNCTION pg_temp.item_reads(q text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON) ' || q INTO plan;
	RETURN (WITH RECURSIVE node (n) AS (
				SELECT plan -> 0 -> 'Plan'
				UNION ALL
				SELECT c FROM node CROSS JOIN LATERAL json_array_elements(node.n -> 'Plans') c
			)
			SELECT count(*) FROM node
			WHERE n ->> 'Node Type' = 'Seq Scan' AND n ->> 'Relation Name' = 'burden_item'
			  AND (n ->> 'Actual Loops')::bigint > 0);
END $$;
SAVEPOINT demands;
-- a demand of each kind (a total beside the per-year demand on file)
INSERT INTO demand (demanding_party, demanded_of, amount, per_year, demanded_on, source)
SELECT demanding_party, demanded_of, amount, false, demanded_on, 'a total, for the count below'
FROM demand WHERE per_year LIMIT 1;
SELECT bool_or(per_year) AS per_year_demands, bool_or(NOT per_year) AS total_demands,
	   pg_temp.item_reads('SELECT * FROM burden_vs_demand') AS item_reads
FROM demand;
DELETE FROM demand WHERE NOT per_year;
SELECT pg_temp.item_reads('SELECT * FROM burden_vs_demand') AS item_reads_per_year_only;
UPDATE demand SET per_year = false;
SELECT pg_temp.item_reads('SELECT * FROM burden_vs_demand') AS item_reads_totals_only;
ROLLBACK TO SAVEPOINT demands;

-- burden_projection reads the yearly amounts once, for the years the rules
-- grow from and for the first year of a rule that names none;
-- burden_with_projection reads them once too: its reported years are the
-- years the projection reads
SAVEPOINT rules;
INSERT INTO escalation_rule (agreement, basis, kind, fixed_percent, rounding_unit, first_year)
VALUES ('VFJ1', 'budget', 'fixed_percent', 2, 1, NULL), ('VFC1', 'budget', 'fixed_percent', 3, 1, 1908);
SELECT count(*) AS projected_years, count(*) FILTER (WHERE projected IS NOT NULL) AS projected_amounts,
	   pg_temp.item_reads('SELECT * FROM burden_projection') AS projection_item_reads,
	   pg_temp.item_reads('SELECT * FROM burden_with_projection') AS with_projection_item_reads
FROM burden_projection;
ROLLBACK TO SAVEPOINT rules;

-- burden_by_stationed_calendar takes the host-year parts from the items
-- grouped by span (a span within one fiscal year is its own part, whole;
-- the items of a span over several are spread one by one): the same
-- amounts as splitting the parts of burden_allocation, summed per span,
-- into the stationed party's fiscal years, over items within one year,
-- over two or three, and several on one span
WITH parts AS (
	SELECT ba.agreement_code, ba.basis, ba.stationed_party, ba.part_period, ba.currency_code,
		   sum(minor_units(ba.amount))::bigint AS units
	FROM burden_allocation ba
	WHERE ba.host_party IN ('VFJ', 'VFC')
	GROUP BY 1, 2, 3, 4, 5
), expected AS (
	SELECT p.agreement_code, p.basis, al.fiscal_year,
		   sum(from_minor_units(al.share, p.currency_code::currency)) AS amount
	FROM parts p
		JOIN party sp ON sp.code = p.stationed_party
		CROSS JOIN LATERAL prorate_minor_units(p.units, p.part_period, sp.fiscal_calendar, 'days') al
	GROUP BY p.agreement_code, p.basis, al.fiscal_year, p.currency_code
)
SELECT count(*) AS stationed_years,
	   count(*) FILTER (WHERE NOT EXISTS (
		   SELECT 1 FROM burden_by_stationed_calendar v
		   WHERE v.agreement_code = e.agreement_code AND v.basis = e.basis
			 AND v.fiscal_year = e.fiscal_year AND v.amount = e.amount)) AS differ,
	   (SELECT count(*) FROM burden_by_stationed_calendar v
		WHERE v.host_party IN ('VFJ', 'VFC') AND v.amount IS NOT NULL) AS view_years,
	   (SELECT count(*)
		FROM burden_item bi
			JOIN agreement a ON a.code = bi.agreement
			JOIN party h ON h.code = a.host_party
		WHERE h.code IN ('VFJ', 'VFC') AND bi.amount IS NOT NULL
		  AND fiscal_year(lower(bi.period), h.fiscal_calendar)
			  <> fiscal_year(last_day(bi.period), h.fiscal_calendar)) AS items_over_years
FROM expected e;

-- burden_by_period_category sums the same parts, per span first: the same
-- amounts and item counts as burden_allocation's parts summed directly
WITH expected AS (
	SELECT ba.host_party, ba.basis, ba.fiscal_year, ba.category, ba.currency_code,
		   sum(ba.amount) AS amount, count(*) AS item_count
	FROM burden_allocation ba
	WHERE ba.host_party IN ('VFJ', 'VFC')
	GROUP BY 1, 2, 3, 4, 5
)
SELECT count(*) AS year_categories,
	   count(*) FILTER (WHERE NOT EXISTS (
		   SELECT 1 FROM burden_by_period_category v
		   WHERE v.host_party = e.host_party AND v.basis = e.basis AND v.fiscal_year = e.fiscal_year
			 AND v.category_code = e.category AND v.currency_code = e.currency_code
			 AND v.amount = e.amount AND v.item_count = e.item_count)) AS differ,
	   (SELECT count(*) FROM burden_by_period_category v WHERE v.host_party IN ('VFJ', 'VFC')) AS view_rows
FROM expected e;

-- no view sorts the items: a grouping by keys the planner has no
-- statistics for (burden_by_category by the currency with the agreement's
-- in place of an unknown one; burden_by_stationed_calendar and
-- burden_change by burden_allocation's parts) was expected to keep every
-- item, and the items were sorted, on disk at the default work_mem.  A
-- sort of the items: a Sort of a tenth of the items or more, with a scan
-- of burden_item below it and no aggregate in between (the items of the
-- spans over several fiscal years, a few, are sorted with the spans).
CREATE FUNCTION pg_temp.sorts_items(node json, threshold float8, below_sort boolean DEFAULT false)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	child json;
BEGIN
	IF below_sort AND node ->> 'Relation Name' = 'burden_item' THEN
		RETURN true;
	END IF;
	IF node ->> 'Node Type' IN ('Sort', 'Incremental Sort') THEN
		below_sort := (node ->> 'Plan Rows')::float8 >= threshold;
	ELSIF node ->> 'Node Type' IN ('Aggregate', 'Group') THEN
		below_sort := false;
	END IF;
	FOR child IN SELECT json_array_elements(node -> 'Plans') LOOP
		IF pg_temp.sorts_items(child, threshold, below_sort) THEN
			RETURN true;
		END IF;
	END LOOP;
	RETURN false;
END $$;
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO plan;
	RETURN plan -> 0 -> 'Plan';
END $$;
SELECT count(*) AS burden_views,
	   array_agg(c.relname ORDER BY c.relname)
		   FILTER (WHERE pg_temp.sorts_items(pg_temp.plan_of(format('SELECT * FROM %I', c.relname)),
											 (SELECT count(*) FROM burden_item) / 10))
		   AS views_sorting_the_items
FROM pg_class c
WHERE c.relkind = 'v' AND c.relnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'costshare')
  AND (c.relname LIKE 'burden%' OR c.relname = 'agreement_consistency');

-- the same answers as prorate over every item: whole years, cut items, the
-- open-ended agreement, both calendars
CREATE TEMP TABLE expected_pieces AS
SELECT bi.id, a.host_party, p.fiscal_year, p.part, p.share
FROM burden_item bi
	JOIN agreement a ON a.code = bi.agreement
	JOIN party h ON h.code = a.host_party
	CROSS JOIN LATERAL prorate(bi.amount, bi.period, h.fiscal_calendar,
		COALESCE(bi.allocation_method, a.allocation_method)) p
WHERE a.host_party IN ('VFJ', 'VFC', 'VFU') AND bi.status = 'reported';
SELECT count(*) AS pieces,
	   count(*) FILTER (WHERE NOT EXISTS (
		   SELECT 1 FROM burden_allocation ba
		   WHERE ba.item_id = e.id AND ba.fiscal_year = e.fiscal_year
			 AND ba.part_period = e.part AND ba.amount = e.share)) AS missing
FROM expected_pieces e;
SELECT count(*) AS view_rows FROM burden_allocation WHERE host_party IN ('VFJ', 'VFC', 'VFU');
-- one fiscal year in each calendar: JFY2021 (April) and calendar 2021
SELECT host_party, fiscal_year, count(*), sum(minor_units(amount))
FROM burden_allocation WHERE fiscal_year = 2021 AND host_party LIKE 'VF%' GROUP BY 1, 2 ORDER BY 1;
SELECT host_party, fiscal_year, count(*), sum(minor_units(share))
FROM expected_pieces WHERE fiscal_year = 2021 GROUP BY 1, 2 ORDER BY 1;
-- the open-ended agreement's years: those of its items
SELECT fiscal_year, item_id IS NOT NULL AS has_item, minor_units(amount)
FROM burden_allocation WHERE agreement_code = 'VFJ-open' ORDER BY fiscal_year;
ROLLBACK;
