#!/usr/bin/env bash
# A 3-node NATS JetStream cluster for Bourse's replicated log, on one host (loopback by default).
# No systemd: the servers are started here, their pids recorded in DIR/nI/pid, and only those pids
# are ever signalled (after checking that the process still runs our config file).
#
#   infra/nats/cluster.sh start  [--dir D] [--host H] [--ports P1,P2,P3] [--cluster-ports ..] [--http-ports ..]
#                                [--name N] [--max-file-store SIZE] [--wait SECONDS] [--sync always|default]
#   infra/nats/cluster.sh stop   [--dir D]            SIGTERM, then SIGKILL after 10 s
#   infra/nats/cluster.sh status [--dir D]            pid, health and JetStream role of each node
#   infra/nats/cluster.sh start-node|stop-node|kill-node I [--dir D]   one node (1..3); kill = SIGKILL
#   infra/nats/cluster.sh urls   [--dir D]            nats://H:P1,nats://H:P2,nats://H:P3
#
# Defaults: --dir ./data/nats, --host 127.0.0.1, client ports 4222-4224, cluster 6222-6224,
# monitoring (HTTP) 8222-8224. start writes DIR/cluster.env; the other commands read it.
# --sync always: `sync_interval: always` (fsync per write; nats-server >= 2.10 only); default: the
# server's own (2.9: a 2-minute timer; 2.10: 2 minutes unless set).
# Ready means healthy and every started node a current member of the JetStream meta group: a
# fresh 2.10.27 cluster sometimes leaves one out for good (docs/replication.md), and then that
# node is restarted once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cmd="${1:-}"; [ $# -gt 0 ] && shift
node_arg=""
case "$cmd" in start-node|stop-node|kill-node) node_arg="${1:-}"; [ $# -gt 0 ] && shift ;; esac

DIR=./data/nats HOST=127.0.0.1 PORTS=4222,4223,4224 CPORTS=6222,6223,6224 HPORTS=8222,8223,8224
NAME=bourse MAXFILE=4GB WAIT=30 SYNC=default
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DIR="$2"; shift 2 ;;
    --host) HOST="$2"; shift 2 ;;
    --ports) PORTS="$2"; shift 2 ;;
    --cluster-ports) CPORTS="$2"; shift 2 ;;
    --http-ports) HPORTS="$2"; shift 2 ;;
    --name) NAME="$2"; shift 2 ;;
    --max-file-store) MAXFILE="$2"; shift 2 ;;
    --wait) WAIT="$2"; shift 2 ;;
    --sync) SYNC="$2"; shift 2 ;;
    *) echo "cluster.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
if [ "$cmd" != start ] && [ -f "$DIR/cluster.env" ]; then . "$DIR/cluster.env"; fi
IFS=, read -r -a P <<<"$PORTS"; IFS=, read -r -a C <<<"$CPORTS"; IFS=, read -r -a H <<<"$HPORTS"

die() { echo "cluster.sh: $*" >&2; exit 1; }
need_bin() { command -v nats-server >/dev/null 2>&1 || die "nats-server not found: install Debian's nats-server (infra/install.sh)"; }
# "2.10.27" from `nats-server: v2.10.27`; at_least_2_10 decides what the template may contain.
server_version() { nats-server --version 2>/dev/null | sed -n 's/.*v\([0-9][0-9.]*\).*/\1/p'; }
at_least_2_10() {
  local v major minor
  v="$(server_version)"; major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%.*}"
  [ -n "$major" ] && { [ "$major" -gt 2 ] || { [ "$major" = 2 ] && [ "$minor" -ge 10 ]; }; }
}

# GET http://HOST:PORT/PATH with bash's /dev/tcp (no curl needed); prints the body.
http_get() {
  local port="$1" path="$2" body
  exec 3<>"/dev/tcp/$HOST/$port" 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$HOST" >&3
  body="$(timeout 3 cat <&3 || true)"
  exec 3<&- 3>&-
  printf '%s' "${body#*$'\r\n\r\n'}"
}

