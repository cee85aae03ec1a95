#!/usr/bin/env bash
# Binary round trips of currency and currency_amount through COPY BINARY
# (which calls send and recv), and recv's validation of malformed input.
# Needs PGHOST and PGPORT of a running cluster with costshare installed.
set -uo pipefail

db=costshare_binary_test
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
passed=0
failed=0
check() {
	# check <description> <expected> <actual>
	if [ "$2" = "$3" ]; then
		passed=$((passed + 1)); echo "ok - $1"
	else
		failed=$((failed + 1)); echo "not ok - $1: expected '$2', got '$3'"
	fi
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" && q -c 'CREATE EXTENSION costshare CASCADE' || { echo "0 passed, 1 failed"; exit 1; }

q <<'SQL'
SELECT setseed(0.5);
CREATE TABLE src AS
SELECT i, c.code AS c,
       from_minor_units(CASE i % 10
                            WHEN 0 THEN 9223372036854775807 - (i / 10)
                            WHEN 1 THEN -9223372036854775807 + (i / 10)
                            ELSE ((random() - 0.5) * 2 * (10 ^ floor(random() * 19)))::numeric(20, 0)::bigint
                        END, c.code) AS v
FROM generate_series(1, 10000) AS i
CROSS JOIN LATERAL (SELECT code FROM currencies() ORDER BY code OFFSET (i * 13 + i * 0) % 305 LIMIT 1) AS c;
CREATE TABLE dst (LIKE src);
SQL
q -c "\\copy src TO '$work/values.bin' WITH (FORMAT binary)"
q -c "\\copy dst FROM '$work/values.bin' WITH (FORMAT binary)"
check "10,000 values copied back" 10000 "$(q -c 'SELECT count(*) FROM dst')"
check "every value and currency equal after COPY BINARY" 0 \
	"$(q -c 'SELECT count(*) FROM src FULL JOIN dst USING (i) WHERE src.v IS DISTINCT FROM dst.v OR src.c IS DISTINCT FROM dst.c')"
check "byte-equal after COPY BINARY" 0 \
	"$(q -c 'SELECT count(*) FROM src JOIN dst USING (i) WHERE currency_amount_send(src.v) <> currency_amount_send(dst.v)')"

# Hand-made COPY BINARY files with one currency_amount column.
python3 - "$work" <<'PY'
import struct, sys
work = sys.argv[1]
header = b'PGCOPY\n\xff\r\n\x00' + struct.pack('!ii', 0, 0)
def write(name, payload):
	with open(f'{work}/{name}.bin', 'wb') as f:
		f.write(header + struct.pack('!hi', 1, len(payload)) + payload + struct.pack('!h', -1))
def amount(code, scale, units, version=1):
	return bytes([version]) + code + struct.pack('!bq', scale, units)
write('good', amount(b'USD', 2, -150))
write('finer_scale_exact', amount(b'USD', 4, 12300))
write('coarser_scale', amount(b'KWD', 0, 7))
write('finer_scale_inexact', amount(b'USD', 4, 12345))
write('unknown_currency', amount(b'ABC', 2, 1))
write('lower_case_code', amount(b'usd', 2, 1))
write('not_letters', amount(b'U$D', 2, 1))
write('not_text', amount(b'\xff\xfe\x00', 2, 1))
write('negative_scale', amount(b'USD', -1, 1))
write('scale_too_large', amount(b'USD', 19, 1))
write('bad_version', amount(b'USD', 2, 1, version=2))
write('leftover_bytes', amount(b'USD', 2, 1) + b'\x00')
write('short', amount(b'USD', 2, 1)[:-1])
write('int64_min', amount(b'JPY', 0, -2**63))
write('currency_good', b'jpy')
write('currency_unknown', b'ABC')
write('currency_long', b'USDX')
write('currency_short', b'US')
write('out_of_range_after_scaling', amount(b'JPY', 0, 2**63 - 1)[:0] + amount(b'USD', 0, 2**62))
PY
q -c 'CREATE TABLE one (v currency_amount)'
load_into() {
	# load_into <table> <file>: the value read, or the SQLSTATE of the error
	local out
	out=$(psql -X -q -At -d "$db" -v VERBOSITY=sqlstate \
		-c "TRUNCATE $1" -c "\\copy $1 FROM '$work/$2.bin' WITH (FORMAT binary)" -c "SELECT v FROM $1" 2>&1)
	case "$out" in
		*ERROR:*) sed -n 's/.*ERROR:  *\([0-9A-Z]\{5\}\).*/\1/p' <<<"$out" | head -n 1 ;;
		*) printf '%s\n' "$out" ;;
	esac
}
load() { load_into one "$1"; }
check "recv reads a valid value" "USD -1.50" "$(load good)"
q -c 'CREATE TABLE one_currency (v currency)'
check "currency recv reads a code in any case" "JPY" "$(load_into one_currency currency_good)"
check "currency recv refuses an unknown code" 22P03 "$(load_into one_currency currency_unknown)"
check "currency recv refuses four bytes" 22P03 "$(load_into one_currency currency_long)"
check "currency recv refuses two bytes" 22P03 "$(load_into one_currency currency_short)"
check "recv fits a finer exact scale to the currency" "USD 1.23" "$(load finer_scale_exact)"
check "recv fits a coarser scale to the currency" "KWD 7.000" "$(load coarser_scale)"
check "recv refuses a scale that would need rounding" 22P03 "$(load finer_scale_inexact)"
check "recv refuses an unknown currency" 22P03 "$(load unknown_currency)"
check "recv accepts a lower-case code as text input does" "USD 0.01" "$(load lower_case_code)"
check "recv refuses a code that is not letters" 22P03 "$(load not_letters)"
check "recv refuses a code that is not text" 22P03 "$(load not_text)"
check "recv shows bytes that are not text in hexadecimal" \
	'ERROR:  invalid currency code "\xfffe00" in binary currency_amount' \
	"$(psql -X -q -At -d "$db" -c "\\copy one FROM '$work/not_text.bin' WITH (FORMAT binary)" 2>&1 | head -n 1)"
