-- costshare sample data: Japan's host nation support (HNS) for US forces.
--
-- Loaded by scripts/demo after CREATE EXTENSION costshare.  Every row names
-- its source; "derived" marks a figure computed from sourced ones.  Amounts
-- are in yen (JPY has no minor unit) or dollars; 1 oku-en (億円) = 10^8 yen.
-- Japan's fiscal year (JFY) runs April to March and is named by the year it
-- starts in; the US federal fiscal year runs October to September and is
-- named by the year it ends in.

BEGIN;

INSERT INTO party (code, name, default_currency, fiscal_calendar, source) VALUES
	('JP', 'Japan', 'JPY', 'jp',
	 'MOFA, Host Nation Support (HNS), https://www.mofa.go.jp/region/n-america/us/security/hns.html'),
	('US', 'United States', 'USD', 'us_federal',
	 'US federal fiscal year: October 1 to September 30, named by the year it ends in');

-- ---------------------------------------------------------------- Japan's own cost categories

-- The installed categories are those of any host; these two lines of
-- Japan's budget are its own, under the installed training.  A database
-- updated from costshare 0.1.0, which installed them, has them already.
INSERT INTO cost_category (code, name, parent, description) VALUES
	('training_relocation', 'Training relocation', 'training',
	 'Moving training away from where it burdens residents (Japan, since JFY1996)'),
	('training_equipment', 'Training equipment procurement', 'training',
	 'Equipment and systems for training, bought by the host (Japan, since JFY2022)')
ON CONFLICT (code) DO NOTHING;

-- ---------------------------------------------------------------- agreements

INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, status,
					   agreed_on, signed_on, in_force_on, predecessor, total_ceiling, source, note) VALUES
	('SMA2008', 'Special Measures Agreement 2008 (JFY2008-JFY2010)', 'JP', 'US',
	 agreement_period('2008-04-01', '2011-04-01'), 'base', 'expired',
	 '2007-12-12', '2008-01-25', NULL, NULL, NULL,
	 'MOFA press release, December 2007, https://www.mofa.go.jp/announce/announce/2007/12/1176614_840.html',
	 'No three-year total was published. Labor cap 23,055 workers.'),
	('SMA2011', 'Special Measures Agreement 2011 (JFY2011-JFY2015)', 'JP', 'US',
	 agreement_period('2011-04-01', '2016-04-01'), 'base', 'expired',
	 '2010-12-14', '2011-01-21', NULL, 'SMA2008', NULL,
	 'MOFA, Host Nation Support (HNS), https://www.mofa.go.jp/region/n-america/us/security/hns.html',
	 'Overall level kept at the JFY2010 budget, 188.1 billion yen a year; labor cap 23,055 -> 22,625 workers; utilities capped at 24.9 billion yen a year.'),
	('SMA2016', 'Special Measures Agreement 2016 (JFY2016-JFY2020)', 'JP', 'US',
	 agreement_period('2016-04-01', '2021-04-01'), 'base', 'expired',
	 '2015-12-16', NULL, '2016-04-01', 'SMA2011', currency_amount(946500000000, 'JPY'),
	 'Ministry of Defense press release 2015-12-16, https://www.mod.go.jp/j/approach/zaibeigun/us_keihi/pinup_20151216.html',
	 'Total 9,465 oku-en (about 1,893 oku-en a year). Labor cap 23,178 workers; utilities share 61%, cap 24,901,908,000 yen per fiscal year; facilities improvement at least 206 oku-en a year.'),
	('EXT2021', 'Protocol extending the Special Measures Agreement 2016 by one year (JFY2021)', 'JP', 'US',
	 agreement_period('2021-04-01', '2022-04-01'), 'extension', 'expired',
	 '2021-02-17', '2021-02-24', '2021-03-31', 'SMA2016', NULL,
	 'Stars and Stripes, February 2021 (Kyodo); Nikkei; seeds 001 and 003',
	 'A protocol: the terms of SMA2016 carried over for one year, about US$1.91 billion (Kyodo).'),
	('SMA2022', 'Special Measures Agreement 2022, "Alliance Resilience" (JFY2022-JFY2026)', 'JP', 'US',
	 agreement_period('2022-04-01', '2027-04-01'), 'base', 'in_force',
	 '2021-12-21', '2022-01-07', '2022-04-01', 'EXT2021', currency_amount(1055100000000, 'JPY'),
	 'MOFA press release press4_009326, 2022-04-01; Sankei 2021-12-21; AP 2022-01-06 (seed 004)',
	 'Total 1 cho 551 oku-en (10,551 oku-en, about 2,110 oku-en a year), 1,086 oku-en more than SMA2016.');

