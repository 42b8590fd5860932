// How much an event weighs, from its evidence. The timeline uses it to decide
// what may fold into a cluster: a heavier event is never hidden behind
// lighter ones, so the weight must rank what a reader would call the story.
import type { Citation, Quote } from '@chronicle/db';

/** An editor's "key event" outweighs any amount of coverage. */
export const KEY_EVENT_WEIGHT = 10;
/** Quotes add weight, but a talkative article must not outweigh other outlets. */
const MAX_QUOTE_WEIGHT = 3;

export interface SalienceEvidence {
  isKey: boolean;
  /** The publisher of each citation's source (null when unknown), one entry per citation. */
  publishers: readonly (string | null)[];
  quotes: readonly Pick<Quote, 'id'>[];
}

/**
 * One per independent publisher (the same outlet cited twice counts once; a
 * source without a publisher counts as its own), one per quote up to three,
 * and KEY_EVENT_WEIGHT for a key event.
 */
export function salience({ isKey, publishers, quotes }: SalienceEvidence): number {
  const named = new Set(publishers.filter((p): p is string => p !== null).map((p) => p.trim().toLowerCase()));
  const unnamed = publishers.filter((p) => p === null).length;
  return named.size + unnamed + Math.min(quotes.length, MAX_QUOTE_WEIGHT) + (isKey ? KEY_EVENT_WEIGHT : 0);
}

export type CitationDate = Pick<Citation, 'resolvedStartsOn' | 'resolvedEndsOn' | 'resolvedPrecision'>;

/**
 * Sources disagree on the date when the citations that date the event
 * resolve to different spans or precisions. A source that dates nothing
 * itself neither agrees nor disagrees.
 */
export function datesDisagree(citations: readonly CitationDate[]): boolean {
  const dates = new Set<string>();
  for (const c of citations) {
    if (!c.resolvedStartsOn || !c.resolvedEndsOn || !c.resolvedPrecision) continue;
    dates.add(`${c.resolvedPrecision} ${c.resolvedStartsOn.toISOString()} ${c.resolvedEndsOn.toISOString()}`);
  }
  return dates.size > 1;
}
