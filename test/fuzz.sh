#!/usr/bin/env bash
# Fuzz every type's text and binary input and the set-returning and
# array-building functions with hostile arguments; the rule checked is
# written at the top of test/fuzz.py (accepted values round-trip, the rest
# is refused with a class-22 SQLSTATE, never XX000, never a crash).
#
#   test/fuzz.sh                 a few thousand inputs per type (scripts/test)
#   FUZZ_FULL=1 test/fuzz.sh     100,000 inputs per type
#   FUZZ_SEED=n FUZZ_N=n         another seed, another count
#
# Needs PGHOST and PGPORT of a running cluster, and Debian's python3 with
# python3-psycopg2 (scripts/test installs it).
set -uo pipefail

db=costshare_fuzz
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" && psql -X -q -d "$db" -c 'CREATE EXTENSION costshare CASCADE' ||
	{ echo "0 passed, 1 failed"; exit 1; }
PGDATABASE=$db /usr/bin/python3 "$(dirname "$0")/fuzz.py"
