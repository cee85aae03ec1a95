#!/usr/bin/env bash
# test/clients.sh: costshare from the drivers BI tools and analysts use, over
# TCP with a password, as a login that holds only costshare_reader.
#
# Starts its own throwaway cluster (.cluster-clients/, the same private
# PostgreSQL tree as scripts/test's) listening on 127.0.0.1 only, port
# COSTSHARE_CLIENTS_PORT (default 54339), every TCP login by scram-sha-256.
# Loads the sample data, creates the login costshare_bi, then runs:
#   psql                          (this file)
#   psycopg 3 text and binary, psycopg2, SQLAlchemy, pandas, psqlODBC via
#   pyodbc                        (clients/python/tests, Debian's python3-*)
#   node-postgres text and binary (clients/node, npm ci from its lock file)
#   pgjdbc                        (clients/java, Debian's libpostgresql-jdbc-java)
#   Go database/sql with lib/pq, as Grafana's PostgreSQL data source
#                                 (clients/go, built offline against Debian's
#                                 golang-go and golang-github-lib-pq-dev)
# Each prints its own results; this file counts them and ends with one line
# "N passed, N failed".
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# one clients cluster per server version (scripts/test runs each in turn)
CLUSTER_NAME=.cluster-clients-pg${PG_MAJOR:-15}
# COSTSHARE_CLIENTS_PORT, else the first port from 54339 on that nothing on
# 127.0.0.1 listens on (another checkout's test may hold one)
if [ -n "${COSTSHARE_CLIENTS_PORT:-}" ]; then
	CLUSTER_PORT=$COSTSHARE_CLIENTS_PORT
else
	CLUSTER_PORT=54339
	while (exec 3<>"/dev/tcp/127.0.0.1/$CLUSTER_PORT") 2>/dev/null && [ "$CLUSTER_PORT" -lt 54399 ]; do
		CLUSTER_PORT=$((CLUSTER_PORT + 1))
	done
fi
# shellcheck source=scripts/cluster.sh
. "$HERE/../scripts/cluster.sh"
pg_setup
build_extension >/dev/null
set +e

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
finish() {
	cluster_stop
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

export COSTSHARE_TEST_HOST=127.0.0.1 COSTSHARE_TEST_PORT=$CLUSTER_PORT
export COSTSHARE_TEST_DB=costshare_clients COSTSHARE_TEST_USER=costshare_bi
# a throwaway password for a throwaway cluster that listens on 127.0.0.1 only
export COSTSHARE_TEST_PASSWORD=reader-only-test-password

cluster_start "listen_addresses = '127.0.0.1'" "password_encryption = 'scram-sha-256'" >/dev/null ||
	{ failed=1; finish; }
# every TCP login by password (initdb --auth=trust trusts them all)
as_server_user sed -i -E 's/^(host[[:space:]].*[[:space:]])trust[[:space:]]*$/\1scram-sha-256/' "$PGDATA_DIR/pg_hba.conf"
as_server_user "$PRIVATE_BINDIR/pg_ctl" -D "$PGDATA_DIR" reload >/dev/null

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$COSTSHARE_TEST_DB" "$@"; }
createdb "$COSTSHARE_TEST_DB" &&
	sql -c 'CREATE EXTENSION costshare CASCADE' -f "$PROJECT_ROOT/data/10_japan_us.sql" -f "$PROJECT_ROOT/data/20_korea_us.sql" \
		-f "$PROJECT_ROOT/data/30_measures.sql" >/dev/null &&
	sql -c "CREATE ROLE costshare_bi LOGIN PASSWORD '$COSTSHARE_TEST_PASSWORD' IN ROLE costshare_reader" ||
	{ failed=1; finish; }

# ---------------------------------------------------------------- psql
echo "# psql"
# the connection string doc/bi.md gives for psql
tcp() { PGPASSWORD=$COSTSHARE_TEST_PASSWORD psql -X -q -At \
	"host=127.0.0.1 port=$CLUSTER_PORT dbname=$COSTSHARE_TEST_DB user=costshare_bi" "$@" 2>&1; }
check "the password is stored as SCRAM" t \
	"$(sql -c "SELECT rolpassword LIKE 'SCRAM-SHA-256\$%' FROM pg_authid WHERE rolname = 'costshare_bi'")"
check "TCP without a password is refused" 28P01 \
	"$(PGPASSWORD=wrong psql -X -At -h 127.0.0.1 -p "$CLUSTER_PORT" -U costshare_bi -d "$COSTSHARE_TEST_DB" \
		-c 'SELECT 1' 2>&1 | grep -o 'password authentication failed' | sed 's/.*/28P01/')"
check "TCP with the password, over 127.0.0.1" "127.0.0.1" "$(tcp -c 'SELECT inet_client_addr()')"
check "the server listens on 127.0.0.1 only" "127.0.0.1" "$(sql -c 'SHOW listen_addresses')"
views=$(tcp -c "SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
	WHERE c.relkind = 'v' AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1")
# doc/bi.md lists them: its paragraph from "The reader may read these views"
# to the blank line, every name in backquotes
doc_views=$(sed -n '/^The reader may read these views/,/^$/p' "$PROJECT_ROOT/doc/bi.md" |
	grep -o '`[a-z_]*`' | tr -d '`' | LC_ALL=C sort | paste -sd' ')
check "doc/bi.md lists the views the reader may read" "$(printf '%s\n' "$views" | LC_ALL=C sort | paste -sd' ')" \
	"$doc_views"
for v in $views; do
	check "psql reads $v" t "$(tcp -c "SELECT count(*) > 0 FROM \"$v\"")"
done
tables=$(sql -c "SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare' WHERE c.relkind = 'r' ORDER BY 1")
for t in $tables; do
	check "the reader cannot open table $t" "permission denied for table $t" \
		"$(tcp -c "SELECT 1 FROM \"$t\" LIMIT 1" | sed -n 's/^.*ERROR:  //p')"
