-- costshare sample data: South Korea's share of the cost of US forces
-- (Special Measures Agreements, SMA, with the United States).
--
-- Loaded after data/10_japan_us.sql, which defines the party US.  Every row
-- names its source; "derived" marks a figure computed from sourced ones and
-- "unsure" what the sources do not confirm.  Amounts are in won (KRW, no
-- minor unit), paid in won since the 6th SMA (ROK Defense White Paper
-- 2018); 1 eok = 10^8 won, 1 jo = 10^12 won.  The Korean
-- fiscal year is the calendar year (the built-in calendar 'calendar').
-- The text is ASCII, so that the file loads into a database of any
-- encoding.
--
-- Years whose amounts no source here confirms are left out rather than
-- guessed: 2023 and 2024 (11th SMA; widely reported as 1 jo 2,896 eok and
-- 1 jo 3,463 eok won, unconfirmed) and 2027-2030 (12th SMA, to grow with
-- the consumer price index, at most 5% a year).  The agreements' periods
-- still cover those years: the views show what is on file, and these years
-- are missing from it; data/30_measures.sql holds the escalation rules
-- that project them.

BEGIN;

INSERT INTO party (code, name, default_currency, fiscal_calendar, source) VALUES
	('KR', 'Republic of Korea', 'KRW', 'calendar',
	 'ROK Ministry of National Defense, 2018 Defense White Paper (fiscal year = calendar year; contributions in won)');

-- ---------------------------------------------------------------- agreements

INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, status,
					   agreed_on, signed_on, in_force_on, predecessor, source, note) VALUES
	('KR-SMA9', '9th Special Measures Agreement (2014-2018)', 'KR', 'US',
	 agreement_period('2014-01-01', '2019-01-01'), 'base', 'expired',
	 NULL, NULL, NULL, NULL,
	 'ROK MND, 2018 Defense White Paper, Chart 5-1, https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/final(eng)/files/basic-html/page181.html',
	 'Yearly amounts 2014-2018 from Chart 5-1. Escalation linked to inflation with a 4% cap (aju.news; unsure whether that text refers to the 9th or the 10th SMA).'),
	('KR-SMA10', '10th Special Measures Agreement (2019)', 'KR', 'US',
	 agreement_period('2019-01-01', '2020-01-01'), 'base', 'expired',
	 '2019-02-10', NULL, NULL, 'KR-SMA9',
	 'kbmaeil.com (Yonhap photo caption), http://www.kbmaeil.com/news/articleView.html?idxno=805415',
	 'Initialled 2019-02-10 (recorded as agreed_on). A one-year agreement; unsure: the sources give the year of its amount, not its dates, so the period is calendar 2019.'),
	('KR-SMA11', '11th Special Measures Agreement (2020-2025)', 'KR', 'US',
	 agreement_period('2020-01-01', '2026-01-01'), 'base', 'expired',
	 NULL, '2021-04-08', NULL, 'KR-SMA10',
	 'Reuters Korea via investing.com 2021-03-10, https://kr.investing.com/news/general/article-599788 ; KBS World, http://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=62390',
	 'Six years, 2020-2025, signed 2021-04-08 (Choi Jong-kun and charge d''affaires Rob Rapson). 2020 frozen at the 2019 level; 2021 +13.9%; from 2022 each year grows by the previous year''s growth of the Korean defence budget, with no cap.'),
	('KR-SMA12', '12th Special Measures Agreement (2026-2030)', 'KR', 'US',
	 agreement_period('2026-01-01', '2031-01-01'), 'base', 'in_force',
	 '2024-10-02', '2024-11-04', NULL, 'KR-SMA11',
	 'NK News 2024-10, https://nknews.org/2024/10/us-rok-reach-new-defense-cost-sharing-deal-for-troops-to-counter-north-korea ; KBS World, http://world.kbs.co.kr/service/news_view.htm?Seq_Code=75815&lang=i',
	 'Five years, 2026-2030; concluded 2024-10-02, signed 2024-11-04 (Cho Tae-yul and Ambassador Philip Goldberg); ratified and in force late November 2024 (unsure: exact dates). From 2027 each year grows by the consumer price index growth of the year before the previous year, at most 5% a year (Asia Economy 2024-10-04, https://cm.asiae.co.kr/en/article/2024100418122185331).');

-- ---------------------------------------------------------------- burden items

