#!/usr/bin/env bash
# Installs, as root, every system package the tests need (Debian's apt only).
# Called by .ci/run; safe to run again. Each part adds its packages in its own section.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then echo "infra/install.sh: run as root (apt-get)" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
pkgs=()

# --- core: nothing beyond Node.js, python3, make and g++ (already on the machine)

# --- (sections below are added by the parts that need them)

# --- replication (issue 7): the 3-node JetStream cluster (infra/nats/cluster.sh) and the
#     partition test (network namespaces + nftables)
pkgs+=(nats-server nftables iproute2)

# --- multicast feed client tests: network namespaces, nftables random drop, the independent
#     Python decoder (Debian's python3-protobuf + protoc generate its modules at test time)
pkgs+=(iproute2 nftables protobuf-compiler python3-protobuf)

# --- HA FIX store (issue 13): test/integration/ha-fix-durable traces the fsync order with strace
pkgs+=(strace)

# --- bars store (issue 6): a real PostgreSQL 15 server for the pg store tests and bench
#     (started per test run by test/support/postgres.ts through infra/postgres.sh)
pkgs+=(postgresql)

# --- dashboard browser tests (issue 5): Debian's Chromium, driven by playwright-core
pkgs+=(chromium)

# --- metrics and SLOs (issue 16): Debian's Prometheus (2.42) scrapes a live Bourse in
#     test/integration/prometheus.test.ts; promtool checks infra/prometheus/
pkgs+=(prometheus)
# --- order entry (issue 13): TShark decodes the native protocol with proto/order_entry.lua
#     and the .proto files (test/integration/order-entry-tshark.test.ts)
pkgs+=(tshark)

if [ ${#pkgs[@]} -gt 0 ]; then
  missing=()
  for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi
echo "infra/install.sh: system packages ready (${pkgs[*]:-none})"
