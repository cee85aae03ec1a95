-- currency_amount arithmetic: limits and one past them, both operand orders, rounding.

CREATE FUNCTION try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
	EXECUTE 'SELECT (' || q || ')::text' INTO r;
	RETURN r;
EXCEPTION WHEN OTHERS THEN
	RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END $$;

SELECT q AS expression, try(q) AS result FROM (VALUES
	-- + and -
	($$'USD 1.50'::currency_amount + 'USD 2.25'$$),
	($$'USD 1.50'::currency_amount - 'USD 2.25'$$),
	($$'JPY 9223372036854775806'::currency_amount + 'JPY 1'$$),
	($$'JPY 1'::currency_amount + 'JPY 9223372036854775806'$$),
	($$'JPY 9223372036854775807'::currency_amount + 'JPY 1'$$),
	($$'JPY 1'::currency_amount + 'JPY 9223372036854775807'$$),
	($$'JPY -9223372036854775806'::currency_amount + 'JPY -1'$$),
	($$'JPY -9223372036854775807'::currency_amount + 'JPY -1'$$),
	($$'JPY -1'::currency_amount + 'JPY -9223372036854775807'$$),
	($$'JPY -9223372036854775806'::currency_amount - 'JPY 1'$$),
	($$'JPY -9223372036854775807'::currency_amount - 'JPY 1'$$),
	($$'JPY 1'::currency_amount - 'JPY -9223372036854775807'$$),
	($$'JPY 0'::currency_amount - 'JPY -9223372036854775807'$$),
	($$'JPY 9223372036854775807'::currency_amount - 'JPY 9223372036854775807'$$),
	($$'USD 1.00'::currency_amount + 'JPY 1'$$),
	($$'JPY 1'::currency_amount - 'USD 1.00'$$),
	-- unary minus and abs cannot overflow: the range is symmetric
	($$-'JPY 9223372036854775807'::currency_amount$$),
	($$-'JPY -9223372036854775807'::currency_amount$$),
	($$abs('JPY -9223372036854775807'::currency_amount)$$),
	($$abs('USD 0.00'::currency_amount)$$),
	-- * by integers, both orders
	($$'USD 1.25'::currency_amount * 3$$),
	($$3 * 'USD 1.25'::currency_amount$$),
	($$'USD 1.25'::currency_amount * 3::bigint$$),
	($$3::bigint * 'USD 1.25'::currency_amount$$),
	($$'USD 1.25'::currency_amount * -1$$),
	($$'USD 1.25'::currency_amount * 0$$),
	($$'JPY 4611686018427387903'::currency_amount * 2$$),
	($$2 * 'JPY 4611686018427387903'::currency_amount$$),
	($$'JPY 4611686018427387904'::currency_amount * 2$$),
	($$2 * 'JPY 4611686018427387904'::currency_amount$$),
	($$'JPY -4611686018427387904'::currency_amount * 2$$),
	($$'JPY 1'::currency_amount * 9223372036854775807$$),
	($$9223372036854775807 * 'JPY 1'::currency_amount$$),
	($$'JPY 1'::currency_amount * (-9223372036854775807 - 1)$$),
	($$'JPY 2'::currency_amount * 2147483647$$),
	($$-2147483648 * 'JPY 3'::currency_amount$$),
	-- * by numeric, both orders, rounded half-even
	($$'USD 1.00'::currency_amount * 1.005$$),
	($$1.005 * 'USD 1.00'::currency_amount$$),
	($$'USD 1.00'::currency_amount * 1.015$$),
	($$'USD 1.00'::currency_amount * -1.005$$),
	($$'USD 10.00'::currency_amount * 0.1$$),
	($$'JPY 9223372036854775807'::currency_amount * 1.0$$),
	($$'JPY 9223372036854775807'::currency_amount * 1.0000000001$$),
	($$1.0000000001 * 'JPY 9223372036854775807'::currency_amount$$),
	($$'JPY 9223372036854775807'::currency_amount * 0.5$$),
	($$'USD 1.00'::currency_amount * 'NaN'::numeric$$),
	($$'USD 1.00'::currency_amount * 'Infinity'::numeric$$),
	-- / by integers and numeric, rounded half-even
	($$'USD 1.00'::currency_amount / 3$$),
	($$'USD 2.00'::currency_amount / 3$$),
	($$'USD 0.05'::currency_amount / 2$$),
	($$'USD 0.15'::currency_amount / 2$$),
	($$'USD -0.05'::currency_amount / 2$$),
	($$'USD 0.05'::currency_amount / -2$$),
	($$'JPY 9223372036854775807'::currency_amount / -1$$),
	($$'JPY -9223372036854775807'::currency_amount / (-9223372036854775807 - 1)$$),
	($$'JPY 9223372036854775807'::currency_amount / 2::bigint$$),
	($$'USD 1.00'::currency_amount / 0$$),
	($$'USD 1.00'::currency_amount / 0::bigint$$),
	($$'USD 1.00'::currency_amount / 0.0$$),
	($$'USD 1.00'::currency_amount / 0.3$$),
	($$'USD 1.00'::currency_amount / 8$$),
	($$'JPY 9223372036854775807'::currency_amount / 0.5$$),
	($$'JPY 4611686018427387903'::currency_amount / 0.5$$),
	($$'USD 1.00'::currency_amount / 'NaN'::numeric$$),
	-- amount / amount
	($$'USD 1.00'::currency_amount / 'USD 3.00'::currency_amount$$),
	($$'JPY 946500000000'::currency_amount / 'JPY 189300000000'::currency_amount$$),
	($$'USD 1.00'::currency_amount / 'USD 0.00'::currency_amount$$),
	($$'USD 1.00'::currency_amount / 'JPY 1'::currency_amount$$)
) AS v(q);

