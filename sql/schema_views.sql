--
-- The burden views over the Japan-US sample data (loaded by schema_data)
-- reproduce the published figures.
--

-- SMA2016's 946.5 billion yen ceiling spread equally: 189.3 billion a year;
-- the JFY2021 budget 201.7 billion; SMA2022's agreed figures per year
SELECT agreement_code, basis, fiscal_year, fiscal_year_label, start_date, end_date, amount, amount_value, currency_code, item_count
FROM burden_by_period WHERE host_party = 'JP'
ORDER BY agreement_code, basis, fiscal_year;

-- the allocation is exact: per agreement and basis, the fiscal years add up
-- to the items, in yen and in numeric
SELECT b.agreement_code, b.basis, sum(b.amount) AS by_period, sum(b.amount_value) AS by_period_value,
	   (SELECT sum(i.amount) FROM burden_item i WHERE i.agreement = b.agreement_code AND i.basis = b.basis) AS items
FROM burden_by_period b WHERE b.host_party = 'JP'
GROUP BY b.agreement_code, b.basis ORDER BY 1, 2;

-- SMA2022 utilities schedule, 234/234/151/133/133 oku-en
SELECT fiscal_year_label, round(amount_value / 100000000, 1) AS oku_en
FROM burden_by_period_category
WHERE host_party = 'JP' AND basis = 'ceiling' AND category_code = 'utilities' ORDER BY fiscal_year;

-- categories roll up: labor = basic pay + welfare = 1,555 oku-en of 2,017
SELECT category_code, parent_code, category_level, round(amount_value / 100000000, 1) AS oku_en,
	   round(agreement_total_value / 100000000, 1) AS total_oku_en, share_percent, fiscal_year_label, first_fiscal_year, last_fiscal_year
FROM burden_by_category_rollup WHERE agreement_code = 'EXT2021' ORDER BY category_level, category_code;
SELECT agreement_code, basis, category_code, amount_value, share_percent
FROM burden_by_category_rollup WHERE agreement_code = 'SMA2022' ORDER BY basis, category_code;

-- fiscal year by category with subtotals and a grand total (budget basis)
SELECT fiscal_year, fiscal_year_label, category_code, row_kind, amount_value, currency_code
FROM burden_by_period_category_rollup WHERE host_party = 'JP' AND basis = 'budget'
ORDER BY fiscal_year NULLS LAST, category_code NULLS LAST;

-- in dollars: the Fed annual average of the calendar year holding most of
-- the fiscal year, the IMF rate where that is the only one, the latest
-- earlier rate where the year has none; each row names its rate
SELECT agreement_code, basis, fiscal_year_label, amount_value, converted, converted_value, rate,
	   rate_base_currency || '/' || rate_quote_currency AS pair, rate_period, rate_provider, rate_rule,
	   converted_value = round(amount_value / rate, 2) AS exact
FROM burden_in_currency('USD') WHERE host_party = 'JP' ORDER BY agreement_code, basis, fiscal_year;
-- only the Reuters rate: none before JFY2022, then the implied 113.59
SELECT agreement_code, basis, fiscal_year_label, converted_value, rate, rate_kind, rate_provider, rate_rule
FROM burden_in_currency('USD', 'Reuters') WHERE host_party = 'JP' ORDER BY agreement_code, basis, fiscal_year;
-- into its own currency: rate 1, no provider
SELECT DISTINCT rate, rate_provider, rate_rule, converted = amount AS same
FROM burden_in_currency('JPY') WHERE host_party = 'JP';
-- a target no stored rate mentions, or a provider of which none is
-- stored, is an error naming it (42704), not a column of NULLs
\set VERBOSITY default
SELECT DISTINCT converted, rate, rate_rule FROM burden_in_currency('EUR') WHERE host_party = 'JP';
SELECT count(*) FILTER (WHERE rate IS NOT NULL) AS converted_rows FROM burden_in_currency('USD', 'nobody');
SELECT count(*) FROM rate_in_force('KRW', 'EUR', '[2021-01-01,2022-01-01)');
SELECT count(*) FROM rate_in_force('JPY', 'USD', '[2021-01-01,2022-01-01)', 'nobody');
-- missing_ok: no row instead of the error (what the views use)
SELECT count(*) FROM rate_in_force('KRW', 'EUR', '[2021-01-01,2022-01-01)', NULL, true);
-- but not for a provider typed wrong, which is checked once nothing is found
SELECT count(*) FROM rate_in_force('JPY', 'USD', '[2021-01-01,2022-01-01)', 'nobody', true);
-- a provider on file that has no rate for the pair: no row, no error
SELECT count(*) FROM rate_in_force('KRW', 'USD', '[2021-01-01,2022-01-01)', 'Reuters', true);
-- a year without a rate is one row's business: NULL, rate_missing, the reason
SELECT fiscal_year_label, converted, rate_missing, rate_rule
FROM burden_in_currency('USD', 'Fed G.5A') WHERE agreement_code = 'SMA2011' ORDER BY fiscal_year, basis, converted NULLS FIRST, rate_rule;
DO $$
BEGIN
	PERFORM * FROM burden_in_currency('EUR');
EXCEPTION WHEN undefined_object THEN
	RAISE NOTICE 'burden_in_currency(EUR): SQLSTATE %', SQLSTATE;
END $$;

