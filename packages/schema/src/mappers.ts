// What the server's resolvers hand to connection fields: the page's nodes and
// a count that runs only when a client asks for totalCount.
import type { Actor, Event, Source } from '@chronicle/db';

export interface ConnectionParent<T> {
  nodes: T[];
  /** Opaque cursor of each node, in the same order. */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/**
 * A source as resolvers pass it around: without its full text, which can be
 * 200,000 characters and is loaded only when a query asks for `text`.
 */
export type SourceParent = Omit<Source, 'text'>;

/** A dated span: an event's own date, or the date one of its sources gives. */
export type EventDateParent = Pick<Event, 'startsOn' | 'endsOn' | 'precision' | 'isRange'>;

export type EventConnectionParent = ConnectionParent<Event>;
export type ActorConnectionParent = ConnectionParent<Actor>;
export type SourceConnectionParent = ConnectionParent<SourceParent>;
export interface EdgeParent<T> {
  node: T;
  cursor: string;
}
export type EventEdgeParent = EdgeParent<Event>;
export type ActorEdgeParent = EdgeParent<Actor>;
export type SourceEdgeParent = EdgeParent<SourceParent>;
