-- A sum state is transient, so its scale must be the currency's: a state
-- typed in with another scale is refused, and so no finished state yields
-- an amount that text input could not read back.
SELECT 'USD 4 12300 1'::currency_amount_sum_state;
SELECT 'USD 0 1 1'::currency_amount_sum_state;
SELECT 'XAU 2 1 1'::currency_amount_sum_state;
SELECT 'XAU 4 1 1'::currency_amount_sum_state, 'KWD 3 1 1'::currency_amount_sum_state,
       'JPY 0 1 1'::currency_amount_sum_state;
-- every amount a state can finish to reads back through text
SELECT count(*) AS currencies,
       count(*) FILTER (WHERE s::text::currency_amount = s) AS round_trips
FROM currencies() c,
     LATERAL (SELECT currency_amount_sum_final((c.code::text || ' ' || coalesce(c.minor_units, 4)
                                                || ' -9223372036854775807 1')::currency_amount_sum_state) AS s) t;
