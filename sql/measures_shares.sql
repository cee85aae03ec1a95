--
-- burden_share: the burden as a share of the host's GDP and defence budget;
-- burden_per_person_in: per person stationed in any currency.  Test data:
-- sql/include/measures_fixture.sql (rolled back).
--
SELECT count(*) FROM burden_per_person_in('USD', 'nobody');

BEGIN;
\set ECHO none
\i sql/include/measures_fixture.sql
\set ECHO all

-- ZA (yen, April years): JFY2020's 160 million is 5 % of a GDP of 3.2
-- billion (fiscal-year figure) and 33.3333 % of a defence budget of 480
-- million (calendar 2020, the year holding the middle of JFY2020);
-- JFY2022's 193.6 million is 38.72 % of 500 million, JFY2023's 133.1 million
-- 24.7628 % of 537.5 million (24.76279...).  ZB (calendar years): 2010's
-- EEK 1564.66 is EUR 100 at the year's rate, 6.25 % of EUR 1600; 2011's
-- EUR 110 is 5.5 % of EUR 2000.
SELECT host_party, agreement_code, fiscal_year_label, measure, amount, figure, figure_year_kind, figure_year,
	   rate, share_percent, missing_reason
FROM burden_share
WHERE host_party IN ('ZA', 'ZB') AND basis = 'ceiling'
  AND (share_percent IS NOT NULL OR fiscal_year IN (2019, 2009))
ORDER BY host_party, fiscal_year, measure;

-- per person, 1,000 stationed (count of 2020-10-01): JFY2020 160,000,000
-- yen is 160,000 yen a head; in dollars at the JFY2020 rate (calendar 2020,
-- 106 yen): 160,000,000 / 106 / 1,000 = 1,509.4339... -> 1,509.43, not
-- 160,000 / 106 rounded twice
SELECT fiscal_year_label, basis, personnel, personnel_as_of, amount, rate, rate_rule, per_person,
	   per_person_value, target_currency_code, rate_missing
FROM burden_per_person_in('USD', 'test')
WHERE host_party = 'ZA'
ORDER BY fiscal_year, basis;
SELECT fiscal_year_label, per_person, rate_rule
FROM burden_per_person_in('JPY')
WHERE host_party = 'ZA' AND fiscal_year = 2020;

-- a figure is positive, one per party, kind and year
SAVEPOINT s;
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source) VALUES ('ZA', 'gdp', 'fiscal', 2021, 'JPY 0', 'test');
ROLLBACK TO s;
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source) VALUES ('ZA', 'gdp', 'fiscal', 2020, 'JPY 1', 'test');
ROLLBACK TO s;

SET LOCAL ROLE costshare_reader;
SELECT party, party_fiscal_calendar, kind, year_kind, year, amount_value, currency_code
FROM macro_figures WHERE party IN ('ZA', 'ZB') ORDER BY party, kind, year;
SELECT count(share_percent) FROM burden_share WHERE host_party IN ('ZA', 'ZB');
SELECT count(per_person) FROM burden_per_person_in('USD', 'test') WHERE host_party = 'ZA';
RESET ROLE;

-- coverage per row, as burden_in_currency's: complete only when the year
-- is reported and the figure (and rate, and personnel count) are on file.
-- ZA-2's JFY2023, missing, now entered for April to September only
-- (partial): 50,000,000 is 9.3023 % of the defence budget of 537.5 million
-- (9.30232...), computed but not complete; no GDP for the year: not
-- complete, 0 of 1; JFY2020's shares are complete
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('ZA-2', 'training', '[2023-04-01,2023-10-01)', 'JPY 50000000', 'budget', 'test');
SELECT agreement_code, fiscal_year_label, measure, share_percent, missing_reason, state, complete,
	   fiscal_years_summed, fiscal_years_expected
FROM burden_share
WHERE (agreement_code = 'ZA-2' AND fiscal_year = 2023) OR (agreement_code = 'ZA-1' AND fiscal_year = 2020)
ORDER BY agreement_code, fiscal_year, measure;
-- per person: JFY2020 in dollars is complete; in euros no rate of
-- provider test is in force (none between the yen, the dollar and the
-- euro): not complete, 0 of 1; JFY2023 of ZA-2, partial (50,000,000 /
-- 131, the latest rate, / 1,000 = 381.679... -> 381.68), is not complete
SELECT agreement_code, fiscal_year_label, target_currency_code, per_person_value, rate_missing, state,
	   complete, fiscal_years_summed, fiscal_years_expected
FROM burden_per_person_in('USD', 'test')
WHERE (agreement_code = 'ZA-2' AND fiscal_year = 2023) OR (agreement_code = 'ZA-1' AND fiscal_year = 2020)
UNION ALL
SELECT agreement_code, fiscal_year_label, target_currency_code, per_person_value, rate_missing, state,
	   complete, fiscal_years_summed, fiscal_years_expected
FROM burden_per_person_in('EUR', 'test')
WHERE agreement_code = 'ZA-1' AND fiscal_year = 2020
ORDER BY 1, 2, 3;
ROLLBACK;
