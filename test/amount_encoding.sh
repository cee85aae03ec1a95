#!/usr/bin/env bash
# Amount input and format_amount in databases whose encoding is not UTF8:
# the ASCII forms work everywhere; a symbol or unit works wherever the
# database encoding can hold it (LATIN1: the yen and pound signs; EUC_JP: the
# Japanese units and the yen word, not the won sign or Korean units) and is
# refused with a clear error where it cannot (the client's text does not
# convert: 22P05), never misread; messages are valid text of the database;
# SQL_ASCII reads text that is valid UTF-8 as UTF-8.  format_amount writes
# only text that is valid in the database.
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

# refused NAME SQL: the client's text cannot even reach the database
refused() {
	local got
	got=$(psql_db "SELECT $2")
	if printf '%s' "$got" | grep -q 'has no equivalent in encoding'; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s\n  sql:      %s\n  expected: no equivalent in the database encoding\n  got:      %s\n' "$1" "$2" "$got"
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
# ¥ and £ exist in LATIN1 (0xA5, 0xA3): read through a UTF-8 copy
check "yen sign in LATIN1" "SELECT '¥946.5 billion'::currency_amount" "JPY 946500000000"
check "pound sign in LATIN1" "SELECT '£5'::currency_amount" "GBP 5.00"
refused "won sign has no LATIN1 form" "'₩15,000'::currency_amount"
refused "yen kanji has no LATIN1 form" "'5円'::currency_amount"
fails "two currencies in LATIN1 symbols" "'¥£5'::currency_amount" "22P02"
check "messages in LATIN1 name the symbols" "SELECT '¥£5'::currency_amount" \
	"ERROR:  invalid input syntax for type currency_amount: \"¥£5\"
LINE 1: SELECT '¥£5'::currency_amount
               ^
DETAIL:  The text names a currency twice, \"¥\" and \"£\".
HINT:  Write exactly one currency code, symbol or word."
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

# -- EUC_JP: the Japanese forms, not the Korean ones
db=costshare_euc_jp
dropdb --if-exists "$db" >/dev/null 2>&1
if createdb --template=template0 --encoding=EUC_JP --locale=C "$db" &&
	psql_db 'CREATE EXTENSION costshare' >/dev/null; then
	check "the database is EUC_JP" "SELECT getdatabaseencoding()" "EUC_JP"
	check "oku-en in EUC_JP" "SELECT '946.5億円'::currency_amount" "JPY 94650000000"
	check "cho and oku in EUC_JP" "SELECT '1兆551億円'::currency_amount" "JPY 1055100000000"
	check "full-width digits in EUC_JP" "SELECT '１，０００円'::currency_amount" "JPY 1000"
	check "the dollar word in EUC_JP" "SELECT '19.1億ドル'::currency_amount" "USD 1910000000.00"
	check "ASCII forms in EUC_JP" "SELECT '\$1.91 billion'::currency_amount" "USD 1910000000.00"
	refused "won has no EUC_JP form" "'1조 원'::currency_amount"
	fails "no currency in EUC_JP" "'5億'::currency_amount" "22P02"
	# the hint lists the symbols; those EUC_JP lacks are written U+XXXX
	hint=$(psql_db "SELECT '5億'::currency_amount" | grep HINT)
	if printf '%s' "$hint" | grep -q '円, 元, U+C6D0'; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1)); echo "FAIL the EUC_JP hint: $hint"
	fi
	fails "a unit out of order in EUC_JP" "'5億1兆円'::currency_amount" "22P02"
	dropdb "$db" >/dev/null 2>&1
else
	failed=$((failed + 1)); echo "FAIL an EUC_JP database with costshare"
fi

# -- SQL_ASCII: no conversion; text that is valid UTF-8 is read as UTF-8
db=costshare_sql_ascii
dropdb --if-exists "$db" >/dev/null 2>&1
if createdb --template=template0 --encoding=SQL_ASCII --locale=C "$db" &&
	psql_db 'CREATE EXTENSION costshare' >/dev/null; then
	check "oku-en in SQL_ASCII" "SELECT '946.5億円'::currency_amount" "JPY 94650000000"
	check "won in SQL_ASCII" "SELECT '1조 원'::currency_amount" "KRW 1000000000000"
	check "ASCII forms in SQL_ASCII" "SELECT '946.5 billion yen'::currency_amount" "JPY 946500000000"
	dropdb "$db" >/dev/null 2>&1
else
	failed=$((failed + 1)); echo "FAIL an SQL_ASCII database with costshare"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
