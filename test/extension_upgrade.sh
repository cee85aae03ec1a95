#!/usr/bin/env bash
# test/extension_upgrade.sh: every released version updates to the current
# one and gives the same database as a fresh install of the current version.
#
# For each released install script costshare--<v>.sql in the tree: one
# database gets CREATE EXTENSION costshare VERSION '<v>', the sample data as
# it was released with <v> (test/upgrade/sample_data_<v>.sql) and then
# ALTER EXTENSION costshare UPDATE; another gets a fresh CREATE EXTENSION of
# the current version and the same data.  The two must agree on:
#   - the extension's members (pg_describe_object of each, sorted);
#   - the schema (pg_dump --schema-only, lines sorted: the order in which
#     objects were made differs between the two paths, their definitions not);
#   - the definitions the dump leaves out, because CREATE EXTENSION makes
#     them: each member function's definition, comment and rights (a
#     function renamed or moved by the update keeps its own, which a fresh
#     install must give it too), each type's and relation's comment, each
#     relation's rights and view definition, the schemas' rights;
#   - the rows of every table and view of the extension.
#
# A version's sample data may use objects that <v> installed and the current
# version no longer does (the user keeps them on update: 0.1.0's Japanese
# cost categories training_relocation and training_equipment became the
# user's rows in 0.2.0).  test/upgrade/sample_data_<v>_prelude.sql, when it
# exists, defines exactly those, and is loaded only into the fresh install,
# before the data, so that both databases hold the same rows.
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
current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" costshare.control)

members_sql="
	SELECT pg_describe_object(classid, objid, objsubid) FROM pg_depend
	WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
	  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	ORDER BY 1"
relations_sql="
	SELECT c.oid::regclass::text FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
	WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	  AND c.relkind IN ('r', 'v') ORDER BY 1"
definitions_sql=$(cat <<'SQL'
SELECT 'fn ' || p.oid::regprocedure::text || ' acl=' || coalesce(p.proacl::text, '-') || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
	|| E'\n' || CASE WHEN p.prokind = 'a' THEN '(aggregate)' ELSE pg_get_functiondef(p.oid) END
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
UNION ALL
SELECT 'schema ' || n.nspname || ' acl=' || coalesce(n.nspacl::text, '-') || ' comment=' || coalesce(obj_description(n.oid, 'pg_namespace'), '-')
FROM pg_namespace n WHERE n.oid IN (SELECT objid FROM pg_depend WHERE classid = 'pg_namespace'::regclass AND deptype = 'e'
		AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')) OR n.nspname = 'public'
UNION ALL
SELECT 'type ' || t.oid::regtype::text || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '-')
FROM pg_type t JOIN pg_depend d ON d.objid = t.oid AND d.classid = 'pg_type'::regclass AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
UNION ALL
SELECT 'rel ' || c.oid::regclass::text || ' acl=' || coalesce(c.relacl::text, '-') || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
	|| CASE WHEN c.relkind = 'v' THEN E'\n' || pg_get_viewdef(c.oid) ELSE '' END
FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
ORDER BY 1
SQL
)
schema_of() { pg_dump --schema-only --no-owner "$1" | grep -Ev '^(--|\\(un)?restrict|$)' | LC_ALL=C sort; }

compare() {  # compare NAME A B: one ok or not_ok, and the first lines that differ
	if [ "$2" = "$3" ] && [ -n "$2" ]; then
		ok "$1"
	else
		not_ok "$1"
		diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | head -n 20
	fi
}

released=$(find . -maxdepth 1 -name 'costshare--*.sql' ! -name 'costshare--*--*.sql' \
	! -name "costshare--$current.sql" | sed 's|^\./costshare--\(.*\)\.sql$|\1|' | sort -V)
[ -n "$released" ] || not_ok "a released install script is in the tree"

