#!/usr/bin/env bash
# Two "hosts" for feed tests: a pair of network namespaces joined by a veth, with multicast
# routed over it, and nftables random drop on the receiving side (this kernel has no netem).
# Run as root. Every name is chosen by the caller, so concurrent runs never collide.
#
#   netns.sh create PUB CLI            namespaces PUB (10.77.0.1) and CLI (10.77.0.2), veth "feed0"
#   netns.sh destroy NS...             kill what runs in each namespace, then delete it (missing: ok)
#   netns.sh destroy-prefix PREFIX     destroy every namespace whose name starts with PREFIX
#   netns.sh drop NS PCT PORT...       drop PCT% (1..100) of UDP datagrams to these ports in NS
#   netns.sh clear NS                  remove every drop rule in NS
#   netns.sh dropped NS                datagrams dropped so far in NS (sum of the rule counters)
#
# The veth names exist only inside the namespaces (created there directly), so they are fixed.
set -euo pipefail
PUB_ADDR=10.77.0.1
CLI_ADDR=10.77.0.2
TABLE=bourse_feed_loss

die() { echo "netns.sh: $*" >&2; exit 2; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing (apt-get install $2)"; }
exists() { ip netns list | awk '{print $1}' | grep -qx -- "$1"; }

create() {
  local pub=$1 cli=$2
  need ip iproute2
  exists "$pub" && die "namespace $pub already exists"
  exists "$cli" && die "namespace $cli already exists"
  ip netns add "$pub"
  ip netns add "$cli"
  ip link add feed0 netns "$pub" type veth peer name feed0 netns "$cli"
  local ns addr
  for ns in "$pub" "$cli"; do
    if [ "$ns" = "$pub" ]; then addr=$PUB_ADDR; else addr=$CLI_ADDR; fi
    ip -n "$ns" link set lo up
    ip -n "$ns" addr add "$addr/24" dev feed0
    ip -n "$ns" link set feed0 up
    # Multicast leaves and arrives through the veth, never through anything else.
    ip -n "$ns" route add 224.0.0.0/4 dev feed0
  done
  echo "created $pub=$PUB_ADDR $cli=$CLI_ADDR"
}

destroy() {
  local ns pids
  for ns in "$@"; do
    exists "$ns" || continue
    # Only processes inside this namespace: the caller started them there.
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    if [ -n "$pids" ]; then kill -9 $pids 2>/dev/null || true; fi
    ip netns delete "$ns" 2>/dev/null || true
  done
}

destroy_prefix() {
  local prefix=$1
  [ ${#prefix} -ge 4 ] || die "prefix \"$prefix\" is too short to be safe"
  local list
  list=$(ip netns list | awk '{print $1}' | grep -- "^$prefix" || true)
  # shellcheck disable=SC2086
  [ -z "$list" ] || destroy $list
}

drop() {
  local ns=$1 pct=$2
  shift 2
  need nft nftables
  [[ "$pct" =~ ^[0-9]+$ ]] && [ "$pct" -ge 1 ] && [ "$pct" -le 100 ] || die "percent must be 1..100, not $pct"
  [ $# -ge 1 ] || die "drop needs at least one port"
  ip netns exec "$ns" nft add table inet $TABLE
  ip netns exec "$ns" nft add chain inet $TABLE input '{ type filter hook input priority 0; }'
  local port
  for port in "$@"; do
    [[ "$port" =~ ^[0-9]+$ ]] || die "bad port $port"
    if [ "$pct" -ge 100 ]; then
      ip netns exec "$ns" nft add rule inet $TABLE input udp dport "$port" counter drop
    else
      ip netns exec "$ns" nft add rule inet $TABLE input udp dport "$port" numgen random mod 100 '<' "$pct" counter drop
    fi
  done
}

clear_rules() {
  local ns=$1
  ip netns exec "$ns" nft delete table inet $TABLE 2>/dev/null || true
}

dropped() {
  local ns=$1
  ip netns exec "$ns" nft list table inet $TABLE 2>/dev/null |
    awk '{ for (i = 1; i < NF; i++) if ($i == "packets") n += $(i + 1) } END { print n + 0 }'
}

cmd=${1:-}
[ -n "$cmd" ] || die "usage: netns.sh create|destroy|destroy-prefix|drop|clear|dropped ..."
shift
[ "$(id -u)" = 0 ] || die "run as root"
case "$cmd" in
  create) [ $# -eq 2 ] || die "usage: netns.sh create PUB CLI"; create "$1" "$2" ;;
  destroy) destroy "$@" ;;
  destroy-prefix) [ $# -eq 1 ] || die "usage: netns.sh destroy-prefix PREFIX"; destroy_prefix "$1" ;;
  drop) [ $# -ge 3 ] || die "usage: netns.sh drop NS PCT PORT..."; drop "$@" ;;
  clear) [ $# -eq 1 ] || die "usage: netns.sh clear NS"; clear_rules "$1" ;;
  dropped) [ $# -eq 1 ] || die "usage: netns.sh dropped NS"; dropped "$1" ;;
  *) die "unknown command $cmd" ;;
esac
