--
-- Filters on burden_allocation that reach the items through an index: a
-- host, an agreement or a category is a column of the item or of its
-- agreement, below the split in the view, so the planner fetches a few
-- items by index (burden_item_agreement_idx, burden_item_category_idx)
-- instead of splitting every item first.  A fiscal year is an output of
-- the split, which no filter passes: it is read by a scan of the items
-- (bench/cases/schema_view_filter.sql gives the cause and the cost).
-- Last in the run: the rows it adds are rolled back, but ANALYZE leaves its
-- row counts in pg_class.
--
BEGIN;
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('VFJ', 'Host on Japanese fiscal years', 'JPY', 'jp'),
	('VFU', 'Small host on British fiscal years', 'GBP', 'uk'),
	('VFS', 'Stationed', 'USD', 'us_federal');
-- forty five-year agreements, and a small host's one
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, allocation_method)
SELECT 'VFJ' || k, 'Agreement ' || k, 'VFJ', 'VFS',
	   agreement_period(make_date(1900 + 5 * k, 4, 1), make_date(1905 + 5 * k, 4, 1)), 'base', 'JPY', 'days'
FROM generate_series(0, 39) AS k;
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, allocation_method)
VALUES ('VFU1', 'Small', 'VFU', 'VFS', '[2010-04-01,2020-04-01)', 'base', 'GBP', 'months');
-- items within one fiscal year, a few over two or three, a few unknown; one
-- item in a hundred is for training
INSERT INTO burden_item (agreement, category, period, amount, status, basis)
SELECT 'VFJ' || (y - 1900) / 5,
	   CASE WHEN i % 100 = 7 THEN 'training'
			ELSE (ARRAY['labor_basic_pay', 'utilities', 'facilities_improvement', 'logistics'])[1 + i % 4] END,
	   CASE WHEN i % 97 = 0 AND y % 5 < 3
			THEN agreement_period(make_date(y, 4, 1), make_date(y + 2, 4, 1) + 40)
			ELSE agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)) END,
	   CASE WHEN i % 89 = 0 THEN NULL ELSE from_minor_units(1000 + i::int8 * 7919 % 1000000, 'JPY') END,
	   CASE WHEN i % 89 = 0 THEN 'unknown' ELSE 'reported' END,
	   'budget'
FROM (SELECT i, 1900 + i % 200 AS y FROM generate_series(1, 40000) AS i) AS g;
INSERT INTO burden_item (agreement, category, period, amount, basis)
SELECT 'VFU1', 'training', agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)),
	   from_minor_units(100 * y, 'GBP'), 'budget'
FROM generate_series(2010, 2019) AS y;
ANALYZE party, agreement, burden_item;

-- the indexes the filters use
SELECT indexrelid::regclass AS index, pg_get_indexdef(indexrelid) AS definition
FROM pg_index WHERE indrelid = 'burden_item'::regclass ORDER BY 1;

-- how a plan reads burden_item: its scans of the table and their index
-- conditions, one per line (the rest of the plan, and how a server version
-- prints it, is not the point)
CREATE FUNCTION pg_temp.item_scans(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line ~ 'Scan (using \S+ )?on burden_item' OR line ~ 'Index Cond: \((agreement|category) ' THEN
			RETURN NEXT regexp_replace(line, '^[ ->]*', '');
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
-- one host: the host's agreements first, then their items
SELECT pg_temp.item_scans($$SELECT count(*) FROM burden_allocation WHERE host_party = 'VFU'$$);
-- one category
SELECT pg_temp.item_scans($$SELECT count(*) FROM burden_allocation WHERE category = 'training'$$);
SELECT q, pg_temp.reads_items_by_index(q) FROM (VALUES
	('SELECT sum(amount) FROM burden_allocation WHERE host_party = ''VFU'''),
	('SELECT sum(amount) FROM burden_allocation WHERE agreement_code = ''VFJ10'''),
	('SELECT sum(amount) FROM burden_allocation WHERE category = ''training'''),
	('SELECT fiscal_year, sum(amount) FROM burden_allocation WHERE category = ''training'' AND host_party = ''VFJ'' GROUP BY 1'),
	-- a fiscal year is the split's output: every item is read
	('SELECT sum(amount) FROM burden_allocation WHERE fiscal_year = 2021'),
	-- most of the items: a scan is the faster way
	('SELECT sum(amount) FROM burden_allocation WHERE host_party = ''VFJ''')
) AS t(q);

-- the answers through the indexes are those of prorate over every item
CREATE TEMP TABLE expected_pieces AS
SELECT bi.id, a.host_party, bi.category, p.fiscal_year, p.part, p.share
FROM burden_item bi
	JOIN agreement a ON a.code = bi.agreement
	JOIN party h ON h.code = a.host_party
	CROSS JOIN LATERAL prorate(bi.amount, bi.period, h.fiscal_calendar,
		COALESCE(bi.allocation_method, a.allocation_method)) p
WHERE a.host_party IN ('VFJ', 'VFU') AND bi.status = 'reported';
SELECT host_party, count(*), sum(minor_units(amount))
FROM burden_allocation WHERE host_party = 'VFU' GROUP BY 1;
SELECT host_party, count(*), sum(minor_units(share))
FROM expected_pieces WHERE host_party = 'VFU' GROUP BY 1;
SELECT (SELECT count(*) FROM (
			SELECT item_id, fiscal_year, part_period, amount FROM burden_allocation
			WHERE category = 'training' AND host_party IN ('VFJ', 'VFU')
			EXCEPT ALL
			SELECT id, fiscal_year, part, share FROM expected_pieces WHERE category = 'training') d) AS unexpected,
	   (SELECT count(*) FROM (
			SELECT id, fiscal_year, part, share FROM expected_pieces WHERE category = 'training'
			EXCEPT ALL
			SELECT item_id, fiscal_year, part_period, amount FROM burden_allocation
			WHERE category = 'training' AND host_party IN ('VFJ', 'VFU')) d) AS missing,
	   (SELECT count(*) FROM expected_pieces WHERE category = 'training') AS pieces;
ROLLBACK;