-- ---------------------------------------------------------------- burden items

-- SMA2011: the overall level was kept at the JFY2010 budget, 188.1 billion
-- yen a year, for each of JFY2011-JFY2015.
INSERT INTO burden_item (agreement, category, period, amount, basis, source, note)
SELECT 'SMA2011', 'general', fiscal_year_period(y, 'jp'), currency_amount(188100000000, 'JPY'), 'ceiling',
	   'MOFA, Host Nation Support (HNS), https://www.mofa.go.jp/region/n-america/us/security/hns.html',
	   'Overall level kept at the JFY2010 budget: 188.1 billion yen a year.'
FROM generate_series(2011, 2015) AS y;

-- The initial budgets of the years before JFY2016 (basis budget): the
-- Ministry of Defense's "cost sharing for US forces in Japan" line (zainichi
-- beigun churyu keihi futan), in oku-en, on the expenditure basis.  JFY2011
-- and JFY2013 are not on file: no source at hand gives them.  Published as
-- totals; the breakdowns the sources give are in the notes.
INSERT INTO burden_item (agreement, category, period, amount, basis, source, note) VALUES
	('SMA2008', 'general', fiscal_year_period(2008, 'jp'),
	 currency_amount(208300000000, 'JPY'), 'budget',
	 'koukuujieikan.seesaa.net 2009 ("Omoiyari yosan" part 2), http://koukuujieikan.seesaa.net/article/126619529.html, quoting the Ministry of Defense JFY2008 budget (2,083 oku-en)',
	 'Unsure: a blog quoting the ministry. Its breakdown adds up: facilities improvement 362, labor welfare etc. 305, labor basic pay etc. 1,158, utilities 253, training relocation 5 oku-en. The JFY2009 table gives -7.5% on it.'),
	('SMA2008', 'general', fiscal_year_period(2009, 'jp'),
	 currency_amount(192800000000, 'JPY'), 'budget',
	 'Ministry of Defense, "Trends in cost sharing for US forces in Japan", JFY2009 budget, as quoted at http://earthresources.sakura.ne.jp/er/Etc_SH_ZB_02.html (total, expenditure basis, 1,928 oku-en, -7.5%); Mainichi 2009-12-04, https://megalodon.jp/ref/2010-0523-1336-37/mdn.mainichi.jp/perspectives/newsnavigator/archive/news/2009/12/20091204p2a00m0na001000c.html ("192.8 billion yen")',
	 'Special agreement: labor 1,160, utilities 249, training relocation 6; facilities improvement 219 (expenditure basis); base workers etc. 293 oku-en.'),
	('SMA2008', 'general', fiscal_year_period(2009, 'jp'),
	 currency_amount(189700000000, 'JPY'), 'contract',
	 'Ministry of Defense, "Trends in cost sharing for US forces in Japan", JFY2009 budget, as quoted at http://earthresources.sakura.ne.jp/er/Etc_SH_ZB_02.html (total, contract basis, 1,897 oku-en, -1.5%)',
	 'Facilities improvement on the contract basis: 188 oku-en.'),
	('SMA2008', 'general', fiscal_year_period(2010, 'jp'),
	 currency_amount(188100000000, 'JPY'), 'budget',
	 'MOFA, Host Nation Support (HNS), https://www.mofa.go.jp/region/n-america/us/security/hns.html ("the budget of 188.1 billion yen for FY2010"); Asahi 2010-12-14, https://megalodon.jp/ref/2010-1214-0742-33/www.asahi.com/politics/update/1213/TKY201012130410.html (1,881 oku-en)',
	 'Stars and Stripes (2010-09, https://www.stripes.com/theaters/asia_pacific/japan-s-budget-for-supporting-u-s-bases-will-be-more-transparent-1.116676) gives 186.9 billion yen "budgeted for this year"; not entered.'),
	('SMA2011', 'general', fiscal_year_period(2012, 'jp'),
	 currency_amount(186700000000, 'JPY'), 'budget',
	 'Nikkei 2012-06-03 ("1,867 oku-en in the 2012 budget"), as quoted at https://kuwabara03.blogspot.com/2012/08/nk201263.html ; Wikipedia, "Omoiyari Yosan" (mirror https://www.liquisearch.com/omoiyari_yosan/expansion_of_the_budget_and_current_status: "186.7 billion yen")',
	 'Of which 144.4 billion yen under the special measures agreement (Wikipedia).'),
	('SMA2011', 'general', fiscal_year_period(2014, 'jp'),
	 currency_amount(184800000000, 'JPY'), 'budget',
	 'US Embassy Tokyo, Japanese media highlights 2021-06-09, https://jmh.usembassy.gov/20210609168955/ ("falling to 184.8 billion yen in FY2014", expenditure basis)',
	 'The lowest year since the peak of JFY1999 (275.6 billion yen).'),
	('SMA2011', 'general', fiscal_year_period(2015, 'jp'),
	 currency_amount(189900000000, 'JPY'), 'budget',
	 'Ministry of Defense, "Costs related to US forces in Japan (JFY2015 budget)", as mirrored at https://happylibus.com/doc/642679/ (1,899 oku-en); Japan Times 2015-10-27 ("189.9 billion yen in fiscal 2015"); Nikkei 2015-10-12 via https://jmh.usembassy.gov/2015101371812/',
	 'Labor welfare etc. 262, facilities improvement 221; special agreement: labor basic pay etc. 1,164, utilities 249, training relocation 3 oku-en.');

