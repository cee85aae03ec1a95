/*
 * 30_currency_amount_format.sql
 *		format_amount (currency_amount_format.c): an amount written for people.
 */

-- ASCII only here: the install script is read in the database's encoding.
CREATE FUNCTION format_amount(currency_amount, style text) RETURNS text
	AS 'MODULE_PATHNAME', 'currency_amount_format' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION format_amount(currency_amount, text) IS
	'the amount written for people, for display only: style code (canonical), symbol ($1,910,000,000.00), compact ($1.91B, rounded), words (946.5 billion yen), kanji (East Asian units of the currency''s country), japanese, korean or chinese (that language''s units and currency names)';