fresh=costshare_upgrade_fresh
for from in $released; do
	updated="costshare_upgrade_from_${from//./_}"
	data="test/upgrade/sample_data_$from.sql"
	prelude="test/upgrade/sample_data_${from}_prelude.sql"
	# rows for the tables new since $from, loaded into both databases once
	# both are at $current, so that every relation has rows to compare
	newer="test/upgrade/new_tables_since_$from.sql"
	for db in "$updated" "$fresh"; do dropdb --if-exists "$db" >/dev/null 2>&1; done

	if createdb "$updated" &&
		q "$updated" -c "CREATE EXTENSION costshare VERSION '$from' CASCADE" &&
		q "$updated" -f "$data" >/dev/null &&
		q "$updated" -c "ALTER EXTENSION costshare UPDATE" &&
		[ "$(q "$updated" -c "SELECT extversion FROM pg_extension WHERE extname = 'costshare'")" = "$current" ] &&
		{ [ ! -f "$newer" ] || q "$updated" -f "$newer" >/dev/null; }
	then ok "$from with its sample data updates to $current"
	else not_ok "$from with its sample data updates to $current"; continue
	fi
	if createdb "$fresh" &&
		q "$fresh" -c "CREATE EXTENSION costshare CASCADE" &&
		{ [ ! -f "$prelude" ] || q "$fresh" -f "$prelude" >/dev/null; } &&
		q "$fresh" -f "$data" >/dev/null &&
		{ [ ! -f "$newer" ] || q "$fresh" -f "$newer" >/dev/null; }
	then ok "a fresh $current takes the $from sample data"
	else not_ok "a fresh $current takes the $from sample data"; continue
	fi

	compare "$from→$current: the same extension members" \
		"$(q "$updated" -c "$members_sql" 2>&1)" "$(q "$fresh" -c "$members_sql" 2>&1)"
	compare "$from→$current: the same schema (pg_dump --schema-only)" \
		"$(schema_of "$updated" 2>&1)" "$(schema_of "$fresh" 2>&1)"
	compare "$from→$current: the same definitions, comments and rights of the members" \
		"$(q "$updated" -c "$definitions_sql" 2>&1)" "$(q "$fresh" -c "$definitions_sql" 2>&1)"
	for rel in $(q "$fresh" -c "$relations_sql"); do
		sql="SELECT t::text FROM $rel t ORDER BY 1"
		compare "$from→$current: $rel reads the same" "$(q "$updated" -c "$sql" 2>&1)" "$(q "$fresh" -c "$sql" 2>&1)"
	done
	for db in "$updated" "$fresh"; do dropdb --if-exists "$db" >/dev/null 2>&1; done
done

# 0.1.0 -> 0.2.0 moved cost categories: a user's category with the code of a
# newly installed one (training) stays the user's, with its items, and the
# two Japanese categories 0.1.0 installed stay, as the user's rows.
if printf '%s\n' $released | grep -qx '0.1.0'; then
	db=costshare_upgrade_categories
	dropdb --if-exists "$db" >/dev/null 2>&1
	if createdb "$db" &&
		q "$db" -c "CREATE EXTENSION costshare VERSION '0.1.0' CASCADE" \
			-c "INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES ('H', 'h', 'EUR', 'calendar'), ('S', 's', 'USD', 'calendar')" \
			-c "INSERT INTO agreement (code, title, host_party, stationed_party, period) VALUES ('A', 'a', 'H', 'S', '[2020-01-01,2021-01-01)')" \
			-c "INSERT INTO cost_category (code, name) VALUES ('training', 'My training')" \
			-c "INSERT INTO burden_item (agreement, category, period, amount) VALUES ('A', 'training', '[2020-01-01,2021-01-01)', 'EUR 1.00'), ('A', 'training_equipment', '[2020-01-01,2021-01-01)', 'EUR 2.00')" \
			-c "ALTER EXTENSION costshare UPDATE" >/dev/null
	then
		compare "0.1.0→$current: a user's category named like a new installed one stays the user's" \
			"$(q "$db" -c "SELECT code || ' ' || name || ' ' || builtin FROM cost_category WHERE code IN ('training', 'training_equipment', 'training_relocation', 'logistics') ORDER BY code")" \
			"$(printf '%s\n' 'logistics Logistics support true' 'training My training false' 'training_equipment Training equipment procurement false' 'training_relocation Training relocation false')"
		compare "0.1.0→$current: the items keep their categories" \
			"$(q "$db" -c "SELECT category || ' ' || amount FROM burden_item ORDER BY id")" \
			"$(printf '%s\n' 'training EUR 1.00' 'training_equipment EUR 2.00')"
	else
		not_ok "0.1.0 with a user category named training updates to $current"
	fi
	dropdb --if-exists "$db" >/dev/null 2>&1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
