#!/usr/bin/env bash
# test/install_schema.sh: install_schema(target) creates the cost-sharing
# schema as ordinary objects of a schema the user names, the same schema as
# the extension's own: the same tables and views with the same columns, the
# same triggers (but the installed categories' guard), and with the sample
# data loaded into both, every view gives the same rows.  It is refused for
# the extension's own schemas and for a library of another version, and the
# installed copy survives pg_dump and restore.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's throwaway
# cluster).  Prints "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
db=costshare_install_schema
db2=costshare_install_schema_restored
dumpfile=$(mktemp "${TMPDIR:-/tmp}/costshare-install-schema.XXXXXX")
trap 'rm -f "$dumpfile"' EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }
check() {  # check NAME GOT EXPECTED
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; printf '  expected: %s\n  got:      %s\n' "$3" "$2"; fi
}
# sqlstate DB SQL: the SQLSTATE the statement fails with, or "none"
sqlstate() {
	local out
	out=$(psql -X -q -At -d "$1" -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -c "$2" 2>&1) && { echo none; return; }
	sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p' <<<"$out" | head -n 1
}

for d in "$db" "$db2"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
if createdb "$db" && q "$db" -c 'CREATE EXTENSION costshare CASCADE' -c 'CREATE SCHEMA cs' &&
	q "$db" -c "SELECT install_schema('cs')" >/dev/null; then
	ok "install_schema('cs') in a fresh database"
else
	not_ok "install_schema('cs') in a fresh database"
	echo "$passed passed, $failed failed"
	exit 1
fi
ext=$(q "$db" -c "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'costshare'")

# -- the objects: ordinary ones, the same tables, views and columns
check "no object of schema cs is a member of the extension" "$(q "$db" -c "
	SELECT count(*) FROM pg_depend d
	WHERE d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	  AND (d.classid = 'pg_class'::regclass AND d.objid IN (SELECT oid FROM pg_class WHERE relnamespace = 'cs'::regnamespace)
		OR d.classid = 'pg_proc'::regclass AND d.objid IN (SELECT oid FROM pg_proc WHERE pronamespace = 'cs'::regnamespace)
		OR d.classid = 'pg_type'::regclass AND d.objid IN (SELECT oid FROM pg_type WHERE typnamespace = 'cs'::regnamespace))")" 0
