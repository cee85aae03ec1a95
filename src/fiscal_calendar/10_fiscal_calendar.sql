/*
 * 10_fiscal_calendar.sql
 *		The fiscal_calendar type (fiscal_calendar.c): when a fiscal year starts
 *		and how it is named, 4 bytes by value; input, output, comparison, hashing
 *		and the fields of a calendar.
 */

CREATE TYPE fiscal_calendar;

CREATE FUNCTION fiscal_calendar_in(cstring) RETURNS fiscal_calendar
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fiscal_calendar_out(fiscal_calendar) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fiscal_calendar_recv(internal) RETURNS fiscal_calendar
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fiscal_calendar_send(fiscal_calendar) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fiscal_calendar (
	INPUT = fiscal_calendar_in,
	OUTPUT = fiscal_calendar_out,
	RECEIVE = fiscal_calendar_recv,
	SEND = fiscal_calendar_send,
	INTERNALLENGTH = 4,
	PASSEDBYVALUE,
	ALIGNMENT = int4,
	STORAGE = plain
);
COMMENT ON TYPE fiscal_calendar IS
	'a fiscal calendar: start month and day, naming by start or end year, label style';
COMMENT ON FUNCTION fiscal_calendar_in(cstring) IS 'fiscal_calendar text input: a built-in name or MM-DD/naming/style';
COMMENT ON FUNCTION fiscal_calendar_out(fiscal_calendar) IS 'fiscal_calendar text output';
COMMENT ON FUNCTION fiscal_calendar_recv(internal) IS 'fiscal_calendar binary input, validated';
COMMENT ON FUNCTION fiscal_calendar_send(fiscal_calendar) IS 'fiscal_calendar binary output';

CREATE FUNCTION fiscal_calendar(month integer, day integer, naming text, label_style text DEFAULT 'fy')
	RETURNS fiscal_calendar
	AS 'MODULE_PATHNAME', 'fiscal_calendar_new' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fiscal_calendar(integer, integer, text, text) IS
	'a fiscal calendar whose years start on the given month and day, named by the year they start or end in (start/end), labelled plain, fy, jfy or split';

