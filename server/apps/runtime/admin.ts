/**
 * The admin channel of a running exchange (docs/accounts.md): a Unix domain socket in the data
 * directory, DATA/admin.sock, mode 0600, so the OS authenticates the operator (only the user who
 * started `bourse start`, and root, may connect), as dockerd's and NATS's local sockets do. Never
 * an HTTP endpoint. `bourse accounts ...` is its client.
 *
 * Frames, both ways: u32 little-endian length, then that many bytes of UTF-8 JSON.
 *   request   {"op":"command","command":{...}}   one admin command (types 32-47, the plain
 *             object form of server/engine/commands.ts), sequenced, journaled and applied by the
 *             core like an order: the answer comes once it is durable
 *             {"op":"list"}                          the account tables as the core holds them now
 *   reply     {"ok":true,"seq":N,"events":[...]} | {"ok":true,"firms":[...],"accounts":[...],"positions":[...]}
 *             {"ok":false,"error":{"code","num","message"}}  (an engine rejection carries its code)
 * A request over MAX_REQUEST_BYTES or one that is not valid JSON of that shape gets ADMIN_BAD_FRAME
 * and the connection is closed. Requests on one connection are answered in order.
 */
import { createServer, createConnection, type Server, type Socket } from 'node:net';
import { chmodSync, renameSync, unlinkSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BourseError, Errors, errorName, type ErrorCode } from '../../kernel/errors.ts';
import { Cmd, CMD_SIZE, encodeCommand, KillTarget, type Command } from '../../engine/commands.ts';
import { Ev, type EventView } from '../../engine/events.ts';
import type { AccountInfo, PositionInfo } from '../../engine/engine.ts';
import { InboundKind } from './sources.ts';
import type { InboundReply } from './exchange.ts';

export const ADMIN_SOCKET_NAME = 'admin.sock';
export const MAX_REQUEST_BYTES = 4096;
export const MAX_REPLY_BYTES = 64 << 20;

export type AdminRequest = { op: 'command'; command: Command } | { op: 'list' };
export type AdminError = { code: string; num: number; message: string };
export type AdminReply =
  | { ok: true; seq?: number; events?: EventView[]; firms?: { firm: number; blocked: boolean }[]; accounts?: AccountInfo[]; positions?: PositionInfo[]; symbols?: { symbol: number; name: string }[]; node?: string }
  | { ok: false; error: AdminError };

/** What the server needs of the exchange (Exchange implements it). */
export interface AdminTarget {
  adminRequest(kind: number, cmd?: Uint8Array, timeoutMs?: number): Promise<InboundReply>;
  /** An HA node's id: named in every answer (`node`), so `bourse accounts` can say who answered. */
  readonly nodeId?: string;
}

export function adminSocketPath(dataDir: string): string {
  return join(dataDir, ADMIN_SOCKET_NAME);
}

// ------------------------------------------------------------------ frames

export function encodeFrame(obj: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(obj), 'utf8');
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32LE(body.length, 0);
  body.copy(out, 4);
  return out;
}

/** Splits a byte stream into frames; ADMIN_BAD_FRAME for an oversized length or bad JSON. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  push(chunk: Buffer): unknown[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: unknown[] = [];
    while (this.buf.length >= 4) {
      const len = this.buf.readUInt32LE(0);
      if (len > this.max) throw new BourseError('ADMIN_BAD_FRAME', `frame of ${len} bytes (at most ${this.max})`);
      if (this.buf.length < 4 + len) break;
      const body = this.buf.subarray(4, 4 + len).toString('utf8');
      this.buf = this.buf.subarray(4 + len);
      try {
        out.push(JSON.parse(body));
      } catch {
        throw new BourseError('ADMIN_BAD_FRAME', 'frame is not JSON');
      }
    }
    return out;
  }
}

// ------------------------------------------------------------------ request shape

type FieldKind = 'u32' | 'u8' | 'f64' | 'bool';
/** The fields of each admin command's plain form; `?` marks optional ones. */
const SHAPES: Record<number, Record<string, FieldKind>> = {
  [Cmd.FirmAdd]: { firm: 'u32' },
  [Cmd.AccountAdd]: { firm: 'u32', account: 'u32', count: 'u32', flags: 'u8', kyc: 'u8', cash: 'f64' },
  [Cmd.AccountKyc]: { account: 'u32', kyc: 'u8' },
  [Cmd.AccountLimits]: { account: 'u32', maxQty: 'f64', maxNotional: 'f64', maxDailyVolume: 'f64', maxOpenOrders: 'u32', 'flags?': 'u8' },
  [Cmd.AccountFunds]: { account: 'u32', 'cash?': 'f64', 'symbol?': 'u32', 'position?': 'f64' },
  [Cmd.Kill]: { target: 'u8', id: 'u32', on: 'bool' },
};

