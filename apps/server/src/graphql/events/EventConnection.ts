import type { Event } from '@chronicle/db';
import type { EventConnectionResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';
import { connectionResolvers } from '../pagination.ts';

export const EventConnection: EventConnectionResolvers<Context> = connectionResolvers<Event>();
