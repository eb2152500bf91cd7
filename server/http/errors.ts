/**
 * Every API error is a registry code (kernel/errors.ts) sent as
 * `{"error":{"code","num","message"}}` with the registry's HTTP status. Fastify's own client
 * errors (4xx: bad JSON, bad URL) become API_BAD_REQUEST; anything else is an INVARIANT (500),
 * logged.
 */
import type { FastifyReply } from 'fastify';
import { BourseError, type ErrorCode, Errors } from '../kernel/errors.ts';

export interface ErrorJson {
  error: { code: ErrorCode; num: number; message: string };
}

export function errorJson(e: BourseError): ErrorJson {
  const spec = Errors[e.code];
  const detail = e.message.startsWith(`${e.code}: `) ? e.message.slice(e.code.length + 2) : e.message;
  return { error: { code: e.code, num: spec.num, message: detail } };
}

function asBourse(err: unknown): BourseError {
  if (err instanceof BourseError) return err;
  const e = err as { statusCode?: number; message?: string; code?: string };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new BourseError('API_BAD_REQUEST', `${e.code ?? ''} ${e.message ?? ''}`.trim());
  }
  return new BourseError('INVARIANT', err instanceof Error ? err.message : String(err));
}

/** Send `err` as the registry body with its status (the app's error and not-found handlers). */
export function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  const e = asBourse(err);
  if (e.code === 'INVARIANT') reply.log.error(err);
  return reply.code(e.http).type('application/json; charset=utf-8').send(errorJson(e));
}
