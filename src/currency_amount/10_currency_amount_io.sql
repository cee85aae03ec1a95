/*
 * 10_currency_amount_io.sql
 *		The currency_amount type (currency_amount_io.c): an exact amount with its
 *		currency, 16 bytes; input, output, binary form, constructors and accessors.
 */

CREATE TYPE currency_amount;

CREATE FUNCTION currency_amount_in(cstring) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_out(currency_amount) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_recv(internal) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_send(currency_amount) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE currency_amount (
	INPUT = currency_amount_in,
	OUTPUT = currency_amount_out,
	RECEIVE = currency_amount_recv,
	SEND = currency_amount_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE currency_amount IS 'an exact amount of money in an ISO 4217 currency: a count of minor units and the currency';
COMMENT ON FUNCTION currency_amount_in(cstring) IS 'currency_amount input, such as ''USD 1910000000.00'' or ''946500000000 JPY''';
COMMENT ON FUNCTION currency_amount_out(currency_amount) IS 'currency_amount output: the code, a space and the amount with the currency''s decimal places';
COMMENT ON FUNCTION currency_amount_recv(internal) IS 'currency_amount binary input, validated as text input is';
COMMENT ON FUNCTION currency_amount_send(currency_amount) IS 'currency_amount binary output: version, code, scale, units';

CREATE FUNCTION currency_amount(numeric, currency) RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'currency_amount_from_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_amount(numeric, currency) IS
	'the amount of major units in the currency; an error if the number has more decimal places than the currency';
CREATE FUNCTION currency_amount(numeric, currency, mode text) RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'currency_amount_from_numeric_mode' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_amount(numeric, currency, text) IS
	'the amount of major units in the currency, rounded to its minor units by the mode (half_even, half_up, half_down, up, down, ceiling, floor)';
CREATE FUNCTION from_minor_units(bigint, currency) RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'currency_amount_from_minor_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION from_minor_units(bigint, currency) IS 'the amount of that many minor units (cents, yen, fils) of the currency';
CREATE FUNCTION amount(currency_amount) RETURNS numeric
	AS 'MODULE_PATHNAME', 'currency_amount_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION amount(currency_amount) IS 'the amount in major units, exactly, with the currency''s decimal places';
CREATE FUNCTION minor_units(currency_amount) RETURNS bigint
	AS 'MODULE_PATHNAME', 'currency_amount_minor_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION minor_units(currency_amount) IS 'the amount as a count of minor units';
CREATE FUNCTION currency(currency_amount) RETURNS currency
	AS 'MODULE_PATHNAME', 'currency_amount_currency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION currency(currency_amount) IS 'the currency of the amount';

-- jsonb: {"amount": "946500000000", "currency": "JPY"}, the amount a string
CREATE FUNCTION to_jsonb(currency_amount) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	RETURN pg_catalog.jsonb_build_object(
		'amount', @extschema@.amount($1)::pg_catalog.text,
		'currency', @extschema@.currency($1)::pg_catalog.text);
COMMENT ON FUNCTION to_jsonb(currency_amount) IS
	'the amount as {"amount": "<major units>", "currency": "<code>"}, the amount a string so no reader takes it for a float';

CREATE FUNCTION currency_amount(jsonb) RETURNS currency_amount
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, @extschema@, pg_temp
	AS $$
DECLARE
	extra text;
BEGIN
	IF pg_catalog.jsonb_typeof($1) IS DISTINCT FROM 'object'
		OR pg_catalog.jsonb_typeof($1 -> 'amount') IS DISTINCT FROM 'string'
		OR pg_catalog.jsonb_typeof($1 -> 'currency') IS DISTINCT FROM 'string' THEN
		RAISE EXCEPTION 'invalid currency_amount jsonb: %', $1
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'A currency_amount in jsonb is an object with the strings "amount" and "currency".',
				HINT = 'Write it as {"amount": "1910000000.00", "currency": "USD"}.';
	END IF;
	SELECT k INTO extra FROM pg_catalog.jsonb_object_keys($1) AS k
		WHERE k NOT IN ('amount', 'currency') LIMIT 1;
	IF extra IS NOT NULL THEN
		RAISE EXCEPTION 'invalid currency_amount jsonb: unexpected key "%"', extra
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'A currency_amount in jsonb has only the keys "amount" and "currency".';
	END IF;
	RETURN currency_amount(($1 ->> 'amount')::numeric, ($1 ->> 'currency')::currency);
END
$$;
COMMENT ON FUNCTION currency_amount(jsonb) IS
	'the amount from {"amount": "<major units>", "currency": "<code>"}; the amount must be a string and exact';

CREATE CAST (currency_amount AS jsonb) WITH FUNCTION to_jsonb(currency_amount);
COMMENT ON CAST (currency_amount AS jsonb) IS 'to {"amount": "<major units>", "currency": "<code>"}';
CREATE CAST (jsonb AS currency_amount) WITH FUNCTION currency_amount(jsonb);
COMMENT ON CAST (jsonb AS currency_amount) IS 'from {"amount": "<major units>", "currency": "<code>"}';
