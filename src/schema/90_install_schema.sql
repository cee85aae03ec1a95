/*
 * install_schema(target): the cost-sharing schema as ordinary objects.
 *
 * CREATE EXTENSION makes the schema's tables and views members of the
 * extension, which a tool that must drop and re-create them cannot do:
 * Citus rebuilds the views over a table it turns into a reference or
 * distributed table, and refuses the extension's (doc/citus.md).  This
 * function creates the same tables, views, functions, triggers, comments and
 * grants, from the same SQL (the fragments before this one, compiled into
 * the library; the Makefile says how they are rewritten), in a schema the
 * caller names and owns, as ordinary objects: the caller's, dumped as
 * user objects, not removed by DROP EXTENSION, and not changed by ALTER
 * EXTENSION UPDATE.  Two things differ from the extension's own schema:
 * the trigger functions live in the target schema beside their tables, and
 * the guard of the installed cost categories is left out (those rows are
 * ordinary rows of the target, dumped and restored with the others).  The
 * types, operators and functions stay the extension's.
 */
CREATE FUNCTION costshare_internal.schema_script(extension_version text)
RETURNS text
	AS 'MODULE_PATHNAME', 'costshare_schema_script' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION costshare_internal.schema_script(text) IS
	'The cost-sharing schema''s SQL that install_schema runs, with placeholders for the schema names';

CREATE FUNCTION @extschema@.install_schema(target regnamespace)
RETURNS void
LANGUAGE plpgsql
STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ext_schema	name;
	ext_version	text;
	target_name	name;
	script		text;
BEGIN
	SELECT n.nspname, e.extversion INTO ext_schema, ext_version
	FROM pg_catalog.pg_extension e
		JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	WHERE e.extname OPERATOR(pg_catalog.=) 'costshare';
	SELECT n.nspname INTO target_name
	FROM pg_catalog.pg_namespace n WHERE n.oid OPERATOR(pg_catalog.=) target;
	IF target_name IS NULL THEN
		RAISE EXCEPTION 'schema with OID % does not exist', target::oid
			USING ERRCODE = 'invalid_schema_name',
				HINT = 'Create the schema first (CREATE SCHEMA name), then call install_schema(''name'').';
	END IF;
	IF target_name OPERATOR(pg_catalog.=) ANY (ARRAY[ext_schema, 'costshare_internal',
			'information_schema']::name[])
		OR target_name OPERATOR(pg_catalog.~~) 'pg\_%' THEN
		RAISE EXCEPTION 'cannot install the cost-sharing schema into schema "%"', target_name
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The extension''s own schemas and the system schemas are not targets.',
				HINT = 'Create a schema of your own (CREATE SCHEMA name) and install into it.';
	END IF;
	-- the views call helpers of the private schema by name, as the
	-- extension's own do
	IF NOT pg_catalog.has_schema_privilege('costshare_internal', 'USAGE') THEN
		RAISE EXCEPTION 'permission denied for schema costshare_internal'
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'The views install_schema creates call costshare''s private helpers, as the extension''s own views do.',
				HINT = 'Run install_schema as a superuser, or grant USAGE ON SCHEMA costshare_internal to the role that runs it.';
	END IF;
	-- the target's name goes where @target@ is, the extension's where
	-- @costshare@ is, each quoted, in one pass (neither name is looked for
	-- in the other)
	SELECT pg_catalog.array_to_string(ARRAY(
			SELECT pg_catalog.replace(piece, '@costshare@', pg_catalog.quote_ident(ext_schema))
			FROM pg_catalog.unnest(pg_catalog.string_to_array(
				costshare_internal.schema_script(ext_version), '@target@')) WITH ORDINALITY AS p (piece, i)
			ORDER BY i),
		pg_catalog.quote_ident(target_name))
	INTO script;
	-- As under CREATE EXTENSION, where the search path is the extension's
	-- schema: the script names every object it uses with its schema, but an
	-- operator between two of the extension's types, or a type's default
	-- operator class, is found through the path (the extension's, after the
	-- target's own, so that nothing can bind to the extension's tables).
	PERFORM pg_catalog.set_config('search_path',
		pg_catalog.quote_ident(target_name) OPERATOR(pg_catalog.||) ', '
			OPERATOR(pg_catalog.||) pg_catalog.quote_ident(ext_schema) OPERATOR(pg_catalog.||) ', pg_temp',
		true);
	EXECUTE script;
END
$$;
COMMENT ON FUNCTION @extschema@.install_schema(regnamespace) IS
	'Creates the cost-sharing tables, views, functions and triggers as ordinary objects in the given schema (for Citus)';
