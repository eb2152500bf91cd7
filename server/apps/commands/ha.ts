/**
 * `bourse ha status --nats URLS [--monitor URLS] [--json]`: the operator's view of an HA
 * deployment: who holds the lease (and its revision), the replicated log's extent and Raft
 * replicas, every Bourse node's role and replication lag (in sequences and milliseconds), and
 * each NATS server's state read from its monitoring port (/varz, /jsz, /healthz).
 */
import type { CommandSpec } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { connectNats, DEFAULT_NAMES, LEASE_KEY, parseServers, streamTail } from '../../replication/log.ts';
import { parseLease } from '../../replication/lease.ts';

interface NodeStatus {
  node: string;
  pid: number;
  role: string;
  at: number;
  seq: number;
  acked: number;
  appliedStreamSeq: number;
  appliedMsgMs: number;
  leaseRevision: number;
  mdSeq: number;
  mdSession: number;
  ack: string;
}

async function getJson(url: string, timeoutMs = 1500): Promise<Record<string, unknown> | undefined> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return (await r.json()) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Monitoring URLs: given, or by convention client port + 4000 (4222 -> 8222, as infra/nats/cluster.sh does). */
function monitorUrls(servers: string[], given: string | undefined): { url: string; assumed: boolean }[] {
  if (given) return given.split(',').map((u) => ({ url: u.trim().replace(/\/$/, ''), assumed: false }));
  return servers.map((s) => {
    const m = /^(?:nats:\/\/)?([^:/]+):(\d+)$/.exec(s);
    if (!m) throw new BourseError('HA_BAD_OPTION', `cannot derive a monitoring URL from ${s}: pass --monitor`);
    return { url: `http://${m[1]}:${Number(m[2]) + 4000}`, assumed: true };
  });
}

export async function haStatus(servers: string[], monitor: string | undefined): Promise<Record<string, unknown>> {
  const names = DEFAULT_NAMES;
  const nc = await connectNats(servers, 'bourse-ha-status', 3000);
  try {
    const jsm = await nc.jetstreamManager();
    const js = nc.jetstream();
    const kv = await js.views.kv(names.bucket);
    const now = Date.now();
    const e = await kv.get(LEASE_KEY);
    const lv = parseLease(e);
    const lease = lv ? { holder: lv.node, revision: e!.revision, pid: lv.pid, written_ms_ago: now - lv.at, ttl_ms: lv.ttlMs, md_session: lv.mdSession } : { holder: null, revision: e?.revision ?? 0 };
    const tail = await streamTail(jsm, names);
    const si = await jsm.streams.info(names.stream);
    const log = {
      stream: names.stream,
      messages: tail.messages,
      stream_seq: [tail.firstStreamSeq, tail.lastStreamSeq],
      bourse_seq: [tail.firstBourse, tail.lastBourse],
      last_write_ms_ago: tail.lastMsgMs ? now - tail.lastMsgMs : null,
      writer_lease: tail.lastLease,
      leader: si.cluster?.leader ?? null,
      replicas: (si.cluster?.replicas ?? []).map((r) => ({ name: r.name, current: r.current, offline: r.offline ?? false, lag: r.lag ?? 0, active_ms: Math.round(r.active / 1e6) })),
    };
    const nodes: Record<string, unknown>[] = [];
    // The node keys, from the bucket stream's subject list (kv.keys() can end early while keys are being written).
    const prefix = `$KV.${names.bucket}.`;
    const kvInfo = await jsm.streams.info(`KV_${names.bucket}`, { subjects_filter: `${prefix}node.>` });
    for (const subject of Object.keys(kvInfo.state.subjects ?? {})) {
      const key = subject.slice(prefix.length);
      const ent = await kv.get(key);
      if (!ent || ent.operation !== 'PUT') continue;
      let s: NodeStatus;
      try {
        s = JSON.parse(new TextDecoder().decode(ent.value)) as NodeStatus;
      } catch {
        continue;
      }
      const lagSeq = Math.max(0, tail.lastBourse - s.seq);
      const lagMs = lagSeq === 0 || s.role === 'primary' ? 0 : s.appliedMsgMs ? Math.max(0, tail.lastMsgMs - s.appliedMsgMs) : null;
      nodes.push({ node: s.node, role: s.role, pid: s.pid, seq: s.seq, lag_seq: lagSeq, lag_ms: lagMs, acked: s.acked, md_seq: s.mdSeq, md_session: s.mdSession, ack: s.ack, updated_ms_ago: now - s.at, stale: now - s.at > 5000 });
    }
    nodes.sort((a, b) => String(a.node).localeCompare(String(b.node)));
    const nats: Record<string, unknown>[] = [];
    for (const { url, assumed } of monitorUrls(servers, monitor)) {
      const [varz, jsz, health] = await Promise.all([getJson(`${url}/varz`), getJson(`${url}/jsz`), getJson(`${url}/healthz`)]);
      if (!varz) {
        nats.push({ monitor: url, assumed, state: 'unreachable' });
        continue;
      }
      const meta = (jsz?.meta_cluster ?? {}) as Record<string, unknown>;
      nats.push({
        monitor: url, assumed, server: varz.server_name, state: health?.status === 'ok' ? 'ok' : `unhealthy: ${String(health?.error ?? health?.status ?? '?')}`,
        version: varz.version, uptime: varz.uptime, connections: varz.connections, mem: varz.mem, cpu: varz.cpu,
        meta_leader: meta.leader ?? null, streams: jsz?.streams ?? null, js_bytes: jsz?.bytes ?? null,
      });
    }
    return { lease, log, nodes, nats };
  } finally {
    await nc.close();
  }
}

