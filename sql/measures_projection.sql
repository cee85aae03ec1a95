--
-- escalation_rule and burden_projection: the years an agreed escalation
-- rule gives, beside the published ones.  Test data:
-- sql/include/measures_fixture.sql (rolled back).
--
BEGIN;
\set ECHO none
\i sql/include/measures_fixture.sql
\set ECHO all

INSERT INTO escalation_rule (agreement, basis, kind, fixed_percent, index_series, lag_years,
							 cap_percent, floor_percent, rounding_unit, rounding, first_year, source) VALUES
	-- ZB-2 (calendar years, euro): prices of the year before, at most 5 %,
	-- at least 0 %, to the thousand euros
	('ZB-2', 'ceiling', 'price_index', NULL, 'cpi', 1, 5, 0, 1000, 'half_up', 2014, 'test'),
	-- ZA-1 (April years, yen): 3.3 % a year, to the million yen
	('ZA-1', 'ceiling', 'fixed_percent', 3.3, NULL, 1, NULL, NULL, 1000000, 'half_up', 2021, 'test'),
	-- ZA-2: the defence budget's growth of the same year, rounded down to
	-- the million
	('ZA-2', 'budget', 'defence_budget_growth', NULL, NULL, 0, NULL, NULL, 1000000, 'down', 2023, 'test');

-- ZB-2, 2014: from 2013's published 1,000,000; prices 2012 -> 2013 rose
--   110 / 104 = 5.77 %, capped at 5 %: 1,050,000.
-- 2015: no 2014 published, so from 2014's projection; prices 2013 -> 2014
--   fell 1 % (108.9 / 110), floored at 0 %: 1,050,000; published
--   1,100,000: 50,000 more.
-- 2016: from 2015's published 1,100,000; prices rose 3 % (112.167 /
--   108.9 = 1.03 exactly): 1,133,000.
-- 2017: no index for 2016: not projected, and says why.
-- ZA-1, JFY2021 (the gap year): 160,000,000 * 1.033 = 165,280,000 ->
--   165,000,000.  JFY2022: from that projection, 170,445,000 ->
--   170,000,000; published 193,600,000 (23,600,000 more).  JFY2023: from
--   JFY2022's published 193,600,000: 199,988,800 -> 200,000,000; published
--   133,100,000.
-- ZA-2, JFY2023: 150,000,000 * 537.5 / 500 = 161,250,000, down to
--   161,000,000.
SELECT agreement_code, basis, projected_from_basis, fiscal_year_label, rule_kind, base_value, base_kind,
	   growth_from_value, growth_to_value, raw_growth_percent, limit_applied, applied_growth_percent,
	   rounding_unit, projected, published_value, difference_value, missing_reason
FROM burden_projection
WHERE host_party IN ('ZA', 'ZB')
ORDER BY agreement_code, fiscal_year;

-- coverage: a projection grows from one published year (the year before,
-- or the year its chain of projections started from): complete only when
-- projected is computed, that year is reported and the published amount
-- beside it, if any, too.  Every row above is complete (1 of 1) but
-- ZB-2's 2017, which has no index: 0 of 1.
SELECT agreement_code, fiscal_year_label, base_kind, projected_value, complete, fiscal_years_summed,
	   fiscal_years_expected
FROM burden_projection
WHERE host_party IN ('ZA', 'ZB')
ORDER BY agreement_code, fiscal_year;
-- ZB-2's 2014 published for January to June only (partial): 2014 is
-- compared with a partial amount and 2015 grows from it (500,000 * 1.00,
-- floored at 0 %): neither is complete; 2016 grows from 2015, reported
SAVEPOINT cov;
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('ZB-2', 'general', '[2014-01-01,2014-07-01)', 'EUR 500000.00', 'ceiling', 'test');
SELECT fiscal_year, base_value, base_kind, projected_value, published_value, complete, fiscal_years_summed,
	   fiscal_years_expected
FROM burden_projection WHERE agreement_code = 'ZB-2' AND fiscal_year <= 2016 ORDER BY fiscal_year;
-- burden_with_projection: the reported rows as burden_by_period's, the
-- projected as burden_projection's
SELECT fiscal_year, is_projected, amount_value, complete, fiscal_years_summed, fiscal_years_expected
FROM burden_with_projection WHERE agreement_code = 'ZB-2' ORDER BY fiscal_year;
ROLLBACK TO cov;

-- projected figures join the reported ones only when asked: here, each
-- marked; years with a published figure keep it
SELECT agreement_code, basis, fiscal_year_label, amount, is_projected
FROM burden_with_projection
WHERE host_party IN ('ZA', 'ZB')
ORDER BY agreement_code, fiscal_year;
-- and never in the reported views
SELECT count(*) FROM burden_by_period WHERE basis = 'projected';

-- a new index value is used at once: 2016 at 120 (+6.98 %, capped at 5 %)
-- gives 2017 = 1,133,000 * 1.05 = 1,189,650 -> 1,190,000
INSERT INTO price_index (series_kind, party, year_kind, year, value, source) VALUES ('cpi', 'ZB', 'calendar', 2016, 120, 'test');
SELECT fiscal_year, raw_growth_percent, limit_applied, projected_value, missing_reason
FROM burden_projection WHERE agreement_code = 'ZB-2' AND fiscal_year = 2017;
-- and so is a published figure: 2014 published at 1,020,000 becomes the
-- base of 2015 (floored at 0 %: 1,020,000)
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('ZB-2', 'general', fiscal_year_period(2014, 'calendar'), 'EUR 1020000.00', 'ceiling', 'test');
SELECT fiscal_year, base_value, base_kind, projected_value, published_value, difference_value
FROM burden_projection WHERE agreement_code = 'ZB-2' AND fiscal_year IN (2014, 2015) ORDER BY fiscal_year;

-- the rule's parts agree with its kind
SAVEPOINT s;
INSERT INTO escalation_rule (agreement, kind, rounding_unit) VALUES ('ZB-1', 'fixed_percent', 1);
ROLLBACK TO s;
INSERT INTO escalation_rule (agreement, kind, rounding_unit) VALUES ('ZB-1', 'price_index', 1);
ROLLBACK TO s;
INSERT INTO escalation_rule (agreement, kind, fixed_percent, cap_percent, floor_percent, rounding_unit)
VALUES ('ZB-1', 'fixed_percent', 1, 2, 3, 1);
ROLLBACK TO s;
INSERT INTO escalation_rule (agreement, kind, fixed_percent, rounding_unit) VALUES ('ZB-1', 'fixed_percent', 1, 0);
ROLLBACK TO s;

SET LOCAL ROLE costshare_reader;
SELECT count(projected) FROM burden_projection WHERE host_party IN ('ZA', 'ZB');
SELECT count(*) FROM burden_with_projection WHERE is_projected AND host_party IN ('ZA', 'ZB');
RESET ROLE;
ROLLBACK;
