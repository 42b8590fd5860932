import { describePeople } from './actors/descriptors.ts';
import { findKnownMentions } from './actors/findKnownMentions.ts';
import { buildKnownActorIndex, type KnownActorIndex } from './actors/knownActorIndex.ts';
import type { Mention } from './actors/mention.ts';
import { resolveOrganizationReferences } from './actors/organizationReferences.ts';
import { proposeActors } from './actors/proposeActors.ts';
import { proposePlaces } from './actors/placeProposals.ts';
import { proposeGroups } from './actors/groupProposals.ts';
import { findDates } from './dates/findDates.ts';
import { buildEvents } from './events/buildEvents.ts';
import { findQuotes } from './quotes/findQuotes.ts';
import { findSpeakers } from './speech/speakers.ts';
import { findStances } from './stances/findStances.ts';
import { readArticle, type ArticleText } from './text/articleText.ts';
import { tagTokens } from './text/partOfSpeech.ts';
import { firstTokenAtOrAfter } from './text/tokenize.ts';
import type { ActorKind, ActorMention, ArticleInput, DateMention, Extraction, Extractor, KnownActor, ProposedActor } from './types.ts';

/**
 * Compiles the known-actor list once (name trie, surnames, misspelling index, place
 * words) and returns an extractor that reuses it for every article.
 */
export function createExtractor(knownActors: readonly KnownActor[]): Extractor {
  const index = buildKnownActorIndex(knownActors);
  return { extract: (input) => extractWith(index, input) };
}

/** One-off convenience; prefer createExtractor when reading many articles with the same actors. */
export function extractArticle(input: ArticleInput, knownActors: KnownActor[]): Extraction {
  return createExtractor(knownActors).extract(input);
}

function extractWith(index: KnownActorIndex, input: ArticleInput): Extraction {
  const article = readArticle(input.text, input.title);
  const { dates, warnings } = findDates(input.text, input.publishedAt);
  const mentions = findKnownMentions(article, index);
  const proposedGroups = proposeGroups(article, mentions, index);
  const proposedPlaces = [...proposedGroups, ...proposePlaces(article, mentions, index)];
  const tags = tagTokens(input.text, article.tokens);
  const proposedActors = mergeProposals(proposedPlaces, proposeActors(article, mentions, tags));
  const names = nameLookup(index, proposedActors);
  resolveOrganizationReferences(article, mentions, names);
  const descriptors = describePeople(article, mentions, index);
  const dateTokens = markDateTokens(article, dates);
  const speakers = findSpeakers(article, mentions, descriptors.profiles, (tokenIndex) => dateTokens[tokenIndex] === 1);
  const quoteFindings = findQuotes(article, speakers.bySentence);
  const stances = findStances(article, mentions, speakers.corefMentions);
  const eventMentions = [...mentions.all, ...speakers.corefMentions].sort((a, b) => a.start - b.start);
  const events = buildEvents({
    article,
    dates,
    mentions: eventMentions,
    speech: speakers.bySentence,
    quotes: quoteFindings,
    profiles: descriptors.profiles,
    nameOf: names,
    kindOf: kindLookup(index, proposedActors),
    tags,
    publishedOn: publicationDay(input.publishedAt),
  });
  // Dates written against another event ("Hours earlier") are found while grouping events.
  // The publication day that dates an undated lede has no words and is not one of them.
  const eventDates = events.flatMap((event) => (event.date === null || dates.includes(event.date) || event.dateSource === 'published' ? [] : [event.date]));
  const allDates = eventDates.length === 0 ? dates : [...dates, ...new Set(eventDates)].sort((a, b) => a.span.start - b.span.start);
  const allMentions = [...mentions.all, ...descriptors.descriptionMentions, ...speakers.corefMentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    events,
    proposedActors,
    quotes: quoteFindings.map((finding) => finding.quote),
    stances,
    dates: allDates,
    warnings,
    mentions: allMentions.map((mention) => toPublicMention(article, mention)),
  };
}

/** The calendar day an ISO publication date or timestamp names, as written (no time-zone shift). */
function publicationDay(publishedAt: string | null | undefined): string | null {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt?.trim() ?? '');
  return day === null ? null : day[0];
}

/** 1 for tokens inside a date expression, so "Pompeo on Monday said" still finds Pompeo. */
function markDateTokens(article: ArticleText, dates: readonly DateMention[]): Uint8Array {
  const marks = new Uint8Array(article.tokens.length);
  for (const date of dates) {
    for (let index = firstTokenAtOrAfter(article.tokens, date.span.start); index < article.tokens.length; index++) {
      const token = article.tokens[index];
      if (token === undefined || token.start >= date.span.end) break;
      marks[index] = 1;
    }
  }
  return marks;
}

function nameLookup(index: KnownActorIndex, proposedActors: readonly ProposedActor[]): (actorKey: string) => string {
  const proposedNames = new Map(proposedActors.map((actor) => [`proposed:${actor.key}`, actor.name]));
  return (actorKey) => {
    if (actorKey.startsWith('known:')) return index.profiles.get(actorKey.slice('known:'.length))?.actor.name ?? actorKey;
    return proposedNames.get(actorKey) ?? actorKey;
  };
}

function toPublicMention(article: ArticleText, mention: Mention): ActorMention {
  return {
    actor: mention.ref,
    span: { text: article.text.slice(mention.start, mention.end), start: mention.start, end: mention.end },
    source: mention.source,
  };
}

/** Countries from the gazetteer and names read from the text, one actor per key. */
function mergeProposals(places: readonly ProposedActor[], names: readonly ProposedActor[]): ProposedActor[] {
  const byKey = new Map(places.map((actor) => [actor.key, actor]));
  for (const actor of names) {
    const existing = byKey.get(actor.key);
    if (existing === undefined) byKey.set(actor.key, actor);
    else existing.mentions.push(...actor.mentions);
  }
  return [...byKey.values()];
}

function kindLookup(index: KnownActorIndex, proposedActors: readonly ProposedActor[]): (actorKey: string) => ActorKind | undefined {
  const proposedKinds = new Map(proposedActors.map((actor) => [`proposed:${actor.key}`, actor.kind]));
  return (actorKey) => (actorKey.startsWith('known:') ? index.profiles.get(actorKey.slice('known:'.length))?.actor.kind : proposedKinds.get(actorKey));
}
