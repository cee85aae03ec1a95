# cluster.sh: shared by scripts/demo, scripts/test and bench/run.  Sourced, not run.
#
# It installs the Debian packages the project needs, builds the extension, and
# runs a throwaway PostgreSQL cluster that never touches a system cluster:
#
#   - the extension is installed into a private copy of the PostgreSQL tree
#     (binaries copied, the rest symlinked), so no root is needed to install
#     it and the system's extension directory is left alone;
#   - the cluster's data directory and Unix socket are private to the project
#     (.cluster-pg<N>/ by default), it listens on no TCP address, and it trusts
#     only local socket connections;
#   - PostgreSQL refuses to run as root, so under root the server runs as an
#     unprivileged system user (postgres if it exists, else costshare).
#
# Which PostgreSQL: PG_MAJOR (default 15).  15 comes from Debian bookworm's
# packages (/usr/lib/postgresql/15); any other version is a source build
# that scripts/pg-build makes once and keeps in
# ${XDG_CACHE_HOME:-~/.cache}/costshare/pg<N>.  Either way the extension is
# installed into the state directory's private tree, never into the
# PostgreSQL it was built against.  PG_CONFIG, if set, overrides both.
#
# Callers set PG_MAJOR and CLUSTER_NAME (the state directory's name, default
# .cluster-pg<N>: one per version, so versions run one after the other)
# before sourcing, then call ensure_packages, which also finds (or builds)
# the server; everything else is derived here.

set -euo pipefail

PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_MAJOR=${PG_MAJOR:-15}
# the one version Debian bookworm ships as binary packages
DEBIAN_PG_MAJOR=15
CLUSTER_NAME=${CLUSTER_NAME:-.cluster-pg$PG_MAJOR}

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- packages

# The packages a task needs, by task: build (demo, bench) or test.
# A source-built server brings its own headers and pgTAP (scripts/pg-build
# installs what building it needs).
packages_for() {
	local pkgs="make gcc"
	if [ "$PG_MAJOR" = "$DEBIAN_PG_MAJOR" ]; then
		pkgs="$pkgs postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR"
		[ "$1" = test ] && pkgs="$pkgs postgresql-$PG_MAJOR-pgtap"
	fi
	if [ "$1" = test ]; then
		pkgs="$pkgs libtap-parser-sourcehandler-pgtap-perl python3"
		# test/clients.sh: the drivers BI tools and analysts use (node from
		# Debian only where no node with npm is installed)
		pkgs="$pkgs python3-psycopg python3-psycopg2 python3-sqlalchemy python3-pandas"
		pkgs="$pkgs python3-pyodbc odbc-postgresql unixodbc libpostgresql-jdbc-java default-jdk-headless"
		# Grafana's PostgreSQL data source: Go's database/sql with lib/pq
		pkgs="$pkgs golang-go golang-github-lib-pq-dev"
		command -v npm >/dev/null 2>&1 || pkgs="$pkgs nodejs npm"
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
	if [ -n "$missing" ]; then install_packages "$missing"; fi
	pg_setup
}

