-- Test data for the measures tests (sql/measures_*.sql), loaded inside each
-- test's transaction and rolled back with it.  Two hosts with different
-- calendars and currencies:
--   ZA: fiscal year April-March (jp), yen;
--   ZB: calendar year, the kroon (EEK) until 2010, then the euro (fixed
--       conversion rate 15.6466 kroon per euro, so EEK 1564.66 = EUR 100).
-- Round figures, chosen so that every expected value can be worked out by
-- hand (the tests say how).
INSERT INTO party (code, name, default_currency, fiscal_calendar, source) VALUES
	('ZA', 'Host A (April fiscal year, yen)', 'JPY', 'jp', 'test'),
	('ZB', 'Host B (calendar year, kroon then euro)', 'EUR', 'calendar', 'test'),
	('ZS', 'Stationed party (October fiscal year, dollar)', 'USD', 'us_federal', 'test');

INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency, total_ceiling, source) VALUES
	('ZA-1', 'A: five years', 'ZA', 'ZS', '[2019-04-01,2024-04-01)', 'base', 'JPY', 'JPY 636700000', 'test'),
	('ZA-2', 'A: a protocol', 'ZA', 'ZS', '[2021-04-01,2024-04-01)', 'protocol', 'JPY', 'JPY 300000000', 'test'),
	('ZB-1', 'B: across the euro changeover', 'ZB', 'ZS', '[2009-01-01,2013-01-01)', 'base', 'EUR', 'EUR 431.00', 'test'),
	('ZB-2', 'B: escalated by prices', 'ZB', 'ZS', '[2013-01-01,2018-01-01)', 'base', 'EUR', NULL, 'test');

INSERT INTO burden_item (agreement, category, period, amount, basis, other_currency, source) VALUES
	-- ZA-1: JFY2019, JFY2020, (no JFY2021), JFY2022, JFY2023
	('ZA-1', 'labor', fiscal_year_period(2019, 'jp'), 'JPY 100000000', 'ceiling', false, 'test'),
	('ZA-1', 'utilities', fiscal_year_period(2019, 'jp'), 'JPY 50000000', 'ceiling', false, 'test'),
	('ZA-1', 'labor', fiscal_year_period(2020, 'jp'), 'JPY 110000000', 'ceiling', false, 'test'),
	('ZA-1', 'utilities', fiscal_year_period(2020, 'jp'), 'JPY 50000000', 'ceiling', false, 'test'),
	('ZA-1', 'labor', fiscal_year_period(2022, 'jp'), 'JPY 133100000', 'ceiling', false, 'test'),
	('ZA-1', 'utilities', fiscal_year_period(2022, 'jp'), 'JPY 60500000', 'ceiling', false, 'test'),
	('ZA-1', 'labor', fiscal_year_period(2023, 'jp'), 'JPY 133100000', 'ceiling', false, 'test'),
	-- ZA-2: budgets of 250 million against a headline of 300 million
	('ZA-2', 'training', fiscal_year_period(2021, 'jp'), 'JPY 100000000', 'budget', false, 'test'),
	('ZA-2', 'training', fiscal_year_period(2022, 'jp'), 'JPY 150000000', 'budget', false, 'test'),
	-- ZB-1: two years in kroon, two in euro
	('ZB-1', 'general', fiscal_year_period(2009, 'calendar'), 'EEK 1564.66', 'ceiling', true, 'test'),
	('ZB-1', 'general', fiscal_year_period(2010, 'calendar'), 'EEK 1564.66', 'ceiling', true, 'test'),
	('ZB-1', 'general', fiscal_year_period(2011, 'calendar'), 'EUR 110.00', 'ceiling', false, 'test'),
	('ZB-1', 'general', fiscal_year_period(2012, 'calendar'), 'EUR 121.00', 'ceiling', false, 'test'),
	-- ZB-2: year one, and a published 2015
	('ZB-2', 'general', fiscal_year_period(2013, 'calendar'), 'EUR 1000000.00', 'ceiling', false, 'test'),
	('ZB-2', 'general', fiscal_year_period(2015, 'calendar'), 'EUR 1100000.00', 'ceiling', false, 'test');

INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source) VALUES
	('EUR', 'EEK', '[2009-01-01,2009-01-02)', 15.6466, 'spot', 'test', 'fixed conversion rate'),
	('USD', 'JPY', fiscal_year_period(2019, 'calendar'), 109.0, 'average', 'test', 'test'),
	('USD', 'JPY', fiscal_year_period(2020, 'calendar'), 106.0, 'average', 'test', 'test'),
	('USD', 'JPY', fiscal_year_period(2022, 'calendar'), 131.0, 'average', 'test', 'test');

INSERT INTO force_presence (host_party, stationed_party, as_of, personnel, source) VALUES
	('ZA', 'ZS', '2020-10-01', 1000, 'test');

INSERT INTO price_index (series_kind, party, year_kind, year, value, reference, source) VALUES
	-- ZA: fiscal years, and a calendar year for JFY2022 (the year holding its middle)
	('cpi', 'ZA', 'fiscal', 2019, 99.5, 'JFY2020=100', 'test'),
	('cpi', 'ZA', 'fiscal', 2020, 100, 'JFY2020=100', 'test'),
	('cpi', 'ZA', 'calendar', 2022, 102.3, 'JFY2020=100', 'test'),
	('cpi', 'ZA', 'calendar', 2023, 104.5, 'JFY2020=100', 'test: calendar 2023, for JFY2023 only'),
	-- ZB: calendar years across the changeover
	('cpi', 'ZB', 'calendar', 2009, 95, '2011=100', 'test'),
	('cpi', 'ZB', 'calendar', 2010, 96, '2011=100', 'test'),
	('cpi', 'ZB', 'calendar', 2011, 100, '2011=100', 'test'),
	('cpi', 'ZB', 'calendar', 2012, 104, '2011=100', 'test'),
	('cpi', 'ZB', 'calendar', 2013, 110, '2011=100', 'test'),
	('cpi', 'ZB', 'calendar', 2014, 108.9, '2011=100', 'test'),
	('cpi', 'ZB', 'calendar', 2015, 112.167, '2011=100', 'test'),
	-- ZS (the dollar's economy), for converting first
	('cpi', 'ZS', 'calendar', 2020, 100, '2020=100', 'test'),
	('cpi', 'ZS', 'calendar', 2022, 110, '2020=100', 'test');

INSERT INTO macro_figure (party, kind, year_kind, year, amount, source) VALUES
	('ZA', 'gdp', 'fiscal', 2020, 'JPY 3200000000', 'test'),
	('ZA', 'defence_budget', 'calendar', 2020, 'JPY 480000000', 'test'),
	('ZA', 'defence_budget', 'fiscal', 2022, 'JPY 500000000', 'test'),
	('ZA', 'defence_budget', 'fiscal', 2023, 'JPY 537500000', 'test'),
	('ZB', 'gdp', 'calendar', 2010, 'EUR 1600.00', 'test'),
	('ZB', 'gdp', 'calendar', 2011, 'EUR 2000.00', 'test');
