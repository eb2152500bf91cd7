/**
 * The multicast feed's configuration: validated once, then frozen. `feedConfig(partial)` fills
 * defaults and checks everything (a bad value is PUBLISHER_BAD_CONFIG naming the field);
 * `feedConfigJson(cfg)` is the discovery document brokers read (`bourse feed-config`), the way
 * CME publishes its config file. docs/feed.md describes every field.
 */
import { readFileSync } from 'node:fs';
import { BourseError } from '../kernel/errors.ts';
import { MIN_DATAGRAM, MAX_DATAGRAM } from './packetizer.ts';

export const SCHEMA = 'bourse.feed.v1';
export const SCHEMA_VERSION = 1;
/** Where the HTTP API serves the schema (server/http/routes/feed.ts): the discovery document's `protoFile`. */
export const PROTO_URL_PATH = '/api/v1/feed/proto/feed.proto';

export interface Endpoint {
  readonly group: string;
  readonly port: number;
}

export interface ChannelConfig {
  readonly id: number;
  /** Symbol names this channel carries; "*" = every symbol no other channel names. */
  readonly symbols: readonly string[];
  readonly feedA: Endpoint;
  readonly feedB: Endpoint;
  readonly snapshot: Endpoint;
  readonly instruments: Endpoint;
}

export interface RetransmissionConfig {
  /** Address the TCP server listens on. */
  readonly host: string;
  /** TCP port (0: any free port, for tests; the server reports the real one). */
  readonly port: number;
  /** Messages kept per channel for retransmission. */
  readonly windowMessages: number;
  /** Bytes of packets kept per channel (whichever bound is hit first evicts). */
  readonly windowBytes: number;
  /** Largest `count` one request may ask for. */
  readonly maxMessagesPerRequest: number;
  /** Sustained requests per second allowed per client address (token bucket)... */
  readonly requestsPerSecond: number;
  /** ...and the bucket's size (requests allowed in a burst). */
  readonly burst: number;
  /** Open connections at most, all clients together (beyond: a refusal frame, then close). */
  readonly maxConnections: number;
  /** Open connections at most from one client address (a client needs one). */
  readonly maxConnectionsPerAddress: number;
}

export interface FeedConfig {
  /** IPv4 address of the interface multicast is sent on (receivers join on theirs). */
  readonly interface: string;
  readonly ttl: number;
  /** Deliver our multicast to receivers on this host too (needed on loopback). */
  readonly loopback: boolean;
  /** Largest datagram (UDP payload) in bytes. */
  readonly maxDatagram: number;
  /** Longest a message waits in a partly filled packet, µs. Below 1000 = end of the current event-loop turn. */
  readonly flushUs: number;
  /** An idle channel sends an empty packet every heartbeatMs. */
  readonly heartbeatMs: number;
  /** The instrument loop resends every definition every instrumentLoopMs. */
  readonly instrumentLoopMs: number;
  /** Books per second the snapshot loop sends, all channels together. */
  readonly snapshotBooksPerSecond: number;
  /** Currency of every instrument (MD records do not carry one). */
  readonly currency: string;
  readonly retransmission: RetransmissionConfig;
  readonly channels: readonly ChannelConfig[];
}

