/*
 * 20_currency_amount_ops_compare.sql
 *		currency_amount ordering (currency_amount_ops.c): comparison, btree and hash
 *		operator classes, sort support.
 */

CREATE FUNCTION currency_amount_cmp(currency_amount, currency_amount) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_eq(currency_amount, currency_amount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_ne(currency_amount, currency_amount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_lt(currency_amount, currency_amount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_le(currency_amount, currency_amount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_gt(currency_amount, currency_amount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_ge(currency_amount, currency_amount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_smaller(currency_amount, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_larger(currency_amount, currency_amount) RETURNS currency_amount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_amount_hash(currency_amount) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_hash_extended(currency_amount, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION currency_amount_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_amount_cmp(currency_amount, currency_amount) IS
	'btree support: order by currency code, then by exact amount; never errors';
COMMENT ON FUNCTION currency_amount_eq(currency_amount, currency_amount) IS 'same currency and same amount';
COMMENT ON FUNCTION currency_amount_ne(currency_amount, currency_amount) IS 'different currency or amount';
COMMENT ON FUNCTION currency_amount_lt(currency_amount, currency_amount) IS 'sorts before (currency, then amount)';
COMMENT ON FUNCTION currency_amount_le(currency_amount, currency_amount) IS 'sorts before or is equal';
COMMENT ON FUNCTION currency_amount_gt(currency_amount, currency_amount) IS 'sorts after (currency, then amount)';
COMMENT ON FUNCTION currency_amount_ge(currency_amount, currency_amount) IS 'sorts after or is equal';
COMMENT ON FUNCTION currency_amount_smaller(currency_amount, currency_amount) IS 'the one that sorts first (min support)';
COMMENT ON FUNCTION currency_amount_larger(currency_amount, currency_amount) IS 'the one that sorts last (max support)';
COMMENT ON FUNCTION currency_amount_hash(currency_amount) IS 'hash support, consistent with =';
COMMENT ON FUNCTION currency_amount_hash_extended(currency_amount, bigint) IS 'hash support with a seed';
COMMENT ON FUNCTION currency_amount_sortsupport(internal) IS 'sort support';

CREATE OPERATOR = (
	LEFTARG = currency_amount, RIGHTARG = currency_amount, FUNCTION = currency_amount_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = currency_amount, RIGHTARG = currency_amount, FUNCTION = currency_amount_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = currency_amount, RIGHTARG = currency_amount, FUNCTION = currency_amount_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = currency_amount, RIGHTARG = currency_amount, FUNCTION = currency_amount_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = currency_amount, RIGHTARG = currency_amount, FUNCTION = currency_amount_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = currency_amount, RIGHTARG = currency_amount, FUNCTION = currency_amount_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (currency_amount, currency_amount) IS 'same currency and same amount';
COMMENT ON OPERATOR <> (currency_amount, currency_amount) IS 'different currency or amount';
COMMENT ON OPERATOR < (currency_amount, currency_amount) IS 'sorts before (currency, then amount)';
COMMENT ON OPERATOR <= (currency_amount, currency_amount) IS 'sorts before or is equal';
COMMENT ON OPERATOR > (currency_amount, currency_amount) IS 'sorts after (currency, then amount)';
COMMENT ON OPERATOR >= (currency_amount, currency_amount) IS 'sorts after or is equal';

-- No equalimage support function: equal amounts stored at different scales
-- (under different catalog editions) differ byte for byte, so btree
-- deduplication must not treat equality as identity.
CREATE OPERATOR CLASS currency_amount_ops
	DEFAULT FOR TYPE currency_amount USING btree AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 currency_amount_cmp(currency_amount, currency_amount),
		FUNCTION 2 currency_amount_sortsupport(internal);
CREATE OPERATOR CLASS currency_amount_hash_ops
	DEFAULT FOR TYPE currency_amount USING hash AS
		OPERATOR 1 =,
		FUNCTION 1 currency_amount_hash(currency_amount),
		FUNCTION 2 currency_amount_hash_extended(currency_amount, bigint);
COMMENT ON OPERATOR CLASS currency_amount_ops USING btree IS 'total order: currency code, then exact amount';
COMMENT ON OPERATOR FAMILY currency_amount_ops USING btree IS 'total order: currency code, then exact amount';
COMMENT ON OPERATOR CLASS currency_amount_hash_ops USING hash IS 'hashing consistent with =';
COMMENT ON OPERATOR FAMILY currency_amount_hash_ops USING hash IS 'hashing consistent with =';
