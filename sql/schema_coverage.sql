--
-- Coverage as data: views that never present part of the data as the whole.
-- A fictional calendar-year host (KT, won) and a stationed party on the US
-- federal calendar.  Agreement KTA runs CY2020-CY2025; its budget figures:
--   CY2020 reported, CY2021 missing, CY2022 unknown, CY2023 partial
--   (January to June only), CY2024 missing, CY2025 reported.
-- Its ceiling: three equal amounts over the whole span (shares of thirds).
-- Agreement KTC runs CY2027-CY2031 with one settled figure, for CY2029.
--
INSERT INTO party (code, name, default_currency, fiscal_calendar, source)
VALUES ('KT', 'Kotaria (fictional host)', 'KRW', 'calendar', 'test fixture'),
	   ('SX', 'Sextaria (fictional stationed party)', 'USD', 'us_federal', 'test fixture');
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, status, source)
VALUES ('KTA', 'Kotaria cost sharing 2020-2025', 'KT', 'SX', '[2020-01-01,2026-01-01)', 'base', 'expired', 'test fixture'),
	   ('KTC', 'Kotaria cost sharing 2027-2031', 'KT', 'SX', '[2027-01-01,2032-01-01)', 'base', 'in_force', 'test fixture');

INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('KTA', 'labor_basic_pay', '[2020-01-01,2021-01-01)', 'KRW 600000000000', 'budget', 'test fixture'),
	   ('KTA', 'labor_welfare',   '[2020-01-01,2021-01-01)', 'KRW 100000000000', 'budget', 'test fixture'),
	   ('KTA', 'utilities',       '[2020-01-01,2021-01-01)', 'KRW 300000000000', 'budget', 'test fixture'),
	   ('KTA', 'labor_basic_pay', '[2023-01-01,2023-07-01)', 'KRW 310000000000', 'budget', 'test fixture'),
	   ('KTA', 'labor_basic_pay', '[2025-01-01,2026-01-01)', 'KRW 730000000000', 'budget', 'test fixture'),
	   ('KTA', 'utilities',       '[2025-01-01,2026-01-01)', 'KRW 365000000000', 'budget', 'test fixture'),
	   ('KTA', 'labor',           '[2020-01-01,2026-01-01)', 'KRW 1', 'ceiling', 'test fixture'),
	   ('KTA', 'utilities',       '[2020-01-01,2026-01-01)', 'KRW 1', 'ceiling', 'test fixture'),
	   ('KTA', 'facilities_improvement', '[2020-01-01,2026-01-01)', 'KRW 1', 'ceiling', 'test fixture'),
	   ('KTC', 'general',         '[2029-01-01,2030-01-01)', 'KRW 500000000000', 'settled', 'test fixture');
-- CY2022: known to have a labour budget that is not on file
INSERT INTO burden_item (agreement, category, period, amount, status, basis, source)
VALUES ('KTA', 'labor', '[2022-01-01,2023-01-01)', NULL, 'unknown', 'budget', 'test fixture');

-- an unknown amount is said so; a missing amount is never an omission
INSERT INTO burden_item (agreement, category, period, amount, basis)
VALUES ('KTA', 'labor', '[2021-01-01,2022-01-01)', NULL, 'budget');
INSERT INTO burden_item (agreement, category, period, amount, status, basis)
VALUES ('KTA', 'labor', '[2021-01-01,2022-01-01)', 'KRW 1', 'unknown', 'budget');
INSERT INTO burden_item (agreement, category, period, amount, status, basis)
VALUES ('KTA', 'labor', '[2021-01-01,2022-01-01)', NULL, 'guessed', 'budget');

-- every fiscal year of each agreement and basis, with its state
SELECT agreement_code, basis, fiscal_year_label, state, days_covered, agreement_days, days_in_year,
	   reported_items, unknown_items, currency_code
