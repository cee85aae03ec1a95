/*
 * 30_fiscal_label.sql
 *		Fiscal labels written (fiscal_label.c): the label of a year, of a period.
 *		(Labels read are agreement_period input: period_input.c.)
 */

CREATE FUNCTION fiscal_year_label(integer, fiscal_calendar) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fiscal_year_label(integer, fiscal_calendar) IS 'the label of a fiscal year (JFY2021, FY2021, 2021-22, 2021)';
CREATE FUNCTION fiscal_label(agreement_period, fiscal_calendar) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fiscal_label(agreement_period, fiscal_calendar) IS
	'fiscal-year labels (JFY2016-JFY2020) when the period is whole fiscal years, else first..last dates';
