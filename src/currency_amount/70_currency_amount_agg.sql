/*
 * 70_currency_amount_agg.sql
 *		currency_amount aggregates (currency_amount_agg.c): sum, avg, min, max,
 *		sum_by_currency, with their transition, combine and inverse functions.
 */

CREATE TYPE currency_amount_sum_state;
CREATE FUNCTION currency_amount_sum_state_in(cstring) RETURNS currency_amount_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sum_state_out(currency_amount_sum_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sum_state_recv(internal) RETURNS currency_amount_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sum_state_send(currency_amount_sum_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE currency_amount_sum_state (
	INPUT = currency_amount_sum_state_in,
	OUTPUT = currency_amount_sum_state_out,
	RECEIVE = currency_amount_sum_state_recv,
	SEND = currency_amount_sum_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE currency_amount_sum_state IS
	'partial state of sum and avg over currency_amount: currency, scale, 128-bit sum of units, row count';
COMMENT ON FUNCTION currency_amount_sum_state_in(cstring) IS
	'sum state input: "empty" or "<code> <scale> <sum of units> <count>"';
COMMENT ON FUNCTION currency_amount_sum_state_out(currency_amount_sum_state) IS
	'sum state output: "empty" or "<code> <scale> <sum of units> <count>"';
COMMENT ON FUNCTION currency_amount_sum_state_recv(internal) IS
	'sum state binary input: version, count, and for a non-empty state code, scale and 128-bit sum';
COMMENT ON FUNCTION currency_amount_sum_state_send(currency_amount_sum_state) IS
	'sum state binary output: version, count, and for a non-empty state code, scale and 128-bit sum';

CREATE FUNCTION currency_amount_sum_trans(currency_amount_sum_state, currency_amount)
	RETURNS currency_amount_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sum_combine(currency_amount_sum_state, currency_amount_sum_state)
	RETURNS currency_amount_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sum_inv(currency_amount_sum_state, currency_amount)
	RETURNS currency_amount_sum_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_sum_final(currency_amount_sum_state) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_avg_final(currency_amount_sum_state) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_amount_sum_trans(currency_amount_sum_state, currency_amount) IS
	'sum and avg transition: add one amount (updates the state in place inside an aggregate)';
COMMENT ON FUNCTION currency_amount_sum_combine(currency_amount_sum_state, currency_amount_sum_state) IS
	'sum and avg combine: add two partial states of one currency';
COMMENT ON FUNCTION currency_amount_sum_inv(currency_amount_sum_state, currency_amount) IS
	'sum and avg inverse transition for window frames: take back one amount';
COMMENT ON FUNCTION currency_amount_sum_final(currency_amount_sum_state) IS
	'sum final: the total, NULL for no rows';
COMMENT ON FUNCTION currency_amount_avg_final(currency_amount_sum_state) IS
	'avg final: the mean rounded half-even to minor units, NULL for no rows';

CREATE AGGREGATE sum(currency_amount) (
	SFUNC = currency_amount_sum_trans,
	STYPE = currency_amount_sum_state,
	COMBINEFUNC = currency_amount_sum_combine,
	FINALFUNC = currency_amount_sum_final,
	INITCOND = 'empty',
	MSFUNC = currency_amount_sum_trans,
	MINVFUNC = currency_amount_sum_inv,
	MSTYPE = currency_amount_sum_state,
	MFINALFUNC = currency_amount_sum_final,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE sum(currency_amount) IS 'total of amounts of one currency (an error naming both if currencies mix)';
CREATE AGGREGATE avg(currency_amount) (
	SFUNC = currency_amount_sum_trans,
	STYPE = currency_amount_sum_state,
	COMBINEFUNC = currency_amount_sum_combine,
	FINALFUNC = currency_amount_avg_final,
	INITCOND = 'empty',
	MSFUNC = currency_amount_sum_trans,
	MINVFUNC = currency_amount_sum_inv,
	MSTYPE = currency_amount_sum_state,
	MFINALFUNC = currency_amount_avg_final,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE avg(currency_amount) IS 'mean of amounts of one currency, rounded half-even to minor units';

-- min and max follow the total order (currency, then amount), like ORDER BY
CREATE AGGREGATE min(currency_amount) (
	SFUNC = currency_amount_smaller,
	STYPE = currency_amount,
	COMBINEFUNC = currency_amount_smaller,
	SORTOP = <,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(currency_amount) IS 'smallest amount in the total order (currency code first, then amount)';
CREATE AGGREGATE max(currency_amount) (
	SFUNC = currency_amount_larger,
	STYPE = currency_amount,
	COMBINEFUNC = currency_amount_larger,
	SORTOP = >,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE max(currency_amount) IS 'largest amount in the total order (currency code first, then amount)';

-- sum_by_currency: a SQL state type (not internal), so that Citus and
-- parallel query combine partial states with no serialize/deserialize step
CREATE TYPE currency_amount_by_currency_state;
CREATE FUNCTION currency_amount_by_currency_state_in(cstring) RETURNS currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_by_currency_state_out(currency_amount_by_currency_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_by_currency_state_recv(internal) RETURNS currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_by_currency_state_send(currency_amount_by_currency_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE currency_amount_by_currency_state (
	INPUT = currency_amount_by_currency_state_in,
	OUTPUT = currency_amount_by_currency_state_out,
	RECEIVE = currency_amount_by_currency_state_recv,
	SEND = currency_amount_by_currency_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE currency_amount_by_currency_state IS
	'partial state of sum_by_currency: per currency, sorted by code, the scale, 128-bit sum of units and row count';
COMMENT ON FUNCTION currency_amount_by_currency_state_in(cstring) IS
	'sum_by_currency state input: "empty" or "<code> <scale> <sum of units> <count>" entries separated by ", ", sorted by code';
COMMENT ON FUNCTION currency_amount_by_currency_state_out(currency_amount_by_currency_state) IS
	'sum_by_currency state output: "empty" or "<code> <scale> <sum of units> <count>" entries separated by ", ", sorted by code';
COMMENT ON FUNCTION currency_amount_by_currency_state_recv(internal) IS
	'sum_by_currency state binary input: version, entry count, and per entry code, scale, 128-bit sum and row count';
COMMENT ON FUNCTION currency_amount_by_currency_state_send(currency_amount_by_currency_state) IS
	'sum_by_currency state binary output: version, entry count, and per entry code, scale, 128-bit sum and row count';

CREATE FUNCTION currency_amount_by_currency_state_trans(currency_amount_by_currency_state, currency_amount)
	RETURNS currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_by_currency_state_combine(currency_amount_by_currency_state, currency_amount_by_currency_state)
	RETURNS currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_by_currency_state_final(currency_amount_by_currency_state) RETURNS currency_amount[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_amount_by_currency_state_trans(currency_amount_by_currency_state, currency_amount) IS
	'sum_by_currency transition: add one amount to its currency''s total (in place inside an aggregate)';
COMMENT ON FUNCTION currency_amount_by_currency_state_combine(currency_amount_by_currency_state, currency_amount_by_currency_state) IS
	'sum_by_currency combine: merge two partial states, adding the totals of a currency both hold';
COMMENT ON FUNCTION currency_amount_by_currency_state_final(currency_amount_by_currency_state) IS
	'sum_by_currency final: one total per currency, ordered by code; NULL for no rows';

CREATE AGGREGATE sum_by_currency(currency_amount) (
	SFUNC = currency_amount_by_currency_state_trans,
	STYPE = currency_amount_by_currency_state,
	COMBINEFUNC = currency_amount_by_currency_state_combine,
	FINALFUNC = currency_amount_by_currency_state_final,
	INITCOND = 'empty',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE sum_by_currency(currency_amount) IS
	'one total per currency, as an array ordered by currency code; NULL for no rows';