columns="
	SELECT c.relname, c.relkind, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
		   col_description(c.oid, a.attnum) IS NOT NULL
	FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	WHERE c.relnamespace IN (%s) AND c.relkind IN ('r', 'v')
	  AND (c.relnamespace <> '$ext'::regnamespace OR EXISTS (
		SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
	ORDER BY 1, 3"
# the extension's relations are in its schema and in costshare_internal (the
# private views), and install_schema puts both in the target
ext_nsps="'$ext'::regnamespace, 'costshare_internal'::regnamespace"
# shellcheck disable=SC2059
ext_columns=$(q "$db" -c "$(printf "$columns" "$ext_nsps")")
# shellcheck disable=SC2059
cs_columns=$(q "$db" -c "$(printf "$columns" "'cs'::regnamespace")")
if [ -n "$ext_columns" ] && [ "$ext_columns" = "$cs_columns" ]; then
	ok "every table and view of the extension's schema is in cs, with the same columns, types and comments ($(cut -d'|' -f1 <<<"$ext_columns" | sort -u | wc -l) relations)"
else
	not_ok "every table and view of the extension's schema is in cs, with the same columns, types and comments"
	diff <(printf '%s\n' "$ext_columns") <(printf '%s\n' "$cs_columns") | head -n 10 | sed 's/^/#   /'
fi
triggers="SELECT c.relname, t.tgname, t.tgtype, p.proname FROM pg_trigger t
	JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
	WHERE NOT t.tgisinternal AND c.relnamespace = '%s'::regnamespace AND t.tgname <> 'cost_category_guard_builtin'
	ORDER BY 1, 2"
# shellcheck disable=SC2059
ext_triggers=$(q "$db" -c "$(printf "$triggers" "$ext")")
# shellcheck disable=SC2059
check "every trigger of the extension's tables, but the installed categories' guard, is on cs's tables" \
	"$(q "$db" -c "$(printf "$triggers" cs)")" "$ext_triggers"
check "the trigger functions are in cs, not in costshare_internal" "$(q "$db" -c "
	SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
	WHERE NOT t.tgisinternal AND c.relnamespace = 'cs'::regnamespace AND p.pronamespace <> 'cs'::regnamespace")" 0
check "the extended statistics of the extension's tables are on cs's tables too" \
	"$(q "$db" -c "SELECT string_agg(s.stxname || ':' || c.relname, ',' ORDER BY s.stxname) FROM pg_statistic_ext s JOIN pg_class c ON c.oid = s.stxrelid WHERE s.stxnamespace = 'cs'::regnamespace AND c.relnamespace = 'cs'::regnamespace")" \
	"$(q "$db" -c "SELECT string_agg(s.stxname || ':' || c.relname, ',' ORDER BY s.stxname) FROM pg_statistic_ext s JOIN pg_class c ON c.oid = s.stxrelid WHERE s.stxnamespace = '$ext'::regnamespace")"
check "the installed categories are in cs" \
	"$(q "$db" -c "SELECT count(*) FROM cs.cost_category WHERE builtin")" \
	"$(q "$db" -c "SELECT count(*) FROM $ext.cost_category WHERE builtin")"
grants="SELECT c.relname, has_table_privilege('costshare_reader', c.oid, 'SELECT')
	FROM pg_class c WHERE c.relnamespace IN (%s) AND c.relkind IN ('r', 'v')
	  AND (c.relnamespace <> '$ext'::regnamespace OR EXISTS (
		SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
	ORDER BY 1"
# shellcheck disable=SC2059
check "costshare_reader may read what it may read in the extension's schema (views), no more" \
	"$(q "$db" -c "$(printf "$grants" "'cs'::regnamespace")")" "$(q "$db" -c "$(printf "$grants" "$ext_nsps")")"

# -- the sample data in both schemas, every view compared
for f in data/*.sql; do
	PGOPTIONS="-c search_path=$ext" q "$db" -f "$f" >/dev/null &&
		PGOPTIONS="-c search_path=cs,$ext" q "$db" -f "$f" >/dev/null ||
		not_ok "$f loads into both schemas"
done
check "the sample data's rows are in cs as in the extension's schema" \
	"$(q "$db" -c "SELECT count(*) FROM cs.burden_item") $(q "$db" -c "SELECT count(*) FROM cs.exchange_rate")" \
	"$(q "$db" -c "SELECT count(*) FROM $ext.burden_item") $(q "$db" -c "SELECT count(*) FROM $ext.exchange_rate")"
# same_views DB OTHER_SCHEMA LABEL: every view of the extension's schema
# against its twin, row for row (as text), both ways
same_views() {
	local v rows diffs
	for v in $(q "$1" -c "SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass
			AND d.objid = c.oid AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
			WHERE c.relkind = 'v' AND c.relnamespace = '$ext'::regnamespace ORDER BY 1"); do
		rows=$(q "$1" -c "SELECT count(*) FROM $ext.$v")
		diffs=$(q "$1" -c "SELECT count(*) FROM (
			(SELECT t::text FROM $ext.$v t EXCEPT ALL SELECT t::text FROM $2.$v t)
			UNION ALL
			(SELECT t::text FROM $2.$v t EXCEPT ALL SELECT t::text FROM $ext.$v t)) x")
		if [ "$diffs" = 0 ] && [ "$rows" -gt 0 ]; then
			ok "$3: $v gives the same $rows rows"
		else
			not_ok "$3: $v gives the same rows ($rows rows, $diffs differ)"
		fi
	done
}
same_views "$db" cs "cs"

# -- the triggers work in cs as in the extension's schema
item="INSERT INTO %s.burden_item (agreement, category, period, amount, basis, source)
	VALUES ('SMA2016', 'utilities', '[2030-04-01,2031-04-01)', 'JPY 1', 'budget', 'test')"
# shellcheck disable=SC2059
check "an item outside its agreement's period is refused in cs as in the extension's schema" \
	"$(sqlstate "$db" "$(printf "$item" cs)")" "$(sqlstate "$db" "$(printf "$item" "$ext")")"
check "an installed category may be changed in cs (no guard: its rows are ordinary rows)" \
	"$(sqlstate "$db" "BEGIN; UPDATE cs.cost_category SET name = 'x' WHERE code = 'labor'; ROLLBACK")" none

# -- refused
check "install_schema into the extension's schema: refused (22023)" \
	"$(sqlstate "$db" "SELECT install_schema('$ext')")" 22023
check "install_schema into costshare_internal: refused (22023)" \
	"$(sqlstate "$db" "SELECT install_schema('costshare_internal')")" 22023
check "install_schema twice into one schema: refused (42P07, its first table exists)" \
	"$(sqlstate "$db" "SELECT install_schema('cs')")" 42P07
check "a library of another version than the extension's SQL: refused (55000)" \
	"$(sqlstate "$db" "SELECT costshare_internal.schema_script('0.1.0')")" 55000
check "install_schema(NULL) does nothing" "$(q "$db" -c "SELECT install_schema(NULL) IS NULL")" t

# -- a role that owns its schema: refused without USAGE on costshare_internal
#    (the views call its helpers), and with it the owner of every object
q "$db" >/dev/null 2>&1 <<'SQL'
DROP ROLE IF EXISTS costshare_install_owner;
SQL
q "$db" >/dev/null <<'SQL'
CREATE ROLE costshare_install_owner;
CREATE SCHEMA cs_owned AUTHORIZATION costshare_install_owner;
SQL
check "a role without USAGE on costshare_internal: refused (42501)" \
	"$(sqlstate "$db" "SET ROLE costshare_install_owner; SELECT install_schema('cs_owned')")" 42501
q "$db" >/dev/null <<'SQL'
GRANT USAGE ON SCHEMA costshare_internal TO costshare_install_owner;
SET ROLE costshare_install_owner;
SELECT install_schema('cs_owned');
RESET ROLE;
SQL
check "a role granted USAGE on costshare_internal installs into its own schema and owns every object" "$(q "$db" -c "
	SELECT count(*) FILTER (WHERE relowner <> 'costshare_install_owner'::regrole), count(*) > 20
	FROM pg_class WHERE relnamespace = 'cs_owned'::regnamespace")" "0|t"
q "$db" -c 'DROP SCHEMA cs_owned CASCADE' -c 'REVOKE USAGE ON SCHEMA costshare_internal FROM costshare_install_owner' \
	-c 'DROP ROLE costshare_install_owner' >/dev/null 2>&1

# -- pg_dump and restore: cs comes back as user objects, with its rows
if pg_dump -Fc -f "$dumpfile" "$db" 2>/dev/null && createdb "$db2" && pg_restore -d "$db2" "$dumpfile"; then
	ok "pg_dump and pg_restore of a database with an installed copy"
	same_views "$db2" cs "restored cs"
	check "restored: cs's installed categories once" \
		"$(q "$db2" -c "SELECT count(*) FROM cs.cost_category WHERE builtin")" \
		"$(q "$db" -c "SELECT count(*) FROM cs.cost_category WHERE builtin")"
else
	not_ok "pg_dump and pg_restore of a database with an installed copy"
fi

for d in "$db" "$db2"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