FROM burden_coverage WHERE host_party = 'KT' ORDER BY agreement_code, basis, fiscal_year;
SELECT agreement_code, basis, complete, fiscal_years_summed, fiscal_years_expected, fiscal_years_summed_label
FROM burden_coverage_by_agreement WHERE host_party = 'KT' ORDER BY agreement_code, basis;

-- a year with no data is a row marked missing (amount NULL), never skipped;
-- an unknown year says unknown; a partial year is not complete
SELECT fiscal_year_label, amount_value, currency_code, item_count, state, complete,
	   fiscal_years_summed, fiscal_years_expected, days_covered, days_in_year
FROM burden_by_period WHERE agreement_code = 'KTA' AND basis = 'budget' ORDER BY fiscal_year;

-- five-year agreement with one year on file: labelled with that year, not
-- CY2027-CY2031, and 1 of 5 years, incomplete (the share is 100.00 of what
-- is on file, and says so)
SELECT agreement_code, category_code, amount_value, share_percent, fiscal_year_label,
	   first_fiscal_year, last_fiscal_year, complete, fiscal_years_summed, fiscal_years_expected
FROM burden_by_category WHERE agreement_code = 'KTC';

-- the six-year budget total with two years missing, one unknown and one
-- partial: complete false, 3 of 6 years, the years named
SELECT category_code, category_level_1_code, category_level_2_code, amount_value, share_percent,
	   item_count, unknown_item_count, complete, fiscal_years_summed, fiscal_years_expected, fiscal_year_label
FROM burden_by_category WHERE agreement_code = 'KTA' AND basis = 'budget' ORDER BY category_code;

-- shares by largest remainder: thirds are 33.34 + 33.33 + 33.33 = 100.00
-- (rounding each would give 99.99); ties go to the lower category code
SELECT category_code, share_percent FROM burden_by_category
WHERE agreement_code = 'KTA' AND basis = 'ceiling' ORDER BY category_code;
SELECT agreement_code, basis, sum(share_percent) AS total_percent
FROM burden_by_category WHERE host_party = 'KT' GROUP BY agreement_code, basis ORDER BY 1, 2;
-- the rollup's shares are its descendants' sums: the top level adds to 100.00
SELECT category_code, category_level, amount_value, share_percent, complete
FROM burden_by_category_rollup WHERE agreement_code = 'KTA' AND basis = 'budget'
ORDER BY category_level, category_code;
SELECT sum(share_percent) FROM burden_by_category_rollup
WHERE agreement_code = 'KTA' AND basis = 'budget' AND category_level = 0;
-- an exact remainder rule: many small parts still add up to 100.00
BEGIN;
INSERT INTO burden_item (agreement, category, period, amount, basis)
SELECT 'KTC', c.code, '[2030-01-01,2031-01-01)', currency_amount(n::numeric, 'KRW'), 'contract'
FROM (SELECT code, row_number() OVER (ORDER BY code) AS n FROM cost_category) c;
SELECT sum(share_percent), count(*) FILTER (WHERE share_percent IS NULL)
FROM burden_by_category WHERE agreement_code = 'KTC' AND basis = 'contract';
ROLLBACK;

-- the grand total no longer reads as the whole: 3 of 6 years, incomplete
SELECT fiscal_year_label, category_code, row_kind, amount_value, complete,
	   fiscal_years_summed, fiscal_years_expected
FROM burden_by_period_category_rollup WHERE host_party = 'KT' AND basis = 'budget' AND row_kind <> 'detail'
ORDER BY fiscal_year NULLS LAST;

-- the detail view has detail rows only: a BI tool's SUM over it is the
-- true total on file, and so is a SUM grouped by any category level
SELECT fiscal_year_label, category_code, category_level_1_code, category_level_2_code,
	   amount_value, complete
