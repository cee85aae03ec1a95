# shellcheck shell=bash
# citus.sh: a Citus cluster for scripts/test-citus and bench/run.  Sourced
# after scripts/cluster.sh (PG_MAJOR 15), not run.
#
#   citus_install          finds Citus (CITUS_SRC: a source tree, built here
#                          once per commit; or CITUS_DESTDIR: the staging
#                          tree of a build) and copies its files into the
#                          private PostgreSQL tree ($PGTREE, made by
#                          install_private or cluster_start first); returns 2
#                          with the reason in CITUS_MISSING when there is none
#   citus_start [SETTING ...]
#                          starts a coordinator and two workers on 127.0.0.1
#                          (free ports in PORT[coordinator|worker1|worker2],
#                          data directories under $STATE_DIR/<node>/, the
#                          SETTINGs added to each postgresql.conf), creates
#                          Citus on every node, adds the workers, and creates
#                          costshare on the coordinator (Citus creates it on
#                          the workers); database postgres everywhere
#   citus_stop             stops the three servers (also a stale run's)
#   coord ARGS...          psql -At on the coordinator's postgres database
#   on_node NODE ARGS...   the same on any node
#
# Citus is not a Debian package: doc/citus.md says how to get it.

CITUS_NODES="coordinator worker1 worker2"
declare -A PORT

# What Citus's configure and build need beyond the server's headers
# (PostgreSQL's pgxs links what pg_config --libs names).
CITUS_PACKAGES="make gcc patch flex libssl-dev libkrb5-dev liblz4-dev libzstd-dev
	libxml2-dev libxslt1-dev libreadline-dev zlib1g-dev libicu-dev"

# build_citus <source tree>: prints the staging tree of a build of that tree
# for this PostgreSQL, building it first unless a build of the same commit,
# patches and server version is already there.
build_citus() {
	local src=$1 key commit missing="" p pkg patches="" server_inc dir pkglibdir
	pkglibdir=$("$PG_CONFIG" --pkglibdir)
	[ -f "$src/configure.ac" ] && grep -q 'AC_INIT(\[Citus\]' "$src/configure.ac" ||
		die "CITUS_SRC=$src is not a Citus source tree (no configure.ac of Citus)"
	for pkg in $CITUS_PACKAGES; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
			missing="$missing $pkg"
	done
	if [ -n "$missing" ]; then install_packages "$missing" >&2; fi

	# Which patches this server's headers need (each patch's own text says why).
	server_inc=$("$PG_CONFIG" --includedir-server)
	if grep -q 'have_createdb_privilege' "$server_inc/commands/dbcommands.h"; then
		patches="$patches $PROJECT_ROOT/scripts/citus-patches/13.2-pg15-have_createdb_privilege.patch"
	fi

	if git -C "$src" rev-parse --verify -q HEAD >/dev/null 2>&1; then
		commit=$(git -C "$src" rev-parse HEAD)
		[ -z "$(git -C "$src" status --porcelain --untracked-files=no)" ] ||
			say "warning: $src has uncommitted changes; the build is of its commit $commit" >&2
	else
		# a tree without git (an unpacked archive): its files' contents
		commit=tree-$( (cd "$src" && find . -type f ! -path './.git/*' -print0 | LC_ALL=C sort -z |
			xargs -0 sha1sum) | sha1sum | cut -c1-16)
	fi
	key="$commit-pg$("$PG_CONFIG" --version | sed 's/^PostgreSQL //; s/[^0-9.].*//')"
	if [ -n "$patches" ]; then
		# shellcheck disable=SC2086
		key="$key-$(cat $patches | sha1sum | cut -c1-12)"
	fi
	dir="$STATE_DIR/citus/$key"
	if [ -f "$dir/dest$pkglibdir/citus.so" ]; then
		say "== Citus $commit: built before, in $dir/dest" >&2
		printf '%s\n' "$dir/dest"
		return
	fi
	say "== building Citus $commit for PostgreSQL $("$PG_CONFIG" --version | sed 's/^PostgreSQL //') (a few minutes; log in $dir/build.log)" >&2
	rm -rf "$dir"
	mkdir -p "$dir/src"
	if git -C "$src" rev-parse --verify -q HEAD >/dev/null 2>&1; then
		git -C "$src" archive HEAD | tar -x -C "$dir/src"
	else
		cp -r "$src/." "$dir/src/"
	fi
	for p in $patches; do
		patch -d "$dir/src" -p1 --forward --quiet <"$p" >>"$dir/build.log" 2>&1 ||
			{ tail -n 20 "$dir/build.log" >&2; die "the patch $p does not apply to Citus $commit"; }
	done
	# --without-libcurl: libcurl serves only Citus's usage statistics reports
	if ! (cd "$dir/src" && ./configure PG_CONFIG="$PG_CONFIG" --without-libcurl &&
		make -j2 with_llvm=no && make install with_llvm=no DESTDIR="$dir/dest.new") >>"$dir/build.log" 2>&1; then
		grep -m 5 -E 'error|Error' "$dir/build.log" >&2 || tail -n 20 "$dir/build.log" >&2
		die "Citus did not build; see $dir/build.log"
	fi
	mv "$dir/dest.new" "$dir/dest"
	# the build tree is large and not needed again
	rm -rf "$dir/src"
	printf '%s\n' "$dir/dest"
}

