-- currency_amount ordering: a total order by currency, then amount; hashing; indexes.

SELECT opc.opcname, am.amname, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcintype IN ('currency'::regtype, 'currency_amount'::regtype)
ORDER BY 1, 2;

-- = hashes and merges and has estimators
SELECT oprname, oprcanhash, oprcanmerge, oprrest, oprjoin
FROM pg_operator WHERE oprleft = 'currency_amount'::regtype AND oprright = 'currency_amount'::regtype
  AND oprname IN ('=', '<>', '<', '<=', '>', '>=') ORDER BY oprname;

CREATE TABLE amount_values (v currency_amount);
INSERT INTO amount_values VALUES
	('JPY -9223372036854775807'), ('JPY -1'), ('JPY 0'), ('JPY 1'), ('JPY 9223372036854775807'),
	('USD -92233720368547758.07'), ('USD -0.01'), ('USD 0.00'), ('USD 0.01'), ('USD 1.00'),
	('USD 92233720368547758.07'), ('EUR 1.00'), ('KWD 0.001'), ('XAU 0.0001');

-- every operator on every pair, against the order of (currency, amount)
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (a.v = b.v) = (ca = cb AND na = nb)) AS eq_right,
       count(*) FILTER (WHERE (a.v <> b.v) = (ca <> cb OR na <> nb)) AS ne_right,
       count(*) FILTER (WHERE (a.v < b.v) = ((ca, na) < (cb, nb))) AS lt_right,
       count(*) FILTER (WHERE (a.v <= b.v) = ((ca, na) <= (cb, nb))) AS le_right,
       count(*) FILTER (WHERE (a.v > b.v) = ((ca, na) > (cb, nb))) AS gt_right,
       count(*) FILTER (WHERE (a.v >= b.v) = ((ca, na) >= (cb, nb))) AS ge_right,
       count(*) FILTER (WHERE currency_amount_cmp(a.v, b.v) = sign(
           CASE WHEN ca <> cb THEN currency_cmp(ca, cb) ELSE sign(na - nb) END)) AS cmp_right,
       count(*) FILTER (WHERE (a.v = b.v) <= (currency_amount_hash(a.v) = currency_amount_hash(b.v))) AS hash_consistent,
       count(*) FILTER (WHERE (a.v = b.v) <= (currency_amount_hash_extended(a.v, 42) = currency_amount_hash_extended(b.v, 42))) AS hash_ext_consistent
FROM (SELECT v, currency(v) AS ca, amount(v) AS na FROM amount_values) a
CROSS JOIN (SELECT v, currency(v) AS cb, amount(v) AS nb FROM amount_values) b;

-- the full operator matrix on a small set, for reading
WITH s(v) AS (VALUES ('JPY 5'::currency_amount), ('USD -1.00'), ('USD 1.00'))
SELECT a.v AS a, b.v AS b, a.v = b.v AS eq, a.v <> b.v AS ne, a.v < b.v AS lt,
       a.v <= b.v AS le, a.v > b.v AS gt, a.v >= b.v AS ge, currency_amount_cmp(a.v, b.v) AS cmp
FROM s a CROSS JOIN s b ORDER BY a.v, b.v;

-- ORDER BY puts currencies in code order, amounts in numeric order
SELECT v FROM amount_values ORDER BY v;
SELECT v FROM amount_values ORDER BY v DESC LIMIT 3;

-- the 32-bit hash is the low half of the extended hash with seed 0; hashes
-- come from the values, not their bytes in memory, so every platform gives
-- the same (pinned here)
SELECT count(*) FILTER (WHERE currency_amount_hash(v) <> (currency_amount_hash_extended(v, 0) & 4294967295)::bit(32)::int4)
	AS low_half_mismatches
FROM (SELECT from_minor_units(i * 7919 - 5000000, 'USD') FROM generate_series(1, 1000) i) s(v);
SELECT currency_amount_hash('JPY 946500000000'), currency_amount_hash_extended('USD -1.50', 42),
	currency_amount_hash('KWD 0.000');