function fieldOk(v: unknown, kind: FieldKind): boolean {
  if (kind === 'bool') return typeof v === 'boolean';
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  if (kind === 'u32') return Number.isInteger(v) && v >= 0 && v <= 0xffffffff;
  if (kind === 'u8') return Number.isInteger(v) && v >= 0 && v <= 255;
  return true;
}

/** Check a request's shape (field names, kinds, ranges of the record's slots): ADMIN_BAD_FRAME if wrong. Values are the engine's to judge. */
export function parseRequest(x: unknown): AdminRequest {
  const bad = (why: string) => new BourseError('ADMIN_BAD_FRAME', why);
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw bad('request must be a JSON object');
  const r = x as Record<string, unknown>;
  if (r.op === 'list') {
    if (Object.keys(r).length !== 1) throw bad('list takes no fields');
    return { op: 'list' };
  }
  if (r.op !== 'command' || Object.keys(r).length !== 2) throw bad('op must be "command" (with "command") or "list"');
  const c = r.command as Record<string, unknown> | null;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) throw bad('command must be an object');
  const shape = SHAPES[c.type as number];
  if (!shape) throw bad(`command type must be an admin command (${Object.keys(SHAPES).join(', ')})`);
  const names = new Set(['type']);
  for (const [key, kind] of Object.entries(shape)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    names.add(name);
    if (c[name] === undefined && optional) continue;
    if (!fieldOk(c[name], kind)) throw bad(`command field ${name} must be ${kind === 'bool' ? 'true or false' : kind === 'f64' ? 'a finite number' : `an integer in the ${kind} range`}`);
  }
  for (const k of Object.keys(c)) if (!names.has(k)) throw bad(`unknown command field ${k}`);
  if (c.type === Cmd.Kill && c.target !== KillTarget.Firm && c.target !== KillTarget.Account) throw bad('kill target must be 1 (firm) or 2 (account)');
  return { op: 'command', command: c as unknown as Command };
}

function errorOf(e: unknown): AdminError {
  const b = e instanceof BourseError ? e : new BourseError('INVARIANT', e instanceof Error ? e.message : String(e));
  return { code: b.code, num: b.num, message: b.message };
}

/** The engine's rejection of an input, as an admin error. */
function rejection(num: number): AdminError {
  const code = errorName(num) ?? 'INVARIANT';
  return { code, num, message: `${code}: ${Errors[code as ErrorCode].message}` };
}

// ------------------------------------------------------------------ server

/**
 * Listen on DATA/admin.sock (0600) for the exchange `x`. The socket is bound under a temporary
 * name, restricted, then renamed into place, so there is no moment when DATA/admin.sock accepts
 * connections from anyone. A stale socket (no one answers) is replaced; a live one is ADMIN_SOCKET.
 */
