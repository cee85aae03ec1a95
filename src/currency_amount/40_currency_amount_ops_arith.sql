/*
 * 40_currency_amount_ops_arith.sql
 *		currency_amount arithmetic (currency_amount_ops.c): sums, differences,
 *		products and quotients by numbers, rounding, conversion at a rate.
 */

CREATE FUNCTION currency_amount_add(currency_amount, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sub(currency_amount, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_neg(currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION abs(currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'currency_amount_abs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_mul_int8(currency_amount, bigint) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_mul_int4(currency_amount, integer) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_int8_mul(bigint, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_int4_mul(integer, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_mul_numeric(currency_amount, numeric) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_numeric_mul(numeric, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_div_int8(currency_amount, bigint) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_div_int4(currency_amount, integer) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_div_numeric(currency_amount, numeric) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_div(currency_amount, currency_amount) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_amount_add(currency_amount, currency_amount) IS 'sum of two amounts of one currency';
COMMENT ON FUNCTION currency_amount_sub(currency_amount, currency_amount) IS 'difference of two amounts of one currency';
COMMENT ON FUNCTION currency_amount_neg(currency_amount) IS 'the amount negated';
COMMENT ON FUNCTION abs(currency_amount) IS 'the absolute value of the amount';
COMMENT ON FUNCTION currency_amount_mul_int8(currency_amount, bigint) IS 'amount times an integer';
COMMENT ON FUNCTION currency_amount_mul_int4(currency_amount, integer) IS 'amount times an integer';
COMMENT ON FUNCTION currency_amount_int8_mul(bigint, currency_amount) IS 'integer times an amount';
COMMENT ON FUNCTION currency_amount_int4_mul(integer, currency_amount) IS 'integer times an amount';
COMMENT ON FUNCTION currency_amount_mul_numeric(currency_amount, numeric) IS 'amount times a number, rounded half-even to minor units';
COMMENT ON FUNCTION currency_amount_numeric_mul(numeric, currency_amount) IS 'number times an amount, rounded half-even to minor units';
COMMENT ON FUNCTION currency_amount_div_int8(currency_amount, bigint) IS 'amount divided by an integer, rounded half-even to minor units';
COMMENT ON FUNCTION currency_amount_div_int4(currency_amount, integer) IS 'amount divided by an integer, rounded half-even to minor units';
COMMENT ON FUNCTION currency_amount_div_numeric(currency_amount, numeric) IS 'amount divided by a number, rounded half-even to minor units';
COMMENT ON FUNCTION currency_amount_div(currency_amount, currency_amount) IS 'ratio of two amounts of one currency';

CREATE OPERATOR + (LEFTARG = currency_amount, RIGHTARG = currency_amount,
	FUNCTION = currency_amount_add, COMMUTATOR = +);
CREATE OPERATOR - (LEFTARG = currency_amount, RIGHTARG = currency_amount,
	FUNCTION = currency_amount_sub);
CREATE OPERATOR - (RIGHTARG = currency_amount, FUNCTION = currency_amount_neg);
CREATE OPERATOR * (LEFTARG = currency_amount, RIGHTARG = bigint,
	FUNCTION = currency_amount_mul_int8, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = bigint, RIGHTARG = currency_amount,
	FUNCTION = currency_amount_int8_mul, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = currency_amount, RIGHTARG = integer,
	FUNCTION = currency_amount_mul_int4, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = integer, RIGHTARG = currency_amount,
	FUNCTION = currency_amount_int4_mul, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = currency_amount, RIGHTARG = numeric,
	FUNCTION = currency_amount_mul_numeric, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = numeric, RIGHTARG = currency_amount,
	FUNCTION = currency_amount_numeric_mul, COMMUTATOR = *);
CREATE OPERATOR / (LEFTARG = currency_amount, RIGHTARG = bigint,
	FUNCTION = currency_amount_div_int8);
CREATE OPERATOR / (LEFTARG = currency_amount, RIGHTARG = integer,
	FUNCTION = currency_amount_div_int4);
CREATE OPERATOR / (LEFTARG = currency_amount, RIGHTARG = numeric,
	FUNCTION = currency_amount_div_numeric);
CREATE OPERATOR / (LEFTARG = currency_amount, RIGHTARG = currency_amount,
	FUNCTION = currency_amount_div);
COMMENT ON OPERATOR + (currency_amount, currency_amount) IS 'sum of two amounts of one currency';
COMMENT ON OPERATOR - (currency_amount, currency_amount) IS 'difference of two amounts of one currency';
COMMENT ON OPERATOR - (NONE, currency_amount) IS 'the amount negated';
COMMENT ON OPERATOR * (currency_amount, bigint) IS 'amount times an integer';
COMMENT ON OPERATOR * (bigint, currency_amount) IS 'integer times an amount';
COMMENT ON OPERATOR * (currency_amount, integer) IS 'amount times an integer';
COMMENT ON OPERATOR * (integer, currency_amount) IS 'integer times an amount';
COMMENT ON OPERATOR * (currency_amount, numeric) IS 'amount times a number, rounded half-even to minor units';
COMMENT ON OPERATOR * (numeric, currency_amount) IS 'number times an amount, rounded half-even to minor units';
COMMENT ON OPERATOR / (currency_amount, bigint) IS 'amount divided by an integer, rounded half-even to minor units';
COMMENT ON OPERATOR / (currency_amount, integer) IS 'amount divided by an integer, rounded half-even to minor units';
COMMENT ON OPERATOR / (currency_amount, numeric) IS 'amount divided by a number, rounded half-even to minor units';
COMMENT ON OPERATOR / (currency_amount, currency_amount) IS 'ratio of two amounts of one currency, as numeric';

CREATE FUNCTION round(currency_amount, digits integer, mode text DEFAULT 'half_even') RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'currency_amount_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION round(currency_amount, integer, text) IS
	'the amount rounded to a multiple of 10^-digits major units (digits may be negative) by the mode: half_even (default), half_up, half_down, up, down, ceiling, floor';

CREATE FUNCTION convert(currency_amount, currency, rate numeric, mode text DEFAULT 'half_even') RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'currency_amount_convert' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert(currency_amount, currency, numeric, text) IS
	'the amount in another currency at rate target units per source unit, rounded to the target''s minor units by the mode (half_even by default)';
