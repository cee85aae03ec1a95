/*
 * 20_proration.sql
 *		Exact proration of an amount over fiscal years, and re-bucketing of a
 *		schedule kept in one calendar into another (proration.c: the split of a
 *		count of minor units and rebucketing; proration_amount.c: amounts;
 *		proration_support.c: the planner's row estimate).
 */

-- The public functions return a named row type (fiscal_year_share,
-- fiscal_year_share_minor_units) rather than an anonymous record, so that
-- clients, and Citus when it distributes a call, can name the row type.
-- The helpers they are built on live in the schema costshare_internal, on
-- which PUBLIC has no USAGE: they cannot be called by name, yet the SQL
-- functions and views bound to them when they were created call them for
-- anyone (schema USAGE is checked when a name is looked up, not when a
-- function runs).

CREATE TYPE fiscal_year_share AS (
	fiscal_year integer,
	part agreement_period,
	share currency_amount
);
COMMENT ON TYPE fiscal_year_share IS
	'one fiscal year''s share of an amount split over a period (prorate, rebucket): the year, the part of the period in it, the share';

CREATE TYPE fiscal_year_share_minor_units AS (
	fiscal_year integer,
	part agreement_period,
	share bigint
);
COMMENT ON TYPE fiscal_year_share_minor_units IS
	'one fiscal year''s share of a count of minor units split over a period (prorate_minor_units, rebucket_minor_units)';

/*
 * The planner's row estimate for the functions below: the number of fiscal
 * years a constant period touches, else the function's ROWS, which is what
 * a burden item or an agreement typically touches (see proration_support.c).
 */
CREATE FUNCTION proration_rows_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proration_rows_support(internal) IS
	'planner support: the number of fiscal years a constant period touches, as the row estimate of a split over fiscal years';

/*
 * prorate_minor_units() and prorate() are SQL functions the planner
 * inlines: in a LATERAL join over many amounts, the C function then runs
 * as a set-returning function in a target list, one row per call, instead
 * of filling a tuplestore per amount, which costs more than the split.  So
 * they are not STRICT (that would stop the inlining); the C function they
 * call is, and gives no rows for a NULL argument, as before.
 */
CREATE FUNCTION costshare_internal.prorate_minor_units_pieces(total bigint, period agreement_period,
	calendar fiscal_calendar, method text,
	OUT fiscal_year integer, OUT part agreement_period, OUT share bigint)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'allocate_minor_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	ROWS 2 SUPPORT proration_rows_support;
COMMENT ON FUNCTION costshare_internal.prorate_minor_units_pieces(bigint, agreement_period, fiscal_calendar, text) IS
	'the split of prorate_minor_units as one record per piece; call prorate_minor_units instead';

CREATE FUNCTION prorate_minor_units(total bigint, period agreement_period, calendar fiscal_calendar,
	method text DEFAULT 'days')
	RETURNS SETOF fiscal_year_share_minor_units
	LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 2 SUPPORT proration_rows_support
BEGIN ATOMIC
	SELECT (s.r).fiscal_year, (s.r).part, (s.r).share
	FROM (SELECT costshare_internal.prorate_minor_units_pieces(total, period, calendar, method) AS r) s;
END;
COMMENT ON FUNCTION prorate_minor_units(bigint, agreement_period, fiscal_calendar, text) IS
	'split an integer amount over the fiscal years of a period by days, equal (whole years alike) or months; the shares sum exactly to the amount';

/*
 * The 0.1.0 name, kept for the queries written against it.  Its body is the
 * one 0.1.0 shipped, bound to the helper prorate_minor_units uses: an
 * update keeps the 0.1.0 function (so that views built on it follow), and
 * the scripts never replace a body in place, so a fresh install
 * writes the same body, and both paths give the same function.
 */
CREATE FUNCTION allocate_minor_units(total bigint, period agreement_period, calendar fiscal_calendar,
	method text DEFAULT 'days',
	OUT fiscal_year integer, OUT part agreement_period, OUT share bigint)
	RETURNS SETOF record
	LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 2 SUPPORT proration_rows_support
BEGIN ATOMIC
	SELECT (s.r).fiscal_year, (s.r).part, (s.r).share
	FROM (SELECT costshare_internal.prorate_minor_units_pieces(total, period, calendar, method) AS r) s;
END;
COMMENT ON FUNCTION allocate_minor_units(bigint, agreement_period, fiscal_calendar, text) IS
	'deprecated since 0.2.0: use prorate_minor_units(bigint, agreement_period, fiscal_calendar, text)';

-- Re-bucketing: each source period's amount is split over the target
-- calendar's fiscal years by days, exactly; summing those shares per target
-- year is then exact in total and per source period.
CREATE FUNCTION rebucket_minor_units(amount bigint, source agreement_period, target fiscal_calendar)
	RETURNS SETOF fiscal_year_share_minor_units
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2 SUPPORT proration_rows_support
BEGIN ATOMIC
	SELECT a.fiscal_year, a.part, a.share
	FROM @extschema@.prorate_minor_units(amount, source, target, 'days') a;
