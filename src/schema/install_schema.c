/*
 * install_schema.c
 *		The cost-sharing schema's SQL, for install_schema().
 *
 * install_schema() (src/schema/90_install_schema.sql) creates the schema's
 * tables, views, functions, triggers, comments and grants as ordinary
 * objects in a schema the user names, so that a tool that must own them
 * (Citus, which rebuilds the views over a table it distributes) can.  The
 * SQL it runs is the SQL of src/schema/ that CREATE EXTENSION runs, rewritten
 * by the Makefile into schema_script.inc (see the Makefile for the rewrite) and
 * compiled in here: one source, and the library always carries the schema of
 * its own version.
 */
#include "postgres.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "schema_script.inc"

PG_FUNCTION_INFO_V1(costshare_schema_script);

/*
 * schema_script(version): the script, with @target@ and @costshare@ where
 * the target's and the extension's quoted schema names go.  The version is
 * the extension's installed version: the script creates objects that use
 * the extension's functions and types of its own release, so a library
 * newer than the extension's SQL objects (before ALTER EXTENSION UPDATE)
 * refuses rather than create a schema the SQL objects cannot serve.
 */
Datum
costshare_schema_script(PG_FUNCTION_ARGS)
{
	char	   *version = text_to_cstring(PG_GETARG_TEXT_PP(0));

	if (strcmp(version, COSTSHARE_VERSION) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("costshare's library is version %s but the extension in this database is version %s",
						COSTSHARE_VERSION, version),
				 errhint("Update the extension first: ALTER EXTENSION costshare UPDATE.")));

	PG_RETURN_TEXT_P(cstring_to_text_with_len(schema_script, sizeof(schema_script) - 1));
}
