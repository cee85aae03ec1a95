# cluster.sh: shared by scripts/demo, scripts/test and bench/run.  Sourced, not run.
#
# It installs the Debian packages the project needs, builds the extension, and
# runs a throwaway PostgreSQL cluster that never touches a system cluster:
#
#   - the extension is installed into a private copy of the PostgreSQL tree
#     (binaries copied, the rest symlinked), so no root is needed to install
#     it and the system's extension directory is left alone;
#   - the cluster's data directory and Unix socket are private to the project
#     (.cluster/ by default), it listens on no TCP address, and it trusts
#     only local socket connections;
#   - PostgreSQL refuses to run as root, so under root the server runs as an
#     unprivileged system user (postgres if it exists, else costshare).
#
# Callers set CLUSTER_NAME (the state directory's name, default .cluster)
# before sourcing; everything else is derived here.

set -euo pipefail

PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_MAJOR=${PG_MAJOR:-15}
CLUSTER_NAME=${CLUSTER_NAME:-.cluster}

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- packages

# The packages a task needs, by task: build (demo, bench) or test.
packages_for() {
	local pkgs="make gcc postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR"
	if [ "$1" = test ]; then
		pkgs="$pkgs postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl python3 python3-psycopg2"
	fi
	printf '%s\n' "$pkgs"
}

# Install what is missing: through apt-get as root, else print the exact
# command and stop.
ensure_packages() {
	local missing="" p
	for p in $(packages_for "$1"); do
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
			missing="$missing $p"
		fi
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		say "These Debian packages are missing:$missing"
		say "Install them, then run this command again:"
		say "  sudo apt-get update && sudo apt-get install -y$missing"
		exit 1
	fi
	say "== installing Debian packages:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >/dev/null
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing </dev/null >/dev/null
}

# ---------------------------------------------------------------- build

pg_config_path() {
	if [ -n "${PG_CONFIG:-}" ]; then
		printf '%s\n' "$PG_CONFIG"
	elif [ -x "/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" ]; then
		printf '%s\n' "/usr/lib/postgresql/$PG_MAJOR/bin/pg_config"
	else
		command -v pg_config || die "pg_config not found; install postgresql-server-dev-$PG_MAJOR"
	fi
}

PG_CONFIG=$(pg_config_path)
PG_BINDIR=$("$PG_CONFIG" --bindir)
export PG_CONFIG

# Build with every warning an error: the extension must build cleanly.
build_extension() {
	say "== building costshare"
	make -C "$PROJECT_ROOT" -s PG_CONFIG="$PG_CONFIG" COSTSHARE_WERROR=1 >/dev/null
}

# ---------------------------------------------------------------- state

# The unprivileged user that runs the server when we are root.
server_user() {
	if [ "$(id -u)" -ne 0 ]; then
		id -un
	elif id postgres >/dev/null 2>&1; then
		echo postgres
	else
		id costshare >/dev/null 2>&1 ||
			useradd --system --no-create-home --shell /usr/sbin/nologin costshare
		echo costshare
	fi
}

SERVER_USER=$(server_user)

as_server_user() {
	if [ "$(id -u)" -eq 0 ]; then
		# from / so a working directory the server user cannot enter is no matter
		(cd / && runuser -u "$SERVER_USER" -- "$@")
	else
		"$@"
	fi
}

# The state directory: project-local unless, under root, the server user
# cannot reach the project (a checkout under /root, say); then a directory
# of its own under /tmp, named after the project's path.
state_dir() {
	local local_dir="$PROJECT_ROOT/$CLUSTER_NAME"
	if [ "$(id -u)" -ne 0 ] || runuser -u "$SERVER_USER" -- test -x "$PROJECT_ROOT"; then
		printf '%s\n' "$local_dir"
	else
		printf '/tmp/costshare-%s%s\n' "$(printf '%s' "$PROJECT_ROOT" | md5sum | cut -c1-12)" "$CLUSTER_NAME"
	fi
}

STATE_DIR=$(state_dir)
PGTREE="$STATE_DIR/install"      # private copy of the PostgreSQL tree
PGDATA_DIR="$STATE_DIR/data"
SOCKET_DIR="$STATE_DIR/socket"
SERVER_LOG="$STATE_DIR/server.log"
CLUSTER_PORT=${CLUSTER_PORT:-54329}

