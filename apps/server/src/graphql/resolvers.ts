// Merges the domains' resolvers. Every Mutation field is wrapped here with the
// editor check, so a new mutation cannot forget it.
import type { MutationResolvers, Resolvers } from '@chronicle/schema/resolvers';
import type { GraphQLFieldResolver } from 'graphql';
import { Actor } from './actors/Actor.ts';
import { ActorConnection } from './actors/ActorConnection.ts';
import { Mutation as ActorMutation } from './actors/Mutation.ts';
import { Query as ActorQuery } from './actors/Query.ts';
import { Mutation as BaseMutation } from './base/Mutation.ts';
import { Mutation as IngestMutation } from './ingest/Mutation.ts';
import { Mutation as FeedMutation } from './feeds/Mutation.ts';
import { Query as FeedQuery } from './feeds/Query.ts';
import { Mutation as JobMutation } from './jobs/Mutation.ts';
import { Query as JobQuery } from './jobs/Query.ts';
import { Query as BaseQuery } from './base/Query.ts';
import { requireEditor, type Context } from './context.ts';
import { Citation } from './events/Citation.ts';
import { Event } from './events/Event.ts';
import { EventActor } from './events/EventActor.ts';
import { EventDate } from './events/EventDate.ts';
import { Quote } from './events/Quote.ts';
import { EventConnection } from './events/EventConnection.ts';
import { Mutation as EventMutation } from './events/Mutation.ts';
import { Query as EventQuery } from './events/Query.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';
import { Query as SourceQuery } from './sources/Query.ts';
import { Source } from './sources/Source.ts';
import { SourceConnection } from './sources/SourceConnection.ts';
import { Mutation as StanceMutation } from './stances/Mutation.ts';
import { Query as StanceQuery } from './stances/Query.ts';
import { Stance } from './stances/Stance.ts';
import { StanceCitation } from './stances/StanceCitation.ts';
import { Mutation as TimelineMutation } from './timelines/Mutation.ts';
import { Query as TimelineQuery } from './timelines/Query.ts';
import { Subscription } from './live/Subscription.ts';
import { Timeline } from './timelines/Timeline.ts';

type AnyResolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;

function editorsOnly(mutations: MutationResolvers<Context>): MutationResolvers<Context> {
  const guarded: Record<string, AnyResolver> = {};
  for (const [field, resolver] of Object.entries(mutations) as [string, AnyResolver][]) {
    guarded[field] = (parent, args, context, info) => {
      requireEditor(context);
      return resolver(parent, args, context, info);
    };
  }
  return guarded;
}

export const resolvers: Resolvers<Context> = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...BaseQuery, ...EventQuery, ...ActorQuery, ...SourceQuery, ...TimelineQuery, ...StanceQuery, ...JobQuery, ...FeedQuery },
  Mutation: editorsOnly({
    ...BaseMutation,
    ...EventMutation,
    ...ActorMutation,
    ...StanceMutation,
    ...IngestMutation,
    ...TimelineMutation,
    ...JobMutation,
    ...FeedMutation,
  }),
  Subscription,
  Node: { __resolveType: (node) => node.__typename },
  Event,
  EventDate,
  EventActor,
  EventConnection,
  Citation,
  Quote,
  Actor,
  ActorConnection,
  Source,
  SourceConnection,
  Stance,
  StanceCitation,
  Timeline,
};
