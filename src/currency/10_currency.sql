/*
 * 10_currency.sql
 *		The currency type (currency.c): an ISO 4217 code in 4 bytes by value; input,
 *		output, binary form, comparison, hashing, and the compiled-in catalog
 *		(decimal_places, currency_name, currencies).
 */

CREATE TYPE currency;

CREATE FUNCTION currency_in(cstring) RETURNS currency
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_out(currency) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_recv(internal) RETURNS currency
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_send(currency) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE currency (
	INPUT = currency_in,
	OUTPUT = currency_out,
	RECEIVE = currency_recv,
	SEND = currency_send,
	INTERNALLENGTH = 2,
	PASSEDBYVALUE,
	ALIGNMENT = int2,
	STORAGE = plain
);
COMMENT ON TYPE currency IS 'an ISO 4217 currency, by its three-letter code (current or historic)';
COMMENT ON FUNCTION currency_in(cstring) IS 'currency input: a three-letter ISO 4217 code in any case';
COMMENT ON FUNCTION currency_out(currency) IS 'currency output: the upper-case ISO 4217 code';
COMMENT ON FUNCTION currency_recv(internal) IS 'currency binary input: the three ASCII letters of the code';
COMMENT ON FUNCTION currency_send(currency) IS 'currency binary output: the three ASCII letters of the code';

CREATE FUNCTION currency_eq(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_ne(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_lt(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_le(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_gt(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_ge(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_cmp(currency, currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_hash(currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_hash_extended(currency, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION currency_eq(currency, currency) IS 'same currency';
COMMENT ON FUNCTION currency_ne(currency, currency) IS 'different currencies';
COMMENT ON FUNCTION currency_lt(currency, currency) IS 'code sorts before';
COMMENT ON FUNCTION currency_le(currency, currency) IS 'code sorts before or is the same';
COMMENT ON FUNCTION currency_gt(currency, currency) IS 'code sorts after';
COMMENT ON FUNCTION currency_ge(currency, currency) IS 'code sorts after or is the same';
COMMENT ON FUNCTION currency_cmp(currency, currency) IS 'btree support: alphabetical order of the codes';
COMMENT ON FUNCTION currency_hash(currency) IS 'hash support';
COMMENT ON FUNCTION currency_hash_extended(currency, bigint) IS 'hash support with a seed';

CREATE OPERATOR = (
	LEFTARG = currency, RIGHTARG = currency, FUNCTION = currency_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = currency, RIGHTARG = currency, FUNCTION = currency_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = currency, RIGHTARG = currency, FUNCTION = currency_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = currency, RIGHTARG = currency, FUNCTION = currency_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = currency, RIGHTARG = currency, FUNCTION = currency_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = currency, RIGHTARG = currency, FUNCTION = currency_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (currency, currency) IS 'same currency';
COMMENT ON OPERATOR <> (currency, currency) IS 'different currencies';
COMMENT ON OPERATOR < (currency, currency) IS 'code sorts before';
COMMENT ON OPERATOR <= (currency, currency) IS 'code sorts before or is the same';
COMMENT ON OPERATOR > (currency, currency) IS 'code sorts after';
COMMENT ON OPERATOR >= (currency, currency) IS 'code sorts after or is the same';

CREATE OPERATOR CLASS currency_ops
	DEFAULT FOR TYPE currency USING btree AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 currency_cmp(currency, currency),
		FUNCTION 4 btequalimage(oid);
CREATE OPERATOR CLASS currency_hash_ops
	DEFAULT FOR TYPE currency USING hash AS
		OPERATOR 1 =,
		FUNCTION 1 currency_hash(currency),
		FUNCTION 2 currency_hash_extended(currency, bigint);
COMMENT ON OPERATOR CLASS currency_ops USING btree IS 'alphabetical order of currency codes';
COMMENT ON OPERATOR FAMILY currency_ops USING btree IS 'alphabetical order of currency codes';
COMMENT ON OPERATOR CLASS currency_hash_ops USING hash IS 'hashing of currencies';
COMMENT ON OPERATOR FAMILY currency_hash_ops USING hash IS 'hashing of currencies';

-- decimal_places, not minor_units: minor_units(currency_amount) is a count
-- of minor units, and one name should not mean two kinds of number.
CREATE FUNCTION decimal_places(currency) RETURNS integer
	AS 'MODULE_PATHNAME', 'currency_minor_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION decimal_places(currency) IS
	'digits after the decimal point in the currency''s minor unit (JPY 0, USD 2, KWD 3, CLF 4); NULL where ISO 4217 says N.A. (XAU, XDR, XXX, ...)';
-- the 0.1.0 name, kept for the queries written against it (README,
-- "Deprecated names"); inlined, so it costs nothing
CREATE FUNCTION minor_units(currency) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.decimal_places($1);
END;
COMMENT ON FUNCTION minor_units(currency) IS 'deprecated since 0.2.0: use decimal_places(currency)';
CREATE FUNCTION currency_name(currency) RETURNS text
	AS 'MODULE_PATHNAME', 'currency_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_name(currency) IS 'the English name ISO 4217 gives the currency';
CREATE FUNCTION currencies(
	OUT code currency, OUT numeric_code integer, OUT minor_units integer,
	OUT name text, OUT historic boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'currency_currencies' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 310;
COMMENT ON FUNCTION currencies() IS
	'the compiled-in ISO 4217 catalog: code, numeric code (NULL if ISO assigned none), minor units (NULL where N.A.), English name, and whether the code is on ISO''s historic list';
