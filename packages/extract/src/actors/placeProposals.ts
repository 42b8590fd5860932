import type { ArticleText } from '../text/articleText.ts';
import type { ProposedActor } from '../types.ts';
import { PLACE_ID_PREFIX, type KnownActorIndex } from './knownActorIndex.ts';
import { proposedKey, type MentionTable } from './mention.ts';

/**
 * Mentions of countries the actor table does not hold (found through the gazetteer's
 * stand-ins) become mentions of proposed actors, one per country, under the country's
 * canonical name, for an editor to confirm like any other new actor.
 */
export function proposePlaces(article: ArticleText, mentions: MentionTable, index: KnownActorIndex): ProposedActor[] {
  const byKey = new Map<string, ProposedActor>();
  for (const mention of mentions.all) {
    if (mention.ref.kind !== 'known' || !mention.ref.actorId.startsWith(PLACE_ID_PREFIX)) continue;
    const profile = index.profiles.get(mention.ref.actorId);
    if (profile === undefined) continue;
    const key = mention.ref.actorId.slice(PLACE_ID_PREFIX.length);
    mention.ref = { kind: 'proposed', proposedKey: key };
    mention.actorKey = proposedKey(key);
    const proposal = byKey.get(key) ?? { key, name: profile.actor.name, kind: profile.actor.kind, mentions: [] };
    proposal.mentions.push({ text: article.text.slice(mention.start, mention.end), start: mention.start, end: mention.end });
    byKey.set(key, proposal);
  }
  return [...byKey.values()];
}
