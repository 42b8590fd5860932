import type { MutationResolvers } from '@chronicle/schema/resolvers';
import { addFeed } from '../../feeds/add-feed.ts';
import { DEFAULT_FETCH_POLICY } from '../../ingest/url/safe-fetch.ts';
import type { Context } from '../context.ts';
import { toFeeds } from './feed.ts';

export const Mutation: Pick<MutationResolvers<Context>, 'addFeed'> = {
  addFeed: async (_, { input }, { db, fetchPolicy }) => (await toFeeds(db, [await addFeed(db, input, fetchPolicy ?? DEFAULT_FETCH_POLICY)]))[0]!,
};
