-- currency_amount: representation, text input and output, constructors, accessors, jsonb.

SELECT pg_column_size('USD 1.00'::currency_amount) AS size,
       typlen, typbyval, typalign FROM pg_type WHERE typname = 'currency_amount';

-- canonical output: the code, a space, the number with the currency's decimal places
SELECT 'JPY 946500000000'::currency_amount, 'USD 1910000000.00'::currency_amount,
       'USD -1.50'::currency_amount, 'KWD 1.5'::currency_amount, 'CLF 0.0001'::currency_amount,
       'USD 0'::currency_amount, 'USD -0.00'::currency_amount;

-- a table of inputs: the value, or the SQLSTATE of the error
CREATE FUNCTION try_amount(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN t::currency_amount::text;
EXCEPTION WHEN OTHERS THEN
	RETURN 'ERROR ' || SQLSTATE;
END $$;
SELECT t AS input, try_amount(t) AS result FROM (VALUES
	('JPY 946500000000'), ('946500000000 JPY'), ('jpy 946500000000'), ('946500000000 jpy'),
	('USD 1910000000.00'), ('USD 1,910,000,000.00'), ('1,910,000,000 USD'), ('USD 1.5'),
	('USD 1.500'), ('  USD   1.50  '), ('USD+1.50'), ('+USD 1.50'), ('-USD 1.50'), ('USD -1.50'),
	('-1.50 USD'), ('usd 0.01'), ('USD 000123.40'), ('KWD 1.234'), ('CLF 1.2345'),
	('XAU 1.2345'), ('XXX 7'), ('DEM 10.00'), ('ITL 1000'),
	('JPY 9223372036854775807'), ('JPY -9223372036854775807'),
	('USD 92233720368547758.07'), ('USD -92233720368547758.07'),
	('USD 0.000000000000000000000000000000000000000000000'),
	-- failures
	('USD 1.005'), ('JPY 1.5'), ('KWD 1.2345'), ('XAU 1.23456'), ('CLF 0.00001'),
	('JPY 9223372036854775808'), ('JPY -9223372036854775808'), ('USD 92233720368547758.08'),
	('JPY 123456789012345678901234567890123456789'),
	('USD 1,00'), ('USD 1,0000'), ('USD 1234,567'), ('USD ,123'), ('USD 1.'), ('USD .5'),
	('USD 1.2.3'), ('USD'), ('1.00'), (''), ('   '), ('USD 1 2'), ('USD USD 1'), ('1 USD USD'),
	('ABC 1'), ('US 1'), ('USDX 1'), ('USD 1e3'), ('USD --1'), ('-USD -1'), ('USD 1-'),
	('$1'), ('USD 1 million'), ('USD NaN'), ('USD Infinity')
) AS v(t);

-- every catalog currency: its own decimal places, and text reads back to the same value
SELECT count(*) AS currencies,
       count(*) FILTER (WHERE v::text::currency_amount = v
                          AND minor_units(v::text::currency_amount) = minor_units(v)) AS round_trips,
       count(*) FILTER (WHERE coalesce(length(split_part(v::text, '.', 2)), 0)
                          = coalesce(c.minor_units, 4)) AS decimal_places_right
FROM currencies() c, LATERAL (SELECT from_minor_units(-123456789, c.code) AS v) s;

-- constructors and accessors
SELECT currency_amount(946500000000, 'JPY'), currency_amount(1910000000, 'USD'),
       currency_amount(1.5, 'usd'), currency_amount(-0.001, 'KWD'), currency_amount(1.500000, 'USD');
SELECT currency_amount(1.505, 'USD');
SELECT currency_amount(0.5, 'JPY');
SELECT currency_amount(92233720368547758.08, 'USD');
SELECT currency_amount('NaN', 'USD');
SELECT currency_amount('Infinity', 'USD');
SELECT currency_amount(x, 'USD', m) AS rounded, x, m
FROM unnest(ARRAY[1.005, 1.015, -1.005, 1.0051]) AS x,
     unnest(ARRAY['half_even', 'half_up', 'half_down', 'up', 'down', 'ceiling', 'floor']) AS m
ORDER BY x, m;
SELECT currency_amount(1.005, 'USD', 'nearest');
SELECT from_minor_units(150, 'USD'), from_minor_units(-1, 'KWD'), from_minor_units(7, 'XAU'),
       from_minor_units(9223372036854775807, 'JPY'), from_minor_units(-9223372036854775807, 'JPY');
SELECT from_minor_units(-9223372036854775808, 'JPY');
SELECT amount('USD 1910000000.00'), amount('JPY 946500000000'), amount('KWD -0.005'),
       amount('USD 92233720368547758.07'), amount('USD 0');
SELECT minor_units('USD 1.50'::currency_amount), minor_units('JPY -7'::currency_amount),
       currency('946500000000 JPY'::currency_amount);
SELECT currency_amount(amount(v), currency(v)) = v AS numeric_round_trip
FROM (VALUES ('USD 92233720368547758.07'::currency_amount), ('JPY -9223372036854775807'),
             ('CLF 0.0001'), ('KWD -1.001')) AS t(v);

-- jsonb: the amount is a string
SELECT to_jsonb('JPY 946500000000'::currency_amount), 'USD -1.50'::currency_amount::jsonb;
SELECT '{"amount": "946500000000", "currency": "JPY"}'::jsonb::currency_amount,
       currency_amount('{"currency": "usd", "amount": "-1.5"}'::jsonb);
SELECT ('USD 92233720368547758.07'::currency_amount::jsonb)::currency_amount;
SELECT '{"amount": 1.50, "currency": "USD"}'::jsonb::currency_amount;
SELECT '{"amount": "1.50"}'::jsonb::currency_amount;
SELECT '{"amount": "1.50", "currency": "USD", "note": "x"}'::jsonb::currency_amount;
SELECT '{"amount": "1.505", "currency": "USD"}'::jsonb::currency_amount;
SELECT '{"amount": "1.50", "currency": "ABC"}'::jsonb::currency_amount;
SELECT '[1, 2]'::jsonb::currency_amount;

-- NULL in, NULL out
SELECT amount(NULL), currency_amount(NULL::numeric, 'USD'), from_minor_units(NULL, 'USD');

-- binary output: version 1, code, scale, big-endian units
SELECT currency_amount_send('USD -1.50'), currency_amount_send('JPY 946500000000');

DROP FUNCTION try_amount(text);