END;
COMMENT ON FUNCTION rebucket_minor_units(bigint, agreement_period, fiscal_calendar) IS
	'one amount of a schedule kept in another calendar, split by days over the target calendar''s fiscal years (shares sum exactly)';

CREATE FUNCTION rebucket_minor_units(sources agreement_period[], amounts bigint[], target fiscal_calendar,
	OUT fiscal_year integer, OUT share bigint)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'rebucket_schedule_minor_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 6;
COMMENT ON FUNCTION rebucket_minor_units(agreement_period[], bigint[], fiscal_calendar) IS
	'a whole schedule (periods and amounts, for example one per JFY) re-bucketed into the target calendar''s fiscal years by days; the totals per target year sum exactly to the schedule''s total';

/*
 * prorate_pieces returns the named row type, not an anonymous record: the
 * views call it in the target list, and a value of an anonymous record type
 * cannot leave the server that made it (Citus ships such columns from the
 * shards and could not read them back).
 */
CREATE FUNCTION costshare_internal.prorate_pieces(amount currency_amount, period agreement_period,
	calendar fiscal_calendar, method text)
	RETURNS SETOF fiscal_year_share
	AS 'MODULE_PATHNAME', 'allocate_currency_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	ROWS 2 SUPPORT proration_rows_support;
COMMENT ON FUNCTION costshare_internal.prorate_pieces(currency_amount, agreement_period, fiscal_calendar, text) IS
	'the split of prorate as one record per piece; call prorate instead';

CREATE FUNCTION costshare_internal.prorate_fiscal_years(amount currency_amount, period agreement_period,
	calendar fiscal_calendar, method text)
	RETURNS SETOF integer
	AS 'MODULE_PATHNAME', 'allocate_fiscal_years' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	ROWS 2 SUPPORT proration_rows_support;
COMMENT ON FUNCTION costshare_internal.prorate_fiscal_years(currency_amount, agreement_period, fiscal_calendar, text) IS
	'the fiscal years prorate gives rows for, in order; call prorate instead';

CREATE FUNCTION costshare_internal.prorate_share(amount currency_amount, period agreement_period,
	calendar fiscal_calendar, method text, fiscal_year integer)
	RETURNS currency_amount
	AS 'MODULE_PATHNAME', 'allocate_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION costshare_internal.prorate_share(currency_amount, agreement_period, fiscal_calendar, text, integer) IS
	'the share prorate gives one fiscal year of the period; call prorate instead';

/*
 * The years one per call, then each year's part and share: no record is
 * built per row, and what the caller does not use is not computed.
 */
CREATE FUNCTION prorate(amount currency_amount, period agreement_period, calendar fiscal_calendar,
	method text DEFAULT 'days')
	RETURNS SETOF fiscal_year_share
	LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 2 SUPPORT proration_rows_support
BEGIN ATOMIC
	SELECT y.fy,
		   period OPERATOR(@extschema@.*) @extschema@.fiscal_year_period(y.fy, calendar),
		   costshare_internal.prorate_share(amount, period, calendar, method, y.fy)
	FROM (SELECT costshare_internal.prorate_fiscal_years(amount, period, calendar, method) AS fy) y;
END;
COMMENT ON FUNCTION prorate(currency_amount, agreement_period, fiscal_calendar, text) IS
	'split an amount of money over the fiscal years of a period by days, equal (whole years alike) or months; the shares sum exactly to the amount, in its currency';

-- The 0.1.0 name, with the body 0.1.0 shipped (see allocate_minor_units),
-- down to the name of its third column's expression.
CREATE FUNCTION allocate(amount currency_amount, period agreement_period, calendar fiscal_calendar,
	method text DEFAULT 'days',
	OUT fiscal_year integer, OUT part agreement_period, OUT share currency_amount)
	RETURNS SETOF record
	LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 2 SUPPORT proration_rows_support
BEGIN ATOMIC
	SELECT y.fy,
		   period OPERATOR(@extschema@.*) @extschema@.fiscal_year_period(y.fy, calendar),
		   costshare_internal.prorate_share(amount, period, calendar, method, y.fy) AS allocate_share
	FROM (SELECT costshare_internal.prorate_fiscal_years(amount, period, calendar, method) AS fy) y;
END;
COMMENT ON FUNCTION allocate(currency_amount, agreement_period, fiscal_calendar, text) IS
	'deprecated since 0.2.0: use prorate(currency_amount, agreement_period, fiscal_calendar, text)';

CREATE FUNCTION rebucket(amount currency_amount, source agreement_period, target fiscal_calendar)
	RETURNS SETOF fiscal_year_share
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2 SUPPORT proration_rows_support
BEGIN ATOMIC
	SELECT a.fiscal_year, a.part, a.share
	FROM @extschema@.prorate(amount, source, target, 'days') a;
END;
COMMENT ON FUNCTION rebucket(currency_amount, agreement_period, fiscal_calendar) IS
	'one amount of a schedule kept in another calendar, split by days over the target calendar''s fiscal years (shares sum exactly); sum the shares per target year to re-bucket a schedule';
