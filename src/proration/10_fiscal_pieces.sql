/*
 * 10_fiscal_pieces.sql
 *		fiscal_years and fiscal_pieces (fiscal_pieces.c): a period cut at the
 *		fiscal year boundaries of one calendar, or of several at once.
 */

CREATE FUNCTION fiscal_years(agreement_period, fiscal_calendar,
	OUT fiscal_year integer, OUT label text, OUT part agreement_period, OUT days integer, OUT whole boolean)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION fiscal_years(agreement_period, fiscal_calendar) IS
	'one row per fiscal year the period touches: the year, its label, the part of the period inside it, its days, whether the year is covered whole';

CREATE FUNCTION fiscal_pieces(agreement_period, fiscal_calendar[],
	OUT part agreement_period, OUT days integer, OUT fiscal_years integer[], OUT labels text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION fiscal_pieces(agreement_period, fiscal_calendar[]) IS
	'the period cut at every fiscal year start of every calendar given; each piece with its fiscal year and label in each calendar, in array order';
