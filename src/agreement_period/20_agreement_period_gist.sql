/*
 * 20_agreement_period_gist.sql
 *		GiST operator class for agreement_period (agreement_period_gist.c):
 *		index-only scans and exclusion constraints (EXCLUDE USING gist (host WITH =,
 *		period WITH &&)).
 */

CREATE FUNCTION gagreement_period_consistent(internal, agreement_period, smallint, oid, internal)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gagreement_period_union(internal, internal) RETURNS agreement_period
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gagreement_period_penalty(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gagreement_period_picksplit(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gagreement_period_same(agreement_period, agreement_period, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION gagreement_period_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION gagreement_period_sortsupport(internal) IS 'GiST support: sort order for building an index on a filled table (by centre)';
COMMENT ON FUNCTION gagreement_period_consistent(internal, agreement_period, smallint, oid, internal) IS 'GiST support: consistent';
COMMENT ON FUNCTION gagreement_period_union(internal, internal) IS 'GiST support: union (smallest covering period)';
COMMENT ON FUNCTION gagreement_period_penalty(internal, internal, internal) IS 'GiST support: penalty (days the cover grows by)';
COMMENT ON FUNCTION gagreement_period_picksplit(internal, internal) IS 'GiST support: picksplit (sort by centre, cut in half)';
COMMENT ON FUNCTION gagreement_period_same(agreement_period, agreement_period, internal) IS 'GiST support: same';

CREATE OPERATOR CLASS agreement_period_gist_ops
	DEFAULT FOR TYPE agreement_period USING gist AS
	OPERATOR 1 << (agreement_period, agreement_period),
	OPERATOR 2 &< (agreement_period, agreement_period),
	OPERATOR 3 && (agreement_period, agreement_period),
	OPERATOR 4 &> (agreement_period, agreement_period),
	OPERATOR 5 >> (agreement_period, agreement_period),
	OPERATOR 17 -|- (agreement_period, agreement_period),
	OPERATOR 7 @> (agreement_period, agreement_period),
	OPERATOR 8 <@ (agreement_period, agreement_period),
	OPERATOR 16 @> (agreement_period, date),
	OPERATOR 18 = (agreement_period, agreement_period),
	FUNCTION 1 gagreement_period_consistent(internal, agreement_period, smallint, oid, internal),
	FUNCTION 2 gagreement_period_union(internal, internal),
	FUNCTION 5 gagreement_period_penalty(internal, internal, internal),
	FUNCTION 6 gagreement_period_picksplit(internal, internal),
	FUNCTION 7 gagreement_period_same(agreement_period, agreement_period, internal),
	FUNCTION 11 gagreement_period_sortsupport(internal);
COMMENT ON OPERATOR CLASS agreement_period_gist_ops USING gist IS
	'GiST index on agreement periods: overlap, containment (of periods and dates), adjacency, position';
