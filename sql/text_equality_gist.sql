--
-- costshare_internal.text_equality_ops: GiST on text for = only, by hash.
-- The same answers with and without the index, through inserts and a
-- sorted build, for two different texts with one hash too (the recheck),
-- beside a period in one index, and in an exclusion constraint.
--
SELECT amname, opcname, opcdefault, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opcmethod
WHERE opcname = 'text_equality_ops';

-- two different codes with the same hash: among 400,000 codes there are
-- some (about 18 pairs are expected); the lowest pair is kept
CREATE TEMP TABLE text_equality_pair AS
SELECT min(code) AS a, max(code) AS b
FROM (SELECT 'K' || i AS code FROM generate_series(1, 400000) AS i) AS c
GROUP BY hashtext(code) HAVING count(*) = 2
ORDER BY 1 LIMIT 1;
SELECT count(*) AS pairs, bool_and(a <> b AND hashtext(a) = hashtext(b)) AS same_hash
FROM text_equality_pair;

-- (no autovacuum, so the plans below do not depend on timing)
CREATE TABLE text_equality_t (id int, code text, p agreement_period) WITH (autovacuum_enabled = off);
-- built empty and filled by inserts, which go through penalty and picksplit
CREATE INDEX text_equality_t_idx ON text_equality_t
	USING gist (code costshare_internal.text_equality_ops, p);
INSERT INTO text_equality_t
SELECT i, 'A' || (i % 97),
	agreement_period(make_date(2000 + i % 25, 4, 1), make_date(2001 + i % 25, 4, 1))
FROM generate_series(1, 20000) AS i;
-- the colliding pair: 3 rows of one and 5 of the other, in the same year
INSERT INTO text_equality_t
SELECT 100000 + g, CASE WHEN g <= 3 THEN a ELSE b END, '[2020-04-01,2021-04-01)'
FROM text_equality_pair, generate_series(1, 8) AS g;
INSERT INTO text_equality_t VALUES (200000, NULL, '[2020-04-01,2021-04-01)');
ANALYZE text_equality_t;

CREATE TEMP TABLE text_equality_q AS
SELECT DISTINCT code AS q FROM text_equality_t WHERE code IS NOT NULL
UNION ALL SELECT 'absent' UNION ALL SELECT '';

-- every key alone, and every key with a fiscal year, without the index
SET enable_indexscan = off; SET enable_bitmapscan = off;
CREATE TEMP TABLE text_equality_seq AS
SELECT q, (SELECT array_agg(id ORDER BY id) FROM text_equality_t WHERE code = q) AS by_key,
	(SELECT array_agg(id ORDER BY id) FROM text_equality_t
	 WHERE code = q AND p && '[2020-04-01,2021-04-01)') AS by_key_year
FROM text_equality_q;
RESET enable_indexscan; RESET enable_bitmapscan;

-- and through the index
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM text_equality_t WHERE code = 'A1' AND p && '[2020-04-01,2021-04-01)';
CREATE FUNCTION pg_temp.text_equality_mismatches() RETURNS bigint LANGUAGE sql AS $$
	SELECT count(*) FROM text_equality_seq s
	WHERE s.by_key IS DISTINCT FROM
		(SELECT array_agg(id ORDER BY id) FROM text_equality_t WHERE code = s.q)
	   OR s.by_key_year IS DISTINCT FROM
		(SELECT array_agg(id ORDER BY id) FROM text_equality_t
		 WHERE code = s.q AND p && '[2020-04-01,2021-04-01)')
$$;
SELECT pg_temp.text_equality_mismatches() AS mismatches_inserted;
-- the pair: each code finds its own rows only, though the index cannot tell them apart
SELECT (SELECT count(*) FROM text_equality_t WHERE code = a) AS rows_of_a,
	   (SELECT count(*) FROM text_equality_t WHERE code = b) AS rows_of_b
FROM text_equality_pair;
SELECT count(*) AS null_keys FROM text_equality_t WHERE code IS NULL;

-- the sorted build (CREATE INDEX on a filled table) answers the same
REINDEX INDEX text_equality_t_idx;
SELECT pg_temp.text_equality_mismatches() AS mismatches_sorted_build;
RESET enable_seqscan; RESET enable_bitmapscan;

-- only = is offered: a range of keys is not the index's to answer
EXPLAIN (COSTS OFF) SELECT id FROM text_equality_t WHERE code < 'A1';

-- an exclusion constraint: one period per code at a time, a colliding code apart
CREATE TABLE text_equality_x (
	code text,
	p agreement_period,
	EXCLUDE USING gist (code costshare_internal.text_equality_ops WITH =, p WITH &&)
);
INSERT INTO text_equality_x SELECT a, '[2020-04-01,2021-04-01)' FROM text_equality_pair;
INSERT INTO text_equality_x SELECT b, '[2020-04-01,2021-04-01)' FROM text_equality_pair;
INSERT INTO text_equality_x VALUES ('A1', '[2020-04-01,2021-04-01)'), ('A1', '[2021-04-01,2022-04-01)');
INSERT INTO text_equality_x VALUES ('A1', '[2021-01-01,2021-02-01)');
SELECT count(*) FROM text_equality_x;

DROP TABLE text_equality_t, text_equality_x;

-- under a nondeterministic collation, strings the collation calls equal
-- hash alike (hashtext hashes their sort key), so the index finds them all:
-- a case-insensitive code.  A server built without ICU refuses the
-- collation; text_equality_gist_1.out is that output.
CREATE COLLATION text_equality_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE text_equality_ci_t (code text COLLATE text_equality_ci) WITH (autovacuum_enabled = off);
INSERT INTO text_equality_ci_t
SELECT (ARRAY['AbC', 'abc', 'ABC', 'abd', 'x'])[1 + i % 5] FROM generate_series(1, 5000) AS i;
CREATE INDEX text_equality_ci_idx ON text_equality_ci_t USING gist (code costshare_internal.text_equality_ops);
ANALYZE text_equality_ci_t;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM text_equality_ci_t WHERE code = 'abc';
SELECT count(*) AS abc_any_case FROM text_equality_ci_t WHERE code = 'abc';
RESET enable_seqscan;
DROP TABLE text_equality_ci_t;
DROP COLLATION text_equality_ci;
