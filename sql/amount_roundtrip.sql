-- Text round trips over 10,000 generated values: input(output(x)) = x, and
-- the binary form sent is the documented layout.  (Binary recv round trips
-- run through COPY BINARY in test/amount_binary.sh.)

SELECT setseed(0.7);
CREATE TABLE roundtrip_values AS
SELECT from_minor_units(
           CASE i % 10
               WHEN 0 THEN 9223372036854775807 - (i / 10 - 1)
               WHEN 1 THEN -9223372036854775807 + (i / 10)
               ELSE ((random() - 0.5) * 2 * (10 ^ floor(random() * 19)))::numeric(20, 0)::bigint
           END,
           c.code) AS v
FROM generate_series(1, 10000) AS i
CROSS JOIN LATERAL (SELECT code FROM currencies() ORDER BY code
                    OFFSET (i * 7 + i * 0) % 305 LIMIT 1) AS c;
SELECT count(*) AS values, count(DISTINCT currency(v)) AS currencies,
       count(*) FILTER (WHERE minor_units(v) < 0) AS negative,
       count(*) FILTER (WHERE abs(minor_units(v)) = 9223372036854775807) AS at_limits
FROM roundtrip_values;
SELECT count(*) FILTER (WHERE v::text::currency_amount = v) AS text_round_trips,
       count(*) FILTER (WHERE lower(v::text)::currency_amount = v) AS lower_case_round_trips,
       count(*) FILTER (WHERE (split_part(v::text, ' ', 2) || ' ' || split_part(v::text, ' ', 1))::currency_amount = v) AS number_first_round_trips,
       count(*) FILTER (WHERE currency_amount(amount(v), currency(v)) = v) AS numeric_round_trips,
       count(*) FILTER (WHERE v::jsonb::currency_amount = v) AS jsonb_round_trips,
       count(*) FILTER (WHERE from_minor_units(minor_units(v), currency(v)) = v) AS minor_units_round_trips,
       count(*) FILTER (WHERE length(currency_amount_send(v)) = 13
                          AND get_byte(currency_amount_send(v), 0) = 1
                          AND convert_from(substring(currency_amount_send(v) from 2 for 3), 'SQL_ASCII') = currency(v)::text
                          AND ('x' || encode(substring(currency_amount_send(v) from 6 for 8), 'hex'))::bit(64)::bigint = minor_units(v))
           AS send_layout_right
FROM roundtrip_values;
DROP TABLE roundtrip_values;