-- SMA2016: the five-year total, spread equally over JFY2016-JFY2020 (the
-- agreement's allocation method, equal): 1,893 oku-en a year.
INSERT INTO burden_item (agreement, category, period, amount, basis, source, note) VALUES
	('SMA2016', 'general', agreement_period('2016-04-01', '2021-04-01'),
	 currency_amount(946500000000, 'JPY'), 'ceiling',
	 'Ministry of Defense press release 2015-12-16; seed 000 ("a total of 946.5 billion yen")',
	 'Five-year total, 9,465 oku-en.'),
	('SMA2016', 'general', fiscal_year_period(2016, 'jp'),
	 currency_amount(192000000000, 'JPY'), 'budget',
	 'AERA dot (Asahi) 2016, http://dot.asahi.com/articles/-/123276?page=2 ("the JFY2016 budget of 1,920 oku-en", of which 1,450 under the special agreement); Japan Times 2016-05-16 ("192 billion yen ... in fiscal 2016")',
	 'JFY2016 initial budget (Ministry of Defense figure).'),
	('SMA2016', 'general', fiscal_year_period(2019, 'jp'),
	 currency_amount(197400000000, 'JPY'), 'budget',
	 'Japan Times 2019-12-04',
	 'JFY2019 initial budget, 1,974 oku-en (about US$1.8 billion).'),
	('SMA2016', 'general', fiscal_year_period(2020, 'jp'),
	 currency_amount(199300000000, 'JPY'), 'budget',
	 'Yahoo! News Japan, "Q&A: the sympathy budget", https://news.yahoo.co.jp/articles/5efea4a84db1fd7c1f584068d59ad8d865a3d12f ("JFY2020: 1,993 oku-en from the Ministry of Defense budget"); Kyodo 2020-10-15 ("about 1,993 oku-en")',
	 'JFY2020 initial budget. JFY2017 and JFY2018 are not on file.');

-- The JFY2021 extension: the initial budget, 2,017 oku-en, in five categories.
INSERT INTO burden_item (agreement, category, period, amount, basis, source) VALUES
	('EXT2021', 'labor_basic_pay', fiscal_year_period(2021, 'jp'),
	 currency_amount(129400000000, 'JPY'), 'budget', 'Sankei 2021-12-16 (labor: basic pay etc., 1,294 oku-en)'),
	('EXT2021', 'labor_welfare', fiscal_year_period(2021, 'jp'),
	 currency_amount(26100000000, 'JPY'), 'budget', 'Sankei 2021-12-16 (labor: welfare etc., 261 oku-en)'),
	('EXT2021', 'utilities', fiscal_year_period(2021, 'jp'),
	 currency_amount(23400000000, 'JPY'), 'budget', 'Sankei 2021-12-16 (utilities, 234 oku-en)'),
	('EXT2021', 'facilities_improvement', fiscal_year_period(2021, 'jp'),
	 currency_amount(21800000000, 'JPY'), 'budget', 'Sankei 2021-12-16 (facilities improvement, 218 oku-en)'),
	('EXT2021', 'training_relocation', fiscal_year_period(2021, 'jp'),
	 currency_amount(1000000000, 'JPY'), 'budget', 'Sankei 2021-12-16 (training relocation, 10 oku-en)');

-- SMA2022, the agreed figures (basis ceiling): the utilities schedule, the
-- new training equipment category, facilities improvement, and the rest of
-- the 10,551 oku-en total.
INSERT INTO burden_item (agreement, category, period, amount, basis, source, note) VALUES
	('SMA2022', 'utilities', fiscal_year_period(2022, 'jp'),
	 currency_amount(23400000000, 'JPY'), 'ceiling', 'MOFA press4_009326 (utilities, JFY2022: 234 oku-en)', NULL),
	('SMA2022', 'utilities', fiscal_year_period(2023, 'jp'),
	 currency_amount(23400000000, 'JPY'), 'ceiling', 'MOFA press4_009326 (utilities, JFY2023: 234 oku-en)', NULL),
	('SMA2022', 'utilities', fiscal_year_period(2024, 'jp'),
	 currency_amount(15100000000, 'JPY'), 'ceiling', 'MOFA press4_009326 (utilities, JFY2024: 151 oku-en)', NULL),
	('SMA2022', 'utilities', fiscal_year_period(2025, 'jp'),
	 currency_amount(13300000000, 'JPY'), 'ceiling', 'MOFA press4_009326 (utilities, JFY2025: 133 oku-en)', NULL),
	('SMA2022', 'utilities', fiscal_year_period(2026, 'jp'),
	 currency_amount(13300000000, 'JPY'), 'ceiling', 'MOFA press4_009326 (utilities, JFY2026: 133 oku-en)', NULL),
	('SMA2022', 'training_equipment', agreement_period('2022-04-01', '2027-04-01'),
	 currency_amount(20000000000, 'JPY'), 'ceiling', 'MOFA press4_009326; Sankei 2021-12-21',
	 'New category: 200 oku-en over five years.'),
	('SMA2022', 'facilities_improvement', agreement_period('2022-04-01', '2027-04-01'),
	 currency_amount(164100000000, 'JPY'), 'ceiling', 'MOFA press4_009326; Sankei 2021-12-21',
	 'Up to 1,641 oku-en over five years.'),
	('SMA2022', 'general', agreement_period('2022-04-01', '2027-04-01'),
	 currency_amount(782500000000, 'JPY'), 'ceiling',
	 'Derived: the total 10,551 oku-en (MOFA press4_009326) less utilities 885, training equipment 200 and facilities improvement 1,641 oku-en',
	 'Labor, training relocation (about 114 oku-en a year) and the rest: 7,825 oku-en over five years.');

-- SMA2022, the annual budgets.
INSERT INTO burden_item (agreement, category, period, amount, basis, source, note) VALUES
	('SMA2022', 'training_equipment', fiscal_year_period(2022, 'jp'),
	 currency_amount(1000000000, 'JPY'), 'budget', 'Jiji 2021-12-24 (JFY2022 budget includes training equipment 10 oku-en)', NULL),
	('SMA2022', 'general', fiscal_year_period(2022, 'jp'),
	 currency_amount(204600000000, 'JPY'), 'budget',
	 'Derived: Jiji 2021-12-24, JFY2022 budget 2,056 oku-en less training equipment 10 oku-en', NULL),
	('SMA2022', 'general', fiscal_year_period(2023, 'jp'),
	 currency_amount(211200000000, 'JPY'), 'budget', 'Ministry of Finance, JFY2023 budget draft (2,112 oku-en)', NULL),
	('SMA2022', 'general', fiscal_year_period(2023, 'jp'),
	 currency_amount(223200000000, 'JPY'), 'contract', 'Ministry of Finance, JFY2023 budget draft (contract basis 2,232 oku-en)', NULL),
	('SMA2022', 'general', fiscal_year_period(2024, 'jp'),
	 currency_amount(212400000000, 'JPY'), 'budget', 'Ministry of Finance, "Finance", April 2024 (2,124 oku-en)', NULL);

-- ---------------------------------------------------------------- exchange rates (yen per dollar)

INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source) VALUES
	('USD', 'JPY', agreement_period('2013-01-01', '2014-01-01'), 97.60, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2014-01-01', '2015-01-01'), 105.74, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2015-01-01', '2016-01-01'), 121.05, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2016-01-01', '2017-01-01'), 108.79, 'average', 'IMF IFS',
	 'IMF International Financial Statistics, Japan, period average'),
	('USD', 'JPY', agreement_period('2017-01-01', '2018-01-01'), 112.0986, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2018-01-01', '2019-01-01'), 110.3974, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2019-01-01', '2020-01-01'), 109.0188, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2020-01-01', '2021-01-01'), 106.7754, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2021-01-01', '2022-01-01'), 109.8429, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2022-01-01', '2023-01-01'), 131.4589, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2023-01-01', '2024-01-01'), 140.5001, 'average', 'Fed G.5A',
	 'Federal Reserve G.5A, Foreign Exchange Rates (Annual), Japan'),
	('USD', 'JPY', agreement_period('2021-12-21', '2021-12-22'), 113.59, 'implied', 'Reuters',
	 'Reuters 2021-12-21: 1.06 trillion yen = US$9.33 billion');