function render(s: Record<string, unknown>): string {
  const lease = s.lease as Record<string, unknown>;
  const log = s.log as Record<string, unknown>;
  const lines: string[] = [];
  lines.push(lease.holder ? `lease   holder=${lease.holder} revision=${lease.revision} pid=${lease.pid} written ${lease.written_ms_ago} ms ago (ttl ${lease.ttl_ms} ms) md_session=${lease.md_session}` : `lease   free (revision ${lease.revision})`);
  const reps = (log.replicas as Record<string, unknown>[]).map((r) => `${r.name}${r.offline ? ' OFFLINE' : r.current ? ' current' : ` behind ${r.lag}`}`).join(', ');
  lines.push(`log     ${log.stream}: ${log.messages} messages, stream seq ${(log.stream_seq as number[]).join('..')}, Bourse seq ${(log.bourse_seq as number[]).join('..')}, last write ${log.last_write_ms_ago ?? '-'} ms ago by lease ${log.writer_lease}`);
  lines.push(`        Raft leader ${log.leader ?? 'NONE'}; replicas: ${reps || '-'}`);
  lines.push('nodes   node            role          seq        lag_seq  lag_ms  acked      md_seq     updated');
  for (const n of s.nodes as Record<string, unknown>[]) {
    lines.push(`        ${String(n.node).padEnd(15)} ${String(n.role).padEnd(13)} ${String(n.seq).padEnd(10)} ${String(n.lag_seq).padEnd(8)} ${String(n.lag_ms ?? '-').padEnd(7)} ${String(n.acked).padEnd(10)} ${String(n.md_seq).padEnd(10)} ${n.updated_ms_ago} ms ago${n.stale ? ' (STALE: gone?)' : ''}`);
  }
  for (const n of s.nats as Record<string, unknown>[]) {
    lines.push(n.state === 'unreachable'
      ? `nats    ${n.monitor}${n.assumed ? ' (assumed)' : ''}: UNREACHABLE`
      : `nats    ${n.server} ${n.monitor}: ${n.state}, v${n.version}, up ${n.uptime}, ${n.connections} connections, meta leader ${n.meta_leader ?? 'NONE'}, ${n.streams} streams`);
  }
  return lines.join('\n');
}

export const haStatusCommand: CommandSpec = {
  name: 'ha status',
  summary: 'HA overview: lease holder and revision, the replicated log, each node\'s role and lag, each NATS server',
  flags: {
    nats: { kind: 'string', required: true, help: 'NATS URLs, comma-separated' },
    monitor: { kind: 'string', help: 'NATS monitoring URLs, comma-separated (default: client port + 4000)' },
    json: { kind: 'bool', default: false, help: 'print JSON instead of text' },
  },
  async run(flags) {
    const s = await haStatus(parseServers(flags.nats as string), flags.monitor as string | undefined);
    console.log(flags.json ? JSON.stringify(s, null, 2) : render(s));
  },
};