-- cross rates through USD: won into yen, both legs and their sources on
-- the row, one rounding at the end (won / (won per dollar) * (yen per
-- dollar), rounded to the yen once)
SELECT agreement_code, fiscal_year_label, amount, converted, rate, rate_base_currency || '/' || rate_quote_currency AS leg1,
	   via_currency_code AS via, via_rate, via_rate_base_currency || '/' || via_rate_quote_currency AS leg2,
	   rate_provider, via_rate_provider, rate_rule,
	   converted_value = round(amount_value * via_rate / rate) AS exact
FROM burden_in_currency('JPY') WHERE host_party = 'KR' ORDER BY fiscal_year;
SELECT rate, inverted, base_currency, quote_currency, rate_source, rule,
	   via_currency, via_rate, via_inverted, via_base_currency, via_quote_currency, via_rate_source
FROM rate_in_force('JPY', 'KRW', '[2021-04-01,2022-04-01)');
-- a direct rate wins over the cross
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source)
VALUES ('JPY', 'KRW', '[2021-01-01,2022-01-01)', 10.4, 'average', 'test', 'test: a direct rate');
SELECT rate, rate_provider, rule, via_currency FROM rate_in_force('KRW', 'JPY', '[2021-01-01,2022-01-01)');
DELETE FROM exchange_rate WHERE provider = 'test';
-- the two-leg conversion by hand: 1,000,000 won at 1,180.5554 won and
-- 106.7754 yen per dollar is 90,445.1... yen: 90,445
SELECT convert_at('KRW 1000000', 'JPY', 1180.5554, true, 106.7754, false),
	   convert_at('KRW 1000000', 'JPY', 1180.5554, true, NULL, NULL);
-- the rule on its own: either direction, provider filter, one day
SELECT rate, inverted, base_currency, quote_currency, rate_period, rule
FROM rate_in_force('USD', 'JPY', '[2021-12-21,2021-12-22)');
SELECT rate, inverted, rate_provider, rule
FROM rate_in_force('JPY', 'USD', '[2021-12-21,2021-12-22)', 'Reuters');
SELECT rate, rule FROM rate_in_force('JPY', 'USD', '[2010-01-01,2011-01-01)');
SELECT count(*) FROM rate_in_force('JPY', 'JPY', '[2021-01-01,2022-01-01)');

-- per person: about 54,000 personnel (the only count, dated 2021)
SELECT agreement_code, basis, fiscal_year_label, amount_value, personnel, personnel_as_of, per_person, per_person_value
FROM burden_per_person WHERE host_party = 'JP' ORDER BY agreement_code, basis, fiscal_year;

-- the $8 billion a year demand against about $1.9 billion: roughly 4.2x
-- for the JFY2021 budget, at the 2020 average rate (the demand's year)
SELECT agreement_code, basis, fiscal_year_label, demand, burden, burden_converted, rate, rate_provider, demand_ratio
FROM burden_vs_demand WHERE host_party = 'JP' ORDER BY agreement_code, basis, fiscal_year;
-- beside it, each year at its own rate, both labelled
SELECT agreement_code, basis, fiscal_year_label, burden_converted, conversion_label,
	   burden_converted_at_year_rate, year_rate, year_conversion_label, year_rate_missing,
	   demand_ratio, demand_ratio_at_year_rate
FROM burden_vs_demand WHERE host_party = 'JP' AND per_year ORDER BY agreement_code, basis, fiscal_year;
SELECT round(demand_ratio, 1) AS about FROM burden_vs_demand
WHERE host_party = 'JP' AND agreement_code = 'EXT2021' AND basis = 'budget';

-- SMA2016, the one-year extension, SMA2022: no gap, no overlap
SELECT agreement_code, kind, start_date, end_date, first_fiscal_year, last_fiscal_year, fiscal_year_label,
	   previous_agreement_code, gap_days, overlap_days, gap_period, continuous
FROM agreement_coverage WHERE host_party = 'JP' ORDER BY start_date;

-- JFY figures in US federal fiscal years, by days, exact in total
SELECT agreement_code, basis, fiscal_year, fiscal_year_label, start_date, end_date, amount_value
FROM burden_by_stationed_calendar WHERE host_party = 'JP' ORDER BY agreement_code, basis, fiscal_year;
SELECT s.agreement_code, s.basis, s.total = p.total AS exact
FROM (SELECT agreement_code, basis, sum(amount) AS total FROM burden_by_stationed_calendar
	  WHERE host_party = 'JP' GROUP BY 1, 2) s
	JOIN (SELECT agreement_code, basis, sum(amount) AS total FROM burden_by_period
		  WHERE host_party = 'JP' GROUP BY 1, 2) p USING (agreement_code, basis)
ORDER BY 1, 2;

-- the views run with their owner's rights (see doc/schema.md)
SELECT c.relname, c.reloptions FROM pg_class c
WHERE c.relkind = 'v' AND c.relnamespace = 'public'::regnamespace ORDER BY 1;
-- The row estimates of the rate lookups are honest (ROWS 1), so the views
-- that look a rate up per row are planned at their size: burden_vs_demand
-- over the sample data stays far below jit_above_cost (it was estimated
-- at 16 million and compiled for over a second on 42 rows).
SELECT p.oid::regprocedure AS function, p.prorows
FROM pg_proc p
WHERE p.proname IN ('rate_in_force', 'rate_in_force_direct')
ORDER BY p.pronargs;
CREATE FUNCTION pg_temp.plan_cost(query text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
	RETURN (plan -> 0 -> 'Plan' ->> 'Total Cost')::float8;
END $$;
SELECT pg_temp.plan_cost('SELECT * FROM burden_vs_demand') < 100000 AS burden_vs_demand_below_jit;