-- round at .5 in every mode, positive and negative, and to negative digits
SELECT v, m, round(v, 0, m) AS to_units, round(v, -1, m) AS to_tens
FROM unnest(ARRAY['USD 2.50', 'USD 3.50', 'USD -2.50', 'USD 2.51', 'USD -2.49', 'USD 25.00']::currency_amount[]) AS v,
     unnest(ARRAY['half_even', 'half_up', 'half_down', 'up', 'down', 'ceiling', 'floor']) AS m
ORDER BY m, v;
SELECT round('JPY 946512345678'::currency_amount, -9) AS billions,
       round('JPY 946512345678'::currency_amount, -8) AS hundred_millions,
       round('USD 1.23'::currency_amount, 2) AS same, round('USD 1.23'::currency_amount, 5) AS finer;
SELECT q AS expression, try(q) AS result FROM (VALUES
	($$round('JPY 9223372036854775807'::currency_amount, -1)$$),
	($$round('JPY 9223372036854775807'::currency_amount, -1, 'down')$$),
	($$round('JPY 9223372036854775807'::currency_amount, -18)$$),
	($$round('JPY 9223372036854775807'::currency_amount, -19)$$),
	($$round('JPY 4999999999999999999'::currency_amount, -19)$$),
	($$round('JPY 5000000000000000000'::currency_amount, -19)$$),
	($$round('JPY 1'::currency_amount, -19, 'up')$$),
	($$round('JPY 1'::currency_amount, -40, 'up')$$),
	($$round('JPY -1'::currency_amount, -40, 'ceiling')$$),
	($$round('JPY -1'::currency_amount, -40, 'floor')$$),
	($$round('JPY 9223372036854775807'::currency_amount, -2147483648)$$),
	($$round('JPY 1'::currency_amount, 2147483647)$$),
	($$round('USD 1.00'::currency_amount, 0, 'bankers')$$)
) AS v(q);

-- convert: rate is target units per source unit; half-even unless a mode is given
SELECT convert('USD 1910000000.00', 'JPY', 149.5) AS usd_to_jpy,
       convert('USD 100.00', 'JPY', 149.505) AS half_even_down,
       convert('USD 100.00', 'JPY', 149.515) AS half_even_up,
       convert('USD 100.00', 'JPY', 149.505, 'half_up') AS half_up,
       convert('JPY 1000', 'USD', 0.006667) AS jpy_to_usd,
       convert('JPY 1000', 'KWD', 0.0020505) AS to_three_places,
       convert('USD 1.00', 'USD', 1) AS same;
SELECT q AS expression, try(q) AS result FROM (VALUES
	($$convert('USD 1.00', 'JPY', 0)$$),
	($$convert('USD 1.00', 'JPY', -1)$$),
	($$convert('USD 1.00', 'JPY', 'NaN'::numeric)$$),
	($$convert('USD 1.00', 'JPY', 'Infinity'::numeric)$$),
	($$convert('JPY 9223372036854775807', 'USD', 1)$$),
	($$convert('USD 1.00', 'JPY', 1, 'sideways')$$)
) AS v(q);

-- the rounding constructor at the limits
SELECT q AS expression, try(q) AS result FROM (VALUES
	($$currency_amount(92233720368547758.074, 'USD', 'half_even')$$),
	($$currency_amount(92233720368547758.075, 'USD', 'half_even')$$),
	($$currency_amount(92233720368547758.075, 'USD', 'down')$$),
	($$currency_amount(-92233720368547758.075, 'USD', 'ceiling')$$),
	($$currency_amount(-92233720368547758.071, 'USD', 'floor')$$),
	($$currency_amount(9223372036854775807.4, 'JPY', 'half_up')$$),
	($$currency_amount(9223372036854775807.5, 'JPY', 'half_up')$$),
	($$currency_amount(0.00005, 'XAU', 'half_even')$$),
	($$currency_amount(0.00015, 'XAU', 'half_even')$$)
) AS v(q);

DROP FUNCTION try(text);
