#!/usr/bin/env bash
# Peak memory of the set-returning functions stays that of one row.
#
# fiscal_pieces once kept every row's labels and arrays until the end of the
# query (about 2.3 kB a row: 200,000 rows took a backend from 15 MB to
# 470 MB), and fiscal_years did the same on a smaller scale.  This suite
# reads the backend's peak resident size (VmHWM in /proc/<pid>/status)
# after a warm-up, runs 200,000-row queries in the same backend, and checks
# that the peak grew by less than LIMIT_KB.  Streaming rows, reset per row,
# grow it by a few MB at most; memory per row of 2.3 kB would add 460 MB.
# Needs PGHOST and PGPORT of a running cluster on this machine.
set -uo pipefail

db=costshare_memory_test
LIMIT_KB=${LIMIT_KB:-32768}
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
passed=0
failed=0

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" && psql -X -q -d "$db" -c 'CREATE EXTENSION costshare CASCADE' ||
	{ echo "0 passed, 1 failed"; exit 1; }

# growth <description> <sql>: run the warm-up and then sql in one backend,
# and compare VmHWM before and after.
growth() {
	local desc=$1 sql=$2 pidfile before after grown
	pidfile=$(mktemp)
	out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" <<SQL
\\o $pidfile
SELECT pg_backend_pid();
\\o /dev/null
-- warm-up: load the library, the catalogs, the functions and the plans
SELECT count(*) FROM fiscal_pieces('[2000-01-01,2100-01-01)', '{jp,us_federal}');
SELECT count(*) FROM fiscal_years('[2000-01-01,2100-01-01)', 'jp');
SELECT count(*) FROM (SELECT fiscal_pieces('[2000-01-01,2100-01-01)', '{jp,us_federal}')) s;
\\o
\\! grep VmHWM /proc/\$(cat $pidfile)/status
\\o /dev/null
$sql
\\o
\\! grep VmHWM /proc/\$(cat $pidfile)/status
SQL
	)
	rm -f "$pidfile"
	before=$(printf '%s\n' "$out" | sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' | sed -n 1p)
	after=$(printf '%s\n' "$out" | sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' | sed -n 2p)
	if [ -z "$before" ] || [ -z "$after" ]; then
		failed=$((failed + 1)); echo "not ok - $desc: could not read VmHWM: $out"; return
	fi
	grown=$((after - before))
	if [ "$grown" -lt "$LIMIT_KB" ]; then
		passed=$((passed + 1)); echo "ok - $desc: peak grew ${grown} kB (${before} -> ${after})"
	else
		failed=$((failed + 1)); echo "not ok - $desc: peak grew ${grown} kB (${before} -> ${after}), limit ${LIMIT_KB} kB"
	fi
}

# 100,000 years of two calendars that start in different months: 200,001 rows
growth "fiscal_pieces, 200,001 rows, FROM clause" \
	"SELECT count(*) FROM fiscal_pieces('[2000-01-01,102000-01-01)', '{jp,us_federal}');"
growth "fiscal_pieces, 200,001 rows, every column read" \
	"SELECT sum(days), sum(array_length(labels, 1)), max(labels[2]) FROM fiscal_pieces('[2000-01-01,102000-01-01)', '{jp,us_federal}');"
growth "fiscal_pieces, 200,001 rows, target list" \
	"SELECT count((p).labels) FROM (SELECT fiscal_pieces('[2000-01-01,102000-01-01)', '{jp,us_federal}') AS p) s;"
growth "fiscal_years, 200,000 rows" \
	"SELECT count(label) FROM fiscal_years('[2000-01-01,202000-01-01)', 'jp');"
growth "fiscal_years, 200,000 rows, target list" \
	"SELECT count((y).label) FROM (SELECT fiscal_years('[2000-01-01,202000-01-01)', 'uk') AS y) s;"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
