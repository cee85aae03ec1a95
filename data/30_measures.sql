-- costshare sample data for the measures (doc/measures.md): price indices,
-- macro figures and escalation rules for the sample hosts, Japan and South
-- Korea.
--
-- Loaded after data/10_japan_us.sql and data/20_korea_us.sql.  Every row
-- names its source; "derived" marks a figure computed from sourced ones,
-- with its formula, and "unsure" what the sources do not confirm.  Figures
-- that no source at hand gives are left out rather than guessed: Japan's
-- CPI for 2008-2019, 2021 and 2024 on; Japan's nominal GDP for JFY2024 on
-- and its defence budgets for JFY2025 on; South Korea's GDP for 2023 on (the
-- figures at hand for those years are of the Bank of Korea's 2020-base
-- revision, which raised the level of every year; the years on file are of
-- the 2015 base) and its CPI for 2026; the GDP deflators.  The views show,
-- per row, what is missing.  ASCII only.

BEGIN;

-- ---------------------------------------------------------------- price indices

-- Japan: the Statistics Bureau's 2020-base CPI, all items, calendar-year
-- averages.  A Japanese fiscal year takes the calendar year of its first
-- nine months (doc/measures.md).
INSERT INTO price_index (series_kind, party, year_kind, year, value, reference, source, note) VALUES
	('cpi', 'JP', 'calendar', 2020, 100, '2020=100',
	 'Statistics Bureau of Japan, Consumer Price Index, 2020-base (2020 is the reference year, all items = 100)',
	 'All items, Japan, calendar-year average.'),
	('cpi', 'JP', 'calendar', 2022, 102.3, '2020=100',
	 'Statistics Bureau of Japan, 2022 annual average CPI, as reported in "Consumer Prices in Japan Rise 2.5% in 2022", https://theinternationalonline.com/consumer-prices-in-japan-rise-2-5-in-2022-according-to-national-statistics-bureau/',
	 'All items, up 2.5% on 2021.'),
	('cpi', 'JP', 'calendar', 2023, 105.6, '2020=100',
	 'Ministry of Internal Affairs and Communications (Statistics Bureau), 2023 annual average CPI, as reported by Advance News 2024-01, https://advance-news.co.jp/news/2024/01/post-4360.html ("105.6, up 3.2%")',
	 'All items (the core index without fresh food was 105.2). Up 3.2% on 2022, as the year-on-year table at https://www.am-consulting.co.jp/econ-jpn-what-is-the-trend-of-the-consumer-price-index-in-japan also gives.');

