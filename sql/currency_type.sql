-- The currency type: input, output, catalog, ordering and operator classes.

-- every operator class of the extension's types validates
SELECT opc.opcname, am.amname, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcintype IN ('currency'::regtype)
ORDER BY 1, 2;

-- input is case-insensitive; output is the upper-case code
SELECT 'JPY'::currency, 'usd'::currency, 'Eur'::currency, 'kwd'::currency;
SELECT pg_column_size('USD'::currency) AS size;

-- historic codes are accepted
SELECT c::currency AS code, decimal_places(c::currency), currency_name(c::currency)
FROM unnest(ARRAY['DEM', 'FRF', 'HRK', 'VEF', 'MRO', 'ITL', 'ESP', 'NLG']) AS c;

-- minor units across the range, and N.A. codes give NULL
SELECT c::currency AS code, decimal_places(c::currency)
FROM unnest(ARRAY['JPY', 'KRW', 'USD', 'EUR', 'KWD', 'BHD', 'CLF', 'UYW',
                  'XAU', 'XAG', 'XPT', 'XPD', 'XDR', 'XXX', 'XTS']) AS c;

-- unknown codes and malformed input are errors naming the text
SELECT 'ABC'::currency;
SELECT 'US'::currency;
SELECT 'USDX'::currency;
SELECT ''::currency;
SELECT 'U$D'::currency;
SELECT ' USD'::currency;
SELECT NULL::currency IS NULL AS null_in_null_out;

-- the catalog
SELECT count(*) AS entries, count(*) FILTER (WHERE historic) AS historic,
       count(*) FILTER (WHERE minor_units IS NULL) AS no_minor_units,
       count(DISTINCT code) = count(*) AS codes_unique
FROM currencies();
SELECT * FROM currencies() WHERE code IN ('JPY', 'USD', 'KWD', 'CLF', 'XAU', 'DEM', 'HRK') ORDER BY code;
-- every catalog entry reads back through its own text form
SELECT count(*) AS round_trip_failures
FROM currencies() WHERE code::text::currency <> code OR lower(code::text)::currency <> code;
-- the catalog is sorted (the lookup binary-searches it) and every code is found
SELECT bool_and(decimal_places(code) IS NOT DISTINCT FROM minor_units) AS lookups_agree FROM currencies();
-- minor units are within 0..4 where given
SELECT min(minor_units), max(minor_units) FROM currencies();

-- ordering is alphabetical; comparison operators over a cross join
WITH v(c) AS (VALUES ('AED'::currency), ('JPY'), ('USD'), ('ZWG'), ('XAU'))
SELECT a.c AS a, b.c AS b, a.c = b.c AS eq, a.c <> b.c AS ne, a.c < b.c AS lt,
       a.c <= b.c AS le, a.c > b.c AS gt, a.c >= b.c AS ge,
       currency_cmp(a.c, b.c) AS cmp
FROM v a CROSS JOIN v b ORDER BY a.c, b.c;

-- hashing and indexing
-- equal currencies are identical, so btree indexes may deduplicate
SELECT amproc::regproc FROM pg_amproc
WHERE amprocfamily = (SELECT opcfamily FROM pg_opclass WHERE opcname = 'currency_ops') AND amprocnum = 4;
CREATE TABLE currency_t (c currency PRIMARY KEY);
INSERT INTO currency_t SELECT code FROM currencies();
SELECT count(DISTINCT c) FROM currency_t;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM currency_t WHERE c = 'JPY';
SELECT * FROM currency_t WHERE c = 'JPY';
RESET enable_seqscan;
CREATE INDEX ON currency_t USING hash (c);
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT * FROM currency_t WHERE c = 'usd';
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT c, count(*) FROM (SELECT c FROM currency_t UNION ALL SELECT c FROM currency_t) s
GROUP BY c HAVING count(*) <> 2;
DROP TABLE currency_t;

-- binary form is the three letters
SELECT currency_send('JPY');
