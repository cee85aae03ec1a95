--
-- agreement_period operators against daterange's answer.
--
-- 10,000 generated pairs: ends drawn from a narrow window of dates (so that
-- overlapping, touching and equal periods are common) plus infinite ends.
SELECT setseed(0.4);
CREATE TEMP TABLE period_pairs AS
WITH ends AS (
	SELECT i,
		CASE WHEN random() < 0.05 THEN '-infinity'::date ELSE '2020-02-20'::date + (random() * 20)::int END AS a_lo,
		(random() * 12)::int + 1 AS a_len,
		random() < 0.05 AS a_inf,
		CASE WHEN random() < 0.05 THEN '-infinity'::date ELSE '2020-02-20'::date + (random() * 20)::int END AS b_lo,
		(random() * 12)::int + 1 AS b_len,
		random() < 0.05 AS b_inf,
		CASE WHEN random() < 0.02 THEN 'infinity'::date
			WHEN random() < 0.02 THEN '-infinity'::date
			ELSE '2020-02-18'::date + (random() * 40)::int END AS d
	FROM generate_series(1, 10000) i
)
SELECT i,
	agreement_period(a_lo, CASE WHEN a_inf THEN 'infinity' WHEN a_lo = '-infinity' THEN '2020-02-20'::date + a_len ELSE a_lo + a_len END) AS a,
	agreement_period(b_lo, CASE WHEN b_inf THEN 'infinity' WHEN b_lo = '-infinity' THEN '2020-02-20'::date + b_len ELSE b_lo + b_len END) AS b,
	d
FROM ends;
ALTER TABLE period_pairs ADD COLUMN ra daterange, ADD COLUMN rb daterange;
UPDATE period_pairs SET ra = a::daterange, rb = b::daterange;
SELECT count(*) AS pairs, count(DISTINCT a) > 250 AS varied FROM period_pairs;

-- each boolean operator: disagreements with daterange (must be 0), and how
-- often it is true and false (both must occur, or the check proves nothing)
SELECT op, sum(CASE WHEN mine IS DISTINCT FROM theirs THEN 1 ELSE 0 END) AS disagreements,
	bool_or(mine) AS some_true, bool_or(NOT mine) AS some_false
FROM period_pairs,
	LATERAL (VALUES
		('&&', a && b, ra && rb),
		('@>', a @> b, ra @> rb),
		('<@', a <@ b, ra <@ rb),
		('@> date', a @> d, ra @> d),
		('<@ date', d <@ a, d <@ ra),
		('-|-', a -|- b, ra -|- rb),
		('<<', a << b, ra << rb),
		('>>', a >> b, ra >> rb),
		('&<', a &< b, ra &< rb),
		('&>', a &> b, ra &> rb),
		('=', a = b, ra = rb),
		('<>', a <> b, ra <> rb),
		('<', a < b, ra < rb),
		('<=', a <= b, ra <= rb),
		('>', a > b, ra > rb),
		('>=', a >= b, ra >= rb)
	) v(op, mine, theirs)
GROUP BY op ORDER BY op;

SELECT sum(CASE WHEN sign(agreement_period_cmp(a, b)) <> sign(range_cmp(ra, rb)) THEN 1 ELSE 0 END) AS cmp_disagreements
FROM period_pairs;

-- intersection: daterange's empty answer is our NULL
SELECT sum(CASE WHEN (a * b) IS NULL THEN (NOT isempty(ra * rb))::int
		ELSE ((a * b)::daterange IS DISTINCT FROM ra * rb)::int END) AS disagreements,
	count(*) FILTER (WHERE a * b IS NULL) > 0 AS some_disjoint,
	count(*) FILTER (WHERE a * b IS NOT NULL) > 0 AS some_overlapping
FROM period_pairs;

-- union: defined where daterange's is (overlapping or adjacent), an error elsewhere
SELECT sum(((a + b)::daterange IS DISTINCT FROM ra + rb)::int) AS disagreements, count(*) > 0 AS some
FROM period_pairs WHERE ra && rb OR ra -|- rb;
CREATE FUNCTION pg_temp.union_fails(a agreement_period, b agreement_period) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM a + b;
	RETURN false;
