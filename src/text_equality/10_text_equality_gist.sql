/*
 * 10_text_equality_gist.sql
 *		GiST operator class for text equality, by hash (text_equality_gist.c):
 *		a text key beside a period in one GiST index, for example
 *		USING gist (agreement costshare_internal.text_equality_ops, period).
 *		Not the default for text: it answers only =, and an index built with
 *		it is chosen by name.
 */

CREATE FUNCTION costshare_internal.gtext_equality_consistent(internal, text, smallint, oid, internal)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_compress(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_union(internal, internal) RETURNS int8
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_penalty(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_picksplit(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_same(int8, int8, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION costshare_internal.gtext_equality_consistent(internal, text, smallint, oid, internal) IS
	'GiST support: consistent (the query''s hash within the key''s; matches are rechecked)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_compress(internal) IS
	'GiST support: compress (a text to its hash, that of hashtext under the column''s collation)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_union(internal, internal) IS
	'GiST support: union (the interval of the hashes)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_penalty(internal, internal, internal) IS
	'GiST support: penalty (how far the interval widens)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_picksplit(internal, internal) IS
	'GiST support: picksplit (sort by hash, cut between two keys nearest the middle)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_same(int8, int8, internal) IS
	'GiST support: same';
COMMENT ON FUNCTION costshare_internal.gtext_equality_sortsupport(internal) IS
	'GiST support: sort order for building an index on a filled table (by hash)';

CREATE OPERATOR CLASS costshare_internal.text_equality_ops
	FOR TYPE text USING gist AS
	OPERATOR 3 pg_catalog.= (text, text),
	FUNCTION 1 costshare_internal.gtext_equality_consistent(internal, text, smallint, oid, internal),
	FUNCTION 2 costshare_internal.gtext_equality_union(internal, internal),
	FUNCTION 3 costshare_internal.gtext_equality_compress(internal),
	FUNCTION 5 costshare_internal.gtext_equality_penalty(internal, internal, internal),
	FUNCTION 6 costshare_internal.gtext_equality_picksplit(internal, internal),
	FUNCTION 7 costshare_internal.gtext_equality_same(int8, int8, internal),
	FUNCTION 11 costshare_internal.gtext_equality_sortsupport(internal),
	STORAGE int8;
COMMENT ON OPERATOR CLASS costshare_internal.text_equality_ops USING gist IS
	'GiST index on text for = only, by hash: a text key beside a period in one index';