# Unix socket paths are limited to 107 bytes; a deep checkout gets a short
# socket directory under /tmp instead.
if [ $(( ${#SOCKET_DIR} + 20 )) -gt 100 ]; then
	SOCKET_DIR="/tmp/costshare-sock-$(printf '%s' "$STATE_DIR" | md5sum | cut -c1-12)"
fi

PRIVATE_BINDIR="$PGTREE$PG_BINDIR"

# ---------------------------------------------------------------- install

# A private PostgreSQL tree: PostgreSQL finds its share and lib directories
# relative to its binary, so copies of the binaries beside symlinks to the
# rest make a tree into which `make install DESTDIR=` installs costshare.
install_private() {
	local sharedir pkglibdir
	sharedir=$("$PG_CONFIG" --sharedir)
	pkglibdir=$("$PG_CONFIG" --pkglibdir)
	rm -rf "$PGTREE"
	mkdir -p "$PRIVATE_BINDIR" "$PGTREE$(dirname "$sharedir")" "$PGTREE$(dirname "$pkglibdir")"
	cp "$PG_BINDIR"/postgres "$PG_BINDIR"/initdb "$PG_BINDIR"/pg_ctl "$PRIVATE_BINDIR"/
	cp -rs "$sharedir" "$PGTREE$(dirname "$sharedir")/"
	cp -rs "$pkglibdir" "$PGTREE$(dirname "$pkglibdir")/"
	make -C "$PROJECT_ROOT" -s PG_CONFIG="$PG_CONFIG" COSTSHARE_WERROR=1 install DESTDIR="$PGTREE" >/dev/null
	chmod -R a+rX "$PGTREE"
}

# ---------------------------------------------------------------- cluster

cluster_running() {
	[ -f "$PGDATA_DIR/postmaster.pid" ] &&
		as_server_user "$PRIVATE_BINDIR/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1
}

cluster_stop() {
	if [ -d "$PGDATA_DIR" ] && [ -x "$PRIVATE_BINDIR/pg_ctl" ] && cluster_running; then
		as_server_user "$PRIVATE_BINDIR/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
	elif [ -f "$PGDATA_DIR/postmaster.pid" ]; then
		# the private binaries are gone but a server may still run
		local pid
		pid=$(head -n 1 "$PGDATA_DIR/postmaster.pid")
		kill -INT "$pid" 2>/dev/null || true
		sleep 2
	fi
}

# Start a new cluster: a stale one from an earlier run is stopped and
# replaced, so every run starts from the same state.  Extra settings for
# postgresql.conf come as arguments (name=value).
cluster_start() {
	cluster_stop
	install_private
	rm -rf "$PGDATA_DIR" "$SOCKET_DIR"
	mkdir -p "$STATE_DIR" "$PGDATA_DIR" "$SOCKET_DIR"
	if [ "$(id -u)" -eq 0 ]; then
		chown "$SERVER_USER" "$PGDATA_DIR" "$SOCKET_DIR"
		touch "$SERVER_LOG" && chown "$SERVER_USER" "$SERVER_LOG"
	fi
	chmod 700 "$PGDATA_DIR"
	say "== starting a throwaway PostgreSQL $PG_MAJOR cluster in $PGDATA_DIR"
	as_server_user "$PRIVATE_BINDIR/initdb" -D "$PGDATA_DIR" -U "$(id -un)" \
		--auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$STATE_DIR/initdb.log" 2>&1 ||
		{ cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }
	{
		echo "# throwaway cluster: private socket only"
		echo "listen_addresses = ''"
		echo "port = $CLUSTER_PORT"
		echo "unix_socket_directories = '$SOCKET_DIR'"
		echo "fsync = off"
		echo "lc_messages = 'C'"
		local setting
		for setting in "$@"; do echo "$setting"; done
	} >>"$PGDATA_DIR/postgresql.conf"
	as_server_user "$PRIVATE_BINDIR/pg_ctl" -D "$PGDATA_DIR" -l "$SERVER_LOG" -w start >/dev/null ||
		{ tail -n 30 "$SERVER_LOG" >&2; die "the throwaway cluster did not start"; }
	export PGHOST="$SOCKET_DIR" PGPORT="$CLUSTER_PORT" PGUSER
	PGUSER=$(id -un)
}

# How to reach and stop the cluster, for the user.
cluster_instructions() {
	say "The throwaway cluster is still running. Connect with:"
	say "  psql -h $SOCKET_DIR -p $CLUSTER_PORT ${1:-postgres}"
	say "Stop it with:"
	if [ "$(id -u)" -eq 0 ]; then
		say "  runuser -u $SERVER_USER -- $PRIVATE_BINDIR/pg_ctl -D $PGDATA_DIR stop"
	else
		say "  $PRIVATE_BINDIR/pg_ctl -D $PGDATA_DIR stop"
	fi
}