conf_of() { echo "$DIR/n$1/nats.conf"; }
pid_of() { cat "$DIR/n$1/pid" 2>/dev/null || true; }
# Our process only: alive and running our config file (a recycled pid is left alone).
ours() {
  local pid="$1" i="$2"
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$(conf_of "$i")"
}

render() {
  local i="$1" k routes="" js_extra="" nd="$DIR/n$1"
  if [ "$SYNC" = always ]; then js_extra+="  sync_interval: always"$'\n'; fi
  mkdir -p "$nd/js"
  for k in 1 2 3; do
    [ "$k" = "$i" ] && continue
    routes+="    nats-route://$HOST:${C[$((k - 1))]}"$'\n'
  done
  sed -e "s|@SERVER_NAME@|$NAME-n$i|" -e "s|@HOST@|$HOST|g" -e "s|@CLIENT_PORT@|${P[$((i - 1))]}|" \
      -e "s|@HTTP_PORT@|${H[$((i - 1))]}|" -e "s|@CLUSTER_PORT@|${C[$((i - 1))]}|" -e "s|@NODE_DIR@|$nd|g" \
      -e "s|@CLUSTER_NAME@|$NAME|" -e "s|@MAX_FILE_STORE@|$MAXFILE|" "$here/node.conf.tmpl" \
    | awk -v routes="$routes" -v js_extra="$js_extra" '{ if ($0 == "@ROUTES@") printf "%s", routes; else if ($0 == "@JETSTREAM_EXTRA@") printf "%s", js_extra; else print }' >"$(conf_of "$i")"
}

start_node() {
  local i="$1" pid
  pid="$(pid_of "$i")"
  if ours "$pid" "$i"; then echo "n$i already running (pid $pid)"; return 0; fi
  render "$i"
  nohup nats-server -c "$(conf_of "$i")" >>"$DIR/n$i/nats.log" 2>&1 </dev/null &
  echo $! >"$DIR/n$i/pid"
  echo "n$i started: pid $! client $HOST:${P[$((i - 1))]} monitor $HOST:${H[$((i - 1))]}"
}

signal_node() {
  local i="$1" sig="$2" pid
  pid="$(pid_of "$i")"
  if ! ours "$pid" "$i"; then rm -f "$DIR/n$i/pid"; return 0; fi
  kill "-$sig" "$pid" 2>/dev/null || true
  if [ "$sig" = KILL ]; then rm -f "$DIR/n$i/pid"; echo "n$i killed (pid $pid)"; return 0; fi
  for _ in $(seq 1 100); do ours "$pid" "$i" || break; sleep 0.1; done
  if ours "$pid" "$i"; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$DIR/n$i/pid"
  echo "n$i stopped (pid $pid)"
}

# The JetStream meta group as its leader reports it (/jsz), one "name current(0|1)" line per member,
# the leader first; nothing while no live node is the leader.
meta_members() {
  local i
  for i in 1 2 3; do
    ours "$(pid_of "$i")" "$i" || continue
    http_get "${H[$((i - 1))]}" /jsz 2>/dev/null | python3 -c '
import json, sys
try:
    m = json.load(sys.stdin).get("meta_cluster") or {}
except ValueError:
    sys.exit(0)
if m.get("leader") != sys.argv[1]:
    sys.exit(0)
print(m["leader"], 1)
for r in m.get("replicas") or []:
    print(r.get("name"), 1 if r.get("current") else 0)
' "$NAME-n$i"
  done 2>/dev/null | awk 'NF == 2' | sort -u
}