-- The agreed yearly amounts (basis ceiling), not broken down.
INSERT INTO burden_item (agreement, category, period, amount, basis, source, note) VALUES
	('KR-SMA9', 'general', fiscal_year_period(2014, 'calendar'), currency_amount(920000000000, 'KRW'), 'ceiling',
	 'ROK MND, 2018 Defense White Paper, Chart 5-1 (9,200 x KRW 100 million)', NULL),
	('KR-SMA9', 'general', fiscal_year_period(2015, 'calendar'), currency_amount(932000000000, 'KRW'), 'ceiling',
	 'ROK MND, 2018 Defense White Paper, Chart 5-1 (9,320 x KRW 100 million)', NULL),
	('KR-SMA9', 'general', fiscal_year_period(2016, 'calendar'), currency_amount(944100000000, 'KRW'), 'ceiling',
	 'ROK MND, 2018 Defense White Paper, Chart 5-1 (9,441 x KRW 100 million)', NULL),
	('KR-SMA9', 'general', fiscal_year_period(2017, 'calendar'), currency_amount(950700000000, 'KRW'), 'ceiling',
	 'ROK MND, 2018 Defense White Paper, Chart 5-1 (9,507 x KRW 100 million)', NULL),
	('KR-SMA9', 'general', fiscal_year_period(2018, 'calendar'), currency_amount(960200000000, 'KRW'), 'ceiling',
	 'ROK MND, 2018 Defense White Paper, Chart 5-1 (9,602 x KRW 100 million)', NULL),
	('KR-SMA10', 'general', fiscal_year_period(2019, 'calendar'), currency_amount(1038900000000, 'KRW'), 'ceiling',
	 'kbmaeil.com (Yonhap), http://www.kbmaeil.com/news/articleView.html?idxno=805415 (1 jo 389 eok won)',
	 '+8.2% on 2018; the first year above 1 trillion won.'),
	('KR-SMA11', 'general', fiscal_year_period(2020, 'calendar'), currency_amount(1038900000000, 'KRW'), 'ceiling',
	 'donga.com 2021-03-11, https://donga.com/en/article/all/20210311/2493130/1 ("1.0389 trillion won")',
	 'Frozen at the 2019 level.'),
	('KR-SMA11', 'general', fiscal_year_period(2021, 'calendar'), currency_amount(1183300000000, 'KRW'), 'ceiling',
	 'Reuters Korea via investing.com 2021-03-10; donga.com 2021-03-11; MBN, https://m.mbn.co.kr/news/politics/4445600 (1 jo 1,833 eok won)',
	 '+13.9%: the 2020 defence budget growth, 7.4%, plus 6.5% for the Korean employees'' wages.'),
	('KR-SMA11', 'general', fiscal_year_period(2022, 'calendar'), currency_amount(1247100000000, 'KRW'), 'ceiling',
	 'donga.com 2021-03-11, https://donga.com/en/article/all/20210311/2493130/1 ("1.2471 trillion won")',
	 '+5.4%, the 2021 defence budget growth.'),
	('KR-SMA11', 'general', fiscal_year_period(2025, 'calendar'), currency_amount(1402800000000, 'KRW'), 'ceiling',
	 'Asia Economy (asiae) 2024-10-04, https://cm.asiae.co.kr/en/article/2024100418122185331 ("the total of 1.4028 trillion won in 2025", from the Ministry of Foreign Affairs'' announcement of the 12th SMA)',
	 'The last year of the 11th SMA; 2023 and 2024 are not on file.'),
	('KR-SMA12', 'general', fiscal_year_period(2026, 'calendar'), currency_amount(1519200000000, 'KRW'), 'ceiling',
	 'time.news 2024-10-05, https://time.news/?p=2760728 ("KRW 1.5192 trillion, an 8.3% increase"); KBS World, http://world.kbs.co.kr/service/news_view.htm?Seq_Code=75815&lang=i ; Asia Economy (asiae) 2024-10-04, https://cm.asiae.co.kr/en/article/2024100418122185331',
	 '+8.3% on 2025 (1.4028 trillion won, entered under KR-SMA11).');

-- ---------------------------------------------------------------- exchange rates (won per dollar)

INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source)
SELECT 'USD', 'KRW', fiscal_year_period(y, 'calendar'), r, 'average', 'Fed G.5A', s
FROM (VALUES
	(2012, 1126.16, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2016-01-04, South Korea'),
	(2013, 1094.67, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2016-01-04, South Korea'),
	(2014, 1052.29, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2016-01-04, South Korea'),
	(2015, 1130.96, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2016-01-04, South Korea'),
	(2017, 1129.0435, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2021-01-04, South Korea'),
	(2018, 1099.2926, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2021-01-04, South Korea'),
	(2019, 1165.8016, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2021-01-04, South Korea'),
	(2020, 1180.5554, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2024-02-01, South Korea'),
	(2021, 1144.8911, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2024-02-01, South Korea'),
	(2022, 1291.7796, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2024-02-01, South Korea'),
	(2023, 1306.7637, 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), release of 2024-02-01, South Korea')
) AS g(y, r, s);
-- (2016 is not entered: no source at hand gives it; 2016 converts at the
-- latest earlier rate, 2015's, and says so.)

-- ---------------------------------------------------------------- negotiation timeline

INSERT INTO negotiation_event (agreement, period, kind, format, place, summary, source) VALUES
	('KR-SMA10', agreement_period('2019-02-10', '2019-02-11'), 'agreement', NULL, NULL,
	 'The 10th SMA is initialled: 1 jo 389 eok won for 2019.',
	 'kbmaeil.com (Yonhap photo caption), http://www.kbmaeil.com/news/articleView.html?idxno=805415'),
	('KR-SMA11', agreement_period('2021-04-08', '2021-04-09'), 'signing', NULL, NULL,
	 'The 11th SMA is signed by First Vice Foreign Minister Choi Jong-kun and charge d''affaires Rob Rapson.',
	 'KBS World, http://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=62390'),
	('KR-SMA12', agreement_period('2024-10-02', '2024-10-03'), 'agreement', NULL, NULL,
	 'The 12th SMA is concluded after eight rounds of talks in five months: 1 jo 5,192 eok won for 2026.',
	 'livedoor (Yonhap, in Japanese), https://news.livedoor.com/topics/detail/27313949/?rank=1&type=ranking'),
	('KR-SMA12', agreement_period('2024-11-04', '2024-11-05'), 'signing', NULL, NULL,
	 'The 12th SMA is signed by Foreign Minister Cho Tae-yul and Ambassador Philip Goldberg.',
	 'KBS World, http://world.kbs.co.kr/service/news_view.htm?Seq_Code=75815&lang=i');

COMMIT;
