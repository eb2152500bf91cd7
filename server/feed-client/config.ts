/**
 * The feed's discovery document (what `bourse feed-config` prints and the HTTP side serves; shape
 * in docs/feed.md), as the client reads it: from a file or an http(s) URL, checked once, frozen.
 * Only what a receiver needs is required; every other key is ignored, so a publisher can add
 * keys without breaking deployed clients. A different schemaVersion is refused.
 */
import { readFile } from 'node:fs/promises';
import { BourseError } from '../kernel/errors.ts';

export const SUPPORTED_SCHEMA_VERSION = 1;

export interface FeedEndpoint {
  readonly group: string;
  readonly port: number;
}

export interface FeedChannelConfig {
  readonly id: number;
  /** Symbol names, or ["*"]: every symbol no other channel names. */
  readonly symbols: readonly string[];
  readonly feedA: FeedEndpoint;
  readonly feedB: FeedEndpoint;
  readonly snapshot: FeedEndpoint;
  readonly instruments: FeedEndpoint;
}

export interface FeedClientConfig {
  readonly schemaVersion: number;
  /** The publisher's interface address (on loopback: 127.0.0.1). */
  readonly interface: string;
  readonly heartbeatMs: number;
  readonly retransmission: {
    readonly host: string;
    readonly port: number;
    readonly maxMessagesPerRequest: number;
    readonly windowMessages: number;
  } | null;
  readonly channels: readonly FeedChannelConfig[];
}

const bad = (detail: string): BourseError => new BourseError('FEED_BAD_CONFIG', detail);
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function obj(path: string, v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(`${path} must be an object`);
  return v as Record<string, unknown>;
}

function int(path: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw bad(`${path} must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}`);
  return v;
}

function ipv4(path: string, v: unknown): string {
  if (typeof v !== 'string' || !IPV4.test(v)) throw bad(`${path} must be an IPv4 address, not ${JSON.stringify(v)}`);
  return v;
}

function endpoint(path: string, v: unknown): FeedEndpoint {
  const e = obj(path, v);
  const group = ipv4(`${path}.group`, e.group);
  const first = Number(group.split('.')[0]);
  if (first < 224 || first > 239) throw bad(`${path}.group must be a multicast group, not ${group}`);
  return { group, port: int(`${path}.port`, e.port, 1, 65_535) };
}

/** Check a parsed discovery document. */
export function parseFeedConfig(json: unknown): FeedClientConfig {
  const d = obj('the feed configuration', json);
  if (d.schemaVersion !== SUPPORTED_SCHEMA_VERSION) {
    throw new BourseError('FEED_SCHEMA_VERSION', `the feed says schemaVersion ${JSON.stringify(d.schemaVersion)}; this client reads ${SUPPORTED_SCHEMA_VERSION}`);
  }
  if (!Array.isArray(d.channels) || d.channels.length === 0) throw bad('channels must be a non-empty list');
  const ids = new Set<number>();
  const channels = d.channels.map((raw, k): FeedChannelConfig => {
    const p = `channels[${k}]`;
    const c = obj(p, raw);
    const id = int(`${p}.id`, c.id, 1, 2 ** 31 - 1);
    if (ids.has(id)) throw bad(`channel id ${id} is listed twice`);
    ids.add(id);
    if (!Array.isArray(c.symbols) || c.symbols.length === 0 || !c.symbols.every((s) => typeof s === 'string' && s.length > 0)) throw bad(`${p}.symbols must be a non-empty list of names`);
    return {
      id,
      symbols: Object.freeze([...(c.symbols as string[])]),
      feedA: endpoint(`${p}.feedA`, c.feedA),
      feedB: endpoint(`${p}.feedB`, c.feedB),
      snapshot: endpoint(`${p}.snapshot`, c.snapshot),
      instruments: endpoint(`${p}.instruments`, c.instruments),
    };
  });
  let retransmission: FeedClientConfig['retransmission'] = null;
  if (d.retransmission !== undefined && d.retransmission !== null) {
    const r = obj('retransmission', d.retransmission);
    retransmission = {
      host: ipv4('retransmission.host', r.host),
      port: int('retransmission.port', r.port, 1, 65_535),
      maxMessagesPerRequest: int('retransmission.maxMessagesPerRequest', r.maxMessagesPerRequest ?? 10_000, 1, 100_000_000),
      windowMessages: int('retransmission.windowMessages', r.windowMessages ?? 1_000_000, 1, 1_000_000_000),
    };
  }
  const cfg: FeedClientConfig = {
    schemaVersion: SUPPORTED_SCHEMA_VERSION,
    interface: ipv4('interface', d.interface ?? '127.0.0.1'),
    heartbeatMs: int('heartbeatMs', d.heartbeatMs ?? 1000, 1, 3_600_000),
    retransmission,
    channels: Object.freeze(channels.map((c) => Object.freeze(c))),
  };
  return Object.freeze(cfg);
}

/** Read the discovery document from a file path or an http(s) URL. */
export async function loadFeedConfig(where: string): Promise<FeedClientConfig> {
  let text: string;
  try {
    if (/^https?:\/\//i.test(where)) {
      const res = await fetch(where, { signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      text = await res.text();
    } else text = await readFile(where, 'utf8');
  } catch (e) {
    throw new BourseError('FEED_CONFIG_UNREADABLE', `${where}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BourseError('FEED_CONFIG_UNREADABLE', `${where} is not JSON: ${(e as Error).message}`);
  }
  return parseFeedConfig(json);
}
