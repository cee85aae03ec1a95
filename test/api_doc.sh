#!/usr/bin/env bash
# test/api_doc.sh: doc/api.md lists the whole public API of a fresh install.
#
# Every function and aggregate in the extension's schema (with its argument
# list as \df shows it), every operator (name and operand types), every type,
# cast and view must have its line in doc/api.md, and every function whose
# comment says it is deprecated must be in its table of deprecated names.
# Type support functions (input, output, binary I/O, operator, aggregate and
# operator class support) and trigger functions are not part of the API.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's throwaway
# cluster).  Prints "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }
db=costshare_api_doc
doc=doc/api.md

dropdb --if-exists "$db" >/dev/null 2>&1
if ! { createdb "$db" && q "$db" -c 'CREATE EXTENSION costshare CASCADE'; }; then
	not_ok "install"; echo "$passed passed, $failed failed"; exit 1
fi

# one line per object: KIND<tab>the text doc/api.md must hold
api=$(q "$db" <<'SQL'
WITH ext AS (
	SELECT objid, classid FROM pg_depend
	WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
	  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
),
support AS (
	SELECT oprcode AS oid FROM pg_operator UNION SELECT oprrest FROM pg_operator
	UNION SELECT oprjoin FROM pg_operator
	UNION SELECT typinput FROM pg_type UNION SELECT typoutput FROM pg_type
	UNION SELECT typreceive FROM pg_type UNION SELECT typsend FROM pg_type
	UNION SELECT aggtransfn FROM pg_aggregate UNION SELECT aggfinalfn FROM pg_aggregate
	UNION SELECT aggcombinefn FROM pg_aggregate UNION SELECT aggserialfn FROM pg_aggregate
	UNION SELECT aggdeserialfn FROM pg_aggregate UNION SELECT aggmtransfn FROM pg_aggregate
	UNION SELECT aggminvtransfn FROM pg_aggregate UNION SELECT aggmfinalfn FROM pg_aggregate
	UNION SELECT amproc FROM pg_amproc
)
SELECT 'function' || E'\t' || '| `' || p.proname || '(' || pg_get_function_arguments(p.oid) || ')` |'
FROM pg_proc p JOIN ext ON ext.objid = p.oid AND ext.classid = 'pg_proc'::regclass
WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
  AND p.oid NOT IN (SELECT oid FROM support WHERE oid IS NOT NULL)
  AND p.prorettype NOT IN ('trigger'::regtype, 'internal'::regtype)
UNION ALL
SELECT 'deprecated' || E'\t' || '| `' || replace(p.oid::regprocedure::text, ',', ', ') || '` |'
FROM pg_proc p JOIN ext ON ext.objid = p.oid AND ext.classid = 'pg_proc'::regclass
WHERE obj_description(p.oid, 'pg_proc') LIKE 'deprecated%'
UNION ALL
SELECT 'aggregate' || E'\t' || '| `' || p.proname || '(' || pg_get_function_arguments(p.oid) || ')` |'
FROM pg_proc p JOIN ext ON ext.objid = p.oid AND ext.classid = 'pg_proc'::regclass
WHERE p.prokind = 'a'
UNION ALL
SELECT 'operator' || E'\t' || '| `' || replace(o.oprname, '|', '\|') || '` | `'
	|| coalesce(format_type(o.oprleft, NULL), '-') || '` | `' || format_type(o.oprright, NULL) || '` |'
FROM pg_operator o JOIN ext ON ext.objid = o.oid AND ext.classid = 'pg_operator'::regclass
UNION ALL
SELECT 'type' || E'\t' || '| `' || format_type(t.oid, NULL) || '` |'
FROM pg_type t JOIN ext ON ext.objid = t.oid AND ext.classid = 'pg_type'::regclass
WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')
  -- not the row types of the private helpers (as for functions, public only)
  AND t.typnamespace <> 'costshare_internal'::regnamespace
  -- not the arrays of types, nor the row types of tables and views
  AND t.typcategory <> 'A'
  AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
UNION ALL
SELECT 'cast' || E'\t' || '| `' || format_type(c.castsource, NULL) || '` | `' || format_type(c.casttarget, NULL) || '` |'
FROM pg_cast c JOIN ext ON ext.objid = c.oid AND ext.classid = 'pg_cast'::regclass
UNION ALL
SELECT 'view' || E'\t' || '| `' || c.relname || '` |'
FROM pg_class c JOIN ext ON ext.objid = c.oid AND ext.classid = 'pg_class'::regclass
WHERE c.relkind = 'v' AND c.relnamespace <> 'costshare_internal'::regnamespace
ORDER BY 1
SQL
)
dropdb "$db" >/dev/null 2>&1
[ -n "$api" ] || not_ok "the catalog lists the API"

for kind in function deprecated aggregate operator type cast view; do
	lines=$(printf '%s\n' "$api" | awk -F '\t' -v k="$kind" '$1 == k { print $2 }')
	total=$(printf '%s\n' "$lines" | grep -c .)
	missing=$(printf '%s\n' "$lines" | while IFS= read -r line; do
		[ -n "$line" ] && ! grep -qF -- "$line" "$doc" && printf '%s\n' "$line"
	done)
	if [ -z "$missing" ] && [ "$total" -gt 0 ]; then
		ok "$doc lists every $kind ($total)"
	else
		not_ok "$doc lists every $kind ($total)"
		printf '  missing: %s\n' "$missing" | head -n 20
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
