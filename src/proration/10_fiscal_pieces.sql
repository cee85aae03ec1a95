/*
 * 10_fiscal_pieces.sql
 *		fiscal_years and fiscal_pieces (fiscal_pieces.c): a period cut at the
 *		fiscal year boundaries of one calendar, or of several at once.
 */

/*
 * fiscal_years returns a named row type, not an anonymous record: the views
 * read it, and a row of a named type is one every server of a cluster (a
 * Citus worker, say) can read back; the same holds for prorate's rows.
 */
CREATE TYPE fiscal_year_part AS (
	fiscal_year integer,
	label text,
	part agreement_period,
	days integer,
	whole boolean
);
COMMENT ON TYPE fiscal_year_part IS
	'one fiscal year a period touches (fiscal_years): the year, its label, the part of the period inside it, its days, whether the year is covered whole';

CREATE FUNCTION fiscal_years(agreement_period, fiscal_calendar)
	RETURNS SETOF fiscal_year_part
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION fiscal_years(agreement_period, fiscal_calendar) IS
	'one row per fiscal year the period touches: the year, its label, the part of the period inside it, its days, whether the year is covered whole';

CREATE FUNCTION fiscal_pieces(agreement_period, fiscal_calendar[],
	OUT part agreement_period, OUT days integer, OUT fiscal_years integer[], OUT labels text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION fiscal_pieces(agreement_period, fiscal_calendar[]) IS
	'the period cut at every fiscal year start of every calendar given; each piece with its fiscal year and label in each calendar, in array order';