-- ---------------------------------------------------------------- personnel

INSERT INTO force_presence (host_party, stationed_party, as_of, personnel, source, note) VALUES
	('JP', 'US', '2021-02-01', 54000,
	 'Stars and Stripes, February 2021 (seed 003): "approximately 54,000 American troops"',
	 'Approximate; the report gives the month, not the day. GAO-21-270 gives about 55,000.');

-- ---------------------------------------------------------------- demand

INSERT INTO demand (demanding_party, demanded_of, amount, per_year, demanded_on, source, note) VALUES
	('US', 'JP', currency_amount(8000000000, 'USD'), true, '2020-06-23',
	 'John Bolton, "The Room Where It Happened" (June 2020), reported in seeds 000, 002 and 003',
	 'The previous US administration sought US$8 billion a year; dated by the memoir''s publication.');

-- ---------------------------------------------------------------- negotiation timeline

INSERT INTO negotiation_event (agreement, period, kind, format, place, summary, source) VALUES
	('EXT2021', agreement_period('2020-10-15', '2020-10-17'), 'working_level_talks', 'video_conference', NULL,
	 'Working-level talks on HNS from JFY2021; Japan intends a tentative one-year agreement because the JFY2021 budget is due in December.',
	 'Seed 000 (report of 2020-10-16)'),
	('EXT2021', agreement_period('2020-11-10', '2020-11-11'), 'announcement', NULL, 'Tokyo',
	 'Defense Minister Kishi announces official talks in Washington; Japan will seek a one-year stopgap agreement.',
	 'Seed 002 (UrduPoint/Sputnik 2020-11-10)'),
	('EXT2021', agreement_period('2021-01-27', '2021-01-28'), 'other', 'telephone', NULL,
	 'Foreign Minister Motegi and Secretary of State Blinken discuss HNS by phone and agree to accelerate talks.',
	 'Seed 003 (Stars and Stripes, February 2021)'),
	('EXT2021', agreement_period('2021-02-17', '2021-02-18'), 'agreement', NULL, NULL,
	 'One-year extension agreed; talks on the next agreement to resume in April 2021.',
	 'Seed 003; facts: agreed 2021-02-17'),
	('EXT2021', agreement_period('2021-02-24', '2021-02-25'), 'signing', NULL, NULL,
	 'Protocol extending SMA2016 signed.', 'Nikkei; facts: signed 2021-02-24'),
	('EXT2021', agreement_period('2021-03-31', '2021-04-01'), 'entry_into_force', NULL, NULL,
	 'Protocol enters into force.', 'Facts: in force 2021-03-31'),
	('SMA2022', agreement_period('2021-11-22', '2021-12-07'), 'final_consultations', 'in_person', 'Washington',
	 'Final-stage consultations between officials, from the end of November to the beginning of December (dates approximate).',
	 'Seed 001 (China News Service/Kyodo, 2021-12-06)'),
	('SMA2022', agreement_period('2021-12-21', '2021-12-22'), 'agreement', NULL, NULL,
	 'Agreement on the new five-year SMA, 1.0551 trillion yen.',
	 'Sankei 2021-12-21; Reuters 2021-12-21'),
	('SMA2022', agreement_period('2022-01-06', '2022-01-08'), 'signing', 'video_conference', 'Washington and Tokyo',
	 'Signed around the "2+2" meeting of foreign and defense ministers, held as a virtual conference.',
	 'Seed 004 (AP 2022-01-06); MOFA'),
	('SMA2022', agreement_period('2022-04-01', '2022-04-02'), 'entry_into_force', NULL, NULL,
	 'SMA2022 enters into force.', 'MOFA press4_009326 (2022-04-01)');

COMMIT;
