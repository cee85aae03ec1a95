-- costshare sample data for the measures (doc/measures.md): price indices,
-- macro figures and escalation rules for the sample hosts, Japan and South
-- Korea.
--
-- Loaded after data/10_japan_us.sql and data/20_korea_us.sql.  Every row
-- names its source; figures that no source at hand gives exactly are left
-- out rather than guessed or derived: Japan's CPI for 2016-2019 and 2021,
-- 2023 on; Japan's GDP and defence budgets; South Korea's defence budgets
-- other than 2022 and its GDP other than 2022; the GDP deflators.  The
-- views show, per row, what is missing.  ASCII only.

BEGIN;

-- ---------------------------------------------------------------- price indices

INSERT INTO price_index (series_kind, party, year_kind, year, value, reference, source, note) VALUES
	('cpi', 'JP', 'calendar', 2020, 100, '2020=100',
	 'Statistics Bureau of Japan, Consumer Price Index, 2020-base (2020 is the reference year, all items = 100)',
	 'All items, Japan, calendar-year average.'),
	('cpi', 'JP', 'calendar', 2022, 102.3, '2020=100',
	 'Statistics Bureau of Japan, 2022 annual average CPI, as reported in "Consumer Prices in Japan Rise 2.5% in 2022", https://theinternationalonline.com/consumer-prices-in-japan-rise-2-5-in-2022-according-to-national-statistics-bureau/',
	 'All items, up 2.5% on 2021.'),
	('cpi', 'KR', 'calendar', 2018, 104.45406, '2015=100',
	 'OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI', NULL),
	('cpi', 'KR', 'calendar', 2019, 104.85412, '2015=100',
	 'OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI', NULL),
	('cpi', 'KR', 'calendar', 2020, 105.41749, '2015=100',
	 'OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI', NULL),
	('cpi', 'KR', 'calendar', 2021, 108.05117, '2015=100',
	 'OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI', NULL),
	('cpi', 'KR', 'calendar', 2022, 113.54870, '2015=100',
	 'OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI', NULL);

-- ---------------------------------------------------------------- macro figures

INSERT INTO macro_figure (party, kind, year_kind, year, amount, source, note) VALUES
	('KR', 'defence_budget', 'fiscal', 2022, currency_amount(54610000000000, 'KRW'),
	 'ROK Ministry of National Defense, "Next year''s defense budget settled at KRW 54.61 trillion ... 3.4% increase", https://www.mnd.go.kr/user/boardList.action?command=view&siteId=mndEN&boardSeq=O_288048&boardId=O_47261&id=mndEN_020100000000',
	 'Passed by the National Assembly on 2021-12-03; published to the 10 billion won.'),
	('KR', 'gdp', 'calendar', 2022, currency_amount(2161800000000000, 'KRW'),
	 'Bank of Korea, nominal GDP 2022, as reported by KBS World, http://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=59428 ("2,161.8 trillion won, up 3.9%")',
	 'Nominal, in won; published to the 100 billion won.');

-- ---------------------------------------------------------------- escalation rules

INSERT INTO escalation_rule (agreement, basis, kind, index_series, lag_years, cap_percent, floor_percent,
							 rounding_unit, rounding, first_year, source, note) VALUES
	('KR-SMA11', 'ceiling', 'defence_budget_growth', NULL, 1, NULL, NULL, 100000000, 'half_up', 2022,
	 'Reuters Korea via investing.com 2021-03-10, https://kr.investing.com/news/general/article-599788 ; donga.com 2021-03-11, https://donga.com/en/article/all/20210311/2493130/1',
	 'From 2022 each year grows by the previous year''s growth of the Korean defence budget, with no cap (2022: +5.4%, the 2021 growth). Unsure: the rounding, taken as 100 million won (1 eok), the unit the amounts are published in.'),
	('KR-SMA12', 'ceiling', 'price_index', 'cpi', 1, 5, NULL, 100000000, 'half_up', 2027,
	 'NK News 2024-10, https://nknews.org/2024/10/us-rok-reach-new-defense-cost-sharing-deal-for-troops-to-counter-north-korea ; KBS World, http://world.kbs.co.kr/service/news_view.htm?Seq_Code=75815&lang=i',
	 'From 2027 each year grows by the consumer price index, at most 5% a year. Unsure: which year''s CPI growth applies (taken as the previous year''s), whether there is a floor (none entered), the rounding (taken as 1 eok).');

COMMIT;