FROM burden_by_period_category WHERE host_party = 'KT' AND basis = 'budget' ORDER BY fiscal_year, category_code;
SELECT (SELECT sum(amount_value) FROM burden_by_period_category WHERE host_party = 'KT' AND basis = 'budget') AS detail_sum,
	   (SELECT sum(amount(amount)) FROM burden_item WHERE agreement = 'KTA' AND basis = 'budget') AS items_total,
	   (SELECT sum(amount_value) FROM burden_by_period_category_rollup WHERE host_party = 'KT' AND basis = 'budget') AS rollup_sum_counts_thrice;
SELECT category_level_1_code, sum(amount_value)
FROM burden_by_period_category WHERE host_party = 'KT' AND basis = 'budget'
GROUP BY category_level_1_code ORDER BY 1;
SELECT (SELECT sum(amount_value) FROM burden_by_category WHERE agreement_code = 'KTA' AND basis = 'budget') AS detail_sum,
	   (SELECT sum(amount_value) FROM burden_by_category_rollup WHERE agreement_code = 'KTA' AND basis = 'budget') AS rollup_sum_counts_parents;

-- re-bucketed into the stationed party's fiscal years (October to
-- September): US FY2026 is reached by a quarter of CY2025's data (92 days
-- of 365), US FY2024 by none (a missing row, not a skipped one)
SELECT fiscal_year_label, amount_value, currency_code, state, complete, days_covered, days_in_year,
	   fiscal_years_summed, fiscal_years_expected
FROM burden_by_stationed_calendar WHERE agreement_code = 'KTA' AND basis = 'budget' ORDER BY fiscal_year;
-- still exact in total
SELECT sum(amount_value) FROM burden_by_stationed_calendar WHERE agreement_code = 'KTA' AND basis = 'budget';

-- a demand against an agreement's total: the total is labelled with the
-- years it sums and says it is not whole
INSERT INTO demand (demanding_party, demanded_of, amount, per_year, demanded_on, source)
VALUES ('SX', 'KT', 'KRW 3000000000000', false, '2019-06-01', 'test fixture');
SELECT agreement_code, basis, fiscal_year_label, burden_value, demand_ratio, complete,
	   fiscal_years_summed, fiscal_years_expected
FROM burden_vs_demand WHERE host_party = 'KT' AND NOT per_year ORDER BY agreement_code, basis;

-- counts are bigint everywhere (no row)
SELECT c.relname, a.attname, t.typname
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relkind = 'v' AND c.relnamespace = 'public'::regnamespace AND a.attnum > 0
  AND (a.attname LIKE '%count' OR a.attname LIKE '%items' OR a.attname LIKE 'fiscal_years_%ed')
  AND t.typname <> 'int8'
ORDER BY 1, 2;

-- the reader sees coverage
SET ROLE costshare_reader;
SELECT count(*) > 0 FROM burden_coverage WHERE host_party = 'KT';
RESET ROLE;

-- amounts in several currencies over one span: a row per currency of the
-- year, each with its own total and items (burden_coverage's one row per
-- year is unchanged); over several years, each item spread by itself
BEGIN;
INSERT INTO burden_item (agreement, category, period, amount, basis, other_currency, source)
VALUES ('KTC', 'utilities', '[2029-01-01,2030-01-01)', 'USD 1000.50', 'settled', true, 'test fixture'),
	   ('KTC', 'labor',     '[2029-01-01,2030-01-01)', 'USD 0.25',    'settled', true, 'test fixture'),
	   ('KTC', 'general',   '[2030-07-01,2031-07-01)', 'KRW 1001',    'settled', false, 'test fixture'),
	   ('KTC', 'utilities', '[2030-07-01,2031-07-01)', 'USD 10.01',   'settled', true, 'test fixture');
SELECT fiscal_year_label, amount, item_count, state, complete, days_covered
FROM burden_by_period WHERE agreement_code = 'KTC' ORDER BY fiscal_year, currency_code;
SELECT fiscal_year_label, state, days_covered, reported_items
FROM burden_coverage WHERE agreement_code = 'KTC' ORDER BY fiscal_year;
ROLLBACK;