CREATE FUNCTION fiscal_calendar_eq(fiscal_calendar, fiscal_calendar) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fiscal_calendar_ne(fiscal_calendar, fiscal_calendar) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_eq(fiscal_calendar, fiscal_calendar) IS 'implementation of = for fiscal_calendar';
COMMENT ON FUNCTION fiscal_calendar_ne(fiscal_calendar, fiscal_calendar) IS 'implementation of <> for fiscal_calendar';
CREATE OPERATOR = (
	LEFTARG = fiscal_calendar, RIGHTARG = fiscal_calendar, FUNCTION = fiscal_calendar_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (
	LEFTARG = fiscal_calendar, RIGHTARG = fiscal_calendar, FUNCTION = fiscal_calendar_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR = (fiscal_calendar, fiscal_calendar) IS 'same start, naming and label style';
COMMENT ON OPERATOR <> (fiscal_calendar, fiscal_calendar) IS 'different start, naming or label style';

CREATE FUNCTION fiscal_calendar_cmp(fiscal_calendar, fiscal_calendar) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fiscal_calendar_hash(fiscal_calendar) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_cmp(fiscal_calendar, fiscal_calendar) IS 'btree order of calendars: start month, start day, naming, label style';
CREATE FUNCTION fiscal_calendar_hash_extended(fiscal_calendar, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_hash(fiscal_calendar) IS 'hash of a fiscal calendar';
COMMENT ON FUNCTION fiscal_calendar_hash_extended(fiscal_calendar, bigint) IS 'seeded 64-bit hash of a fiscal calendar';
CREATE FUNCTION fiscal_calendar_lt(fiscal_calendar, fiscal_calendar) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_lt(fiscal_calendar, fiscal_calendar) IS 'implementation of < for fiscal_calendar';
CREATE OPERATOR < (
	LEFTARG = fiscal_calendar, RIGHTARG = fiscal_calendar, FUNCTION = fiscal_calendar_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (fiscal_calendar, fiscal_calendar) IS 'starts earlier in the year (then by naming and label style)';
CREATE FUNCTION fiscal_calendar_le(fiscal_calendar, fiscal_calendar) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_le(fiscal_calendar, fiscal_calendar) IS 'implementation of <= for fiscal_calendar';
CREATE OPERATOR <= (
	LEFTARG = fiscal_calendar, RIGHTARG = fiscal_calendar, FUNCTION = fiscal_calendar_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (fiscal_calendar, fiscal_calendar) IS 'less than or equal';
CREATE FUNCTION fiscal_calendar_gt(fiscal_calendar, fiscal_calendar) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_gt(fiscal_calendar, fiscal_calendar) IS 'implementation of > for fiscal_calendar';
CREATE OPERATOR > (
	LEFTARG = fiscal_calendar, RIGHTARG = fiscal_calendar, FUNCTION = fiscal_calendar_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (fiscal_calendar, fiscal_calendar) IS 'starts later in the year (then by naming and label style)';
CREATE FUNCTION fiscal_calendar_ge(fiscal_calendar, fiscal_calendar) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fiscal_calendar_ge(fiscal_calendar, fiscal_calendar) IS 'implementation of >= for fiscal_calendar';
CREATE OPERATOR >= (
	LEFTARG = fiscal_calendar, RIGHTARG = fiscal_calendar, FUNCTION = fiscal_calendar_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (fiscal_calendar, fiscal_calendar) IS 'greater than or equal';
CREATE OPERATOR CLASS fiscal_calendar_ops DEFAULT FOR TYPE fiscal_calendar USING btree AS
	OPERATOR 1 <,
	OPERATOR 2 <=,
	OPERATOR 3 =,
	OPERATOR 4 >=,
	OPERATOR 5 >,
	FUNCTION 1 fiscal_calendar_cmp(fiscal_calendar, fiscal_calendar);
COMMENT ON OPERATOR CLASS fiscal_calendar_ops USING btree IS 'order of fiscal calendars by start month and day (for grouping and sorting)';
CREATE OPERATOR CLASS fiscal_calendar_ops DEFAULT FOR TYPE fiscal_calendar USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 fiscal_calendar_hash(fiscal_calendar),
	FUNCTION 2 fiscal_calendar_hash_extended(fiscal_calendar, bigint);
COMMENT ON OPERATOR CLASS fiscal_calendar_ops USING hash IS 'hashing of fiscal calendars';

-- The fields of a calendar, named for what they are of: a bare start_month
-- or naming says nothing of which start or which name.
CREATE FUNCTION fiscal_year_start_month(fiscal_calendar) RETURNS integer
	AS 'MODULE_PATHNAME', 'fiscal_calendar_start_month' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fiscal_year_start_day(fiscal_calendar) RETURNS integer
	AS 'MODULE_PATHNAME', 'fiscal_calendar_start_day' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fiscal_year_naming(fiscal_calendar) RETURNS text
	AS 'MODULE_PATHNAME', 'fiscal_calendar_naming' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fiscal_label_style(fiscal_calendar) RETURNS text
	AS 'MODULE_PATHNAME', 'fiscal_calendar_label_style' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fiscal_year_start_month(fiscal_calendar) IS 'month the fiscal year starts';
COMMENT ON FUNCTION fiscal_year_start_day(fiscal_calendar) IS 'day of the month the fiscal year starts';
COMMENT ON FUNCTION fiscal_year_naming(fiscal_calendar) IS 'start or end: whether a fiscal year is named by the calendar year it starts or ends in';
COMMENT ON FUNCTION fiscal_label_style(fiscal_calendar) IS 'plain, fy, jfy or split: how fiscal years are labelled';

-- the 0.1.0 names, kept for the queries written against them (README,
-- "Deprecated names"); inlined, so they cost nothing
CREATE FUNCTION start_month(fiscal_calendar) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_year_start_month($1);
END;
CREATE FUNCTION start_day(fiscal_calendar) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_year_start_day($1);
END;
CREATE FUNCTION naming(fiscal_calendar) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_year_naming($1);
END;
CREATE FUNCTION label_style(fiscal_calendar) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_label_style($1);
END;
COMMENT ON FUNCTION start_month(fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_year_start_month(fiscal_calendar)';
COMMENT ON FUNCTION start_day(fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_year_start_day(fiscal_calendar)';
COMMENT ON FUNCTION naming(fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_year_naming(fiscal_calendar)';
COMMENT ON FUNCTION label_style(fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_label_style(fiscal_calendar)';
