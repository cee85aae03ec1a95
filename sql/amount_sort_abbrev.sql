-- Sorting uses an abbreviated key: the currency, then the minor units
-- exactly within 2^47 - 1 of zero and a floating-point-like code beyond.
-- Values on both sides of each boundary, at the int64 limits, equal values
-- and negative values, of currencies with 0, 2, 3, 4 and no minor units,
-- interleaved in a scrambled order: the sort must agree with ordering by
-- (currency, exact amount), ascending and descending.
SELECT setseed(0.25);
CREATE TABLE amount_abbrev AS
SELECT from_minor_units(u, c::currency) AS v
FROM unnest(ARRAY['USD', 'JPY', 'KWD', 'CLF', 'XAU', 'AED', 'ZWL']) AS c,
     unnest(ARRAY[0::numeric, 140737488355327, 140737488355328, 281474976710656,
                  1099511627776, 1000000000000, 9223372036854775804,
                  4611686018427387904, 36028797018963968]) AS centre,
     unnest(ARRAY[1, -1]) AS sign,
     generate_series(-3, 3) AS k,
     LATERAL (SELECT (sign * centre + k)::bigint AS u
              WHERE abs(sign * centre + k) <= 9223372036854775807) AS x,
     generate_series(1, 2) AS twice              -- every value twice: ties
ORDER BY random();
SELECT count(*) AS rows, count(DISTINCT v) AS distinct_values FROM amount_abbrev;
SELECT (SELECT array_agg(v ORDER BY v) FROM amount_abbrev)
     = (SELECT array_agg(v ORDER BY currency(v), amount(v)) FROM amount_abbrev) AS datum_sort_same,
       (SELECT array_agg(v ORDER BY v DESC) FROM amount_abbrev)
     = (SELECT array_agg(v ORDER BY currency(v) DESC, amount(v) DESC) FROM amount_abbrev) AS datum_sort_desc_same;
-- the same through a tuple sort of a wider row
SELECT bool_and(prev <= v) AS ascending,
       bool_and(currency(prev) < currency(v)
                OR (currency(prev) = currency(v) AND amount(prev) <= amount(v))) AS by_currency_then_amount,
       count(*) AS pairs
FROM (SELECT v, lag(v) OVER (ORDER BY v) AS prev FROM amount_abbrev) s
WHERE prev IS NOT NULL;
-- neighbours at the boundaries, read back in order
SELECT v FROM amount_abbrev
WHERE currency(v) = 'JPY' AND abs(minor_units(v)) BETWEEN 140737488355326 AND 140737488355328
ORDER BY v;
SELECT v FROM amount_abbrev
WHERE currency(v) = 'KWD' AND abs(minor_units(v)) > 9223372036854775790
ORDER BY v DESC;
DROP TABLE amount_abbrev;
