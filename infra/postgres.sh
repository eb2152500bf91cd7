#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on loopback, for tests and benchmarks of the bars store.
# Debian's `postgresql` package provides the binaries (infra/install.sh installs it).
#
#   infra/postgres.sh start DIR PORT [fsync]   initdb DIR/data if needed, then start on 127.0.0.1:PORT
#   infra/postgres.sh stop DIR                 fast shutdown (clients are disconnected)
#   infra/postgres.sh check                    exit 0 when the binaries are there
#
# The server runs as the `postgres` user (initdb refuses root) with trust auth on loopback and
# its socket in DIR. fsync is off unless the third argument is `on`: test data is thrown away,
# benchmarks pass `on` to measure what a real deployment pays.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cmd=${1:-}
case "$cmd" in
  check)
    for b in initdb pg_ctl postgres; do
      [ -x "$PGBIN/$b" ] || { echo "missing $PGBIN/$b (apt-get install postgresql)" >&2; exit 1; }
    done
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then echo "no postgres user (apt-get install postgresql)" >&2; exit 1; fi
    ;;
  start)
    dir=${2:?DIR}; port=${3:?PORT}; fsync=${4:-off}
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -s \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=50" start \
      || { tail -20 "$dir/server.log" >&2; exit 1; }
    ;;
  stop)
    dir=${2:?DIR}
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 -s stop
    ;;
  *)
    echo "usage: infra/postgres.sh start DIR PORT [on|off] | stop DIR | check" >&2
    exit 2
    ;;
esac