-- distinct hashes: distinct values, differing in any part, hash apart
SELECT count(DISTINCT currency_amount_hash(from_minor_units(i, 'USD'))) AS distinct_hashes
FROM generate_series(1, 1000) AS i;
SELECT currency_amount_hash('USD 1.00') <> currency_amount_hash('EUR 1.00') AS currency_counts,
       currency_amount_hash('USD 1.00') <> currency_amount_hash('USD 1.01') AS amount_counts,
       currency_amount_hash_extended('USD 1.00', 0) <> currency_amount_hash_extended('USD 1.00', 1) AS seed_counts;

-- GROUP BY and DISTINCT by hashing and by sorting agree
CREATE TABLE amount_many AS
SELECT from_minor_units((i % 37) - 18, (ARRAY['USD', 'JPY', 'EUR'])[1 + i % 3]::currency) AS v
FROM generate_series(1, 3000) AS i;
SET enable_sort = off;
CREATE TABLE by_hash AS SELECT v, count(*) AS n FROM amount_many GROUP BY v;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TABLE by_sort AS SELECT v, count(*) AS n FROM amount_many GROUP BY v;
RESET enable_hashagg;
SELECT (SELECT count(*) FROM by_hash) AS groups,
       (SELECT count(*) FROM (SELECT * FROM by_hash EXCEPT SELECT * FROM by_sort) d) AS differ;
SELECT count(*) AS distinct_values FROM (SELECT DISTINCT v FROM amount_many) d;

-- hash join and merge join find the same matches
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM by_hash a JOIN by_sort b ON a.v = b.v;
SELECT count(*) FROM by_hash a JOIN by_sort b ON a.v = b.v;
RESET enable_mergejoin; SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM by_hash a JOIN by_sort b ON a.v = b.v;
SELECT count(*) FROM by_hash a JOIN by_sort b ON a.v = b.v;
RESET enable_hashjoin; RESET enable_nestloop;

-- unique constraint and btree index on a column mixing currencies
CREATE TABLE amount_unique (v currency_amount PRIMARY KEY);
INSERT INTO amount_unique SELECT v FROM amount_values;
INSERT INTO amount_unique VALUES ('usd 1');
CREATE INDEX amount_unique_hash ON amount_unique USING hash (v);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT v FROM amount_unique WHERE v >= 'USD 0.00' AND v < 'USD 5.00';
SELECT v FROM amount_unique WHERE v >= 'USD 0.00' AND v < 'USD 5.00';
SET enable_indexscan = off;
SELECT v FROM amount_unique WHERE v = 'KWD 0.001';
RESET enable_seqscan; RESET enable_indexscan;

-- sorting (with abbreviated keys) agrees with sorting by (currency, amount),
-- including values that differ only in their last digits at large magnitudes
SELECT setseed(0.9);
CREATE TABLE amount_sort AS
SELECT from_minor_units(
           CASE i % 4
               WHEN 0 THEN ((random() - 0.5) * 2 * (10 ^ floor(random() * 19)))::numeric(20, 0)::bigint
               WHEN 1 THEN 9223372036854775807 - (random() * 20)::int
               WHEN 2 THEN -9223372036854775807 + (random() * 20)::int
               ELSE (random() * 40)::int - 20
           END,
           (ARRAY['USD', 'JPY', 'KWD', 'XAU', 'CLF'])[1 + (random() * 4)::int]::currency) AS v
FROM generate_series(1, 20000) AS i;
SELECT bool_and(prev <= v) AS ascending, count(*) AS rows
FROM (SELECT v, lag(v) OVER (ORDER BY v) AS prev FROM amount_sort) s WHERE prev IS NOT NULL;
SELECT (SELECT array_agg(v ORDER BY v) FROM amount_sort)
     = (SELECT array_agg(v ORDER BY currency(v), amount(v)) FROM amount_sort) AS same_order;
CREATE INDEX ON amount_sort (v);
SET enable_seqscan = off;
SELECT (SELECT array_agg(v) FROM (SELECT v FROM amount_sort ORDER BY v) s)
     = (SELECT array_agg(v ORDER BY currency(v), amount(v)) FROM amount_sort) AS index_order_same;
RESET enable_seqscan;
DROP TABLE amount_sort;

DROP TABLE amount_values, amount_many, by_hash, by_sort, amount_unique;