install_packages() {
	local missing=$1
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

# The server's pg_config: PG_CONFIG if set, else Debian's, else the cached
# source build (built now if it is not cached; scripts/pg-build explains a
# version it cannot get and exits 3).
pg_config_path() {
	if [ -n "${PG_CONFIG:-}" ]; then
		printf '%s\n' "$PG_CONFIG"
	elif [ "$PG_MAJOR" = "$DEBIAN_PG_MAJOR" ]; then
		[ -x "/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" ] ||
			die "/usr/lib/postgresql/$PG_MAJOR/bin/pg_config not found; install postgresql-server-dev-$PG_MAJOR"
		printf '%s\n' "/usr/lib/postgresql/$PG_MAJOR/bin/pg_config"
	else
		"$PROJECT_ROOT/scripts/pg-build" "$PG_MAJOR" | tail -n 1
	fi
}

# Find the server and put its programs (psql, pg_dump, pg_prove's psql)
# first on PATH.
pg_setup() {
	PG_CONFIG=$(pg_config_path) || exit $?
	[ -x "$PG_CONFIG" ] || die "no pg_config for PostgreSQL $PG_MAJOR"
	PG_BINDIR=$("$PG_CONFIG" --bindir)
	PG_LIBDIR=$("$PG_CONFIG" --libdir)
	PRIVATE_BINDIR="$PGTREE$PG_BINDIR"
	PATH="$PG_BINDIR:$PATH"
	export PG_CONFIG PATH
}

# The extension is built in a copy of its sources in the state directory,
# so each version keeps its own objects and the checkout none.  A file is
# copied only when it changed (the copy's new time stamp makes make rebuild
# what depends on it); a file added or removed starts the copy afresh.
BUILD_FILES_RE='^(Makefile|[^/]*\.control|costshare--[^/]*\.sql|src/.*\.(c|h|sql))$'
sync_build_tree() {
	local b=$BUILD_DIR f generated
	generated="costshare--$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" "$PROJECT_ROOT/costshare.control").sql"
	(cd "$PROJECT_ROOT" && find Makefile ./*.control ./*.sql src -type f | sed 's|^\./||' |
		grep -E "$BUILD_FILES_RE" | grep -vxF "$generated" | LC_ALL=C sort) >"$STATE_DIR/build-files.new"
	if ! cmp -s "$STATE_DIR/build-files.new" "$b/.files" 2>/dev/null; then
		rm -rf "$b"
		mkdir -p "$b"
	fi
	while IFS= read -r f; do
		if ! cmp -s "$PROJECT_ROOT/$f" "$b/$f" 2>/dev/null; then
			mkdir -p "$b/$(dirname "$f")"
			cp "$PROJECT_ROOT/$f" "$b/$f"
		fi
	done <"$STATE_DIR/build-files.new"
	mv "$STATE_DIR/build-files.new" "$b/.files"
}

# Build with every warning an error: the extension must build cleanly.
build_extension() {
	say "== building costshare for PostgreSQL $("$PG_CONFIG" --version | sed 's/^PostgreSQL //')"
	mkdir -p "$STATE_DIR"
	sync_build_tree
	make -C "$BUILD_DIR" -s PG_CONFIG="$PG_CONFIG" COSTSHARE_WERROR=1 >/dev/null
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
		(cd / && runuser -u "$SERVER_USER" -- env "LD_LIBRARY_PATH=$(server_ld_path)" "$@")
	else
		"$@"
	fi
}

# Where the server user finds the private tree's libpq, if it has one.
server_ld_path() {
	local d="$PGTREE${PG_LIBDIR:-/nonexistent}"
	if compgen -G "$d/libpq.so*" >/dev/null; then printf '%s\n' "$d"; fi
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
BUILD_DIR="$STATE_DIR/build"      # the extension's build copy
PGDATA_DIR="$STATE_DIR/data"
SOCKET_DIR="$STATE_DIR/socket"
SERVER_LOG="$STATE_DIR/server.log"
CLUSTER_PORT=${CLUSTER_PORT:-54329}

# Unix socket paths are limited to 107 bytes; a deep checkout gets a short
# socket directory under /tmp instead.
if [ $(( ${#SOCKET_DIR} + 20 )) -gt 100 ]; then
	SOCKET_DIR="/tmp/costshare-sock-$(printf '%s' "$STATE_DIR" | md5sum | cut -c1-12)"
fi


# ---------------------------------------------------------------- install

# A private PostgreSQL tree: PostgreSQL finds its share and lib directories
# relative to its binary, so copies of the binaries beside symlinks to the
# rest make a tree into which `make install DESTDIR=` installs costshare.
# Under root, a tree the server user cannot read (a source build in
# /root/.cache) is copied instead of linked, with its libpq, which pg_ctl
# needs (server_ld_path).
install_private() {
	local sharedir pkglibdir libdir how=-rs
	sharedir=$("$PG_CONFIG" --sharedir)
	pkglibdir=$("$PG_CONFIG" --pkglibdir)
	libdir=$("$PG_CONFIG" --libdir)
	rm -rf "$PGTREE"
	mkdir -p "$PRIVATE_BINDIR" "$PGTREE$(dirname "$sharedir")" "$PGTREE$(dirname "$pkglibdir")"
	cp "$PG_BINDIR"/postgres "$PG_BINDIR"/initdb "$PG_BINDIR"/pg_ctl "$PRIVATE_BINDIR"/
	if [ "$(id -u)" -eq 0 ] && ! runuser -u "$SERVER_USER" -- test -r "$sharedir/postgres.bki"; then
		how=-r
		if compgen -G "$libdir/libpq.so*" >/dev/null; then
			mkdir -p "$PGTREE$libdir"
			cp -a "$libdir"/libpq.so* "$PGTREE$libdir/"
		fi
	fi
	cp "$how" "$sharedir" "$PGTREE$(dirname "$sharedir")/"
	cp "$how" "$pkglibdir" "$PGTREE$(dirname "$pkglibdir")/"
	make -C "$BUILD_DIR" -s PG_CONFIG="$PG_CONFIG" COSTSHARE_WERROR=1 install DESTDIR="$PGTREE" >/dev/null
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
	say "  $PG_BINDIR/psql -h $SOCKET_DIR -p $CLUSTER_PORT ${1:-postgres}"
	say "Stop it with:"
	if [ "$(id -u)" -eq 0 ]; then
		say "  runuser -u $SERVER_USER -- env LD_LIBRARY_PATH=$(server_ld_path) $PRIVATE_BINDIR/pg_ctl -D $PGDATA_DIR stop"
	else
		say "  $PRIVATE_BINDIR/pg_ctl -D $PGDATA_DIR stop"
	fi
}
