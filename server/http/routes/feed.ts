/**
 * GET /api/v1/feed: the multicast feed's discovery document, when this server publishes one.
 * GET /api/v1/feed/proto/{file}: the schema files of proto/ (feed.proto, order_entry.proto), as text: the
 * discovery document's `protoFile` points here, so a broker needs nothing but this server to
 * decode the feed (protoc, Wireshark, its own generated code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { BourseError } from '../../kernel/errors.ts';
import { ProtoParams, parseParams } from '../schemas.ts';

const PROTO_DIR = new URL('../../../proto/', import.meta.url);

/** Every .proto file of proto/, read once. */
function protoFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(PROTO_DIR)) {
    if (/^[a-z0-9_]{1,64}\.proto$/.test(name)) files.set(name, readFileSync(new URL(name, PROTO_DIR), 'utf8'));
  }
  return files;
}

export const feedRoute: FastifyPluginAsync<{ readonly feedConfig?: object | undefined }> = async (app, opts) => {
  const { feedConfig } = opts;
  const protos = protoFiles();

  app.get('/api/v1/feed', async () => {
    if (!feedConfig) throw new BourseError('API_NOT_FOUND', 'this server publishes no multicast feed (GET /api/v1/feed)');
    return feedConfig;
  });

  app.get('/api/v1/feed/proto/:file', async (req, reply) => {
    const p = parseParams(ProtoParams, req.query, req.params as Record<string, unknown>);
    const text = protos.get(p.file);
    if (text === undefined) throw new BourseError('API_NOT_FOUND', `no schema file ${p.file} (there are: ${[...protos.keys()].join(', ')})`);
    return reply.type('text/plain; charset=utf-8').send(text);
  });
};
