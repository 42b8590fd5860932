import { keyOfRef } from '../actors/mention.ts';
import type { ProposedEvent } from '../types.ts';

// A story may name one happening twice, once exactly and once loosely: "a failed military
// uprising last April" beside "Figuera launched the uprising on April 30". The loose
// mention is the same happening, not another one that month: it is left out when an
// event of the same kind, sharing an actor, is dated to a day inside its month or year.

const PRECISE = new Set(['DAY']);
const LOOSE = new Set(['MONTH', 'YEAR']);

export function dropVaguerRepeats(events: readonly ProposedEvent[]): ProposedEvent[] {
  return events.filter((loose) => !events.some((exact) => exact !== loose && repeats(loose, exact)));
}

function repeats(loose: ProposedEvent, exact: ProposedEvent): boolean {
  const wide = loose.date?.resolved;
  const narrow = exact.date?.resolved;
  if (wide === null || wide === undefined || narrow === null || narrow === undefined) return false;
  if (!LOOSE.has(wide.precision) || !PRECISE.has(narrow.precision)) return false;
  if (loose.kind !== exact.kind || loose.kind === 'STATEMENT' || loose.kind === 'OTHER') return false;
  if (narrow.start < wide.start || narrow.end > wide.end) return false;
  const actors = new Set(exact.actors.map((actor) => keyOfRef(actor.actor)));
  return loose.actors.some((actor) => actors.has(keyOfRef(actor.actor)));
}
