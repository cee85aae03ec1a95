--
-- The walk-through of doc/schema.md ("Entering a host, step by step"),
-- statement by statement, so that the document cannot drift from what the
-- extension does.  test/doc_walkthrough.sh checks that the statements here
-- are the document's.  The sample data (schema_data) already holds South
-- Korea; the walk-through enters it again from nothing, inside a
-- transaction that removes the sample rows first and is rolled back.
--
BEGIN;
\set ECHO none
DELETE FROM negotiation_event WHERE agreement LIKE 'KR-%';
DELETE FROM agreement WHERE host_party = 'KR';
DELETE FROM exchange_rate WHERE quote_currency = 'KRW';
DELETE FROM party WHERE code = 'KR';
\set ECHO all
-- walkthrough: begin
INSERT INTO party (code, name, default_currency, fiscal_calendar, source) VALUES
    ('KR', 'Republic of Korea', 'KRW', 'calendar', 'ROK Defense White Paper 2018'),
    ('US', 'United States', 'USD', 'us_federal', 'October to September')
ON CONFLICT (code) DO NOTHING;
INSERT INTO agreement (code, title, host_party, stationed_party, period, signed_on, source)
VALUES ('KR-SMA11', '11th Special Measures Agreement (2020-2025)', 'KR', 'US',
        '[2020-01-01,2026-01-01)', '2021-04-08', 'Reuters Korea 2021-03-10');
SELECT code, currency, period, fiscal_label(period, 'calendar') FROM agreement WHERE code = 'KR-SMA11';
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source) VALUES
    ('USD', 'KRW', '[2020-01-01,2021-01-01)', 1180.5554, 'average', 'Fed G.5A', 'Federal Reserve G.5A'),
    ('USD', 'KRW', '[2021-01-01,2022-01-01)', 1144.8911, 'average', 'Fed G.5A', 'Federal Reserve G.5A'),
    ('USD', 'KRW', '[2022-01-01,2023-01-01)', 1291.7796, 'average', 'Fed G.5A', 'Federal Reserve G.5A');
SELECT '1조 1,833억 원'::currency_amount, '2,017億円'::currency_amount;
CREATE TEMP TABLE amounts_csv (agreement text, year integer, amount text, source text);
\copy amounts_csv FROM 'data/korea_sma11_amounts.csv' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
SELECT c.agreement, 'general', fiscal_year_period(c.year, p.fiscal_calendar),
       c.amount::currency_amount, 'ceiling', c.source
FROM amounts_csv c
    JOIN agreement a ON a.code = c.agreement
    JOIN party p ON p.code = a.host_party;
SELECT fiscal_year_label, amount, format_amount(amount, 'korean') AS korean, item_count
FROM burden_by_period WHERE host_party = 'KR' ORDER BY fiscal_year;
SELECT fiscal_year_label, converted, rate, rate_rule
FROM burden_in_currency('USD') WHERE host_party = 'KR' ORDER BY fiscal_year;
SELECT fiscal_year_label, converted, rate, via_rate, rate_rule
FROM burden_in_currency('JPY') WHERE host_party = 'KR' ORDER BY fiscal_year;
SELECT fiscal_year_label, amount
FROM burden_by_stationed_calendar WHERE host_party = 'KR' ORDER BY fiscal_year;
-- walkthrough: end

-- what the document says of a line that does not parse: the INSERT stops
-- with the text in the error, and nothing of it is inserted
INSERT INTO amounts_csv VALUES ('KR-SMA11', 2023, '1조 2,8?6억 원', 'test: a bad line');
SAVEPOINT bad_line;
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
SELECT c.agreement, 'general', fiscal_year_period(c.year, p.fiscal_calendar),
       c.amount::currency_amount, 'ceiling', c.source
FROM amounts_csv c
    JOIN agreement a ON a.code = c.agreement
    JOIN party p ON p.code = a.host_party;
ROLLBACK TO SAVEPOINT bad_line;
SELECT count(*) AS items FROM burden_item WHERE agreement = 'KR-SMA11';
ROLLBACK;