-- South Korea: Statistics Korea's 2020-base CPI, all items, calendar-year
-- averages.  2020-2025 as published.  2014-2019 are derived from the
-- 2015-base series, rebased to 2020 = 100 by the 2020 value of that series
-- (OECD MEI, 105.41749): value = published(2015=100) * 100 / 105.41749,
-- rounded half up to three decimals.  The same rebasing of the 2015-base
-- 2021 and 2022 values (108.05117, 113.54870) gives 102.498 and 107.713,
-- against the published 102.50 and 107.71: the two bases link at 2020.
INSERT INTO price_index (series_kind, party, year_kind, year, value, reference, source, note) VALUES
	('cpi', 'KR', 'calendar', 2014, 94.195, '2020=100',
	 'Derived from Statistics Korea, "Consumer Price Index in December 2018" (2015=100 annual table), via https://www.marketscreener.com/news/KOSTAT-Statistics-Korea-Consumer-Price-Index-in-December-2018--27807899/: 99.298 (2015=100) * 100 / 105.41749 (the 2020 value of the OECD MEI 2015-base series, OECD Main Economic Indicators)',
	 'Derived: a rebasing to 2020 = 100, rounded half up to three decimals.'),
	('cpi', 'KR', 'calendar', 2015, 94.861, '2020=100',
	 'Derived from Statistics Korea, "Consumer Price Index in December 2018" (2015=100 annual table), via https://www.marketscreener.com/news/KOSTAT-Statistics-Korea-Consumer-Price-Index-in-December-2018--27807899/: 100.00 (2015=100) * 100 / 105.41749 (the 2020 value of the OECD MEI 2015-base series, OECD Main Economic Indicators)',
	 'Derived: a rebasing to 2020 = 100, rounded half up to three decimals.'),
	('cpi', 'KR', 'calendar', 2016, 95.781, '2020=100',
	 'Derived from Statistics Korea, "Consumer Price Index in December 2018" (2015=100 annual table), via https://www.marketscreener.com/news/KOSTAT-Statistics-Korea-Consumer-Price-Index-in-December-2018--27807899/: 100.97 (2015=100) * 100 / 105.41749 (the 2020 value of the OECD MEI 2015-base series, OECD Main Economic Indicators)',
	 'Derived: a rebasing to 2020 = 100, rounded half up to three decimals.'),
	('cpi', 'KR', 'calendar', 2017, 97.640, '2020=100',
	 'Derived from Statistics Korea, "Consumer Price Index in December 2018" (2015=100 annual table), via https://www.marketscreener.com/news/KOSTAT-Statistics-Korea-Consumer-Price-Index-in-December-2018--27807899/: 102.93 (2015=100) * 100 / 105.41749 (the 2020 value of the OECD MEI 2015-base series, OECD Main Economic Indicators)',
	 'Derived: a rebasing to 2020 = 100, rounded half up to three decimals.'),
	('cpi', 'KR', 'calendar', 2018, 99.086, '2020=100',
	 'Derived from OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI: 104.45406 (2015=100) * 100 / 105.41749 (the 2020 value of the OECD MEI 2015-base series, OECD Main Economic Indicators)',
	 'Derived: a rebasing to 2020 = 100, rounded half up to three decimals.'),
	('cpi', 'KR', 'calendar', 2019, 99.466, '2020=100',
	 'Derived from OECD Main Economic Indicators, CPI all items, Korea (FRED series KORCPIALLAINMEI, vintage of 2023-01-13), https://alfred.stlouisfed.org/series?seid=KORCPIALLAINMEI: 104.85412 (2015=100) * 100 / 105.41749 (the 2020 value of the OECD MEI 2015-base series, OECD Main Economic Indicators)',
	 'Derived: a rebasing to 2020 = 100, rounded half up to three decimals.'),
	('cpi', 'KR', 'calendar', 2020, 100, '2020=100',
	 'Statistics Korea, Consumer Price Index, 2020-base (2020 is the reference year, all items = 100)',
	 'Reference year.'),
	('cpi', 'KR', 'calendar', 2021, 102.50, '2020=100',
	 'Statistics Korea, "December 2021 and annual consumer price trends", as reported by Aju News 2021-12-31, https://m.ajunews.com/amp/20211231080535230 ("102.50 (2020=100), up 2.5%"); Newsis 2021-12-31',
	 'All items, annual average.'),
	('cpi', 'KR', 'calendar', 2022, 107.71, '2020=100',
	 'Statistics Korea, "December 2022 and annual consumer price trends", as reported by News Tomato 2022-12-30, https://newstomato.com/RealTime/RealTimeDetail.aspx?no=1169919 ("107.71 (2020=100), up 5.1%")',
	 'All items, annual average.'),
	('cpi', 'KR', 'calendar', 2023, 111.59, '2020=100',
	 'Statistics Korea, "December 2023 and annual consumer price trends", as reported by Aju News 2023-12-29, https://m.ajunews.com/amp/20231229083415465 and Seoul Economic Daily ("111.59 (2020=100), up 3.6%")',
	 'All items, annual average.'),
	('cpi', 'KR', 'calendar', 2024, 114.18, '2020=100',
	 'Statistics Korea, annual consumer price trends 2024, as reported by Chosun Biz 2024-12-31, https://biz.chosun.com/en/en-policy/2024/12/31/QKQSPHSU5NG75FG4BXEPZI5ELI ("114.18 (2020=100), up 2.3%")',
	 'All items, annual average.'),
	('cpi', 'KR', 'calendar', 2025, 116.61, '2020=100',
	 'Statistics Korea (National Data Office), "December 2025 and annual consumer price trends", as reported by eToday 2025-12-31, https://www.etoday.co.kr/news/view/2541256 ("116.61 (2020=100), up 2.1%")',
	 'All items, annual average.');

-- ---------------------------------------------------------------- macro figures