citus_install() {
	local sharedir pkglibdir
	sharedir=$("$PG_CONFIG" --sharedir)
	pkglibdir=$("$PG_CONFIG" --pkglibdir)
	CITUS_MISSING=""
	if [ -n "${CITUS_SRC:-}" ]; then
		[ -z "${CITUS_DESTDIR:-}" ] || die "set CITUS_SRC or CITUS_DESTDIR, not both"
		CITUS_DESTDIR=$(build_citus "$(cd "$CITUS_SRC" && pwd)")
	fi
	if [ -n "${CITUS_DESTDIR:-}" ]; then
		[ -f "$CITUS_DESTDIR$pkglibdir/citus.so" ] ||
			die "CITUS_DESTDIR=$CITUS_DESTDIR has no $pkglibdir/citus.so (make install DESTDIR=... in a Citus tree built for PostgreSQL $PG_MAJOR makes one)"
		cp -r "$CITUS_DESTDIR$pkglibdir/." "$PGTREE$pkglibdir/"
		cp -r "$CITUS_DESTDIR$sharedir/extension/." "$PGTREE$sharedir/extension/"
		chmod -R a+rX "$PGTREE"
	fi
	if [ ! -f "$PGTREE$pkglibdir/citus.so" ] || [ ! -f "$PGTREE$sharedir/extension/citus.control" ]; then
		# shellcheck disable=SC2034 # the callers read it
		CITUS_MISSING="Citus for PostgreSQL $PG_MAJOR is not installed: neither CITUS_SRC (a Citus source tree) nor CITUS_DESTDIR (the staging tree of a Citus build) was given, and there is no citus.so in $pkglibdir"
		return 2
	fi
}

citus_node_dir() { printf '%s/%s\n' "$STATE_DIR" "$1"; }

on_node() {
	local n=$1
	shift
	psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${PORT[$n]}" -U "$(id -un)" -d postgres "$@"
}
# shellcheck disable=SC2120 # the callers pass arguments
coord() { on_node coordinator "$@"; }

citus_stop() {
	local n
	for n in $CITUS_NODES; do
		if [ -f "$(citus_node_dir "$n")/data/postmaster.pid" ]; then
			as_server_user "$PRIVATE_BINDIR/pg_ctl" -D "$(citus_node_dir "$n")/data" -m fast -w stop >/dev/null 2>&1 || true
		fi
	done
}

citus_start() {
	local n d i=0 setting free_ports
	read -r -a free_ports <<<"$(python3 - <<'PY'
import socket
socks = []
for _ in range(3):
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    socks.append(s)
print(' '.join(str(s.getsockname()[1]) for s in socks))
PY
)"
	for n in $CITUS_NODES; do PORT[$n]=${free_ports[$i]}; i=$((i + 1)); done

	# a stale run's servers first (their ports are in their own postmaster.pid)
	citus_stop
	mkdir -p "$SOCKET_DIR"
	[ "$(id -u)" -ne 0 ] || chown "$SERVER_USER" "$SOCKET_DIR"
	for n in $CITUS_NODES; do
		d=$(citus_node_dir "$n")
		rm -rf "$d"
		mkdir -p "$d/data"
		[ "$(id -u)" -ne 0 ] || chown -R "$SERVER_USER" "$d"
		chmod 700 "$d/data"
		as_server_user "$PRIVATE_BINDIR/initdb" -D "$d/data" -U "$(id -un)" \
			--auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$d/initdb.log" 2>&1 ||
			{ cat "$d/initdb.log" >&2; die "initdb failed for $n"; }
		{
			echo "# throwaway Citus node: loopback only, trusted"
			echo "listen_addresses = '127.0.0.1'"
			echo "port = ${PORT[$n]}"
			echo "unix_socket_directories = '$SOCKET_DIR'"
			echo "shared_preload_libraries = 'citus'"
			echo "fsync = off"
			echo "lc_messages = 'C'"
			echo "max_connections = 100"
			# loopback only, and the throwaway servers have no certificate
			echo "citus.node_conninfo = 'sslmode=disable'"
			# the schema's triggers on a worker's shard read (and lock) rows of
			# other tables, which Citus allows only with this (doc/citus.md)
			echo "citus.allow_nested_distributed_execution = on"
			for setting in "$@"; do echo "$setting"; done
		} >>"$d/data/postgresql.conf"
		as_server_user "$PRIVATE_BINDIR/pg_ctl" -D "$d/data" -l "$d/server.log" -w start >/dev/null ||
			{ tail -n 30 "$d/server.log" >&2; die "the $n server did not start"; }
	done
	say "== Citus coordinator on 127.0.0.1:${PORT[coordinator]}, workers on ${PORT[worker1]} and ${PORT[worker2]}"

	# Citus itself is created on every node; costshare only on the
	# coordinator, whose CREATE EXTENSION Citus runs on the workers
	for n in worker1 worker2; do
		on_node "$n" -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION citus'
	done
	# shellcheck disable=SC2119
	coord >/dev/null <<-SQL
		SET client_min_messages = warning;
		CREATE EXTENSION citus;
		SELECT citus_set_coordinator_host('127.0.0.1', ${PORT[coordinator]});
		SELECT 1 FROM citus_add_node('127.0.0.1', ${PORT[worker1]});
		SELECT 1 FROM citus_add_node('127.0.0.1', ${PORT[worker2]});
		CREATE EXTENSION costshare CASCADE;
	SQL
}
