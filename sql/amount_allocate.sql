-- allocate(amount, weights): parts proportional to the weights that sum exactly to the whole.

SELECT allocate('USD 100.00', ARRAY[1, 1, 1]) AS thirds,
       allocate('USD -100.00', ARRAY[1, 1, 1]) AS negative_thirds,
       allocate('USD 0.02', ARRAY[1, 1, 1]) AS ties_to_earlier,
       allocate('JPY 946500000000', ARRAY[0.5, 0.25, 0.25]) AS shares,
       allocate('JPY 10', ARRAY[0, 1, 0]) AS zero_weights,
       allocate('JPY 0', ARRAY[1, 2]) AS nothing,
       allocate('KWD 1.000', ARRAY[3]) AS one_part;
-- the remainder goes to the largest remainders, not simply the first parts
SELECT allocate('USD 1.00', ARRAY[1, 2, 3, 4, 5, 6]);
-- fine weights are scaled exactly, not rounded
SELECT allocate('JPY 3', ARRAY[0.333333333333333333, 0.333333333333333333, 0.333333333333333334]);
SELECT allocate('JPY 1000000', ARRAY[0.1234567890123456789, 1]);
-- the limits
SELECT allocate('JPY 9223372036854775807', ARRAY[1, 1]),
       allocate('JPY -9223372036854775807', ARRAY[9223372036854775807, 1]);

-- bad weights
SELECT allocate('USD 1.00', ARRAY[0, 0]);
SELECT allocate('USD 1.00', ARRAY[1, -1]);
SELECT allocate('USD 1.00', ARRAY[1, NULL]);
SELECT allocate('USD 1.00', ARRAY[]::numeric[]);
SELECT allocate('USD 1.00', ARRAY['NaN'::numeric, 1]);
SELECT allocate('USD 1.00', ARRAY['Infinity'::numeric]);
SELECT allocate('USD 1.00', ARRAY[[1, 2], [3, 4]]);
SELECT allocate('USD 1.00', ARRAY[9223372036854775808, 1]);
SELECT allocate('USD 1.00', ARRAY[1, 0.0000000000000000000001]);
SELECT allocate(NULL, ARRAY[1]) IS NULL AS null_amount, allocate('USD 1.00', NULL) IS NULL AS null_weights;

-- 10,000 generated cases: the parts sum to the whole, and each part lies
-- within one minor unit of its exact share
SELECT setseed(0.3);
CREATE TABLE allocate_cases AS
SELECT c AS case_id,
       from_minor_units(((random() - 0.5) * (10 ^ (1 + floor(random() * 17))))::bigint,
                        (ARRAY['USD', 'JPY', 'KWD', 'CLF'])[1 + floor(random() * 4)::int]::currency) AS whole,
       ARRAY(SELECT CASE WHEN random() < 0.15 THEN 0
                         ELSE round((random() * 10 ^ floor(random() * 6))::numeric, floor(random() * 4)::int) END
             FROM generate_series(1, 1 + floor(random() * 12)::int + c * 0)) AS weights
FROM generate_series(1, 10000) AS c;
-- a case whose weights came out all zero gets one positive weight
UPDATE allocate_cases SET weights[1] = 1 WHERE (SELECT sum(w) FROM unnest(weights) AS w) = 0;
CREATE TABLE allocate_parts AS
SELECT case_id, whole, weights, allocate(whole, weights) AS parts FROM allocate_cases;
SELECT count(*) AS cases,
       count(*) FILTER (WHERE (SELECT sum(p) FROM unnest(parts) AS p) = whole) AS sums_exact,
       count(*) FILTER (WHERE cardinality(parts) = cardinality(weights)) AS part_counts_right,
       count(*) FILTER (WHERE (SELECT bool_and(currency(p) = currency(whole)) FROM unnest(parts) AS p)) AS currencies_right,
       count(*) FILTER (WHERE (
           SELECT bool_and(abs(minor_units(p)::numeric
                               - minor_units(whole)::numeric * w / (SELECT sum(x) FROM unnest(weights) AS x)) < 1)
           FROM unnest(parts, weights) AS u(p, w))) AS within_one_unit,
       count(*) FILTER (WHERE (
           SELECT bool_and(w > 0 OR minor_units(p) = 0) FROM unnest(parts, weights) AS u(p, w))) AS zero_weight_zero_part,
       count(*) FILTER (WHERE allocate(-whole, weights) = (SELECT array_agg(-p ORDER BY o) FROM unnest(parts) WITH ORDINALITY AS u(p, o))) AS sign_symmetric
FROM allocate_parts;
DROP TABLE allocate_cases, allocate_parts;
