-- title: the coverage views and burden_per_person against hand-written plain-column queries giving the same rows
-- sizes: 1000000 3000000 10000000
-- baseline: plain_coverage
-- setup-from: schema_period_category
-- ratio-to: view_coverage_by_agreement plain_coverage_by_agreement
-- ratio-to: view_year_coverage plain_year_coverage
-- ratio-to: view_per_person plain_per_person
-- goal: view_coverage <= 1.3 burden_coverage at most 1.3x the hand-written query
-- goal: view_coverage_by_agreement <= 1.3 burden_coverage_by_agreement at most 1.3x the hand-written query
-- goal: view_year_coverage <= 1.3 burden_year_coverage at most 1.3x the hand-written query
-- goal: view_per_person <= 1.3 burden_per_person at most 1.3x the hand-written query
-- flat: view_coverage 15
-- flat: view_coverage_by_agreement 15
-- flat: view_year_coverage 15
-- flat: view_per_person 15
--
-- The items of schema_period_category, through the views that say how
-- much of each fiscal year is on file.  burden_coverage gives each fiscal
-- year of each agreement and basis its state (reported, partial, unknown,
-- missing), the days the reported items cover against the days of the
-- year inside the agreement, and the items counted;
-- burden_coverage_by_agreement sums that per agreement and basis (whether
-- every year is reported, the years with amounts and their label);
-- burden_year_coverage per host, stationed party, basis and year over the
-- pair's agreements; burden_per_person divides each year's amount
-- (burden_by_period) by the personnel counted last on or before the year's
-- end.  The plain queries (in the setup) compute the same rows by hand over
-- plain bigint, text and date columns, from plain_by_period (schema_period)
-- and a plain copy of the personnel counts, and the report fails if a row
-- differs.  Each pair reads the same columns.  Every one of them reads the
-- items once, grouped by span before cutting fiscal years, as
-- schema_period describes.
-- @variant plain_coverage
SELECT count(*), sum(days_covered), sum(reported_items), sum(unknown_items), max(state), max(fiscal_year_label)
FROM plain_coverage;
-- @variant view_coverage
SELECT count(*), sum(days_covered), sum(reported_items), sum(unknown_items), max(state), max(fiscal_year_label)
FROM burden_coverage;
-- @variant plain_coverage_by_agreement
SELECT count(*), count(*) FILTER (WHERE complete), sum(fiscal_years_summed), sum(fiscal_years_expected),
       max(fiscal_years_summed_label), sum(last_fiscal_year_summed)
FROM plain_coverage_by_agreement;
-- @variant view_coverage_by_agreement
SELECT count(*), count(*) FILTER (WHERE complete), sum(fiscal_years_summed), sum(fiscal_years_expected),
       max(fiscal_years_summed_label), sum(last_fiscal_year_summed)
FROM burden_coverage_by_agreement;
-- @variant plain_year_coverage
SELECT count(*), count(*) FILTER (WHERE reported), count(*) FILTER (WHERE has_data) FROM plain_year_coverage;
-- @variant view_year_coverage
SELECT count(*), count(*) FILTER (WHERE reported), count(*) FILTER (WHERE has_data) FROM burden_year_coverage;
-- @variant plain_per_person
SELECT count(*), sum(per_person_value), sum(personnel), max(personnel_as_of), max(state)
FROM plain_per_person;
-- @variant view_per_person
SELECT count(*), sum(per_person_value), sum(personnel), max(personnel_as_of), max(state)
FROM burden_per_person;
-- @report
-- each view gives the rows of its plain query, or the run stops
SELECT require_same_rows('burden_coverage', 'plain_coverage',
	'host_party, stationed_party, agreement_code, basis, fiscal_year, fiscal_year_label, start_date,
	 end_date, state, days_covered, agreement_days, days_in_year, reported_items, unknown_items,
	 currency_code');
SELECT require_same_rows('burden_coverage_by_agreement', 'plain_coverage_by_agreement',
	'host_party, stationed_party, agreement_code, basis, complete, fiscal_years_summed,
	 fiscal_years_expected, fiscal_years_summed_label, first_fiscal_year_summed,
	 last_fiscal_year_summed');
SELECT require_same_rows('burden_year_coverage', 'plain_year_coverage',
	'host_party, stationed_party, basis, fiscal_year, reported, has_data');
SELECT require_same_rows('burden_per_person', 'plain_per_person',
	'host_party, stationed_party, agreement_code, basis, fiscal_year, fiscal_year_label, start_date,
	 end_date, amount_value, currency_code, personnel, personnel_as_of, per_person_value, state,
	 complete, fiscal_years_summed, fiscal_years_expected');
EXPLAIN SELECT count(*), sum(per_person_value), sum(personnel), max(personnel_as_of), max(state)
FROM burden_per_person;
