-- Input errors are soft on PostgreSQL 16 and later: pg_input_is_valid and
-- pg_input_error_info report them without raising.  On older servers the
-- same inputs raise, with the same SQLSTATEs; this file gives the same
-- output on both.
CREATE FUNCTION input_check(t text, typ text, OUT valid boolean, OUT error_code text)
LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('server_version_num')::int >= 160000 THEN
		EXECUTE 'SELECT pg_input_is_valid($1, $2), (pg_input_error_info($1, $2)).sql_error_code'
			INTO valid, error_code USING t, typ;
	ELSE
		BEGIN
			EXECUTE format('SELECT %L::%s', t, typ);
			valid := true;
		EXCEPTION WHEN OTHERS THEN
			valid := false;
			error_code := SQLSTATE;
		END;
	END IF;
END $$;

SELECT typ, t AS input, (input_check(t, typ)).*
FROM (VALUES
	('currency', 'USD'), ('currency', 'usd'), ('currency', 'ABC'), ('currency', 'US'), ('currency', ''),
	('currency_amount', 'USD 1.00'), ('currency_amount', 'USD 1.005'), ('currency_amount', 'JPY 1.5'),
	('currency_amount', 'JPY 9223372036854775807'), ('currency_amount', 'JPY 9223372036854775808'),
	('currency_amount', 'USD 92233720368547758.08'), ('currency_amount', 'ABC 1'),
	('currency_amount', 'USD 1,00'), ('currency_amount', ''), ('currency_amount', 'USD')
) AS v(typ, t);

DROP FUNCTION input_check(text, text);
