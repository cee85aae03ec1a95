#!/usr/bin/env bash
# test/dump_restore_versions.sh: a database with the sample data, dumped by
# PostgreSQL 15's pg_dump from a 15 server, restores into the newer server
# under test (pg_restore of that server) and every table and view of the
# extension reads the same there as on 15: the upgrade path by dump and
# restore that a user of 15 takes.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's throwaway cluster
# of one version, PG_CONFIG naming it) when that server is newer than 15 and
# Debian's PostgreSQL 15 is installed; it starts a second throwaway cluster
# of 15 for the source.  Otherwise it says why it is skipped.  Prints
# "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

target=$("${PG_CONFIG:-pg_config}" --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')
pg15=/usr/lib/postgresql/15/bin
if [ -z "$target" ] || [ "$target" -le 15 ]; then
	echo "skipped: the server under test is PostgreSQL ${target:-?}; a dump from 15 is restored into newer servers, in their sections"
	finish
fi
if [ ! -x "$pg15/pg_dump" ] || [ ! -x "$pg15/postgres" ]; then
	echo "skipped: Debian's PostgreSQL 15 (postgresql-15) is not installed"
	finish
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/costshare-xdump.XXXXXX")
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
src=costshare_xdump_src
dst=costshare_xdump_dst
relations_sql="
	SELECT c.oid::regclass::text FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
	WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	  AND c.relkind IN ('r', 'v') ORDER BY 1"

# -- on 15: its own throwaway cluster, the sample data, the dump by 15's
#    pg_dump (custom format, uncompressed: the newer servers here are built
#    without zlib), and the text of every row of every table and view
(
	unset PG_CONFIG PGHOST PGPORT
	export PG_MAJOR=15 CLUSTER_NAME=.cluster-xdump-pg15 CLUSTER_PORT=54339
	# shellcheck source=scripts/cluster.sh
	. "$root/scripts/cluster.sh"
	pg_setup
	build_extension >/dev/null
	cluster_start >/dev/null
	trap cluster_stop EXIT
	q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }
	createdb "$src" &&
		q "$src" -c 'CREATE EXTENSION costshare CASCADE' &&
		for f in data/*.sql; do q "$src" -f "$f" >/dev/null || exit 1; done &&
		q "$src" -Atc 'SELECT version()' >"$work/version15" &&
		"$pg15/pg_dump" -Fc -Z 0 -f "$work/dump" "$src" 2>"$work/dump.err" ||
		{ cat "$work/dump.err" >&2; exit 1; }
	q "$src" -c "$relations_sql" >"$work/relations"
	while read -r rel; do
		q "$src" -c "SELECT t::text FROM $rel t ORDER BY 1" >"$work/15.$rel" || exit 1
	done <"$work/relations"
) >"$work/15.log" 2>&1
if [ $? -eq 0 ] && [ -s "$work/dump" ] && [ -s "$work/relations" ]; then
	ok "dump by pg_dump 15 of $(cut -d, -f1 "$work/version15") with the sample data"
else
	not_ok "dump by pg_dump 15 with the sample data"
	tail -n 20 "$work/15.log"
	finish
fi

# -- on the server under test: restore with its own pg_restore
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }
dropdb --if-exists "$dst" >/dev/null 2>&1
newer=$(psql -X -Atd postgres -c 'SELECT version()' | cut -d, -f1)
if createdb "$dst" && pg_restore --exit-on-error -d "$dst" "$work/dump" 2>"$work/restore.err"; then
	ok "pg_restore $(pg_restore --version | sed 's/^pg_restore (PostgreSQL) //') into $newer"
else
	not_ok "pg_restore into $newer"
	cat "$work/restore.err"
fi

# -- every table and view reads the same
if [ "$(q "$dst" -c "$relations_sql")" = "$(cat "$work/relations")" ]; then
	ok "the same tables and views belong to the extension"
else
	not_ok "the extension's tables and views differ after the restore"
fi
while read -r rel; do
	b=$(q "$dst" -c "SELECT t::text FROM $rel t ORDER BY 1" 2>&1)
	n=$(wc -l <"$work/15.$rel")
	if [ "$b" = "$(cat "$work/15.$rel")" ] && [ -s "$work/15.$rel" ]; then
		ok "$rel: identical on $newer ($n rows)"
	else
		not_ok "$rel: differs on $newer from 15 (or is empty)"
		diff <(cat "$work/15.$rel") <(echo "$b") | head -n 10
	fi
done <"$work/relations"

dropdb --if-exists "$dst" >/dev/null 2>&1
finish
