#!/usr/bin/env bash
# test/install_encodings.sh: costshare installs and works in databases of
# every kind of server encoding: UTF8, a multibyte one (EUC_JP), a single-byte
# one (LATIN1) and SQL_ASCII.  The install script is ASCII, so nothing in it
# depends on the database's or the client's encoding; its comments read the
# same everywhere.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's throwaway
# cluster).  Prints "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
q() { PGCLIENTENCODING=UTF8 psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }
check() {  # check NAME GOT EXPECTED
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; printf '  expected: %s\n  got:      %s\n' "$3" "$2"; fi
}

current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" costshare.control)
if LC_ALL=C grep -nP '[^\x00-\x7F]' "costshare--$current.sql" costshare--*--*.sql; then
	not_ok "the install and update scripts are ASCII"
else
	ok "the install and update scripts are ASCII"
fi

label_comment="fiscal-year labels (JFY2016-JFY2020) when the period is whole fiscal years, else first..last dates"
for enc in UTF8 EUC_JP LATIN1 SQL_ASCII; do
	db="costshare_enc_$(echo "$enc" | tr 'A-Z' 'a-z')"
	dropdb --if-exists "$db" >/dev/null 2>&1
	if createdb -E "$enc" -T template0 --locale=C "$db" && q "$db" -c 'CREATE EXTENSION costshare'; then
		ok "$enc: CREATE EXTENSION costshare"
	else
		not_ok "$enc: CREATE EXTENSION costshare"; continue
	fi
	check "$enc: the database is $enc" "$(q "$db" -c 'SELECT getdatabaseencoding()')" "$enc"
	check "$enc: comments read as written" \
		"$(q "$db" -c "SELECT obj_description('fiscal_label(agreement_period, fiscal_calendar)'::regprocedure, 'pg_proc')")" \
		"$label_comment"
	# every sample data set: their strings are ASCII, so they load in any
	# encoding
	rc=0
	for f in data/*.sql; do q "$db" -f "$f" >/dev/null || rc=1; done
	check "$enc: the sample data loads" "$rc" 0
	check "$enc: the Korean sample data is there" \
		"$(q "$db" -c "SELECT amount_value FROM burden_by_period WHERE fiscal_year = 2021 AND agreement_code = 'KR-SMA11'")" \
		"1183300000000"
	check "$enc: burden_by_period reads the sample data" \
		"$(q "$db" -c "SELECT currency_code || ' ' || amount_value FROM burden_by_period WHERE fiscal_year = 2021 AND basis = 'budget' AND agreement_code = 'EXT2021'")" \
		"JPY 201700000000"
	check "$enc: amounts in ASCII forms" "$(q "$db" -c "SELECT '946.5 billion yen'::currency_amount")" "JPY 946500000000"
	dropdb "$db" >/dev/null 2>&1
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
