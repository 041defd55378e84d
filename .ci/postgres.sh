#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server up, for the shared-index tests:
#   bash .ci/postgres.sh npm test
#   bash .ci/postgres.sh npx vitest run test/dedup/postgres.test.ts
# The server lives in a fresh temp dir, listens on a Unix socket only (no TCP port to
# collide with or expose), trusts local connections, and is stopped and deleted when
# the command exits. The command sees PGHOST, PGPORT, PGUSER, PGDATABASE and
# CORROBORATE_PG_URL. Without PostgreSQL's binaries (Debian's `postgresql` package)
# the command runs without a server: the tests then skip with a notice, or fail in CI.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "warning: PostgreSQL is not installed (apt-get install postgresql); running without a server" >&2
  exec "$@"
fi

# initdb and postgres refuse to run as root: use the postgres user the package creates.
as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d /tmp/corroborate-pg.XXXXXX)
port=54329
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
stop() {
  as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_server "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -p $port -c listen_addresses='' -c max_connections=50" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
"$bin/postgres" --version

export PGHOST="$dir" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export CORROBORATE_PG_URL="postgresql://postgres@localhost/postgres?host=$dir&port=$port"
# not exec: the trap must run after the command
"$@"
