/** The API's reference: GET /api/v1/openapi.json (generated from schemas.ts) and GET /api/v1/docs (a page rendering it). */
import type { FastifyPluginAsync } from 'fastify';
import { DOCS_HTML } from '../docs-page.ts';
import { openApiDocument } from '../schemas.ts';

export const docsRoutes: FastifyPluginAsync = async (app) => {
  const openapi = JSON.stringify(openApiDocument());

  app.get('/api/v1/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(openapi));
  app.get('/api/v1/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(DOCS_HTML));
};
