--
-- A second, fictional host with its own calendar (July to June, named by
-- the year it ends in) and currency (NZD) goes through every view with no
-- change to the schema.  The stationed party is the United States.
--
INSERT INTO party (code, name, default_currency, fiscal_calendar, source)
VALUES ('NO', 'Republic of Norland (fictional)', 'NZD', 'au', 'test fixture');

INSERT INTO cost_category (code, name, parent, description)
VALUES ('housing', 'Family housing', 'facilities_improvement', 'a user category under an installed one');

-- an earlier agreement, a gap of one year, the current one, and an
-- protocol overlapping its last half-year, then an open-ended agreement
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, status, total_ceiling, source)
VALUES ('NOR2026', 'Norland SOFA cost sharing 2026', 'NO', 'US', '[2025-07-01,2028-07-01)', 'base', 'expired', NULL, 'test fixture'),
	   ('NOR2030', 'Norland SOFA cost sharing 2030', 'NO', 'US', '[2029-07-01,2032-07-01)', 'base', 'in_force',
		'NZD 1000000.01', 'test fixture'),
	   ('NOR2032X', 'Norland bridging protocol', 'NO', 'US', '[2032-01-01,2033-07-01)', 'protocol', 'signed', NULL, 'test fixture'),
	   ('NOR2034', 'Norland open-ended arrangement', 'NO', 'US', '[2033-07-01,infinity)', 'base', 'negotiating', NULL, 'test fixture');

-- a three-year ceiling of NZD 1,000,000.01: equal thirds, the odd cent to
-- the first year; a calendar-year item spread by days over two fiscal
-- years; budget items per fiscal year, one in a user category
INSERT INTO burden_item (agreement, category, period, amount, basis, allocation_method, source)
VALUES ('NOR2030', 'general', '[2029-07-01,2032-07-01)', 'NZD 1000000.01', 'ceiling', NULL, 'test fixture'),
	   ('NOR2030', 'utilities', '[2030-01-01,2031-01-01)', 'NZD 365.00', 'settled', 'days', 'test fixture'),
	   ('NOR2030', 'utilities', '[2029-07-01,2030-07-01)', 'NZD 100000.00', 'budget', NULL, 'test fixture'),
	   ('NOR2030', 'housing', '[2029-07-01,2030-07-01)', 'NZD 50000.50', 'budget', NULL, 'test fixture'),
	   ('NOR2030', 'labor_welfare', '[2030-07-01,2031-07-01)', 'NZD 70000.00', 'budget', NULL, 'test fixture');

INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source)
VALUES ('USD', 'NZD', '[2029-01-01,2030-01-01)', 1.60, 'average', 'test bank', 'test fixture'),
	   ('USD', 'NZD', '[2030-01-01,2031-01-01)', 1.50, 'average', 'test bank', 'test fixture'),
	   ('NZD', 'USD', '[2030-06-15,2030-06-16)', 0.70, 'spot', 'other bank', 'test fixture');
INSERT INTO force_presence (host_party, stationed_party, as_of, personnel, source)
VALUES ('NO', 'US', '2029-09-30', 1200, 'test fixture'), ('NO', 'US', '2031-09-30', 1000, 'test fixture');
INSERT INTO demand (demanding_party, demanded_of, amount, per_year, demanded_on, source)
VALUES ('US', 'NO', 'USD 600000.00', true, '2029-03-01', 'test fixture'),
	   ('US', 'NO', 'USD 1200000.00', false, '2030-08-01', 'test fixture');

SELECT agreement_code, basis, fiscal_calendar, fiscal_year, fiscal_year_label, period, start_date, end_date,
	   amount, amount_value, currency_code, item_count
FROM burden_by_period WHERE host_party = 'NO' ORDER BY agreement_code, basis, fiscal_year;

-- exact: the ceiling's thirds add up to the cent
SELECT sum(amount) AS total, sum(amount_value) AS total_value
FROM burden_by_period WHERE host_party = 'NO' AND basis = 'ceiling';

SELECT agreement_code, basis, category_code, parent_code, category_level, amount_value, share_percent, fiscal_year_label
FROM burden_by_category_rollup WHERE host_party = 'NO' ORDER BY basis, category_level, category_code;

SELECT basis, fiscal_year_label, category_code, row_kind, amount_value, currency_code
FROM burden_by_period_category_rollup WHERE host_party = 'NO' ORDER BY basis, fiscal_year NULLS LAST, category_code NULLS LAST;

SELECT agreement_code, basis, fiscal_year_label, amount_value, converted, rate,
	   rate_base_currency || '/' || rate_quote_currency AS pair, rate_provider, rate_rule
FROM burden_in_currency('USD') WHERE host_party = 'NO' ORDER BY agreement_code, basis, fiscal_year;
SELECT agreement_code, basis, fiscal_year_label, converted, rate, rate_provider, rate_rule
FROM burden_in_currency('USD', 'other bank') WHERE host_party = 'NO' ORDER BY agreement_code, basis, fiscal_year;

SELECT agreement_code, basis, fiscal_year_label, personnel, personnel_as_of, per_person, per_person_value
FROM burden_per_person WHERE host_party = 'NO' ORDER BY agreement_code, basis, fiscal_year;

SELECT per_year, agreement_code, basis, fiscal_year_label, demand, burden, burden_converted, rate, rate_provider, demand_ratio
FROM burden_vs_demand WHERE host_party = 'NO' ORDER BY per_year DESC, agreement_code, basis, fiscal_year;

SELECT agreement_code, kind, start_date, end_date, first_fiscal_year, last_fiscal_year, fiscal_year_label,
	   previous_agreement_code, gap_days, overlap_days, gap_period, continuous
FROM agreement_coverage WHERE host_party = 'NO' ORDER BY start_date;

SELECT agreement_code, basis, fiscal_calendar, fiscal_year_label, start_date, end_date, amount_value
FROM burden_by_stationed_calendar WHERE host_party = 'NO' ORDER BY agreement_code, basis, fiscal_year;
SELECT basis, sum(amount) AS total FROM burden_by_stationed_calendar WHERE host_party = 'NO' GROUP BY basis
EXCEPT
SELECT basis, sum(amount) FROM burden_by_period WHERE host_party = 'NO' GROUP BY basis;

-- clean up (the dump test makes its own)
DELETE FROM demand WHERE demanded_of = 'NO';
DELETE FROM force_presence WHERE host_party = 'NO';
DELETE FROM exchange_rate WHERE source = 'test fixture';
DELETE FROM agreement WHERE host_party = 'NO';
DELETE FROM cost_category WHERE code = 'housing';
DELETE FROM party WHERE code = 'NO';
