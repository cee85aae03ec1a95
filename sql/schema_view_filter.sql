--
-- Filters on the burden views reach the items through indexes: a filter on
-- one fiscal year (in each host's own calendar), on a host or on a category
-- fetches the matching items by index instead of splitting every item
-- first.  burden_allocation joins the items to their agreement's fiscal
-- years on the overlap of the periods, so the planner can turn a fiscal
-- year into an index condition on burden_item.period.  The answers are
-- checked against prorate over every item.  Last in the run: the rows it
-- adds are rolled back, but ANALYZE leaves its row counts in pg_class.
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
-- items within one fiscal year, a few over two or three, a few unknown
INSERT INTO burden_item (agreement, category, period, amount, status, basis)
SELECT h || (y - 1900) / 5,
	   (ARRAY['labor_basic_pay', 'utilities', 'facilities_improvement', 'training', 'logistics'])[1 + i % 5],
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
SELECT indexrelid::regclass AS index, pg_get_indexdef(indexrelid) LIKE '%USING gist (period)%' AS gist_on_period
FROM pg_index WHERE indrelid = 'burden_item'::regclass ORDER BY 1;

-- how a plan reads burden_item: its scans of the table and their index
-- conditions, one per line (the rest of the plan, and how a server version
-- prints it, is not the point)
CREATE FUNCTION pg_temp.item_scans(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line ~ 'Scan (using \S+ )?on burden_item' OR line ~ 'Index Cond: \((period|agreement|category) ' THEN
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
-- one fiscal year: the items fetched by their period's index, not a scan of
-- all (the subplans look up an open-ended agreement's first and last items)
SELECT pg_temp.item_scans($$
SELECT fiscal_year, count(*), sum(amount) FROM burden_allocation WHERE fiscal_year = 2021 GROUP BY 1$$);
-- one host: the host's agreements first, then their items
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
	('SELECT sum(amount) FROM burden_allocation WHERE host_party = ''VFC'' AND fiscal_year = 1990'),
	-- the views built on it, coverage and complete included
	('SELECT count(*), sum(days_covered) FROM burden_coverage WHERE fiscal_year = 2021'),
	('SELECT sum(amount_value), bool_and(complete) FROM burden_by_period WHERE fiscal_year = 2021'),
	('SELECT sum(amount_value), bool_and(complete) FROM burden_by_period_category WHERE fiscal_year = 2021'),
	-- but not the rollup: its grand totals sum every year, so a filter on
	-- the year cannot go below its ROLLUP
	('SELECT sum(amount_value) FROM burden_by_period_category_rollup WHERE fiscal_year = 2021')
) AS t(q);
-- with no filter, every item is read once
SELECT pg_temp.reads_items_by_index('SELECT sum(amount) FROM burden_allocation') AS unfiltered_by_index;

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
-- the open-ended agreement's years come from its items
SELECT fiscal_year, item_id IS NOT NULL AS has_item, minor_units(amount)
FROM burden_allocation WHERE agreement_code = 'VFJ-open' ORDER BY fiscal_year;
-- burden_coverage filtered on a year gives the rows it gives unfiltered
-- (OFFSET 0 keeps the filter out of the view)
SELECT count(*) AS coverage_rows_2021,
	   count(*) = (SELECT count(*) FROM (SELECT * FROM burden_coverage OFFSET 0) c
				   WHERE c.fiscal_year = 2021 AND c.host_party LIKE 'VF%') AS same_count
FROM burden_coverage WHERE fiscal_year = 2021 AND host_party LIKE 'VF%';
SELECT * FROM (SELECT * FROM burden_coverage OFFSET 0) c WHERE c.fiscal_year = 2021
EXCEPT ALL
SELECT * FROM burden_coverage WHERE fiscal_year = 2021;
-- the open-ended agreement's years and bases come from its items, as
-- before; an agreement's unknown item makes its year unknown
SELECT agreement_code, basis, fiscal_year, state, days_covered, reported_items, unknown_items
FROM burden_coverage WHERE agreement_code IN ('VFJ-open', 'VFU1') ORDER BY 1, 2, 3;
SELECT state, count(*) FROM burden_coverage WHERE host_party LIKE 'VF%' GROUP BY 1 ORDER BY 1;
ROLLBACK;