export async function startAdminServer(x: AdminTarget, dataDir: string): Promise<{ path: string; close(): Promise<void> }> {
  mkdirSync(dataDir, { recursive: true });
  const path = adminSocketPath(dataDir);
  if (existsSync(path)) {
    if (await answers(path)) throw new BourseError('ADMIN_SOCKET', `${path}: another exchange answers on it`);
    try {
      unlinkSync(path);
    } catch (e) {
      throw new BourseError('ADMIN_SOCKET', `${path}: cannot remove the stale socket: ${(e as Error).message}`);
    }
  }
  const tmp = `${path}.${process.pid}.tmp`;
  const conns = new Set<Socket>();
  const server: Server = createServer((sock) => {
    conns.add(sock);
    sock.on('close', () => conns.delete(sock));
    serve(x, sock);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new BourseError('ADMIN_SOCKET', `${path}: ${e.message}`)));
    server.listen(tmp, () => resolve());
  });
  try {
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  } catch (e) {
    server.close();
    throw new BourseError('ADMIN_SOCKET', `${path}: ${(e as Error).message}`);
  }
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of conns) s.destroy();
        server.close(() => resolve());
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      }),
  };
}

function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

function serve(x: AdminTarget, sock: Socket): void {
  const reader = new FrameReader(MAX_REQUEST_BYTES);
  let chain = Promise.resolve();
  sock.on('error', () => sock.destroy());
  sock.on('data', (chunk: Buffer) => {
    let frames: unknown[];
    try {
      frames = reader.push(chunk);
    } catch (e) {
      sock.end(encodeFrame({ ok: false, error: errorOf(e) }));
      sock.pause();
      return;
    }
    for (const f of frames) {
      chain = chain.then(async () => {
        const reply = await handle(x, f);
        if (!sock.destroyed) sock.write(encodeFrame(reply));
        if (!reply.ok && reply.error.code === 'ADMIN_BAD_FRAME') sock.end();
      });
    }
  });
}

async function handle(x: AdminTarget, frame: unknown): Promise<AdminReply> {
  try {
    const req = parseRequest(frame);
    if (req.op === 'list') {
      const r = await x.adminRequest(InboundKind.ListAccounts);
      return { ok: true, ...r.accounts!, ...(x.nodeId !== undefined ? { node: x.nodeId } : {}) };
    }
    const rec = new Uint8Array(CMD_SIZE);
    encodeCommand(req.command, rec);
    const r = await x.adminRequest(InboundKind.Command, rec);
    const events = r.events ?? [];
    const rej = events.find((e) => e.type === Ev.Rejected);
    if (rej && rej.type === Ev.Rejected) return { ok: false, error: rejection(rej.error) };
    return { ok: true, seq: events[0]?.inputSeq, events, ...(x.nodeId !== undefined ? { node: x.nodeId } : {}) };
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
}

// ------------------------------------------------------------------ client

/**
 * One request to the exchange running on `dataDir`. ADMIN_UNAVAILABLE when no exchange answers
 * there (no socket, refused, or not this operator's), ADMIN_TIMEOUT after `timeoutMs`.
 */
export function adminCall(dataDir: string, req: AdminRequest, timeoutMs = 10_000): Promise<AdminReply> {
  const path = adminSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const sock = createConnection(path);
    const reader = new FrameReader(MAX_REPLY_BYTES);
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new BourseError('ADMIN_TIMEOUT', `no answer on ${path} within ${timeoutMs} ms`));
    }, timeoutMs);
    sock.once('connect', () => sock.write(encodeFrame(req)));
    sock.on('data', (chunk: Buffer) => {
      try {
        const frames = reader.push(chunk);
        if (frames.length > 0) {
          clearTimeout(timer);
          sock.end();
          resolve(frames[0] as AdminReply);
        }
      } catch (e) {
        clearTimeout(timer);
        sock.destroy();
        reject(e);
      }
    });
    sock.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const why = e.code === 'ENOENT' ? 'no admin socket (is `bourse start` running on this data directory?)'
        : e.code === 'ECONNREFUSED' ? 'the socket is stale (the exchange is not running)'
        : e.code === 'EACCES' ? 'permission denied: the socket belongs to the operator who started the exchange'
        : e.message;
      reject(new BourseError('ADMIN_UNAVAILABLE', `${path}: ${why}`));
    });
    sock.on('close', () => {
      clearTimeout(timer);
      reject(new BourseError('ADMIN_UNAVAILABLE', `${path}: the exchange closed the connection without an answer`));
    });
  });
}
