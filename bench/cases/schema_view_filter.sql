-- title: burden_allocation filtered on one host, one category or one fiscal year, against the same filters on plain columns with btree indexes
-- sizes: 1000000 3000000 10000000
-- baseline: plain_fiscal_year
-- ratio-to: view_host plain_host
-- ratio-to: view_category plain_category
-- ratio-to: view_all plain_all
-- ratio-to: yearjoin_all plain_all
-- goal: view_host <= 1.5 the view filtered on a host at most 1.5x the plain-column query
-- goal: view_category <= 1.5 the view filtered on a category at most 1.5x the plain-column query
-- goal: view_fiscal_year <= 1.5 the view filtered on one fiscal year at most 1.5x the plain-column query
--
-- Items as in schema_period_category (one fiscal year each, 200 years, so
-- one year holds 0.5 % of them), with a rare category (training, 0.5 %)
-- and a small second host (1 % of the items, on calendar years), read
-- through burden_allocation with WHERE host_party = 'SMALL', category =
-- 'training' or fiscal_year = 2021, and by hand over plain columns with
-- btree indexes on the agreement, the category and the start date (the
-- fiscal year written as its dates).
--
-- A host and a category are columns of the item or of its agreement, below
-- the split in the view: the filters reach burden_item, and the planner
-- fetches the few items through burden_item_agreement_idx or
-- burden_item_category_idx.
--
-- A fiscal year is not: burden_allocation computes it with the split
-- (prorate_pieces in its target list), and PostgreSQL passes no filter
-- through the output of a set-returning function, so every item is split
-- and the year's kept.  The form that would let a fiscal year reach an
-- index is yearjoin_allocation, built here for comparison: each agreement's
-- fiscal years (fiscal_years over its period) joined to the items on the
-- agreement and on the overlap of the item's period with the year, a GiST
-- index on burden_item.period (written for finite agreements, as these
-- are).  Filtered, the planner loops over the few years kept and fetches
-- their items through the GiST index (yearjoin_fiscal_year).  Unfiltered
-- (yearjoin_all against view_all, both to the plain join), each item meets
-- all the fiscal years of its agreement in the hash join and is tested
-- against each with &&, which costs more than the split it replaces; and
-- the planner, which multiplies the selectivities of the agreement's
-- equality and of the overlap as if they were independent, expects a
-- fraction of the rows, which misleads the plans of the views summing it.
-- burden_allocation keeps the split, whose unfiltered cost every burden
-- view pays, and a one-year filter reads every item.
-- @setup
TRUNCATE burden_item, agreement, party CASCADE;
DROP VIEW IF EXISTS yearjoin_allocation;
DROP TABLE IF EXISTS plain_item, plain_agreement, plain_party;
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
-- the index yearjoin_allocation would need; burden_allocation does not use it
CREATE INDEX burden_item_period_gist ON burden_item USING gist (period);
CREATE VIEW yearjoin_allocation AS
SELECT bi.id AS item_id, a.code AS agreement_code, a.host_party, bi.category, bi.basis, a.fiscal_year,
       CASE WHEN bi.period <@ a.part THEN bi.amount
            ELSE costshare_internal.prorate_share(bi.amount, bi.period, a.fiscal_calendar,
                 COALESCE(bi.allocation_method, a.allocation_method), a.fiscal_year) END AS amount
FROM (SELECT ag.code, ag.host_party, ag.allocation_method, h.fiscal_calendar, y.fiscal_year, y.part
      FROM agreement ag
           JOIN party h ON h.code = ag.host_party
           CROSS JOIN LATERAL fiscal_years(ag.period, h.fiscal_calendar) y
      OFFSET 0) a
     JOIN burden_item bi ON bi.agreement = a.code AND bi.period && a.part
WHERE bi.amount IS NOT NULL;

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
-- @variant yearjoin_fiscal_year
SELECT count(*), sum(minor_units(amount)) FROM yearjoin_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST';
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
-- @variant plain_all
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party;
-- @variant view_all
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation;
-- @variant yearjoin_all
SELECT count(*), sum(minor_units(amount)) FROM yearjoin_allocation;
-- @report
-- the same answers each way
SELECT 'fiscal year' AS filter, (SELECT count(*) FROM burden_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST') AS view,
       (SELECT count(*) FROM yearjoin_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST') AS yearjoin,
       (SELECT count(*) FROM plain_item i JOIN plain_agreement a ON a.code = i.agreement
        WHERE i.start_date >= DATE '2021-04-01' AND i.start_date < DATE '2022-04-01' AND a.host_party = 'HOST') AS plain
UNION ALL
SELECT 'host', (SELECT count(*) FROM burden_allocation WHERE host_party = 'SMALL'), NULL,
       (SELECT count(*) FROM plain_item i JOIN plain_agreement a ON a.code = i.agreement WHERE a.host_party = 'SMALL')
UNION ALL
SELECT 'category', (SELECT count(*) FROM burden_allocation WHERE category = 'training'), NULL,
       (SELECT count(*) FROM plain_item WHERE category = 'training');
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE host_party = 'SMALL';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE category = 'training';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM yearjoin_allocation WHERE fiscal_year = 2021 AND host_party = 'HOST';
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM yearjoin_allocation;
