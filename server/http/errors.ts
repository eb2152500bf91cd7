/**
 * Every API error is a registry code (kernel/errors.ts) sent as
 * `{"error":{"code","num","message"}}` with the registry's HTTP status. Fastify's own client
 * errors become registry codes too: a body it cannot parse (bad JSON, unknown content type) is
 * API_BAD_BODY, a body above the limit API_TOO_LARGE, any other 4xx API_BAD_REQUEST; anything
 * else is an INVARIANT (500), logged. Messages never echo more than a few dozen characters of
 * what the client sent.
 */
import type { FastifyReply } from 'fastify';
import { BourseError, type ErrorCode, Errors } from '../kernel/errors.ts';
import { clip } from '../kernel/text.ts';

export interface ErrorJson {
  error: { code: ErrorCode; num: number; message: string };
}

export { clip } from '../kernel/text.ts';

export function errorJson(e: BourseError): ErrorJson {
  const spec = Errors[e.code];
  const detail = e.message.startsWith(`${e.code}: `) ? e.message.slice(e.code.length + 2) : e.message;
  return { error: { code: e.code, num: spec.num, message: detail } };
}

/** Fastify's error codes for request bodies (FST_ERR_CTP_*) and what they mean to a client. */
function bodyError(code: string, message: string): BourseError | undefined {
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new BourseError('API_TOO_LARGE', clip(message, 120));
  if (code.startsWith('FST_ERR_CTP_')) return new BourseError('API_BAD_BODY', clip(message, 120));
  return undefined;
}

function asBourse(err: unknown): BourseError {
  if (err instanceof BourseError) return err;
  const e = err as { statusCode?: number; message?: string; code?: string };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  const body = bodyError(code, message);
  if (body) return body;
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    if (e.statusCode === 413) return new BourseError('API_TOO_LARGE', clip(message, 120));
    return new BourseError('API_BAD_REQUEST', clip(`${code} ${message}`.trim(), 120));
  }
  return new BourseError('INVARIANT', err instanceof Error ? err.message : String(err));
}

/** Send `err` as the registry body with its status (the app's error and not-found handlers). */
export function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  const e = asBourse(err);
  if (e.code === 'INVARIANT') reply.log.error(err);
  return reply.code(e.http).type('application/json; charset=utf-8').send(errorJson(e));
}