type DeepPartial<T> = { -readonly [K in keyof T]?: T[K] extends readonly (infer U)[] ? DeepPartial<U>[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type FeedConfigInput = DeepPartial<FeedConfig>;

export const DEFAULT_INTERFACE = '127.0.0.1';

/** Channel `id` with the conventional groups 239.255.77.(4k+1..4k+4) and ports 31000+4k+1.. */
export function defaultChannel(id: number, symbols: readonly string[] = ['*']): ChannelConfig {
  const k = id - 1;
  const ep = (i: number): Endpoint => ({ group: `239.255.${77 + Math.floor((4 * k + i) / 256)}.${(4 * k + i) % 256}`, port: 31_000 + 4 * k + i });
  return { id, symbols, feedA: ep(1), feedB: ep(2), snapshot: ep(3), instruments: ep(4) };
}

const DEFAULTS: FeedConfig = {
  interface: DEFAULT_INTERFACE,
  ttl: 1,
  loopback: true,
  maxDatagram: 1400,
  flushUs: 200,
  heartbeatMs: 1000,
  instrumentLoopMs: 1000,
  snapshotBooksPerSecond: 200,
  currency: 'USD',
  retransmission: {
    host: DEFAULT_INTERFACE,
    port: 31_000,
    windowMessages: 1_000_000,
    windowBytes: 64 * 1024 * 1024,
    maxMessagesPerRequest: 10_000,
    requestsPerSecond: 50,
    burst: 100,
    maxConnections: 64,
    maxConnectionsPerAddress: 4,
  },
  channels: [defaultChannel(1)],
};

const bad = (detail: string): BourseError => new BourseError('PUBLISHER_BAD_CONFIG', detail);

function int(path: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw bad(`${path} must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}`);
  return v;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function ipv4(path: string, v: unknown): string {
  if (typeof v !== 'string' || !IPV4.test(v)) throw bad(`${path} must be an IPv4 address, not ${JSON.stringify(v)}`);
  return v;
}

function group(path: string, v: unknown): string {
  const s = ipv4(path, v);
  const first = Number(s.split('.')[0]);
  if (first < 224 || first > 239) throw bad(`${path} must be an IPv4 multicast group (224.0.0.0 to 239.255.255.255), not ${s}`);
  return s;
}

function endpoint(path: string, v: unknown): Endpoint {
  if (typeof v !== 'object' || v === null) throw bad(`${path} must be {"group","port"}`);
  const e = v as Record<string, unknown>;
  return { group: group(`${path}.group`, e.group), port: int(`${path}.port`, e.port, 1, 65_535) };
}

function channel(path: string, v: unknown): ChannelConfig {
  if (typeof v !== 'object' || v === null) throw bad(`${path} must be an object`);
  const c = v as Record<string, unknown>;
  const id = int(`${path}.id`, c.id, 1, 2 ** 31 - 1);
  const def = defaultChannel(id);
  const symbols = c.symbols ?? def.symbols;
  if (!Array.isArray(symbols) || symbols.length === 0 || !symbols.every((s) => typeof s === 'string' && /^(\*|[A-Za-z0-9._-]{1,16})$/.test(s))) {
    throw bad(`${path}.symbols must be a non-empty list of symbol names (1-16 of A-Z a-z 0-9 . _ -) or "*"`);
  }
  return {
    id,
    symbols: [...(symbols as string[])],
    feedA: endpoint(`${path}.feedA`, c.feedA ?? def.feedA),
    feedB: endpoint(`${path}.feedB`, c.feedB ?? def.feedB),
    snapshot: endpoint(`${path}.snapshot`, c.snapshot ?? def.snapshot),
    instruments: endpoint(`${path}.instruments`, c.instruments ?? def.instruments),
  };
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

// The discovery document's own keys are accepted (and ignored) so it can be fed back as a config.
const KNOWN = new Set([...Object.keys(DEFAULTS), 'schema', 'schemaVersion', 'protoFile', 'packetType']);
const KNOWN_RTX = new Set([...Object.keys(DEFAULTS.retransmission), 'framing', 'requestType', 'responseType']);

/** Defaults + `input`, validated and deep-frozen. Unknown keys are refused (typos must not pass silently). */
export function feedConfig(input: FeedConfigInput = {}): FeedConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('the configuration must be a JSON object');
  for (const k of Object.keys(input)) if (!KNOWN.has(k)) throw bad(`unknown field "${k}"`);
  const i = input as Record<string, unknown> & FeedConfigInput;
  if (i.schemaVersion !== undefined && i.schemaVersion !== SCHEMA_VERSION) throw bad(`schemaVersion ${JSON.stringify(i.schemaVersion)} is not ${SCHEMA_VERSION}`);
  const r = (i.retransmission ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KNOWN_RTX.has(k)) throw bad(`unknown field "retransmission.${k}"`);
  const d = DEFAULTS;
  const dr = d.retransmission;
  const pick = <T>(v: T | undefined, def: T): T => (v === undefined ? def : v);
  const loopback = pick(i.loopback, d.loopback);
  if (typeof loopback !== 'boolean') throw bad('loopback must be true or false');
  const currency = pick(i.currency, d.currency);
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) throw bad(`currency must be a 3-letter ISO 4217 code, not ${JSON.stringify(currency)}`);
  const rawChannels = pick(i.channels as unknown, d.channels as unknown);
  if (!Array.isArray(rawChannels) || rawChannels.length === 0 || rawChannels.length > 64) throw bad('channels must be a list of 1 to 64 channels');
  const channels = rawChannels.map((c, k) => channel(`channels[${k}]`, c));
  const cfg: FeedConfig = {
    interface: ipv4('interface', pick(i.interface, d.interface)),
    ttl: int('ttl', pick(i.ttl, d.ttl), 0, 255),
    loopback,
    maxDatagram: int('maxDatagram', pick(i.maxDatagram, d.maxDatagram), MIN_DATAGRAM, MAX_DATAGRAM),
    flushUs: int('flushUs', pick(i.flushUs, d.flushUs), 0, 1_000_000),
    heartbeatMs: int('heartbeatMs', pick(i.heartbeatMs, d.heartbeatMs), 10, 60_000),
    instrumentLoopMs: int('instrumentLoopMs', pick(i.instrumentLoopMs, d.instrumentLoopMs), 10, 600_000),
    snapshotBooksPerSecond: int('snapshotBooksPerSecond', pick(i.snapshotBooksPerSecond, d.snapshotBooksPerSecond), 1, 1_000_000),
    currency,
    retransmission: {
      host: ipv4('retransmission.host', pick(r.host, dr.host)),
      port: int('retransmission.port', pick(r.port, dr.port), 0, 65_535),
      windowMessages: int('retransmission.windowMessages', pick(r.windowMessages, dr.windowMessages), 1, 100_000_000),
      windowBytes: int('retransmission.windowBytes', pick(r.windowBytes, dr.windowBytes), 65_536, 2 ** 31 - 1),
      maxMessagesPerRequest: int('retransmission.maxMessagesPerRequest', pick(r.maxMessagesPerRequest, dr.maxMessagesPerRequest), 1, 1_000_000),
      requestsPerSecond: int('retransmission.requestsPerSecond', pick(r.requestsPerSecond, dr.requestsPerSecond), 1, 1_000_000),
      burst: int('retransmission.burst', pick(r.burst, dr.burst), 1, 1_000_000),
      maxConnections: int('retransmission.maxConnections', pick(r.maxConnections, dr.maxConnections), 1, 10_000),
      maxConnectionsPerAddress: int('retransmission.maxConnectionsPerAddress', pick(r.maxConnectionsPerAddress, dr.maxConnectionsPerAddress), 1, 10_000),
    },
    channels,
  };
  checkChannels(cfg.channels);
  return deepFreeze(cfg);
}

function checkChannels(channels: readonly ChannelConfig[]): void {
  const ids = new Set<number>();
  const names = new Map<string, number>();
  const endpoints = new Map<string, string>();
  for (const c of channels) {
    if (ids.has(c.id)) throw bad(`channel id ${c.id} is used twice`);
    ids.add(c.id);
    for (const s of c.symbols) {
      const prev = names.get(s);
      if (prev !== undefined) throw bad(`symbol "${s}" is in channel ${prev} and channel ${c.id}`);
      names.set(s, c.id);
    }
    for (const k of ['feedA', 'feedB', 'snapshot', 'instruments'] as const) {
      // Distinct ports too: a socket bound to a port receives every group joined on that port.
      const where = `channel ${c.id} ${k}`;
      for (const key of [`${c[k].group}:${c[k].port}`, `port ${c[k].port}`]) {
        const other = endpoints.get(key);
        if (other) throw bad(`${where} uses ${key} like ${other}`);
        endpoints.set(key, where);
      }
    }
  }
}

/** Read a JSON file of FeedConfigInput and validate it. */
export function loadFeedConfig(path: string): FeedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new BourseError('INPUT_FILE', `${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BourseError('INPUT_FILE', `${path}: ${(e as Error).message}`);
  }
  return feedConfig(json as FeedConfigInput);
}

/** The discovery document: everything a broker needs to join the feed (docs/feed.md). */
export interface FeedDiscovery {
  schema: string;
  schemaVersion: number;
  protoFile: string;
  packetType: string;
  interface: string;
  ttl: number;
  maxDatagram: number;
  flushUs: number;
  heartbeatMs: number;
  instrumentLoopMs: number;
  snapshotBooksPerSecond: number;
  currency: string;
  retransmission: RetransmissionConfig & { framing: string; requestType: string; responseType: string };
  channels: ChannelConfig[];
}

export function feedConfigJson(cfg: FeedConfig = feedConfig()): FeedDiscovery {
  const copy = JSON.parse(JSON.stringify(cfg)) as FeedConfig;
  return {
    schema: SCHEMA,
    schemaVersion: SCHEMA_VERSION,
    protoFile: PROTO_URL_PATH,
    packetType: `${SCHEMA}.Packet`,
    interface: copy.interface,
    ttl: copy.ttl,
    maxDatagram: copy.maxDatagram,
    flushUs: copy.flushUs,
    heartbeatMs: copy.heartbeatMs,
    instrumentLoopMs: copy.instrumentLoopMs,
    snapshotBooksPerSecond: copy.snapshotBooksPerSecond,
    currency: copy.currency,
    retransmission: {
      ...copy.retransmission,
      framing: 'every frame: 4-byte big-endian length, then that many bytes of protobuf',
      requestType: `${SCHEMA}.RetransmitRequest`,
      responseType: `${SCHEMA}.RetransmitResponse`,
    },
    channels: [...copy.channels],
  };
}
