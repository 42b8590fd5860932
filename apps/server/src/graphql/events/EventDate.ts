import { displayDate } from '@chronicle/db';
import type { EventDateResolvers } from '@chronicle/schema/resolvers';
import type { Context } from '../context.ts';

export const EventDate: EventDateResolvers<Context> = {
  start: (event) => event.startsOn,
  end: (event) => event.endsOn,
  precision: (event) => event.precision,
  isRange: (event) => event.isRange,
  display: (event) => displayDate(event),
};