-- Japan's defence budget: the initial budget of defence-related expenditure
-- (boei kankei hi) per Japanese fiscal year, in total: including the SACO
-- costs, the US forces realignment costs for local communities and (from
-- JFY2015) the other items the Ministry of Defense lists beside them, which
-- is the defence line of the general account.  In oku-en in the sources.
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source, note) VALUES
	('JP', 'defence_budget', 'fiscal', 2008, currency_amount(4779600000000, 'JPY'),
	 'Ministry of Defense, Defense of Japan 2008, Part II ch. 2 s. 5, "Defense-Related Expenditures", as mirrored at https://studylib.net/doc/11048219/ ("Japan''s total defense-related expenditures for FY 2008 amount to 4,779.6 billion yen")',
	 'Without SACO and realignment: 4,742.6 billion yen.'),
	('JP', 'defence_budget', 'fiscal', 2009, currency_amount(4774100000000, 'JPY'),
	 'Ministry of Finance, "Japan''s public finances and the build-up of defence capability" (April 2009), JFY2009 general account initial budget, defence 47,741 oku-en, as mirrored at https://happylibus.com/doc/395527/',
	 'Defense White Paper 2010 gives JFY2010 as 162 oku-en more than JFY2009 in the same total: 47,903 - 162 = 47,741, which agrees.'),
	('JP', 'defence_budget', 'fiscal', 2010, currency_amount(4790300000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2010 (Japanese), Part II ch. 2 s. 5, http://www.clearing.mod.go.jp/hakusho_data/2010/2010/html/m2251000.html (total 4 cho 7,903 oku-en)',
	 'Without SACO and realignment: 4 cho 6,826 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2011, currency_amount(4775200000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2011 (Japanese), Part II ch. 3 s. 4, http://www.clearing.mod.go.jp/hakusho_data/2011/2011/html/n2341000.html (total 4 cho 7,752 oku-en)',
	 'Without SACO and realignment: 4 cho 6,625 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2012, currency_amount(4713800000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2013 (Japanese), Part II ch. 2 s. 4, http://www.clearing.mod.go.jp/hakusho_data/2013/2013/html/n2241000.html',
	 'Derived: JFY2013 total 4 cho 7,538 oku-en less its increase on JFY2012, 400 oku-en (Defense White Paper 2013): 47,538 - 400 = 47,138 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2013, currency_amount(4753800000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2013 (Japanese), Part II ch. 2 s. 4, http://www.clearing.mod.go.jp/hakusho_data/2013/2013/html/n2241000.html',
	 'Total 4 cho 7,538 oku-en; without SACO and realignment 4 cho 6,804 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2014, currency_amount(4884800000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2015 (Japanese), Part III ch. 1 s. 3, http://www.clearing.mod.go.jp/hakusho_data/2015/html/n3131000.html',
	 'Derived: JFY2015 total 4 cho 9,801 oku-en less its increase on JFY2014, 953 oku-en (Defense White Paper 2015): 49,801 - 953 = 48,848 oku-en. A blog (https://ameblo.jp/tapiocca505/page-2.html) gives the same 4 cho 8,848 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2015, currency_amount(4980100000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2015 (Japanese), Part III ch. 1 s. 3, http://www.clearing.mod.go.jp/hakusho_data/2015/html/n3131000.html',
	 'Total 4 cho 9,801 oku-en; without SACO, realignment and the new government aircraft 4 cho 8,221 oku-en. Reuters 2015-01-12 gives the Cabinet draft as 4 cho 9,800 oku-en (to the 100 oku-en).'),
	('JP', 'defence_budget', 'fiscal', 2016, currency_amount(5054100000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (Japan, lower row: initial budget including SACO, realignment and the other items)',
	 'Without the other items: 48,607 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2017, currency_amount(5125100000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (Japan, lower row: initial budget including SACO, realignment and the other items)',
	 'Without the other items: 48,996 oku-en (Defense White Paper 2017 gives the same two figures).'),
	('JP', 'defence_budget', 'fiscal', 2018, currency_amount(5191100000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (Japan, lower row: initial budget including SACO, realignment and the other items)',
	 'Without the other items: 49,388 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2019, currency_amount(5257400000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (Japan, lower row: initial budget including SACO, realignment and the other items)',
	 'Without the other items: 50,070 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2020, currency_amount(5313300000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (Japan, lower row: initial budget including SACO, realignment and the other items)',
	 'Without the other items: 50,688 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2021, currency_amount(5342200000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2021 (Japanese), Part II ch. 4 s. 2, https://www.mod.go.jp/j/publication/wp/wp2021/html/n240201000.html (5 cho 3,422 oku-en)',
	 'Without the other items: 5 cho 1,235 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2022, currency_amount(5400500000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2022 (Japanese), Part II ch. 4 s. 2, https://www.mod.go.jp/j/publication/wp/wp2022/html/n240201000.html (5 cho 4,005 oku-en)',
	 'Without the other items: 5 cho 1,788 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2023, currency_amount(6821900000000, 'JPY'),
	 'Ministry of Defense, Defense White Paper 2023 (Japanese), Part II ch. 4 s. 3, http://www.clearing.mod.go.jp/hakusho_data/2023/html/n240301000.html (6 cho 8,219 oku-en including the US forces realignment etc.)',
	 'Without the realignment etc. (the defence build-up plans costs): 6 cho 6,001 oku-en.'),
	('JP', 'defence_budget', 'fiscal', 2024, currency_amount(7949600000000, 'JPY'),
	 'Daily Defense 2023-12-22, https://dailydefense.jp/_ct/17675529 (Cabinet decision on the JFY2024 budget: defence-related expenditure 7 cho 9,496 oku-en including the US forces realignment costs, 1 cho 1,277 oku-en more than JFY2023)',
	 'Unsure: the Cabinets draft of December 2023, taken as the initial budget the Diet passed.');

-- Japan's nominal GDP per Japanese fiscal year (expenditure approach), from
-- one edition of the Cabinet Office's national accounts (2015 benchmark),
-- published to the 0.1 trillion yen; JFY2023 from a later release.
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source, note) VALUES
	('JP', 'gdp', 'fiscal', 2008, currency_amount(516200000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '516.2 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2009, currency_amount(497400000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '497.4 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2010, currency_amount(504900000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '504.9 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2011, currency_amount(500000000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '500.0 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2012, currency_amount(499400000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '499.4 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2013, currency_amount(512700000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '512.7 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2014, currency_amount(523400000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '523.4 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2015, currency_amount(540700000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '540.7 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2016, currency_amount(544800000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '544.8 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2017, currency_amount(555700000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '555.7 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2018, currency_amount(556600000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '556.6 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2019, currency_amount(556800000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '556.8 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2020, currency_amount(539000000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '539.0 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2021, currency_amount(553600000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '553.6 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2022, currency_amount(566500000000000, 'JPY'),
	 'Cabinet Office (ESRI), Annual Report on National Accounts for 2022, Summary (Flow Accounts), 2023-12-25, nominal GDP (expenditure approach) by fiscal year, as mirrored at https://fxbaogao.com/detail/4136089',
	 '566.5 trillion yen.'),
	('JP', 'gdp', 'fiscal', 2023, currency_amount(595274900000000, 'JPY'),
	 'Japan Institute for Labour Policy and Training, Main labour statistics: national accounts, https://www.jil.go.jp/english/estatis/eshuyo/e0101.html (Cabinet Office SNA, benchmark 2015, as of the second preliminary estimate for October-December 2024: 595,274.9 billion yen)',
	 'A later release than the years before it (it gives JFY2022 as 567,228.1 billion yen, against 566.5 trillion in the annual report): compare shares across JFY2022/JFY2023 with that in mind.');

-- South Korea's defence budget per fiscal (calendar) year, as passed by the
-- National Assembly, in eok won in the sources.
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source, note) VALUES
	('KR', 'defence_budget', 'fiscal', 2014, currency_amount(35705600000000, 'KRW'),
	 'ROK Ministry of National Defense release 2014-12-03, "2015 defence budget confirmed at 37 jo 4,560 eok won", as posted at http://bemil.chosun.com/nbrd/bbs/view.html?b_bbs_id=10067&num=797 (table: 2014 budget 35 jo 7,056 eok)',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2015, currency_amount(37456000000000, 'KRW'),
	 'ROK Ministry of National Defense release 2014-12-03, "2015 defence budget confirmed at 37 jo 4,560 eok won", as posted at http://bemil.chosun.com/nbrd/bbs/view.html?b_bbs_id=10067&num=797 (table: 2014 budget 35 jo 7,056 eok)',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2016, currency_amount(38799500000000, 'KRW'),
	 'Japan Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (ROK, 100 million won)',
	 'Econovill 2016 (http://www.econovill.com/news/articleView.html?idxno=297252) gives the same 38 jo 7,995 eok.'),
	('KR', 'defence_budget', 'fiscal', 2017, currency_amount(40334700000000, 'KRW'),
	 'Japan Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (ROK, 100 million won)',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2018, currency_amount(43158100000000, 'KRW'),
	 'Japan Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (ROK, 100 million won)',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2019, currency_amount(46697100000000, 'KRW'),
	 'Japan Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (ROK, 100 million won)',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2020, currency_amount(50152700000000, 'KRW'),
	 'Japan Ministry of Defense, Defense White Paper 2020, Reference 9 "Defense expenditures of major countries", https://www.mod.go.jp/j/publication/wp/wp2020/doc/att/file-09.csv (ROK, 100 million won)',
	 'The ROK ministrys 2021 release gives the same 501,527 eok.'),
	('KR', 'defence_budget', 'fiscal', 2021, currency_amount(52840100000000, 'KRW'),
	 'ROK Ministry of National Defense release 2020-12-02, "2021 defence budget confirmed", https://reform.mnd.go.kr/user/boardList.action?command=view&page=1&boardId=I_7650984&boardSeq=I_8430967&titleId=null&siteId=reform&id=reform_020100000000&column=null&search=null (52 jo 8,401 eok won, +5.4%); table with the 2020 budget 501,527 eok at https://starflag.or.kr/sub03/sub03_2_view.html?no=2187&page=1',
	 '+5.4%: the growth the 11th SMA applies to 2022.'),
	('KR', 'defence_budget', 'fiscal', 2022, currency_amount(54611200000000, 'KRW'),
	 'ROK Ministry of National Defense release 2021-12-03, "2022 defence budget 54 jo 6,112 eok won, +3.4%", as reported by Konas, https://konas.net/article/article.asp?idx=57935 and JoongAng Ilbo, https://www.joongang.co.kr/article/25029114 ; ROK MND English release, https://www.mnd.go.kr/user/boardList.action?command=view&siteId=mndEN&boardSeq=O_288048&boardId=O_47261&id=mndEN_020100000000 ("KRW 54.61 trillion")',
	 'Passed on 2021-12-03; +3.4%, the growth the 11th SMA applies to 2023.'),
	('KR', 'defence_budget', 'fiscal', 2023, currency_amount(57014300000000, 'KRW'),
	 'ROK Ministry of National Defense release 2022-12-24, "2023 defence budget 57 jo 143 eok won, +4.4%", as reported by New Daily, http://www.newdaily.co.kr/site/data/html/2022/12/26/2022122600127.html and Newspim',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2024, currency_amount(59424400000000, 'KRW'),
	 'ROK Ministry of National Defense release 2023-12-21, "2024 defence budget 59 jo 4,244 eok won, +4.2%", as reported by Newsis via https://v.daum.net/v/20231221174747995',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2025, currency_amount(61246900000000, 'KRW'),
	 'Kookbang Ilbo (ROK defence daily) 2024-12-11, https://kookbang.dema.mil.kr/newsWeb/20241212/13/ATCE_CTGR_0010010000/view.do ("next year''s defence budget confirmed at 61 jo 2,469 eok won")',
	 NULL),
	('KR', 'defence_budget', 'fiscal', 2026, currency_amount(65864200000000, 'KRW'),
	 'ROK Ministry of National Defense, 2025-12-03, as reported by Herald Business, https://biz.heraldcorp.com/article/10628795 and Segye Ilbo ("65 jo 8,642 eok won, +7.5%")',
	 NULL);

-- South Korea's nominal GDP per calendar year, of the Bank of Korea's 2015
-- base (before the 2020-base revision of 2024, which raised every year's
-- level: its figures are not mixed in).
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source, note) VALUES
	('KR', 'gdp', 'calendar', 2014, currency_amount(1562929000000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1562929.0 billion won.'),
	('KR', 'gdp', 'calendar', 2015, currency_amount(1658020400000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1658020.4 billion won.'),
	('KR', 'gdp', 'calendar', 2016, currency_amount(1740779600000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1740779.6 billion won.'),
	('KR', 'gdp', 'calendar', 2017, currency_amount(1835698300000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1835698.3 billion won.'),
	('KR', 'gdp', 'calendar', 2018, currency_amount(1898192600000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1898192.6 billion won.'),
	('KR', 'gdp', 'calendar', 2019, currency_amount(1924498000000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1924498.0 billion won.'),
	('KR', 'gdp', 'calendar', 2020, currency_amount(1933152400000000, 'KRW'),
	 'IMF World Economic Outlook database (an edition projecting 3.3% real growth for 2022 and 2.8% for 2023; the Bank of Korea''s figures), nominal GDP in billions of won, as quoted by https://businessforecast.by/partners/korea-real-gdp-growth-rate-nominal-gdp-gdp-ppp-gdp-per-capita-projected-gdp',
	 'Unsure: the edition of the database is not named by the page. 1933152.4 billion won.'),
	('KR', 'gdp', 'calendar', 2021, currency_amount(2071700000000000, 'KRW'),
	 'Bank of Korea, national accounts 2021 (preliminary), as reported by Financial News (fntimes) 2022-06-08, https://www.fntimes.com/html/view.php?ud=202206080926119355179ad43907_18 ("2,071.7 trillion won, up 6.7%")',
	 'Nominal, 2015 base; published to the 100 billion won. The IMF database above gives 2,068,876.3 billion won (its estimate).'),
	('KR', 'gdp', 'calendar', 2022, currency_amount(2161800000000000, 'KRW'),
	 'Bank of Korea, nominal GDP 2022, as reported by KBS World, http://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=59428 ("2,161.8 trillion won, up 3.9%")',
	 'Nominal, in won, 2015 base; published to the 100 billion won.');

-- ---------------------------------------------------------------- escalation rules

INSERT INTO escalation_rule (agreement, basis, kind, fixed_percent, index_series, lag_years, cap_percent, floor_percent,
							 rounding_unit, rounding, first_year, source, note) VALUES
	('SMA2011', 'ceiling', 'fixed_percent', 0, NULL, 1, NULL, NULL, 100000000, 'half_up', NULL,
	 'MOFA, Host Nation Support (HNS), https://www.mofa.go.jp/region/n-america/us/security/hns.html ("the overall level of the HNS is to be maintained at the FY2010 level ... over the five years starting from FY2011"); Japan Times 2010-12-15',
	 'Derived: "maintained at the FY2010 level" (188.1 billion yen a year) entered as 0% a year. Unsure: the rounding, taken as 1 oku-en, the unit of the budgets.'),
	('KR-SMA11', 'ceiling', 'defence_budget_growth', NULL, NULL, 1, NULL, NULL, 100000000, 'half_up', 2022,
	 'Reuters Korea via investing.com 2021-03-10, https://kr.investing.com/news/general/article-599788 ("from 2022 the previous year''s Korean defence budget growth applies; 2022 +5.4%, 2023 the 2022 growth"); donga.com 2021-03-11, https://donga.com/en/article/all/20210311/2493130/1',
	 'From 2022 each year grows by the previous year''s growth of the Korean defence budget, with no cap (2022: +5.4%, the 2021 growth). Unsure: the rounding, taken as 100 million won (1 eok), the unit the amounts are published in.'),
	('KR-SMA12', 'ceiling', 'price_index', NULL, 'cpi', 2, 5, NULL, 100000000, 'half_up', 2027,
	 'Asia Economy (asiae) 2024-10-04, https://cm.asiae.co.kr/en/article/2024100418122185331 ("The CPI increase rate of the year before the previous year will be applied to the previous year''s defense cost-sharing amount, with an annual increase cap set at no more than 5%"); NK News 2024-10, https://nknews.org/2024/10/us-rok-reach-new-defense-cost-sharing-deal-for-troops-to-counter-north-korea ; KBS World, http://world.kbs.co.kr/service/news_view.htm?Seq_Code=75815&lang=i',
	 'From 2027 each year grows by the CPI growth of the year before the previous year (lag 2: 2027 by the growth from 2024 to 2025), at most 5% a year; no floor is reported. Unsure: the rounding, taken as 1 eok.');

COMMIT;
