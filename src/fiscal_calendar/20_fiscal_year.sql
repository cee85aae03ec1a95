/*
 * 20_fiscal_year.sql
 *		Fiscal year arithmetic (fiscal_year.c): the year a date falls in, the
 *		period of a year.
 */

CREATE FUNCTION fiscal_year(date, fiscal_calendar) RETURNS integer
	AS 'MODULE_PATHNAME', 'fiscal_year_of_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fiscal_year(date, fiscal_calendar) IS 'the fiscal year the date falls in';
CREATE FUNCTION fiscal_year_period(integer, fiscal_calendar) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fiscal_year_period(integer, fiscal_calendar) IS 'the period of a fiscal year';
