import type { PersonProfile } from '../actors/descriptors.ts';
import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';
import type { ActorRef, ActorRole } from '../types.ts';
import { inside, type EventDraft, type Range } from './eventDraft.ts';

// Who took part in an event, and how: the speaker; the actor acted on (the first one
// named after the verb); for other happenings the person (else actor) it is about; and
// everyone else named in its passages. Demonyms ("the Venezuelan military") only hint at
// a country and stay out, but a speaker's or subject's own country comes in through
// their profile ("Maria Zakharova, of the Russian Foreign Ministry" → Russia).

const ROLE_RANK: Record<ActorRole, number> = { SPEAKER: 0, SUBJECT: 1, TARGET: 2, PARTICIPANT: 3 };

export interface EventActor {
  actorKey: string;
  actor: ActorRef;
  role: ActorRole;
}

export function eventActors(
  article: ArticleText,
  draft: EventDraft,
  mentions: readonly Mention[],
  profiles: ReadonlyMap<string, PersonProfile>,
): EventActor[] {
  const roles = new Map<string, EventActor>();
  const assign = (mention: Pick<Mention, 'actorKey' | 'ref'>, role: ActorRole): void => {
    const existing = roles.get(mention.actorKey);
    if (existing === undefined || ROLE_RANK[role] < ROLE_RANK[existing.role]) roles.set(mention.actorKey, { actorKey: mention.actorKey, actor: mention.ref, role });
  };
  const inEvent = mentions.filter((mention) => belongsToEvent(draft, mention));
  const inScope = inEvent.filter((mention) => inside(draft.scope, mention.start));
  if (draft.speaker !== null) {
    assign(draft.speaker, 'SPEAKER');
    const verb = draft.attribution === null ? undefined : article.tokens[draft.attribution.verbIndex];
    const speakerCountries = profiles.get(draft.speaker.actorKey)?.affiliationKeys ?? new Set<string>();
    const target =
      verb === undefined
        ? undefined
        : inScope.find(
            (mention) =>
              mention.start > verb.end &&
              mention.actorKey !== draft.speaker?.actorKey &&
              !speakerCountries.has(mention.actorKey) &&
              article.quoteOfToken[mention.tokenStart] === -1,
          );
    if (target !== undefined) assign(target, 'TARGET');
  } else {
    const subject = inScope.find((mention) => mention.kind === 'PERSON') ?? inScope[0];
    if (subject !== undefined) assign(subject, 'SUBJECT');
  }
  for (const mention of inEvent) {
    if (mention.ref.kind === 'known') assign(mention, 'PARTICIPANT');
  }
  for (const actor of [...roles.values()]) {
    if (actor.role !== 'SPEAKER' && actor.role !== 'SUBJECT') continue;
    for (const countryKey of profiles.get(actor.actorKey)?.affiliationKeys ?? []) {
      assign({ actorKey: countryKey, ref: { kind: 'known', actorId: countryKey.slice('known:'.length) } }, 'PARTICIPANT');
    }
  }
  return [...roles.values()].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
}

function belongsToEvent(draft: EventDraft, mention: Mention): boolean {
  if (mention.source === 'demonym') return false;
  if (draft.excluded.some((range: Range) => inside(range, mention.start))) return false;
  return draft.passages.some((passage) => inside(passage, mention.start));
}
