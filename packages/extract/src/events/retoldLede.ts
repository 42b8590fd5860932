import { keyOfRef } from '../actors/mention.ts';
import type { ProposedEvent } from '../types.ts';

// "Trump has ordered a freeze on all Venezuelan government assets." is dated by the
// publication day for want of a date; when the next paragraph tells the same happening
// with its day ("Trump issued an executive order on Monday"), the two are one event on
// that day: the lede's headline, both passages. Only a recent day counts: a retelling
// is news of the last week, while an older date is background.

const RECENT_DAYS = 7;
/** How far the retelling may start after the lede ends: the next paragraph or so. */
const NEARBY_CHARACTERS = 400;

export function foldRetoldLede(events: readonly ProposedEvent[], publishedOn: string | null): ProposedEvent[] {
  const [lede, retelling, ...rest] = events;
  if (lede === undefined || retelling === undefined || lede.dateSource !== 'published' || publishedOn === null) return [...events];
  const day = retelling.date?.resolved;
  if (day === null || day === undefined || day.precision !== 'DAY' || !isRecent(day.start, publishedOn)) return [...events];
  const ledeEnd = Math.max(...lede.passages.map((passage) => passage.end));
  const retellingStart = Math.min(...retelling.passages.map((passage) => passage.start));
  if (retellingStart - ledeEnd > NEARBY_CHARACTERS) return [...events];
  const principal = principalOf(lede);
  if (principal === null || principal !== principalOf(retelling)) return [...events];
  const ledeActors = new Set(lede.actors.map((actor) => keyOfRef(actor.actor)));
  const merged: ProposedEvent = {
    ...lede,
    date: retelling.date,
    dateSource: retelling.dateSource ?? 'stated',
    actors: [...lede.actors, ...retelling.actors.filter((actor) => !ledeActors.has(keyOfRef(actor.actor)))],
    quotes: [...lede.quotes, ...retelling.quotes],
    passages: [...lede.passages, ...retelling.passages],
  };
  return [merged, ...rest];
}

/** Who the event is about: its speaker or subject. */
function principalOf(event: ProposedEvent): string | null {
  const actor = event.actors.find((candidate) => candidate.role === 'SPEAKER' || candidate.role === 'SUBJECT');
  return actor === undefined ? null : keyOfRef(actor.actor);
}

function isRecent(day: string, publishedOn: string): boolean {
  const elapsed = (Date.parse(`${publishedOn}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return elapsed >= 0 && elapsed <= RECENT_DAYS;
}
