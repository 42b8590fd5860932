import type { SourceParent } from '@chronicle/schema/mappers';
import type { SourceConnectionResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { connectionResolvers } from '../pagination.ts';

export const SourceConnection: SourceConnectionResolvers<Context> = connectionResolvers<SourceParent>();
