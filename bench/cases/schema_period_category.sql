-- title: burden_by_period_category_rollup over burden items against the same aggregation over plain bigint, text and date columns
-- sizes: 1000000 3000000 10000000
-- baseline: plain_columns
-- goal: view <= 1.3 the view at most 1.3x the hand-written query
-- flat: view 15
-- flat: plain_columns 15
--
-- The same synthetic items twice: in costshare's tables (currency_amount,
-- agreement_period, fiscal_calendar) read through the view, and in plain
-- tables (bigint amount, text currency, start and end dates) aggregated by
-- hand with the same joins and the same ROLLUP.  Items lie within one fiscal
-- year, as budget lines do.  Goal: the view at most 1.3x the hand-written
-- query, with the same plan shape (both plans are in the report).
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
-- @variant plain_columns
SELECT count(*), sum(amount) FROM (
	SELECT a.host_party, a.stationed_party, i.basis, i.currency,
	       (extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int) AS fiscal_year,
	       i.category, sum(i.amount) AS amount
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	GROUP BY a.host_party, a.stationed_party, i.basis, i.currency,
	         ROLLUP ((extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int), i.category)
) AS s;
-- @variant view
SELECT count(*), sum(minor_units(amount)) FROM burden_by_period_category_rollup;
-- @report
EXPLAIN SELECT count(*), sum(minor_units(amount)) FROM burden_by_period_category_rollup;
EXPLAIN SELECT count(*), sum(amount) FROM (
	SELECT a.host_party, a.stationed_party, i.basis, i.currency,
	       (extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int) AS fiscal_year,
	       i.category, sum(i.amount) AS amount
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	GROUP BY a.host_party, a.stationed_party, i.basis, i.currency,
	         ROLLUP ((extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int), i.category)
) AS s;
