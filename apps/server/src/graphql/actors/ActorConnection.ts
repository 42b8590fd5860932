import type { Actor } from '@chronicle/db';
import type { ActorConnectionResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { connectionResolvers } from '../pagination.ts';

export const ActorConnection: ActorConnectionResolvers<Context> = connectionResolvers<Actor>();
