import { keyOfRef } from '../actors/mention.ts';
import type { ProposedEvent } from '../types.ts';

// A happening told as more of one already told names its actors only there: "On the night
// of August 11, the protests continued." (the protesters of the night before), "A new round
// of talks kicked off in Barbados." (the two sides and the mediator of the earlier round),
// "That margin would increase to 85% in 2000." (the candidate of the election just told).
// Such an event takes the earlier event's actors beside its own. The earlier event is the
// last one told before it that names the same thing ("talks", "protests"); for "that …",
// "this …" it is simply the last one told.

// prettier-ignore
const NOT_A_HAPPENING = [
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'day', 'summer', 'winter', 'spring',
  'autumn', 'fall', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'could', 'may', 'might', 'means', 'meant',
];
/** An opening phrase of time or place ("On the night of August 11,") may come first. */
const LEAD = String.raw`^\s*(?:(?:on|in|at|by|during|later|earlier|afterwards)\b[^,]{0,40},\s*)?`;
const ANOTHER_ROUND = new RegExp(`${LEAD}(?:a new|another|a fresh|a second|a third) round of ([a-z]+)`, 'i');
const GOES_ON = new RegExp(`${LEAD}the ([a-z]+) (?:continued|resumed|went on|carried on|spread)\\b`, 'i');
/** "That margin", "this share": not a time ("This week, …") and not a pronoun ("That was …"). */
const DEMONSTRATIVE = new RegExp(`${LEAD}(?:that|this|these|those) (?!(?:${NOT_A_HAPPENING.join('|')})\\b)[a-z]+`, 'i');

export function continueHappenings(events: readonly ProposedEvent[]): ProposedEvent[] {
  const inTextOrder = [...events].sort((a, b) => (a.passages[0]?.start ?? 0) - (b.passages[0]?.start ?? 0));
  return events.map((event) => {
    const told = earlierTelling(event, inTextOrder.slice(0, inTextOrder.indexOf(event)).reverse());
    if (told === undefined) return event;
    const own = new Set(event.actors.map((actor) => keyOfRef(actor.actor)));
    const inherited = told.actors.filter((actor) => !own.has(keyOfRef(actor.actor)));
    if (inherited.length === 0) return event;
    // With no actors of its own the event keeps the roles they had; beside its own actors they take part.
    const actors = event.actors.length === 0 ? inherited : [...event.actors, ...inherited.map((actor) => ({ ...actor, role: 'PARTICIPANT' as const }))];
    return { ...event, actors };
  });
}

/** The event `event` tells more of, among those told before it (nearest first). */
function earlierTelling(event: ProposedEvent, before: readonly ProposedEvent[]): ProposedEvent | undefined {
  const opening = event.passages[0]?.text ?? '';
  const noun = (ANOTHER_ROUND.exec(opening) ?? GOES_ON.exec(opening))?.[1]?.toLowerCase();
  if (noun !== undefined) {
    const word = new RegExp(`\\b${noun}\\b`, 'i');
    return before.find((other) => other.passages.some((passage) => word.test(passage.text)));
  }
  return DEMONSTRATIVE.test(opening) ? before[0] : undefined;
}
