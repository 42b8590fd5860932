// What ingesting an article wrote (or found written before): the rows
// themselves, so that whoever answers (the API, the CLI, a job) need not read
// them back.
import type { Actor, Citation, Event, Source, Stance, StanceCitation } from '@chronicle/db';

export interface MatchedEvent {
  event: Event;
  /** This article's citations of the event (DRAFT until an editor accepts them), in text order. */
  citations: Citation[];
}

export interface ProposedStance {
  stance: Stance;
  /** This article's citations of the stance (DRAFT until an editor accepts them), in text order. */
  citations: StanceCitation[];
}

export interface IngestResult {
  source: Source;
  /** False when the same text was ingested before: nothing new was written. */
  created: boolean;
  /** Draft events proposed from the article, in the order extraction found them. */
  proposedEvents: Event[];
  /** Events on file the article also reports, flagged for review. */
  matchedEvents: MatchedEvent[];
  /** New actors, and actors another article proposed that still wait for an editor. */
  proposedActors: Actor[];
  /** Stances the article states, new (DRAFT) or already on file. */
  proposedStances: ProposedStance[];
  warnings: string[];
}

/** Passages in the order the text gives them (then by id, for passages at one offset). */
export function inTextOrder<T extends { passageStart: number | null; id: string }>(rows: T[]): T[] {
  // As PostgreSQL orders `passage_start ASC, id ASC`: unknown offsets last.
  return [...rows].sort((a, b) => (a.passageStart ?? Infinity) - (b.passageStart ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
