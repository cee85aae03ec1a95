--
-- burden_in_constant_prices: the burden in constant prices of a base year,
-- with each row's index, source and rate.  Test data:
-- sql/include/measures_fixture.sql (rolled back).
--
-- names that are wrong are errors
SELECT count(*) FROM burden_in_constant_prices(2020, 'ppi');
SELECT count(*) FROM burden_in_constant_prices(NULL);
SELECT count(*) FROM burden_in_constant_prices(2020, 'cpi', 'USD', convert_first => true);
SELECT count(*) FROM burden_in_constant_prices(2020, 'cpi', index_party => 'ZZ');
SELECT count(*) FROM burden_in_constant_prices(2020, 'cpi', rate_source => 'nobody');

BEGIN;
\set ECHO none
\i sql/include/measures_fixture.sql
\set ECHO all

-- Deflation across a currency change, in constant 2011 euros (deflate in
-- the amount's currency, then convert at the rate of 2011, the fixed
-- 15.6466 kroon per euro; EEK 1564.66 is EUR 100):
--   2009: 100 * 100 / 95  = 105.263... -> 105.26
--   2010: 100 * 100 / 96  = 104.166... -> 104.17
--   2011: 110 * 100 / 100 = 110.00
--   2012: 121 * 100 / 104 = 116.346... -> 116.35
SELECT fiscal_year_label, amount, index_year_kind, index_year, index_value, base_index_value,
	   rate, rate_base_currency, rate_quote_currency, rate_rule, real_amount, real_value, real_label, missing_reason
FROM burden_in_constant_prices(2011, 'cpi', 'EUR')
WHERE agreement_code = 'ZB-1'
ORDER BY fiscal_year;

-- ZA in constant JFY2020 yen: the fiscal-year index where there is one,
-- else the calendar year holding the middle of the fiscal year (JFY2022:
-- 2022, not 2023); ZA-2's JFY2021 has none.
--   JFY2019: 150,000,000 * 100 / 99.5  = 150,753,768.8... -> 150,753,769
--   JFY2022: 193,600,000 * 100 / 102.3 = 189,247,311.8... -> 189,247,312
--   JFY2023: 133,100,000 * 100 / 104.5 = 127,368,421.05.. -> 127,368,421
--   ZA-2 JFY2022: 150,000,000 * 100 / 102.3 = 146,627,565.98 -> 146,627,566
SELECT agreement_code, basis, fiscal_year_label, amount_value, index_year_kind, index_year, index_value,
	   index_source, base_index_year_kind, base_index_year, real_value, real_currency_code, missing_reason
FROM burden_in_constant_prices(2020, 'cpi')
WHERE host_party = 'ZA'
ORDER BY agreement_code, basis, fiscal_year;

-- the two orders give two answers, each labelled, for ZA's JFY2022 in
-- constant 2020 dollars:
--   deflate then convert: 193,600,000 * 100 / 102.3 / 106 (the 2020 rate)
--                         = 1,785,351.998... -> 1,785,352.00
--   convert then deflate: 193,600,000 / 131 (the 2022 rate) * 100 / 110
--                         (the dollar economy's index) = 1,343,511.4503...
--                         -> 1,343,511.45
-- (the rates of provider test; the sample data's Fed rates would differ)
SELECT method, index_party_code, index_value, base_index_value, rate, rate_rule, real_amount, real_label
FROM burden_in_constant_prices(2020, 'cpi', 'USD', rate_source => 'test')
WHERE agreement_code = 'ZA-1' AND fiscal_year = 2022
UNION ALL
SELECT method, index_party_code, index_value, base_index_value, rate, rate_rule, real_amount, real_label
FROM burden_in_constant_prices(2020, 'cpi', 'USD', convert_first => true, index_party => 'ZS', rate_source => 'test')
WHERE agreement_code = 'ZA-1' AND fiscal_year = 2022;

-- no rate, no index: a reason, never an error for the whole result
-- (JFY2020: 160,000,000 / 106 * 100 / 100 = 1,509,433.962 -> 1,509,433.96)
SELECT fiscal_year_label, real_value, missing_reason
FROM burden_in_constant_prices(2020, 'cpi', 'USD', convert_first => true, index_party => 'ZS', rate_source => 'test')
WHERE agreement_code = 'ZA-1' ORDER BY fiscal_year;
SELECT count(*) AS rows, count(real_value) AS computed
FROM burden_in_constant_prices(2030, 'gdp_deflator') WHERE host_party = 'ZA';

-- coverage per row, as burden_in_currency's: complete only when the year
-- is reported and real_value computed.  ZA-1's JFY2020 is (1 of 1);
-- ZA-2's JFY2021 has no index: not complete, 0 of 1; ZA-2's JFY2023, now
-- entered for April to September only (partial), has real_value
-- (50,000,000 * 100 / 104.5 = 47,846,889.95... -> 47,846,890) but is not
-- complete: 1 of 1 with amounts, part of the year
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('ZA-2', 'training', '[2023-04-01,2023-10-01)', 'JPY 50000000', 'budget', 'test');
SELECT agreement_code, fiscal_year_label, real_value, missing_reason, state, complete,
	   fiscal_years_summed, fiscal_years_expected
FROM burden_in_constant_prices(2020, 'cpi')
WHERE agreement_code = 'ZA-2' OR (agreement_code = 'ZA-1' AND fiscal_year = 2020)
ORDER BY agreement_code, fiscal_year;

-- a value must be positive, one per series and year
SAVEPOINT s;
INSERT INTO price_index (series_kind, party, year_kind, year, value, source) VALUES ('cpi', 'ZA', 'fiscal', 2021, 0, 'test');
ROLLBACK TO s;
INSERT INTO price_index (series_kind, party, year_kind, year, value, source) VALUES ('cpi', 'ZA', 'fiscal', 2020, 101, 'test');
ROLLBACK TO s;

-- the reader reads the indices and the function
SET LOCAL ROLE costshare_reader;
SELECT series_kind, party, party_fiscal_calendar, year_kind, year, value, reference
FROM price_indices WHERE party = 'ZA' ORDER BY year_kind, year;
SELECT count(real_value) FROM burden_in_constant_prices(2011, 'cpi', 'EUR') WHERE host_party = 'ZB';
RESET ROLE;
ROLLBACK;
