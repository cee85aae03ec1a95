--
-- burden_change: change from one fiscal year to the next; a gap is never a
-- one-year change.  divide_round and annualised_rate_percent, its exact
-- rounding.  Test data: sql/include/measures_fixture.sql (rolled back).
--

-- divide_round: one rounding of the exact quotient
SELECT divide_round(1, 3, 2) AS third, divide_round(2, 3, 2) AS two_thirds,
	   divide_round(1, 8, 2) AS eighth_even, divide_round(3, 8, 2) AS three_eighths_even,
	   divide_round(1, 8, 2, 'half_up') AS eighth_up, divide_round(-1, 8, 2, 'half_up') AS minus_eighth_up,
	   divide_round(-7, 8, 1, 'down') AS down, divide_round(1250, 1, -2) AS hundreds_even;
-- 1.00499999999999999999999999 (26 decimals) is below the half: 1.00; the
-- quotient numeric division gives is rounded at its own scale to 1.005000...,
-- which round() then takes to 1.01
SELECT divide_round(100499999999999999999999999, 100000000000000000000000000, 2) AS exact,
	   round(100499999999999999999999999::numeric / 100000000000000000000000000::numeric, 2) AS rounded_twice;
SELECT divide_round(1, 0, 2);
SELECT divide_round(1, 2, 2, 'ceiling');

-- annualised_rate_percent: 121 from 100 in two years is exactly 10 % a
-- year; 81 from 100, -10 %; 1.00005 from 1 in a year lies exactly on the
-- half (0.005 %) and rounds up; 1519.2 from 1247.1 in four years:
-- 1.05055^4 = 1.21805... < 1519.2 / 1247.1 = 1.21818... < 1.05065^4, so 5.06
SELECT annualised_rate_percent(100, 121, 2) AS ten, annualised_rate_percent(100, 81, 2) AS minus_ten,
	   annualised_rate_percent(1, 1.00005, 1) AS half_up, annualised_rate_percent(1247.1, 1519.2, 4) AS sma,
	   annualised_rate_percent(1247.1, 1519.2, 4, 4) AS sma_4, annualised_rate_percent(5, 0, 3) AS to_zero,
	   annualised_rate_percent(0, 5, 3) AS from_zero;
SELECT annualised_rate_percent(100, 121, 0);

BEGIN;
\set ECHO none
\i sql/include/measures_fixture.sql
\set ECHO all

-- ZA, all categories, ceiling: JFY2019 150 million, JFY2020 160 (+10 /
-- 150 = 6.67 %), no JFY2021, JFY2022 193.6 (over the gap: 193.6 / 160 =
-- 1.21 = 1.1^2, so 10.00 % a year, and no one-year change), JFY2023 133.1
-- (-60.5 / 193.6 = -31.25 %)
SELECT scope, agreement_code, fiscal_year_label, amount_value, previous_fiscal_year_label AS prev,
	   change_kind, change_value, change_percent, gap_first_year, gap_last_year, gap_years, gap_label,
	   gap_change_value, annualised_rate_percent
FROM burden_change
WHERE host_party = 'ZA' AND basis = 'ceiling' AND category_code IS NULL
ORDER BY scope, fiscal_year;

-- by category: labor 100, 110 (+10 %), gap, 133.1 (10 % a year), 133.1
-- (0 %); utilities 50, 50 (0 %), gap, 60.5 (10 % a year), none in JFY2023
SELECT category_code, fiscal_year_label, amount_value, change_kind, change_percent, gap_label,
	   annualised_rate_percent
FROM burden_change
WHERE host_party = 'ZA' AND scope = 'agreement' AND basis = 'ceiling' AND category_code IS NOT NULL
ORDER BY category_code, fiscal_year;

-- ZB, calendar years: the kroon and the euro are separate series (a
-- change across currencies needs a conversion: burden_in_constant_prices);
-- euro 110 to 121 is +10 %.  The host's scope follows the host across
-- its agreements: 2013 is ZB-2's first year, next to ZB-1's last, and 2015
-- comes after a gap
SELECT scope, fiscal_year_label, amount_value, currency_code, change_kind, change_percent
FROM burden_change
WHERE host_party = 'ZB' AND agreement_code IS DISTINCT FROM 'ZB-2' AND category_code IS NULL
ORDER BY scope, currency_code, fiscal_year;

-- two years apart in ZB-2 (2013, 2015): the gap, 2014, named alone
SELECT fiscal_year, change_kind, change_value, gap_label, gap_years, annualised_rate_percent
FROM burden_change
WHERE agreement_code = 'ZB-2' AND category_code IS NULL
ORDER BY fiscal_year;

-- coverage: a row's figures span fiscal_years_expected years (from the
-- previous year on file to its own) and use the amounts of
-- fiscal_years_summed of them (1 for a first row, else 2); complete only
-- when the two are equal and every year used is reported for every
-- agreement the row sums.  ZA, ceiling: JFY2019 first (1 of 1), JFY2020
-- (2 of 2), JFY2022 over the missing JFY2021 (2 of 3: not complete),
-- JFY2023 (2 of 2); the same for the host's scope (ZA-1 is its only
-- ceiling agreement)
SELECT scope, fiscal_year_label, change_kind, complete, fiscal_years_summed, fiscal_years_expected
FROM burden_change
WHERE host_party = 'ZA' AND basis = 'ceiling' AND category_code IS NULL
ORDER BY scope, fiscal_year;
-- ZB's host scope in euro, across its agreements: 2011 first, 2012 (2 of
-- 2), 2013 (ZB-2) against 2012 (ZB-1), both reported: complete; 2015 over
-- the missing 2014: 2 of 3
SELECT fiscal_year, change_kind, complete, fiscal_years_summed, fiscal_years_expected
FROM burden_change
WHERE host_party = 'ZB' AND scope = 'host' AND currency_code = 'EUR' AND category_code IS NULL
ORDER BY fiscal_year;

-- the reader reads it
SET LOCAL ROLE costshare_reader;
SELECT count(*) FROM burden_change WHERE host_party IN ('ZA', 'ZB');
RESET ROLE;

-- a year recorded as unknown (one category of JFY2023) is no longer
-- reported: the change JFY2022 -> JFY2023 uses both years (2 of 2) but is
-- not complete, for the agreement, the host and every category; and a
-- year only half on file (ZB-2's 2016, January to June: partial) makes
-- the change 2015 -> 2016 not complete either
INSERT INTO burden_item (agreement, category, period, amount, basis, status, source)
VALUES ('ZA-1', 'utilities', fiscal_year_period(2023, 'jp'), NULL, 'ceiling', 'unknown', 'test');
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('ZB-2', 'general', '[2016-01-01,2016-07-01)', 'EUR 550000.00', 'ceiling', 'test');
SELECT scope, category_code, fiscal_year_label, change_kind, complete, fiscal_years_summed, fiscal_years_expected
FROM burden_change
WHERE (host_party = 'ZA' AND basis = 'ceiling' AND fiscal_year = 2023)
   OR (agreement_code = 'ZB-2' AND fiscal_year = 2016)
ORDER BY host_party, scope, category_code NULLS FIRST;
ROLLBACK;
