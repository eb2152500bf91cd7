/**
 * Engine snapshots in JetStream's object store (3 replicas), so that a node joining after the
 * log was trimmed can start from `snapshot at N` + `log from N+1`. The leader uploads one every
 * `snapshotEvery` inputs and keeps the newest KEEP. Objects are named engine-<seq, 20 digits>.
 * The store checks each object's SHA-256 digest on read; Engine.restore checks the layout.
 */
import type { NatsConnection } from 'nats';
import type { LogNames } from './log.ts';

const KEEP = 3;
const NAME_RE = /^engine-(\d{20})$/;
export const snapName = (seq: number): string => `engine-${String(seq).padStart(20, '0')}`;

export async function putSnapshot(nc: NatsConnection, names: LogNames, seq: number, bytes: Uint8Array): Promise<void> {
  const os = await nc.jetstream().views.os(names.snapBucket);
  await os.putBlob({ name: snapName(seq), description: `engine state after input seq ${seq}` }, bytes);
  const all = await listSnapshots(nc, names);
  for (const s of all.slice(KEEP)) await os.delete(snapName(s));
}

/** Snapshot seqs in the store, newest first. */
export async function listSnapshots(nc: NatsConnection, names: LogNames): Promise<number[]> {
  const os = await nc.jetstream().views.os(names.snapBucket);
  const out: number[] = [];
  for (const info of await os.list()) {
    const m = NAME_RE.exec(info.name);
    if (m && !info.deleted) out.push(Number(m[1]));
  }
  return out.sort((a, b) => b - a);
}

/** The newest snapshot with minSeq <= seq <= maxSeq, or undefined. */
export async function getSnapshot(nc: NatsConnection, names: LogNames, minSeq: number, maxSeq: number): Promise<{ seq: number; bytes: Uint8Array } | undefined> {
  const os = await nc.jetstream().views.os(names.snapBucket);
  for (const seq of await listSnapshots(nc, names)) {
    if (seq > maxSeq || seq < minSeq) continue;
    const bytes = await os.getBlob(snapName(seq));
    if (bytes) return { seq, bytes };
  }
  return undefined;
}