check "recv refuses a negative scale" 22P03 "$(load negative_scale)"
check "recv refuses a scale above 18" 22P03 "$(load scale_too_large)"
check "recv refuses an unknown format version" 22P03 "$(load bad_version)"
check "recv refuses leftover bytes" 22P03 "$(load leftover_bytes)"
check "recv refuses a short value" 22P03 "$(load short)"
check "recv refuses INT64_MIN units" 22003 "$(load int64_min)"
check "recv refuses a value out of range at the currency's scale" 22003 "$(load out_of_range_after_scaling)"

# The sum state type, as a distributed planner would ship it.
q <<'SQL'
CREATE TABLE states AS
SELECT k, s
FROM (VALUES (1, 'empty'::currency_amount_sum_state),
             (2, 'USD 2 -170141183460469231731687303715884105728 3'),
             (3, 'JPY 0 170141183460469231731687303715884105727 9223372036854775807'),
             (4, 'KWD 3 -1 1')) AS t(k, s);
CREATE TABLE states_back (LIKE states);
SQL
q -c "\\copy states TO '$work/states.bin' WITH (FORMAT binary)"
q -c "\\copy states_back FROM '$work/states.bin' WITH (FORMAT binary)"
check "sum states read back from COPY BINARY" 0 \
	"$(q -c 'SELECT count(*) FROM states a FULL JOIN states_back b USING (k) WHERE a.s::text IS DISTINCT FROM b.s::text')"

# sum_by_currency's state type, likewise: round trip, and hand-made values
q <<'SQL'
CREATE TABLE by_states AS
SELECT k, s
FROM (VALUES (1, 'empty'::currency_amount_by_currency_state),
             (2, 'EUR 2 -500 3, JPY 0 -170141183460469231731687303715884105728 1, USD 2 350 9223372036854775807'),
             (3, 'KWD 3 -1 1')) AS t(k, s);
