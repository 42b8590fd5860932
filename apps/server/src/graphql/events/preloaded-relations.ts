// A timeline page arrives with its events' actor links, citations and quotes,
// and the actor and source rows those name, from one statement
// (findEventPageWithRelations). The rows carry what was loaded with them, so the
// relation fields resolve synchronously from the rows themselves. Going through a
// DataLoader promise per field instead (a page of 50 events asks for about 700
// relation values) cost a promise, a microtask and a closure each, a large share
// of a page's time in a profile where garbage collection was a third of it.
import type { Actor, Citation, EventActor, Quote } from '@chronicle/db';
import type { SourceParent } from '@chronicle/schema/mappers';

const RELATIONS = Symbol('relations loaded with the page');
const ACTOR = Symbol('actor loaded with the page');
const SOURCE = Symbol('source loaded with the page');
const SPEAKER = Symbol('speaker loaded with the page');

interface EventRelations {
  actors?: EventActor[];
  citations?: Citation[];
  quotes?: Quote[];
}

type Carrying = Record<symbol, unknown>;

export function attachEventRelations(event: object, relations: EventRelations): void {
  (event as Carrying)[RELATIONS] = relations;
}

export function eventRelations(event: object): EventRelations | undefined {
  return (event as Carrying)[RELATIONS] as EventRelations | undefined;
}

export function attachActor(link: EventActor, actor: Actor | undefined): void {
  if (actor) (link as unknown as Carrying)[ACTOR] = actor;
}

export function linkedActor(link: EventActor): Actor | undefined {
  return (link as unknown as Carrying)[ACTOR] as Actor | undefined;
}

export function attachSource(row: Citation | Quote, source: SourceParent | undefined): void {
  if (source) (row as unknown as Carrying)[SOURCE] = source;
}

export function linkedSource(row: Citation | Quote): SourceParent | undefined {
  return (row as unknown as Carrying)[SOURCE] as SourceParent | undefined;
}

export function attachSpeaker(quote: Quote, speaker: Actor | undefined): void {
  if (speaker) (quote as unknown as Carrying)[SPEAKER] = speaker;
}

export function linkedSpeaker(quote: Quote): Actor | undefined {
  return (quote as unknown as Carrying)[SPEAKER] as Actor | undefined;
}