EXCEPTION WHEN data_exception THEN
	RETURN true;
END $$;
SELECT sum((NOT pg_temp.union_fails(a, b))::int) AS union_without_error, count(*) > 0 AS some
FROM period_pairs WHERE NOT (ra && rb OR ra -|- rb);
SELECT '[2020-01-01,2020-02-01)'::agreement_period + '[2020-03-01,2020-04-01)';

-- lower, upper, days against daterange
SELECT sum((lower(a) IS DISTINCT FROM coalesce(lower(ra), '-infinity'))::int +
		   (upper(a) IS DISTINCT FROM coalesce(upper(ra), 'infinity'))::int) AS bound_disagreements,
	sum(CASE WHEN isfinite(a) THEN (days(a) <> upper(ra) - lower(ra))::int ELSE 0 END) AS days_disagreements
FROM period_pairs;

-- hash agrees with equality; btree sort agrees with daterange's
SELECT count(*) AS hash_mismatches FROM period_pairs
WHERE (a = b) AND agreement_period_hash(a) <> agreement_period_hash(b);
SELECT count(DISTINCT agreement_period_hash(a)) = count(DISTINCT a) AS no_collisions_here,
	count(DISTINCT agreement_period_hash_extended(a, 1)) = count(DISTINCT a) AS no_extended_collisions_here,
	bool_and(agreement_period_hash_extended(a, 0) <> agreement_period_hash_extended(a, 1)) AS seed_matters
FROM period_pairs;
SELECT bool_and(x.a = y.a) AS same_order, count(*)
FROM (SELECT a, row_number() OVER (ORDER BY a, i) n FROM period_pairs) x
JOIN (SELECT a, row_number() OVER (ORDER BY ra, i) n FROM period_pairs) y USING (n);

SELECT min(a) = (SELECT a FROM period_pairs ORDER BY ra LIMIT 1) AS min_ok,
	max(a) = (SELECT a FROM period_pairs ORDER BY ra DESC LIMIT 1) AS max_ok
FROM period_pairs;

-- the 32-bit hash is the low half of the extended hash with seed 0
SELECT count(*) AS low_half_mismatches FROM period_pairs
WHERE agreement_period_hash(a) <> (agreement_period_hash_extended(a, 0) & 4294967295)::bit(32)::int4;
-- hashes are computed from the values, not from their bytes in memory, so
-- they are the same on every platform: these are pinned
SELECT agreement_period_hash('[2016-04-01,2021-04-01)'), agreement_period_hash_extended('[2016-04-01,2021-04-01)', 42),
	agreement_period_hash('[-infinity,infinity)');
-- hash and merge joins work through the opclasses
SET enable_hashjoin = on; SET enable_mergejoin = off;
SELECT count(*) FROM period_pairs x JOIN period_pairs y ON x.a = y.b;
SET enable_hashjoin = off; SET enable_mergejoin = on;
SELECT count(*) FROM period_pairs x JOIN period_pairs y ON x.a = y.b;
RESET enable_hashjoin; RESET enable_mergejoin;
SELECT count(*) FROM period_pairs x JOIN period_pairs y ON x.ra = y.rb;

-- a few by hand, with infinite ends
SELECT '[,2020-01-01)'::agreement_period && '[2019-12-31,)' AS touch_one_day,
	'[,2020-01-01)'::agreement_period -|- '[2020-01-01,)' AS adjacent,
	'[,)'::agreement_period @> 'infinity'::date AS contains_infinity,
	'[,)'::agreement_period @> '-infinity'::date AS contains_minus_infinity,
	'[2020-01-01,2020-01-02)'::agreement_period @> '2020-01-02'::date AS end_is_excluded,
	'[,2020-01-01)'::agreement_period * '[2019-06-01,)' AS intersection;

DROP TABLE period_pairs;
