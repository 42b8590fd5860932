import type { Mention } from '../actors/mention.ts';
import type { Attribution } from '../speech/attribution.ts';
import type { DateMention, EventDateSource } from '../types.ts';

export interface Range {
  start: number;
  end: number;
}

/** An event while the article is being read; passages grow as later sentences attach to it. */
export interface EventDraft {
  date: DateMention | null;
  dateSource: EventDateSource;
  /** The words the event was found in: a sentence, a relative clause, or what a speaker reported. */
  scope: Range;
  /** Parts of the scope's sentence that belong to other events. */
  excluded: Range[];
  /** Excluded asides that still name who took part ("the 2018 elections, which returned Maduro to office,"). */
  describing?: Range[];
  /** Sentences (or the scope) that support the event, in text order. */
  passages: Range[];
  /** The speaker, when the event is someone saying something. */
  speaker: Mention | null;
  /** The attribution behind `speaker`, when its verb lies inside the scope. */
  attribution: Attribution | null;
  /** For relative clauses, the token of the noun the clause hangs on, which is what the event is about. */
  antecedentToken: number | null;
  /** Paragraph of the latest passage; quiet sentences only join an event in that paragraph. */
  lastParagraph: number;
}

export function sameResolvedDate(a: DateMention | null, b: DateMention | null): boolean {
  if (a === null || b === null || a.resolved === null || b.resolved === null) return false;
  return a.resolved.start === b.resolved.start && a.resolved.end === b.resolved.end && a.resolved.precision === b.resolved.precision;
}

export function inside(range: Range, offset: number): boolean {
  return range.start <= offset && offset < range.end;
}
