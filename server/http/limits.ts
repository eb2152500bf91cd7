/**
 * What one HTTP client may hold of the server, so that idle or slow connections cannot exhaust
 * the process's file descriptors (and starve the journal and the threads beside it):
 *
 *   maxConnections      open TCP connections, WebSocket ones included (beyond: closed at accept)
 *   headersTimeoutMs    a request's line and headers must arrive within this (slow-loris)
 *   requestTimeoutMs    ... and its whole body within this
 *   keepAliveTimeoutMs  an idle keep-alive connection is closed after this
 *   idleTimeoutMs       any connection with no traffic at all for this long is closed
 *   bodyLimit           request bodies above this many bytes are refused (API_TOO_LARGE)
 *
 * A request cut by a timeout gets `408 API_TIMEOUT`, headers above Node's 16 KiB get
 * `431 API_HEADERS_TOO_LARGE`, any other unparsable request `400 API_BAD_REQUEST`: the registry's
 * body, then the connection is closed (`clientErrorHandler`). Checked once, then frozen.
 */
import type { Socket } from 'node:net';
import { BourseError, type ErrorCode } from '../kernel/errors.ts';
import { clip, errorJson } from './errors.ts';

export interface HttpLimits {
  readonly maxConnections: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly bodyLimit: number;
}

export const DEFAULT_LIMITS: HttpLimits = Object.freeze({
  maxConnections: 256,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  bodyLimit: 64 * 1024,
});

const RANGES: Record<keyof HttpLimits, [number, number]> = {
  maxConnections: [1, 1_000_000],
  headersTimeoutMs: [100, 3_600_000],
  requestTimeoutMs: [100, 3_600_000],
  keepAliveTimeoutMs: [100, 3_600_000],
  idleTimeoutMs: [100, 3_600_000],
  bodyLimit: [1024, 1 << 30],
};

/** Defaults + `given`, validated (API_BAD_OPTION naming the field) and frozen. */
export function httpLimits(given: Partial<HttpLimits> = {}): HttpLimits {
  const out: Record<string, number> = {};
  for (const k of Object.keys(given)) {
    if (!(k in RANGES)) throw new BourseError('API_BAD_OPTION', `unknown HTTP limit "${k}" (known: ${Object.keys(RANGES).join(', ')})`);
  }
  for (const [k, [min, max]] of Object.entries(RANGES) as [keyof HttpLimits, [number, number]][]) {
    const v = given[k] ?? DEFAULT_LIMITS[k];
    if (!Number.isInteger(v) || v < min || v > max) throw new BourseError('API_BAD_OPTION', `${k} must be an integer from ${min} to ${max}, not ${String(v)}`);
    out[k] = v;
  }
  const l = out as unknown as HttpLimits;
  if (l.headersTimeoutMs > l.requestTimeoutMs) {
    throw new BourseError('API_BAD_OPTION', `headersTimeoutMs (${l.headersTimeoutMs}) must not exceed requestTimeoutMs (${l.requestTimeoutMs})`);
  }
  return Object.freeze(l);
}

/** The fastify options that carry the limits (all but maxConnections, set on the listening server). */
export function fastifyLimitOptions(l: HttpLimits): {
  bodyLimit: number; connectionTimeout: number; keepAliveTimeout: number; requestTimeout: number;
  http: { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number };
} {
  return {
    bodyLimit: l.bodyLimit,
    connectionTimeout: l.idleTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    // Node checks the header and request deadlines every connectionsCheckingInterval (30 s by
    // default, which would let a slow-loris connection live 30 s past its deadline).
    http: {
      headersTimeout: l.headersTimeoutMs,
      requestTimeout: l.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(l.headersTimeoutMs / 4))),
    },
  };
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Node's `clientError` (a request it could not parse, or one cut by a timeout): the registry's
 * body instead of fastify's, then the connection is closed. Nothing is sent on a socket that is
 * already gone, or once a response has started on it.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || err.code === 'EPIPE' || socket.destroyed) {
    socket.destroy();
    return;
  }
  let code: ErrorCode = 'API_BAD_REQUEST';
  let detail = `the request cannot be parsed (${err.code ?? 'error'})`;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    code = 'API_TIMEOUT';
    detail = 'the request line, headers or body did not arrive in time; closing the connection';
  } else if (err.code === 'HPE_HEADER_OVERFLOW') {
    code = 'API_HEADERS_TOO_LARGE';
    detail = 'the request line and headers exceed the 16 KiB that Node.js accepts';
  }
  const e = new BourseError(code, clip(detail, 200));
  const body = JSON.stringify(errorJson(e));
  const sent = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !sent) {
    socket.write(`HTTP/1.1 ${e.http} ${STATUS_TEXT[e.http] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}
