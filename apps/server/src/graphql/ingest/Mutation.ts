import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { validateArticle } from '../../ingest/article-input.ts';
import { ingestArticle } from '../../ingest/ingest-article.ts';
import { ingestUrl } from '../../ingest/url/ingest-url.ts';
import { DEFAULT_FETCH_POLICY } from '../../ingest/url/safe-fetch.ts';
import type { Context } from '../context.ts';
import { ingestPayload } from './ingest-payload.ts';

export const Mutation: Pick<MutationResolvers<Context>, 'ingestArticle' | 'ingestUrl'> = {
  ingestArticle: async (_, { input }, { db, metrics }) => {
    const result = await ingestArticle(db, validateArticle(input)).catch((error: unknown) => {
      metrics?.countIngestion('failed');
      throw error;
    });
    metrics?.countIngestion(result.created ? 'created' : 'already_ingested');
    return ingestPayload(result);
  },

  ingestUrl: async (_, { input }, { db, metrics, fetchPolicy }) => {
    const result = await ingestUrl(db, input, fetchPolicy ?? DEFAULT_FETCH_POLICY).catch((error: unknown) => {
      metrics?.countIngestion('failed');
      throw error;
    });
    metrics?.countIngestion(result.created ? 'created' : 'already_ingested');
    return ingestPayload(result);
  },
};
