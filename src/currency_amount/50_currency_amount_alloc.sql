/*
 * 50_currency_amount_alloc.sql
 *		allocate(amount, weights) (currency_amount_alloc.c): an amount split by
 *		weights, exactly (largest remainder).
 */

CREATE FUNCTION allocate(currency_amount, weights numeric[]) RETURNS currency_amount[]
	AS 'MODULE_PATHNAME', 'currency_amount_allocate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION allocate(currency_amount, numeric[]) IS
	'the amount split into parts proportional to the weights that sum exactly to it (largest remainder; ties to the earlier part)';
