--
-- agreement_consistency: each agreement's published total against the sum
-- of its items per basis.  Test data: sql/include/measures_fixture.sql
-- (rolled back).
--
BEGIN;
\set ECHO none
\i sql/include/measures_fixture.sql
\set ECHO all

-- ZA-1: 150 + 160 + 193.6 + 133.1 = 636.7 million, as published: matches.
-- ZA-2: 100 + 150 = 250 million against 300: differs by -50 million,
-- -16.6667 %.  ZB-1: 110 + 121 = 231 euros against 431, and two items in
-- kroon, which are not compared.  ZB-2: no headline.
SELECT agreement_code, basis, headline_value, headline_currency_code, items_value, items_currency_code,
	   item_count, items_first_day, items_last_day, difference_value, difference_percent, status
FROM agreement_consistency
WHERE host_party IN ('ZA', 'ZB')
ORDER BY agreement_code, basis, items_currency_code;

-- a headline without items
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, total_ceiling, source)
VALUES ('ZA-3', 'A: nothing entered yet', 'ZA', 'ZS', '[2024-04-01,2025-04-01)', 'base', 'JPY', 'JPY 1', 'test');
-- a typing error in an item shows as a difference
UPDATE burden_item SET amount = 'JPY 13310000' WHERE agreement = 'ZA-1' AND period = fiscal_year_period(2023, 'jp');
SELECT agreement_code, basis, item_count, difference_value, difference_percent, status
FROM agreement_consistency
WHERE agreement_code IN ('ZA-1', 'ZA-3')
ORDER BY agreement_code;

-- coverage: complete only when every fiscal year of the agreement is
-- reported for the basis.  ZA-1 matched its headline above, yet JFY2021
-- is missing: 4 of 5 years, not complete; ZA-2's budgets have JFY2021 and
-- JFY2022 of three years; ZB-1 has all four (both currencies' rows);
-- ZB-2 2013 and 2015 of five; ZA-3 has no item: 0 of its one year
SELECT agreement_code, basis, items_currency_code, status, complete, fiscal_years_summed, fiscal_years_expected
FROM agreement_consistency
WHERE host_party IN ('ZA', 'ZB')
ORDER BY agreement_code, basis, items_currency_code;
-- a year recorded as unknown is not reported: ZB-1 is no longer complete,
-- and has amounts for three of its four years; the unknown item has no
-- amount and is not summed (no row of its own)
INSERT INTO burden_item (agreement, category, period, amount, basis, status, source)
VALUES ('ZB-1', 'general', fiscal_year_period(2010, 'calendar'), NULL, 'ceiling', 'unknown', 'test');
SELECT agreement_code, basis, items_currency_code, status, complete, fiscal_years_summed, fiscal_years_expected
FROM agreement_consistency
WHERE agreement_code = 'ZB-1'
ORDER BY items_currency_code;

SET LOCAL ROLE costshare_reader;
SELECT count(*) FROM agreement_consistency WHERE host_party IN ('ZA', 'ZB');
RESET ROLE;
ROLLBACK;
