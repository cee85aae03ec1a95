/*
 * 10_agreement_period.sql
 *		The agreement_period type (agreement_period.c): a half-open, never empty
 *		span of dates, 8 bytes by value; operators, casts, accessors.  The C of its
 *		text input, agreement_period_in, is one room up
 *		(fiscal_calendar/period_input.c: dates, then fiscal labels); SQL names
 *		the symbol only.
 */

CREATE TYPE agreement_period;

CREATE FUNCTION agreement_period_in(cstring) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_out(agreement_period) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_recv(internal) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_send(agreement_period) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE agreement_period (
	INPUT = agreement_period_in,
	OUTPUT = agreement_period_out,
	RECEIVE = agreement_period_recv,
	SEND = agreement_period_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE agreement_period IS
	'half-open span of dates [start,end), never empty, infinite ends allowed; 8 bytes, passed by value';
COMMENT ON FUNCTION agreement_period_in(cstring) IS 'agreement_period text input';
COMMENT ON FUNCTION agreement_period_out(agreement_period) IS 'agreement_period text output, canonical [start,end)';
COMMENT ON FUNCTION agreement_period_recv(internal) IS 'agreement_period binary input, validated';
COMMENT ON FUNCTION agreement_period_send(agreement_period) IS 'agreement_period binary output';

CREATE FUNCTION agreement_period(date, date) RETURNS agreement_period
	AS 'MODULE_PATHNAME', 'agreement_period_new' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION agreement_period(date, date) IS
	'the period from the first date (included) to the second (excluded)';

-- casts to and from daterange
CREATE FUNCTION agreement_period(daterange) RETURNS agreement_period
	AS 'MODULE_PATHNAME', 'agreement_period_from_daterange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION agreement_period(daterange) IS
	'the period of a non-empty daterange; unbounded or infinite ends become infinite ends';
CREATE FUNCTION daterange(agreement_period) RETURNS daterange
	AS 'MODULE_PATHNAME', 'agreement_period_to_daterange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION daterange(agreement_period) IS
	'the period as a daterange; infinite ends become unbounded ends';
CREATE CAST (daterange AS agreement_period) WITH FUNCTION agreement_period(daterange);
COMMENT ON CAST (daterange AS agreement_period) IS 'an empty daterange is an error';
CREATE CAST (agreement_period AS daterange) WITH FUNCTION daterange(agreement_period);
COMMENT ON CAST (agreement_period AS daterange) IS 'infinite ends become unbounded ends';

-- accessors
CREATE FUNCTION lower(agreement_period) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_period_lower' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION lower(agreement_period) IS 'first day of the period, or -infinity';
CREATE FUNCTION upper(agreement_period) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_period_upper' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION upper(agreement_period) IS 'day after the last day of the period (exclusive end), or infinity';
CREATE FUNCTION last_day(agreement_period) RETURNS date
	AS 'MODULE_PATHNAME', 'agreement_period_last_day' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION last_day(agreement_period) IS 'last day inside the period (inclusive end), or infinity';
CREATE FUNCTION days(agreement_period) RETURNS integer
	AS 'MODULE_PATHNAME', 'agreement_period_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION days(agreement_period) IS 'number of days in the period; an error for an infinite period';
CREATE FUNCTION isfinite(agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME', 'agreement_period_is_finite_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION isfinite(agreement_period) IS 'whether both ends of the period are finite';

-- btree order: start, then end
CREATE FUNCTION agreement_period_eq(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_ne(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_lt(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_le(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_gt(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_ge(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_cmp(agreement_period, agreement_period) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_hash(agreement_period) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_hash_extended(agreement_period, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION agreement_period_eq(agreement_period, agreement_period) IS 'implementation of = for agreement_period';
COMMENT ON FUNCTION agreement_period_ne(agreement_period, agreement_period) IS 'implementation of <> for agreement_period';
COMMENT ON FUNCTION agreement_period_lt(agreement_period, agreement_period) IS 'implementation of < for agreement_period';
COMMENT ON FUNCTION agreement_period_le(agreement_period, agreement_period) IS 'implementation of <= for agreement_period';
COMMENT ON FUNCTION agreement_period_gt(agreement_period, agreement_period) IS 'implementation of > for agreement_period';
COMMENT ON FUNCTION agreement_period_ge(agreement_period, agreement_period) IS 'implementation of >= for agreement_period';
COMMENT ON FUNCTION agreement_period_cmp(agreement_period, agreement_period) IS 'btree comparison of agreement periods: start, then end';
CREATE FUNCTION agreement_period_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION agreement_period_sortsupport(internal) IS 'btree sort support for agreement_period';
COMMENT ON FUNCTION agreement_period_hash(agreement_period) IS 'hash of an agreement period';
COMMENT ON FUNCTION agreement_period_hash_extended(agreement_period, bigint) IS 'seeded 64-bit hash of an agreement period';

CREATE OPERATOR = (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR < (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR > (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR >= (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR = (agreement_period, agreement_period) IS 'same start and same end';
COMMENT ON OPERATOR <> (agreement_period, agreement_period) IS 'different start or end';
COMMENT ON OPERATOR < (agreement_period, agreement_period) IS 'earlier start, or same start and earlier end';
COMMENT ON OPERATOR <= (agreement_period, agreement_period) IS 'less than or equal, by start then end';
COMMENT ON OPERATOR > (agreement_period, agreement_period) IS 'later start, or same start and later end';
COMMENT ON OPERATOR >= (agreement_period, agreement_period) IS 'greater than or equal, by start then end';

CREATE OPERATOR CLASS agreement_period_ops
	DEFAULT FOR TYPE agreement_period USING btree AS
	OPERATOR 1 <,
	OPERATOR 2 <=,
	OPERATOR 3 =,
	OPERATOR 4 >=,
	OPERATOR 5 >,
	FUNCTION 1 agreement_period_cmp(agreement_period, agreement_period),
	FUNCTION 2 agreement_period_sortsupport(internal);
COMMENT ON OPERATOR CLASS agreement_period_ops USING btree IS 'order of agreement periods: start, then end';

CREATE OPERATOR CLASS agreement_period_ops
	DEFAULT FOR TYPE agreement_period USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 agreement_period_hash(agreement_period),
	FUNCTION 2 agreement_period_hash_extended(agreement_period, bigint);
COMMENT ON OPERATOR CLASS agreement_period_ops USING hash IS 'hashing of agreement periods';

CREATE FUNCTION agreement_period_smaller(agreement_period, agreement_period) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_larger(agreement_period, agreement_period) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION agreement_period_smaller(agreement_period, agreement_period) IS 'the earlier of two periods in btree order';
COMMENT ON FUNCTION agreement_period_larger(agreement_period, agreement_period) IS 'the later of two periods in btree order';
CREATE AGGREGATE min(agreement_period) (
	SFUNC = agreement_period_smaller, STYPE = agreement_period, SORTOP = <, COMBINEFUNC = agreement_period_smaller,
	PARALLEL = SAFE);
CREATE AGGREGATE max(agreement_period) (
	SFUNC = agreement_period_larger, STYPE = agreement_period, SORTOP = >, COMBINEFUNC = agreement_period_larger,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE min(agreement_period) IS 'the first period in btree order (start, then end)';
COMMENT ON AGGREGATE max(agreement_period) IS 'the last period in btree order (start, then end)';

-- range operators, with the meaning of the daterange operator of the same name
CREATE FUNCTION agreement_period_overlaps(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_contains(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_contained_by(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_contains_date(agreement_period, date) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_date_contained_by(date, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_adjacent(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_left(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_right(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_overleft(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_overright(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION agreement_period_union(agreement_period, agreement_period) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_intersect(agreement_period, agreement_period) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION agreement_period_overlaps(agreement_period, agreement_period) IS 'implementation of && for agreement_period';
COMMENT ON FUNCTION agreement_period_contains(agreement_period, agreement_period) IS 'implementation of @> for agreement_period';
COMMENT ON FUNCTION agreement_period_contained_by(agreement_period, agreement_period) IS 'implementation of <@ for agreement_period';
COMMENT ON FUNCTION agreement_period_contains_date(agreement_period, date) IS 'implementation of agreement_period @> date';
COMMENT ON FUNCTION agreement_period_date_contained_by(date, agreement_period) IS 'implementation of date <@ agreement_period';
COMMENT ON FUNCTION agreement_period_adjacent(agreement_period, agreement_period) IS 'implementation of -|- for agreement_period';
COMMENT ON FUNCTION agreement_period_left(agreement_period, agreement_period) IS 'implementation of << for agreement_period';
COMMENT ON FUNCTION agreement_period_right(agreement_period, agreement_period) IS 'implementation of >> for agreement_period';
COMMENT ON FUNCTION agreement_period_overleft(agreement_period, agreement_period) IS 'implementation of &< for agreement_period';
COMMENT ON FUNCTION agreement_period_overright(agreement_period, agreement_period) IS 'implementation of &> for agreement_period';
COMMENT ON FUNCTION agreement_period_union(agreement_period, agreement_period) IS 'implementation of + for agreement_period: an error unless the periods overlap or touch';
COMMENT ON FUNCTION agreement_period_intersect(agreement_period, agreement_period) IS 'implementation of * for agreement_period: NULL when the periods do not overlap';

-- selectivity of &&, @> and <@ from the column's statistics
-- (agreement_period_selfuncs.c): its common values and its histogram in btree
-- order, read as periods
CREATE FUNCTION agreement_period_overlaps_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_contains_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_contained_by_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_overlaps_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_contains_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION agreement_period_contained_by_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION agreement_period_overlaps_sel(internal, oid, internal, integer) IS 'restriction selectivity of && for agreement_period';
COMMENT ON FUNCTION agreement_period_contains_sel(internal, oid, internal, integer) IS 'restriction selectivity of @> for agreement_period';
COMMENT ON FUNCTION agreement_period_contained_by_sel(internal, oid, internal, integer) IS 'restriction selectivity of <@ for agreement_period';
COMMENT ON FUNCTION agreement_period_overlaps_joinsel(internal, oid, internal, smallint, internal) IS 'join selectivity of && for agreement_period';
COMMENT ON FUNCTION agreement_period_contains_joinsel(internal, oid, internal, smallint, internal) IS 'join selectivity of @> for agreement_period';
COMMENT ON FUNCTION agreement_period_contained_by_joinsel(internal, oid, internal, smallint, internal) IS 'join selectivity of <@ for agreement_period';

CREATE OPERATOR && (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_overlaps,
	COMMUTATOR = &&, RESTRICT = agreement_period_overlaps_sel, JOIN = agreement_period_overlaps_joinsel);

/*
 * && as a function call, for a join of rows to the periods of their own key
 * (burden items to their agreement's fiscal years): its estimate is made
 * given the key, where the operator's, multiplied by the key's, would expect
 * a fraction of the rows; a GiST index on either side still serves it
 * (agreement_period_selfuncs.c).
 */
CREATE FUNCTION agreement_period_overlaps_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION agreement_period_overlaps_support(internal) IS
	'planner support of costshare_internal.overlaps_within_key: a GiST index on either argument serves it as &&';
CREATE FUNCTION costshare_internal.overlaps_within_key(agreement_period, agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME', 'agreement_period_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	SUPPORT agreement_period_overlaps_support;
COMMENT ON FUNCTION costshare_internal.overlaps_within_key(agreement_period, agreement_period) IS
	'&& for a join of rows to the periods of their own key, estimated given the key rather than as independent of it';
CREATE OPERATOR @> (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_contains,
	COMMUTATOR = <@, RESTRICT = agreement_period_contains_sel, JOIN = agreement_period_contains_joinsel);
CREATE OPERATOR <@ (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_contained_by,
	COMMUTATOR = @>, RESTRICT = agreement_period_contained_by_sel, JOIN = agreement_period_contained_by_joinsel);
CREATE OPERATOR @> (
	LEFTARG = agreement_period, RIGHTARG = date, FUNCTION = agreement_period_contains_date,
	COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR <@ (
	LEFTARG = date, RIGHTARG = agreement_period, FUNCTION = agreement_period_date_contained_by,
	COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR -|- (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_adjacent,
	COMMUTATOR = -|-, RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR << (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_left,
	COMMUTATOR = >>, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR >> (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_right,
	COMMUTATOR = <<, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR &< (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_overleft,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR &> (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_overright,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR + (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_union,
	COMMUTATOR = +);
CREATE OPERATOR * (
	LEFTARG = agreement_period, RIGHTARG = agreement_period, FUNCTION = agreement_period_intersect,
	COMMUTATOR = *);
COMMENT ON OPERATOR && (agreement_period, agreement_period) IS 'the periods share at least one day';
COMMENT ON OPERATOR @> (agreement_period, agreement_period) IS 'the left period contains the right';
COMMENT ON OPERATOR <@ (agreement_period, agreement_period) IS 'the left period is contained by the right';
COMMENT ON OPERATOR @> (agreement_period, date) IS 'the period contains the date';
COMMENT ON OPERATOR <@ (date, agreement_period) IS 'the date is in the period';
COMMENT ON OPERATOR -|- (agreement_period, agreement_period) IS 'one period ends where the other starts';
COMMENT ON OPERATOR << (agreement_period, agreement_period) IS 'the left period ends before the right starts';
COMMENT ON OPERATOR >> (agreement_period, agreement_period) IS 'the left period starts after the right ends';
COMMENT ON OPERATOR &< (agreement_period, agreement_period) IS 'the left period does not extend past the end of the right';
COMMENT ON OPERATOR &> (agreement_period, agreement_period) IS 'the left period does not start before the right';
COMMENT ON OPERATOR + (agreement_period, agreement_period) IS 'union of overlapping or adjacent periods';
COMMENT ON OPERATOR * (agreement_period, agreement_period) IS 'intersection of periods; NULL when they do not overlap';
