
-- ---------------------------------------------------------------- format_amount

CREATE FUNCTION format_amount(currency_amount, style text) RETURNS text
	AS 'MODULE_PATHNAME', 'currency_amount_format' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION format_amount(currency_amount, text) IS
	'the amount written for people in a style: code (canonical), symbol (¥946,500,000,000), compact (¥946.5B, lossy), words (946.5 billion yen) or kanji (9465億円); display only';
