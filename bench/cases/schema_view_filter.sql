-- title: burden_allocation filtered on one fiscal year against the same filter on plain columns with a btree index
-- sizes: 1000000 3000000 10000000
-- baseline: plain_fiscal_year
-- goal: view_fiscal_year <= 1.5 the view filtered on one fiscal year at most 1.5x the plain-column query
--
-- The items of schema_period_category (one per fiscal year, 200 years, so
-- one year holds 0.5 % of them), read for one fiscal year: through
-- burden_allocation with WHERE fiscal_year = 2021, and by hand over plain
-- columns with a btree index on the start date, the fiscal year written as
-- its dates.  burden_allocation joins the items to their agreement's fiscal
-- years on the overlap of the periods, so the filter reaches the items as
-- an index condition on burden_item.period (GiST), beside the agreement's
-- btree; before, every item was split and the year filtered after, a scan
-- of the whole table whatever the indexes.  view_by_period_fiscal_year
-- reads the same year through burden_by_period, coverage included (its
-- items too are fetched by index); it does more than the plain query, so
-- it has no goal.  The plans are in the report.
-- @setup
TRUNCATE burden_item, agreement, party CASCADE;
DROP TABLE IF EXISTS plain_item, plain_agreement, plain_party;
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('HOST', 'Host', 'JPY', 'jp'), ('STAT', 'Stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency)
SELECT 'A' || k, 'Agreement ' || k, 'HOST', 'STAT',
       agreement_period(make_date(1900 + 5 * k, 4, 1), make_date(1905 + 5 * k, 4, 1)), 'base', 'JPY'
FROM generate_series(0, 39) AS k;
INSERT INTO burden_item (agreement, category, period, amount, basis)
SELECT 'A' || (y - 1900) / 5,
       (ARRAY['labor_basic_pay', 'labor_welfare', 'utilities', 'facilities_improvement',
              'training', 'logistics'])[1 + i % 6],
       agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)),
       from_minor_units(1000000 + i::int8 * 7919 % 100000000, 'JPY'),
       (ARRAY['budget', 'settled'])[1 + i % 2]
FROM (SELECT i, 1900 + i % 200 AS y FROM generate_series(1, :rows) AS i) AS g;

CREATE TABLE plain_party AS
SELECT code, 4 AS fiscal_start_month FROM party;
CREATE TABLE plain_agreement AS
SELECT code, host_party, stationed_party FROM agreement;
CREATE TABLE plain_item AS
SELECT agreement, category, basis, lower(period) AS start_date, last_day(period) AS end_date,
       minor_units(amount) AS amount, currency(amount)::text AS currency
FROM burden_item;
CREATE INDEX ON plain_item (start_date);
CREATE INDEX ON plain_item (agreement);
-- @variant plain_fiscal_year
SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party
WHERE i.start_date >= DATE '2021-04-01' AND i.start_date < DATE '2022-04-01';
-- @variant view_fiscal_year
SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE fiscal_year = 2021;
-- @variant view_by_period_fiscal_year
SELECT count(*), sum(amount_value), bool_and(complete) FROM burden_by_period WHERE fiscal_year = 2021;
-- @report
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_allocation WHERE fiscal_year = 2021;
EXPLAIN SELECT count(*), sum(i.amount)
FROM plain_item AS i
JOIN plain_agreement AS a ON a.code = i.agreement
JOIN plain_party AS h ON h.code = a.host_party
WHERE i.start_date >= DATE '2021-04-01' AND i.start_date < DATE '2022-04-01';
