-- title: burden_allocation filtered on one fiscal year, one host or one category, against the same filters on plain columns with btree indexes
-- sizes: 1000000 3000000 10000000
-- baseline: plain_fiscal_year
-- ratio-to: view_host plain_host
-- ratio-to: view_category plain_category
-- goal: view_fiscal_year <= 1.5 the view filtered on one fiscal year at most 1.5x the plain-column query
-- goal: view_host <= 1.5 the view filtered on a host at most 1.5x the plain-column query
-- goal: view_category <= 1.5 the view filtered on a category at most 1.5x the plain-column query
--
-- Items as in schema_period_category (one fiscal year each, 200 years, so
-- one year holds 0.5 % of them), with a rare category (training, 0.5 %)
-- and a small second host (1 % of the items, on calendar years), read
-- through burden_allocation with WHERE fiscal_year = 2021, host_party =
-- 'SMALL' or category = 'training', and by hand over plain columns with
-- btree indexes on the start date, the agreement and the category (the
-- fiscal year written as its dates).
--
-- burden_allocation joins the items to their agreement's fiscal years, so
-- a fiscal year or a host lands on the agreements' years, and the planner
-- fetches the items of each year kept by the agreement and the period
-- together, from burden_item_agreement_period_idx (GiST over both, the
-- agreement through costshare_internal.text_equality_ops); the category, a
-- column of the item, reaches burden_item_category_idx.  What the view does
-- beyond the plain query: the fiscal years of every agreement (a few hundred
-- rows here), one index probe per year kept, and each item's part and share.
--
-- A host is fetched year by year: the planner loops over the host's fiscal
-- years (twenty here, all of one agreement) and reads each year's items of
-- that agreement, where the plain query reads the host's items at once
-- through the agreement's btree.  With separate indexes on the agreement
-- and the period (before burden_item_agreement_period_idx) each of the
-- twenty probes intersected all the agreement's items with all the year's,
-- which cost 3.4-5.6x the plain query.  The plans are in the report.
-- @setup
TRUNCATE burden_item, agreement, party CASCADE;
DROP TABLE IF EXISTS plain_item, plain_agreement, plain_party CASCADE;
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('HOST', 'Host', 'JPY', 'jp'), ('SMALL', 'Small host', 'KRW', 'calendar'),
	('STAT', 'Stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency)
SELECT 'A' || k, 'Agreement ' || k, 'HOST', 'STAT',
       agreement_period(make_date(1900 + 5 * k, 4, 1), make_date(1905 + 5 * k, 4, 1)), 'base', 'JPY'
FROM generate_series(0, 39) AS k;
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency)
VALUES ('S0', 'Small agreement', 'SMALL', 'STAT', '[2000-01-01,2020-01-01)', 'base', 'KRW');
INSERT INTO burden_item (agreement, category, period, amount, basis)
SELECT CASE WHEN i % 100 = 0 THEN 'S0' ELSE 'A' || (y - 1900) / 5 END,
       CASE WHEN i % 200 = 1 THEN 'training'
            ELSE (ARRAY['labor_basic_pay', 'labor_welfare', 'utilities', 'facilities_improvement',
                        'logistics'])[1 + i % 5] END,
       CASE WHEN i % 100 = 0 THEN agreement_period(make_date(2000 + i % 20, 1, 1), make_date(2001 + i % 20, 1, 1))
            ELSE agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)) END,
       CASE WHEN i % 100 = 0 THEN from_minor_units(1000000 + i::int8 * 7919 % 100000000, 'KRW')
            ELSE from_minor_units(1000000 + i::int8 * 7919 % 100000000, 'JPY') END,
       (ARRAY['budget', 'settled'])[1 + i % 2]
FROM (SELECT i, 1900 + i % 200 AS y FROM generate_series(1, :rows) AS i) AS g;
CREATE TABLE plain_party AS
SELECT code, CASE WHEN code = 'SMALL' THEN 1 ELSE 4 END AS fiscal_start_month FROM party;
CREATE TABLE plain_agreement AS
SELECT code, host_party, stationed_party FROM agreement;
CREATE TABLE plain_item AS
SELECT agreement, category, basis, lower(period) AS start_date, last_day(period) AS end_date,
       minor_units(amount) AS amount, currency(amount)::text AS currency
FROM burden_item;
CREATE INDEX ON plain_item (start_date);
CREATE INDEX ON plain_item (agreement);
CREATE INDEX ON plain_item (category);
-- @variant plain_fiscal_year
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party
WHERE i.start_date >= DATE '2021-04-01' AND i.start_date < DATE '2022-04-01' AND h.code = 'HOST';
-- @variant view_fiscal_year
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST';
-- @variant plain_host
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
WHERE a.host_party = 'SMALL';
-- @variant view_host
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE host_party = 'SMALL';
-- @variant plain_category
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
WHERE i.category = 'training';
-- @variant view_category
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE category = 'training';
-- @report
-- each filter counts and sums the same items both ways, or the run stops
DO $check$
DECLARE
	differ text;
BEGIN
	SELECT string_agg(f, ', ') INTO differ
	FROM (VALUES
		('fiscal year',
		 (SELECT (count(*), sum(minor_units(amount)))::text FROM burden_allocation
		  WHERE fiscal_year = 2021 AND host_party = 'HOST'),
		 (SELECT (count(*), sum(i.amount))::text FROM plain_item i JOIN plain_agreement a ON a.code = i.agreement
		  WHERE i.start_date >= DATE '2021-04-01' AND i.start_date < DATE '2022-04-01' AND a.host_party = 'HOST')),
		('host',
		 (SELECT (count(*), sum(minor_units(amount)))::text FROM burden_allocation WHERE host_party = 'SMALL'),
		 (SELECT (count(*), sum(i.amount))::text FROM plain_item i JOIN plain_agreement a ON a.code = i.agreement
		  WHERE a.host_party = 'SMALL')),
		('category',
		 (SELECT (count(*), sum(minor_units(amount)))::text FROM burden_allocation WHERE category = 'training'),
		 (SELECT (count(*), sum(amount))::text FROM plain_item WHERE category = 'training'))
	) AS t(f, view_answer, plain_answer)
	WHERE view_answer IS DISTINCT FROM plain_answer;
	IF differ IS NOT NULL THEN
		RAISE EXCEPTION 'burden_allocation and the plain query differ when filtered on: %', differ;
	END IF;
END
$check$;
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE host_party = 'SMALL';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE category = 'training';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST';
