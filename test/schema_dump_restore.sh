#!/usr/bin/env bash
# test/schema_dump_restore.sh: pg_dump of a database holding the sample data
# and user rows, restored into a fresh database, loses nothing: every table
# and every view reads the same, the installed categories are not doubled,
# and the sequences carry on after the restored rows.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's throwaway
# cluster).  Prints "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
src=costshare_dump_src
dst=costshare_dump_dst
dumpfile=$(mktemp "${TMPDIR:-/tmp}/costshare-dump.XXXXXX")
trap 'rm -f "$dumpfile" "$dumpfile.err"' EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }

for db in "$src" "$dst"; do dropdb --if-exists "$db" >/dev/null 2>&1; done

# -- the source: sample data, plus a user category, a second host and a
#    row per table added by hand
if createdb "$src" &&
	q "$src" -c 'CREATE EXTENSION costshare CASCADE' &&
	for f in data/*.sql; do q "$src" -f "$f" >/dev/null || exit 1; done &&
	q "$src" <<'SQL'
INSERT INTO cost_category (code, name, parent, description)
VALUES ('construction', 'Construction', 'facilities_improvement', 'a user category'),
	   ('construction_housing', 'Family housing', 'construction', 'a child of a user category');
INSERT INTO party (code, name, default_currency, fiscal_calendar, source)
VALUES ('XH', 'Fictional host', 'NZD', 'au', 'test'), ('XS', 'Fictional stationed', 'GBP', 'uk', 'test');
INSERT INTO agreement (code, title, host_party, stationed_party, period, source)
VALUES ('XH2030', 'Fictional agreement', 'XH', 'XS', '[2029-07-01,2032-07-01)', 'test');
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('XH2030', 'construction_housing', '[2029-07-01,2032-07-01)', 'NZD 1000000.01', 'ceiling', 'test'),
	   ('XH2030', 'utilities', '[2030-07-01,2031-07-01)', 'NZD 12345.67', 'budget', 'test');
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider, source)
VALUES ('GBP', 'NZD', '[2030-01-01,2031-01-01)', 2.05, 'average', 'test', 'test');
INSERT INTO force_presence (host_party, stationed_party, as_of, personnel, source)
VALUES ('XH', 'XS', '2030-01-01', 1200, 'test');
INSERT INTO demand (demanding_party, demanded_of, amount, per_year, demanded_on, source)
VALUES ('XS', 'XH', 'GBP 600000.00', true, '2030-03-01', 'test');
INSERT INTO negotiation_event (agreement, period, kind, format, summary, source)
VALUES ('XH2030', '[2029-03-01,2029-03-02)', 'signing', 'in_person', 'test', 'test');
SQL
then ok "source database with the sample data and user rows"
else
	not_ok "source database with the sample data and user rows"
	echo "$passed passed, $failed failed"
	exit 1
fi

# -- dump (custom format) and restore into a fresh database
# (pg_dump warns that cost_category and agreement refer to themselves, which
# a data-only restore could trip on; a full restore checks those keys at the
# end of each table's COPY, so the warning is kept out of the log)
if pg_dump -Fc -f "$dumpfile" "$src" 2>"$dumpfile.err"; then ok "pg_dump"; else not_ok "pg_dump"; cat "$dumpfile.err"; fi
if createdb "$dst" && pg_restore --exit-on-error -d "$dst" "$dumpfile"; then
	ok "pg_restore into a fresh database"
else
	not_ok "pg_restore into a fresh database"
fi

# -- every table and view of the extension reads the same
relations=$(q "$src" -c "
	SELECT c.oid::regclass::text FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
	WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	  AND c.relkind IN ('r', 'v') ORDER BY 1")
[ -n "$relations" ] || not_ok "the extension has tables and views"
for rel in $relations; do
	# text of every row, sorted: the same rows in both databases
	sql="SELECT t::text FROM $rel t ORDER BY 1"
	a=$(q "$src" -c "$sql" 2>&1)
	b=$(q "$dst" -c "$sql" 2>&1)
	n=$(q "$src" -c "SELECT count(*) FROM $rel" 2>&1)
	if [ "$a" = "$b" ] && [ -n "$a" ]; then
		ok "$rel: identical after restore ($n rows)"
	else
		not_ok "$rel: differs after restore (or is empty)"
		diff <(echo "$a") <(echo "$b") | head -n 10
	fi
done

# -- functions of the schema give the same answers
for call in "burden_in_currency('USD')" "burden_in_currency('USD', 'Reuters')" "burden_in_currency('KRW')" "burden_in_currency('JPY')"; do
	if q "$src" -c "SELECT 1 FROM pg_proc WHERE proname = 'burden_in_currency'" | grep -q 1; then
		a=$(q "$src" -c "SELECT t::text FROM $call t ORDER BY 1" 2>&1)
		b=$(q "$dst" -c "SELECT t::text FROM $call t ORDER BY 1" 2>&1)
		if [ "$a" = "$b" ] && [ -n "$a" ]; then ok "$call: identical"; else not_ok "$call differs"; fi
	fi
done

# -- installed categories once, user categories kept
n=$(q "$dst" -c "SELECT count(*) FROM cost_category WHERE builtin")
m=$(q "$src" -c "SELECT count(*) FROM cost_category WHERE builtin")
if [ "$n" = "$m" ]; then ok "installed categories not duplicated ($n)"; else not_ok "installed categories: $m before, $n after"; fi

# -- a second dump of the restored database is the same as the first.
#    The rows of each table are compared as a set, in byte order: a table's
#    physical row order is no property of its data, and writing an item
#    writes a new version of its agreement's row (burden_item_check), so
#    that the agreements' order on disk depends on which items came in which
#    transaction and on when the page was pruned, which loading the sample
#    data file by file and restoring one COPY do differently.
dump_rows_sorted() {
	pg_dump --no-owner "$1" 2>/dev/null | grep -v '^\\\(un\)\?restrict' |
		perl -ne 'if (/^COPY .* FROM stdin;$/) { print; $in = 1; @rows = (); next }
			if ($in && /^\\\.$/) { print sort @rows; print; $in = 0; next }
			if ($in) { push @rows, $_ } else { print }'
}
if diff <(dump_rows_sorted "$src") <(dump_rows_sorted "$dst"); then
	ok "dump of the restored database equals the dump of the source"
else
	not_ok "dump of the restored database differs from the dump of the source"
fi

# -- sequences carry on after the restored rows (this advances them)
for t in burden_item exchange_rate force_presence demand negotiation_event; do
	a=$(q "$dst" -c "SELECT max(id) FROM $t")
	b=$(q "$dst" -c "SELECT nextval(pg_get_serial_sequence('$t', 'id'))")
	if [ -n "$a" ] && [ "$b" -gt "$a" ]; then ok "$t: the next id ($b) follows the restored rows"
	else not_ok "$t: next id $b does not follow the restored rows (max $a)"; fi
done

# -- the constraints hold in the restored database
if q "$dst" -c "INSERT INTO burden_item (agreement, category, period, amount)
		VALUES ('SMA2016', 'utilities', '[2021-01-01,2022-01-01)', 'JPY 1')" >/dev/null 2>&1; then
	not_ok "restored database accepted an item outside its agreement"
else
	ok "restored database still rejects an item outside its agreement"
fi

for db in "$src" "$dst"; do dropdb --if-exists "$db" >/dev/null 2>&1; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