CREATE TABLE by_states_back (LIKE by_states);
CREATE TABLE one_by_state (v currency_amount_by_currency_state);
SQL
q -c "\\copy by_states TO '$work/by_states.bin' WITH (FORMAT binary)"
q -c "\\copy by_states_back FROM '$work/by_states.bin' WITH (FORMAT binary)"
check "sum_by_currency states read back from COPY BINARY" 0 \
	"$(q -c 'SELECT count(*) FROM by_states a FULL JOIN by_states_back b USING (k) WHERE a.s::text IS DISTINCT FROM b.s::text')"
python3 - "$work" <<'PY'
import struct, sys
work = sys.argv[1]
header = b'PGCOPY\n\xff\r\n\x00' + struct.pack('!ii', 0, 0)
def write(name, payload):
	with open(f'{work}/{name}.bin', 'wb') as f:
		f.write(header + struct.pack('!hi', 1, len(payload)) + payload + struct.pack('!h', -1))
def entry(code, scale, total, count):
	return code + struct.pack('!b', scale) + (total % 2**128).to_bytes(16, 'big') + struct.pack('!q', count)
def state(entries, version=1, n=None):
	return bytes([version]) + struct.pack('!i', len(entries) if n is None else n) + b''.join(entries)
write('by_good', state([entry(b'EUR', 2, -5, 1), entry(b'USD', 2, 2**100, 2)]))
write('by_unsorted', state([entry(b'USD', 2, 1, 1), entry(b'EUR', 2, 1, 1)]))
write('by_twice', state([entry(b'USD', 2, 1, 1), entry(b'USD', 2, 1, 1)]))
write('by_zero_count', state([entry(b'USD', 2, 1, 0)]))
write('by_scale', state([entry(b'USD', 19, 1, 1)]))
write('by_scale_not_currency', state([entry(b'USD', 3, 1505, 1)]))
write('by_unknown', state([entry(b'ABC', 2, 1, 1)]))
write('by_version', state([entry(b'USD', 2, 1, 1)], version=2))
write('by_count_high', state([entry(b'USD', 2, 1, 1)], n=2))
write('by_count_negative', state([], n=-1))
write('by_leftover', state([entry(b'USD', 2, 1, 1)]) + b'\x00')
write('by_short', state([entry(b'USD', 2, 1, 1)])[:-1])
write('by_empty_bytes', b'')
PY
by() { load_into one_by_state "$1"; }
check "by-currency state recv reads a valid state" "EUR 2 -5 1, USD 2 1267650600228229401496703205376 2" "$(by by_good)"
check "by-currency state recv refuses unsorted entries" 22P03 "$(by by_unsorted)"
check "by-currency state recv refuses a code twice" 22P03 "$(by by_twice)"
check "by-currency state recv refuses a zero row count" 22P03 "$(by by_zero_count)"
check "by-currency state recv refuses a scale above 18" 22P03 "$(by by_scale)"
check "by-currency state recv refuses a scale not the currency's (it would finish as USD 1.505)" 22P03 "$(by by_scale_not_currency)"
check "by-currency state recv refuses an unknown currency" 22P03 "$(by by_unknown)"
check "by-currency state recv refuses an unknown format version" 22P03 "$(by by_version)"
check "by-currency state recv refuses a count of entries beyond its bytes" 22P03 "$(by by_count_high)"
check "by-currency state recv refuses a negative count of entries" 22P03 "$(by by_count_negative)"
check "by-currency state recv refuses leftover bytes" 22P03 "$(by by_leftover)"
check "by-currency state recv refuses a short entry" 22P03 "$(by by_short)"
check "by-currency state recv refuses no bytes" 22P03 "$(by by_empty_bytes)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
