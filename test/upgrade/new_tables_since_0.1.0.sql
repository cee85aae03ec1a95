-- Rows for the tables 0.2.0 added (the measures: doc/measures.md), on top of
-- sample_data_0.1.0.sql, for test/extension_upgrade.sh: loaded into the
-- updated and the fresh database alike, so that the new tables and the
-- views over them have rows to compare.  Test figures, not sample data.
BEGIN;
INSERT INTO price_index (series_kind, party, year_kind, year, value, reference, source) VALUES
	('cpi', 'JP', 'calendar', 2020, 100, '2020=100', 'test'),
	('cpi', 'JP', 'calendar', 2022, 102.3, '2020=100', 'test');
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source) VALUES
	('JP', 'gdp', 'fiscal', 2022, currency_amount(560000000000000, 'JPY'), 'test'),
	('JP', 'defence_budget', 'fiscal', 2022, currency_amount(5400000000000, 'JPY'), 'test');
INSERT INTO escalation_rule (agreement, basis, kind, fixed_percent, rounding_unit, source)
VALUES ('SMA2022', 'ceiling', 'fixed_percent', 1.5, 100000000, 'test');
COMMIT;
