--
-- The sample data sets (Japan-US, South Korea-US) load, every row names its
-- source, and the stored figures are the published ones.  The data stays
-- for the later schema_* tests.
--
\set ECHO none
\o /dev/null
\i data/10_japan_us.sql
\i data/20_korea_us.sql
\o
\set ECHO all

SELECT code, kind, status, period, agreed_on, signed_on, in_force_on, predecessor, total_ceiling
FROM agreement ORDER BY lower(period);

-- every row carries a source
SELECT 'party' AS tab, count(*) FILTER (WHERE source IS NULL) AS without_source, count(*) FROM party
UNION ALL SELECT 'agreement', count(*) FILTER (WHERE source IS NULL), count(*) FROM agreement
UNION ALL SELECT 'burden_item', count(*) FILTER (WHERE source IS NULL), count(*) FROM burden_item
UNION ALL SELECT 'exchange_rate', count(*) FILTER (WHERE source IS NULL), count(*) FROM exchange_rate
UNION ALL SELECT 'force_presence', count(*) FILTER (WHERE source IS NULL), count(*) FROM force_presence
UNION ALL SELECT 'demand', count(*) FILTER (WHERE source IS NULL), count(*) FROM demand
UNION ALL SELECT 'negotiation_event', count(*) FILTER (WHERE source IS NULL), count(*) FROM negotiation_event;

-- published totals, in yen: SMA2016 946.5 billion, the JFY2021 extension
-- 201.7 billion, SMA2022 1.0551 trillion (agreed figures)
SELECT agreement, basis, sum(minor_units(amount)) AS yen, count(*) AS items
FROM burden_item GROUP BY agreement, basis ORDER BY agreement, basis;

-- the JFY2021 split in oku-en: 1,294 / 261 / 234 / 218 / 10
SELECT category, minor_units(amount) / 100000000 AS oku_en
FROM burden_item WHERE agreement = 'EXT2021' ORDER BY oku_en DESC;

-- SMA2022 utilities schedule in oku-en: 234 / 234 / 151 / 133 / 133
SELECT period, minor_units(amount) / 100000000 AS oku_en
FROM burden_item WHERE agreement = 'SMA2022' AND category = 'utilities' ORDER BY period;

-- the agreed totals match the sum of the agreed items
SELECT a.code, a.total_ceiling, sum(minor_units(i.amount)) = minor_units(a.total_ceiling) AS items_match
FROM agreement a JOIN burden_item i ON i.agreement = a.code AND i.basis = 'ceiling'
GROUP BY a.code, a.total_ceiling ORDER BY a.code;

-- South Korea's yearly amounts in eok won (KRW 100 million): 9,200 ..
-- 9,602 (9th SMA), 10,389 (2019 and 2020), 11,833, 12,471, then 15,192
-- for 2026; 2023-2025 and 2027-2030 are not on file
SELECT agreement, lower(period) AS from_date, minor_units(amount) / 100000000 AS eok_won, currency(amount)
FROM burden_item WHERE agreement LIKE 'KR-%' ORDER BY period;

-- Japan's own categories are the sample data's, under the installed training
SELECT code, parent, builtin FROM cost_category WHERE parent = 'training' ORDER BY code;

SELECT base_currency, quote_currency, period, rate, kind, provider FROM exchange_rate ORDER BY quote_currency, lower(period), provider;
SELECT host_party, stationed_party, as_of, personnel FROM force_presence;
SELECT demanding_party, demanded_of, amount, per_year, demanded_on FROM demand;
SELECT agreement, period, kind, format, place FROM negotiation_event ORDER BY lower(period);