done
check "information_schema shows the reader no table, only views" "0" \
	"$(tcp -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_type <> 'VIEW'")"
check "varchar and untyped parameters against each type (PREPARE, EXECUTE)" "t t t t t t t" "$(tcp <<'SQL' | paste -sd' '
PREPARE a(varchar) AS SELECT count(*) > 0 FROM burden_by_period WHERE amount > $1;
PREPARE p(varchar) AS SELECT count(*) > 0 FROM burden_by_period WHERE period && $1;
PREPARE c(varchar) AS SELECT count(*) > 0 FROM exchange_rates WHERE base_currency = $1 OR quote_currency = $1;
PREPARE f(varchar) AS SELECT count(*) > 0 FROM burden_by_period WHERE fiscal_calendar = $1;
PREPARE b(varchar) AS SELECT count(*) > 0 FROM burden_in_currency($1);
PREPARE d AS SELECT count(*) > 0 FROM burden_by_period WHERE period @> $1;
EXECUTE a('JPY 0'); EXECUTE p('JFY2020'); EXECUTE c('USD'); EXECUTE f('jp'); EXECUTE b('USD');
EXECUTE d('2020-06-01 +09'); EXECUTE d('2020-06-01T00:00:00.000+09:00');
SQL
)"
check "doc/bi.md's Grafana query" t \
	"$(tcp -c "SELECT count(*) > 0 AND count(*) = count(time) FROM (SELECT start_date AS time, amount_value, currency_code FROM burden_by_period WHERE host_party = 'JP') q")"
check "CAST(amount AS numeric) is amount_value" 0 \
	"$(tcp -c 'SELECT count(*) FROM burden_by_period WHERE CAST(amount AS numeric) <> amount_value')"

# ---------------------------------------------------------------- Python
echo "# Python: psycopg 3, psycopg2, SQLAlchemy, pandas, psqlODBC (pyodbc)"
# Debian's interpreter, whose python3-* packages scripts/cluster.sh installs
py_log=$(mktemp)
SQLALCHEMY_SILENCE_UBER_WARNING=1 /usr/bin/python3 -m unittest discover -v \
	-s "$PROJECT_ROOT/clients/python/tests" -p 'test_*.py' >"$py_log" 2>&1
py_rc=$?
cat "$py_log"
py_ok=$(grep -Ec ' \.\.\. ok$' "$py_log")
py_bad=$(grep -Ec ' \.\.\. (FAIL|ERROR)$|^(FAIL|ERROR): ' "$py_log")
[ "$py_rc" -ne 0 ] && [ "$py_bad" -eq 0 ] && py_bad=1
passed=$((passed + py_ok)); failed=$((failed + py_bad))
rm -f "$py_log"

# ---------------------------------------------------------------- node
echo "# node-postgres"
node_log=$(mktemp)
(cd "$PROJECT_ROOT/clients/node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null &&
	node --test test/) >"$node_log" 2>&1
node_rc=$?
cat "$node_log"
node_ok=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$node_log" | tail -n 1)
node_bad=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$node_log" | tail -n 1)
node_ok=${node_ok:-0}; node_bad=${node_bad:-0}
[ "$node_rc" -ne 0 ] && [ "$node_bad" -eq 0 ] && node_bad=1
passed=$((passed + node_ok)); failed=$((failed + node_bad))
rm -f "$node_log"

# ---------------------------------------------------------------- Java
echo "# pgjdbc"
java_log=$(mktemp)
java -cp /usr/share/java/postgresql.jar "$PROJECT_ROOT/clients/java/CostshareJdbcTest.java" >"$java_log" 2>&1
java_rc=$?
cat "$java_log"
java_ok=$(grep -c '^ok ' "$java_log")
java_bad=$(grep -c '^not ok ' "$java_log")
[ "$java_rc" -ne 0 ] && [ "$java_bad" -eq 0 ] && java_bad=1
passed=$((passed + java_ok)); failed=$((failed + java_bad))
rm -f "$java_log"

# ---------------------------------------------------------------- Go
echo "# Go: lib/pq, as Grafana's PostgreSQL data source"
go_log=$(mktemp)
# GOPATH mode over Debian's Go sources: nothing is downloaded; the build
# cache stays in the state directory
(cd "$PROJECT_ROOT/clients/go" &&
	GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOPROXY=off GOENV=off GOCACHE="$STATE_DIR/gocache" \
		go build -o "$STATE_DIR/costshare-grafana-test" . &&
	"$STATE_DIR/costshare-grafana-test") >"$go_log" 2>&1
go_rc=$?
cat "$go_log"
go_ok=$(grep -c '^ok ' "$go_log")
go_bad=$(grep -c '^not ok ' "$go_log")
[ "$go_rc" -ne 0 ] && [ "$go_bad" -eq 0 ] && go_bad=1
passed=$((passed + go_ok)); failed=$((failed + go_bad))
rm -f "$go_log"

finish
