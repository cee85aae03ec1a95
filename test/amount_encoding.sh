#!/usr/bin/env bash
# Amount input and format_amount in a database whose encoding is not UTF8:
# the ASCII forms still work, the multibyte symbols and units are refused
# (an error naming the character, never a wrong value), and format_amount
# writes only text that is valid in the database.
#
# Runs against the cluster scripts/test started (PGHOST, PGPORT exported).
set -uo pipefail

db=costshare_latin1
passed=0
failed=0

psql_db() {
	PGCLIENTENCODING=UTF8 psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1" 2>&1
}

# check NAME SQL EXPECTED: the output of SQL must be EXPECTED exactly
check() {
	local got
	got=$(psql_db "$2")
	if [ "$got" = "$3" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s\n  sql:      %s\n  expected: %s\n  got:      %s\n' "$1" "$2" "$3" "$got"
	fi
}

# fails NAME SQL STATE: SQL must fail with that SQLSTATE
fails() {
	local got
	got=$(psql_db "DO \$\$ BEGIN PERFORM $2; RAISE EXCEPTION 'no error'; EXCEPTION WHEN others THEN RAISE NOTICE 'state=%', SQLSTATE; END \$\$" 2>&1)
	if printf '%s' "$got" | grep -q "state=$3"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s\n  sql:      %s\n  expected: SQLSTATE %s\n  got:      %s\n' "$1" "$2" "$3" "$got"
	fi
}

dropdb --if-exists "$db" >/dev/null 2>&1
createdb --template=template0 --encoding=LATIN1 --locale=C "$db" || { echo "0 passed, 1 failed"; exit 1; }
psql_db 'CREATE EXTENSION costshare CASCADE' >/dev/null || { echo "CREATE EXTENSION failed"; echo "0 passed, 1 failed"; exit 1; }

check "the database is LATIN1" "SELECT getdatabaseencoding()" "LATIN1"
check "codes" "SELECT '946,500,000,000 jpy'::currency_amount" "JPY 946500000000"
check "dollar sign" "SELECT '\$1.91 billion'::currency_amount" "USD 1910000000.00"
check "words" "SELECT '946.5 billion yen'::currency_amount" "JPY 946500000000"
check "accounting negative" "SELECT '(1,234.00) USD'::currency_amount" "USD -1234.00"
# ¥ exists in LATIN1 (0xA5), but the lexicon is UTF-8: refused, not misread
fails "yen sign refused" "'¥946.5 billion'::currency_amount" "22P02"
fails "pound sign refused" "'£5'::currency_amount" "22P02"
fails "no currency, hint in ASCII" "'5 billion'::currency_amount" "22P02"
# the hint names only what this database can read
hint=$(psql_db "SELECT '5 billion'::currency_amount")
if printf '%s\n' "$hint" | grep -q 'HINT:  Add an ISO 4217 code (USD, JPY), "\$" or a currency word'; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
	echo "FAIL the no-currency hint in a LATIN1 database is not the ASCII one"
fi
check "symbol style falls back to the code" "SELECT format_amount('JPY 946500000000', 'symbol')" "JPY 946,500,000,000"
check "symbol style keeps the dollar sign" "SELECT format_amount('USD 1.50', 'symbol')" "\$1.50"
check "compact style falls back to the code" "SELECT format_amount('EUR 2500000.00', 'compact')" "EUR 2.5M"
check "words style" "SELECT format_amount('JPY 946500000000', 'words')" "946.5 billion yen"
fails "kanji style needs UTF8" "format_amount('JPY 946500000000', 'kanji')" "22023"
fails "japanese style needs UTF8" "format_amount('JPY 946500000000', 'japanese')" "22023"
fails "korean style needs UTF8" "format_amount('KRW 1183300000000', 'korean')" "22023"
fails "chinese style needs UTF8" "format_amount('CNY 11833000000.00', 'chinese')" "22023"
check "fallbacks read back" "SELECT count(*) FROM unnest(ARRAY['JPY 946500000000', 'EUR -1.50', 'KRW 15000', 'CNY 11833000000.00']::currency_amount[]) a, unnest(ARRAY['symbol', 'words', 'code']) s WHERE format_amount(a, s)::currency_amount = a" "12"

dropdb "$db" >/dev/null 2>&1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
