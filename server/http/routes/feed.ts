/** GET /api/v1/feed: the multicast feed's discovery document, when this server publishes one. */
import type { FastifyPluginAsync } from 'fastify';
import { BourseError } from '../../kernel/errors.ts';

export const feedRoute: FastifyPluginAsync<{ readonly feedConfig?: object | undefined }> = async (app, opts) => {
  const { feedConfig } = opts;

  app.get('/api/v1/feed', async () => {
    if (!feedConfig) throw new BourseError('API_NOT_FOUND', 'this server publishes no multicast feed (GET /api/v1/feed)');
    return feedConfig;
  });
};
