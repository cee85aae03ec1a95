--
-- GiST on agreement_period: same answers with and without the index, the
-- index really used (and index-only), exclusion constraints.
--
SELECT amname, opcname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opcmethod
WHERE opcintype = 'agreement_period'::regtype ORDER BY amname;

SELECT setseed(0.7);
-- (no autovacuum: its visibility map would let the planner pick an index-only
-- scan in a slow run, and the plans below would depend on timing)
CREATE TABLE period_gist_t (id int, p agreement_period) WITH (autovacuum_enabled = off);
INSERT INTO period_gist_t
SELECT i, agreement_period(CASE WHEN r1 < 0.01 THEN '-infinity' ELSE s END,
	CASE WHEN r2 < 0.01 THEN 'infinity' ELSE s + 1 + len END)
FROM (SELECT i, random() AS r1, random() AS r2, '2000-01-01'::date + (random() * 9000)::int AS s,
		(random() * random() * 800)::int AS len
	FROM generate_series(1, 20000) i) x;
CREATE TABLE period_gist_q (q agreement_period, d date);
INSERT INTO period_gist_q VALUES
	('JFY2016..JFY2020', '2016-04-01'), ('[2010-06-01,2010-06-02)', '2010-06-01'),
	('[,2001-01-01)', '2000-01-01'), ('[2020-01-01,)', '2024-12-31'),
	('2004-02-29..2004-02-29', '2004-02-29'), ('[,)', 'infinity');

-- the answers with a sequential scan
SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;
CREATE TEMP TABLE seq_answers AS
SELECT op, q, d, array_agg(id ORDER BY id) AS ids, count(*) AS n FROM (
	SELECT '&&' AS op, q, d, id FROM period_gist_q, period_gist_t WHERE p && q UNION ALL
	SELECT '@>', q, d, id FROM period_gist_q, period_gist_t WHERE p @> q UNION ALL
	SELECT '<@', q, d, id FROM period_gist_q, period_gist_t WHERE p <@ q UNION ALL
	SELECT '@> date', q, d, id FROM period_gist_q, period_gist_t WHERE p @> d UNION ALL
	SELECT '-|-', q, d, id FROM period_gist_q, period_gist_t WHERE p -|- q UNION ALL
	SELECT '<<', q, d, id FROM period_gist_q, period_gist_t WHERE p << q UNION ALL
	SELECT '>>', q, d, id FROM period_gist_q, period_gist_t WHERE p >> q UNION ALL
	SELECT '&<', q, d, id FROM period_gist_q, period_gist_t WHERE p &< q UNION ALL
	SELECT '&>', q, d, id FROM period_gist_q, period_gist_t WHERE p &> q UNION ALL
	SELECT '=', q, d, id FROM period_gist_q, period_gist_t WHERE p = q
) x GROUP BY op, q, d;
RESET enable_indexscan; RESET enable_bitmapscan; RESET enable_indexonlyscan;

-- two indexes: one built on the filled table (sorted build), one filled row
-- by row (penalty and picksplit)
CREATE INDEX period_gist_idx ON period_gist_t USING gist (p);
ANALYZE period_gist_t;
CREATE TABLE period_gist_ins (id int, p agreement_period);
CREATE INDEX period_gist_ins_idx ON period_gist_ins USING gist (p);
INSERT INTO period_gist_ins SELECT * FROM period_gist_t ORDER BY random();
ANALYZE period_gist_ins;
SET enable_seqscan = off;

-- one query per operator through the index, compared with the scan's answer
CREATE FUNCTION pg_temp.index_ids(tab text, op text, q agreement_period, d date) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
	r int[];
BEGIN
	IF op = '@> date' THEN
		EXECUTE format('SELECT array_agg(id ORDER BY id) FROM %I WHERE p @> $1', tab) INTO r USING d;
	ELSE
		EXECUTE format('SELECT array_agg(id ORDER BY id) FROM %I WHERE p %s $1', tab, op) INTO r USING q;
	END IF;
	RETURN r;
END $$;
SELECT op, count(*) AS queries, sum(n) AS rows_found,
	count(*) FILTER (WHERE ids IS DISTINCT FROM pg_temp.index_ids('period_gist_t', op, q, d)) AS differ_sorted_build,
	count(*) FILTER (WHERE ids IS DISTINCT FROM pg_temp.index_ids('period_gist_ins', op, q, d)) AS differ_inserted
FROM seq_answers GROUP BY op ORDER BY op;
EXPLAIN (COSTS OFF) SELECT id FROM period_gist_ins WHERE p && 'JFY2016..JFY2020';
SELECT pg_relation_size('period_gist_ins_idx') > 8192 * 10 AS index_has_split;

-- the plans use the index; a query on the key alone is index-only
EXPLAIN (COSTS OFF) SELECT id FROM period_gist_t WHERE p && 'JFY2016..JFY2020';
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE p && 'JFY2016..JFY2020';
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE p @> '2016-04-01'::date;
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE '2016-04-01'::date <@ p;
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE p <@ 'JFY2016';
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE p -|- 'JFY2016';
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE p << 'JFY2016';
EXPLAIN (COSTS OFF) SELECT p FROM period_gist_t WHERE p >> 'JFY2016';
SET enable_bitmapscan = off;
SELECT count(*), sum(days(p)) FROM period_gist_t WHERE p <@ 'JFY2016..JFY2020';
SELECT count(*) FROM period_gist_t WHERE p @> '2004-02-29'::date;
SELECT count(*) FROM period_gist_t WHERE '2004-02-29'::date <@ p;
RESET enable_bitmapscan;
RESET enable_seqscan;

-- index-only scans hand back the value unchanged
SET enable_seqscan = off; SET enable_bitmapscan = off;
CREATE TEMP TABLE ios AS SELECT p FROM period_gist_t WHERE p && '[,)';
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT (SELECT count(*) FROM ios) = (SELECT count(*) FROM period_gist_t) AS all_rows,
	NOT EXISTS (SELECT p FROM ios EXCEPT ALL SELECT p FROM period_gist_t) AS same_values;

DROP TABLE period_gist_t, period_gist_ins, period_gist_q, seq_answers, ios;

-- exclusion constraint: one agreement per host at a time
CREATE TABLE host_agreement (
	host text NOT NULL,
	period agreement_period NOT NULL,
	EXCLUDE USING gist (host WITH =, period WITH &&)
);
INSERT INTO host_agreement VALUES
	('Japan', 'JFY2016..JFY2020'), ('Japan', 'JFY2021'), ('Japan', 'JFY2022..JFY2026'),
	('Korea', '2021@calendar');
-- touching is allowed, overlapping by one day is not
INSERT INTO host_agreement VALUES ('Japan', '[2021-03-31,2021-04-02)');
INSERT INTO host_agreement VALUES ('Korea', '[2021-06-01,)');
INSERT INTO host_agreement VALUES ('Korea', '[2022-01-01,)');
SELECT host, period FROM host_agreement ORDER BY host, period;
DROP TABLE host_agreement;