# Waits until nodes "$@" are healthy and current members of the meta group. On a fresh
# nats-server 2.10.27 cluster (about 1 start in 15 here) the meta leader never hears one node's
# Raft replies although its routes are up (each seen after a "Duplicate Route" closed): it leaves
# that node out for good, or the node stays "not current with the meta leader" (unhealthy); R3
# placement then fails ("no suitable peers for placement"). A node that is still not a current
# member after 8 s, while a leader is known, is restarted once (fresh routes).
wait_ready() {
  local deadline=$((SECONDS + WAIT)) grace=$((SECONDS + 8)) i members missing absent restarted=""
  while :; do
    members="$(meta_members)"
    missing="" absent=""
    for i in "$@"; do
      if ! printf '%s\n' "$members" | grep -qxF "$NAME-n$i 1"; then absent+=" $i" missing+=" $i"
      elif ! http_get "${H[$((i - 1))]}" /healthz 2>/dev/null | grep -q '"ok"'; then missing+=" $i"; fi
    done
    [ -z "$missing" ] && return 0
    if [ $SECONDS -ge $grace ] && [ -n "$members" ]; then
      for i in $absent; do
        case " $restarted " in *" $i "*) continue ;; esac
        echo "cluster.sh: n$i is not a current member of the JetStream meta group after 8 s (leader's view: $(printf '%s' "$members" | tr '\n' ' ')); restarting it" >&2
        restarted+=" $i"
        signal_node "$i" TERM >/dev/null
        start_node "$i" >/dev/null
      done
    fi
    [ $SECONDS -ge $deadline ] && die "nodes$missing not healthy current members of the JetStream meta group after ${WAIT}s (leader's view: $(printf '%s' "$members" | tr '\n' ' '); logs in $DIR/n*/nats.log)"
    sleep 0.2
  done
}

check_node_arg() { case "$node_arg" in 1|2|3) ;; *) die "$cmd needs a node number 1, 2 or 3" ;; esac; }

case "$cmd" in
  start)
    need_bin
    [ ${#P[@]} = 3 ] && [ ${#C[@]} = 3 ] && [ ${#H[@]} = 3 ] || die "--ports, --cluster-ports and --http-ports need three values each"
    case "$SYNC" in
      default) ;;
      always) at_least_2_10 || die "--sync always needs nats-server >= 2.10 (this one is $(server_version)); see docs/replication.md" ;;
      *) die "--sync takes always or default, not $SYNC" ;;
    esac
    command -v python3 >/dev/null 2>&1 || die "python3 not found (reads the servers' /jsz)"
    printf 'HOST=%q\nPORTS=%q\nCPORTS=%q\nHPORTS=%q\nNAME=%q\nMAXFILE=%q\nSYNC=%q\n' "$HOST" "$PORTS" "$CPORTS" "$HPORTS" "$NAME" "$MAXFILE" "$SYNC" >"$DIR/cluster.env"
    for i in 1 2 3; do start_node "$i"; done
    wait_ready 1 2 3
    echo "cluster $NAME ready: $("$0" urls --dir "$DIR")"
    ;;
  stop)
    for i in 1 2 3; do signal_node "$i" TERM; done
    ;;
  start-node) check_node_arg; need_bin; start_node "$node_arg"; wait_ready "$node_arg" ;;
  stop-node) check_node_arg; signal_node "$node_arg" TERM ;;
  kill-node) check_node_arg; signal_node "$node_arg" KILL ;;
  urls)
    echo "nats://$HOST:${P[0]},nats://$HOST:${P[1]},nats://$HOST:${P[2]}"
    ;;
  status)
    for i in 1 2 3; do
      pid="$(pid_of "$i")"
      if ours "$pid" "$i"; then
        health="$(http_get "${H[$((i - 1))]}" /healthz 2>/dev/null | tr -d '\n' || true)"
        jsz="$(http_get "${H[$((i - 1))]}" /jsz 2>/dev/null | tr -d '\n ' || true)"
        leader="$(printf '%s' "$jsz" | grep -o '"meta_cluster":{[^}]*"leader":"[^"]*"' | grep -o '"leader":"[^"]*"' | cut -d'"' -f4 || true)"
        echo "n$i pid=$pid client=$HOST:${P[$((i - 1))]} up health=${health:-unreachable} meta_leader=${leader:-?}"
      else
        echo "n$i down"
      fi
    done
    ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$cmd" ] && exit 2
    die "unknown command $cmd"
    ;;
esac
