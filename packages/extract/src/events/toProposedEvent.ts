import type { PersonProfile } from '../actors/descriptors.ts';
import type { Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';
import { startingWithin } from '../text/sortedRanges.ts';
import type { ActorKind, ExtractedQuote, ProposedEvent, TextSpan } from '../types.ts';
import { eventSummary, eventTitle } from './describeEvent.ts';
import type { HeadlineHints } from './headline.ts';
import { eventActors } from './eventActors.ts';
import { inside, type EventDraft, type Range } from './eventDraft.ts';
import { announcesAMeasure, classifyEvent, nearestCue, type CueHit } from './eventKind.ts';

// Turns a finished draft into the public event: its kind, title, summary, actors with
// roles, quotations and passages.

export interface EventContext {
  article: ArticleText;
  /** Mentions in text order. */
  mentions: readonly Mention[];
  profiles: ReadonlyMap<string, PersonProfile>;
  nameOf: (actorKey: string) => string;
  kindOf: (actorKey: string) => ActorKind | undefined;
  /** Cue words of the whole article (quotations and dates blanked out). */
  cues: readonly CueHit[];
  /** Date expressions in text order. */
  dateSpans: readonly TextSpan[];
  /** Quotations in text order. */
  quoteSpans: readonly { start: number; quote: ExtractedQuote }[];
}

export function toProposedEvent(inputs: EventContext, draft: EventDraft): ProposedEvent {
  const { article, cues, dateSpans } = inputs;
  const attribution = draft.attribution;
  const date = draft.date !== null && draft.date.span.start >= draft.scope.start && draft.date.span.end <= draft.scope.end ? draft.date.span : null;
  // ", the ministry said" after a happening: the ministry is the source, the happening is the event.
  const reportedEnd = attribution?.trailing === true ? reportedWordsEnd(article, draft) : null;
  const reportedKind = reportedEnd === null ? null : nearestCue(cues, { start: draft.scope.start, end: reportedEnd }, date);
  const speakerIsSource = reportedKind !== null;
  const verbEnd = attribution === null ? null : (article.tokens[attribution.verbIndex + attribution.verb.split(' ').length - 1]?.end ?? null);
  // A verb sharing its subject with an earlier one ("met … and promised") leaves the
  // happening to the first verb; it is a statement only when nothing else is named.
  const coordinatedKind = attribution?.coordinated === true ? nearestCue(cues, draft.scope, date) : null;
  const kind =
    reportedKind ??
    coordinatedKind ??
    classifyEvent({
      cues,
      clause: clauseBeforeAnotherHappening(article, draft.scope, date),
      date,
      isStatement: attribution !== null,
      announced: attribution !== null && verbEnd !== null && announcesAMeasure(attribution.verb) ? { start: verbEnd, end: draft.scope.end } : null,
      otherPassages: draft.passages.slice(1),
    });
  const quotes = mergeRanges(draft.passages)
    .flatMap((passage) => startingWithin(inputs.quoteSpans, passage.start, passage.end))
    .map((entry) => entry.quote)
    .filter((quote) => !draft.excluded.some((range) => inside(range, quote.span.start)));
  const speakerName = draft.speaker === null ? null : inputs.nameOf(draft.speaker.actorKey);
  return {
    title: eventTitle(article, draft, withOwnDate(dateSpans, draft), speakerIsSource ? null : speakerName, reportedEnd, {
      ...headlineHints(inputs, draft),
      sourceName: speakerIsSource && speakerName !== null && draft.speaker !== null ? shortName(speakerName, draft.speaker.kind) : null,
    }),
    summary: eventSummary(article, draft),
    kind,
    date: draft.date,
    dateSource: draft.dateSource,
    actors: eventActors({
      article,
      draft,
      mentions: inputs.mentions,
      profiles: inputs.profiles,
      speakerIsSource,
      reportedEnd,
      pronounSubject: pronounSubject(inputs, draft),
    }).map(({ actorKey, actor, role }) => ({
      actor,
      role,
      name: inputs.nameOf(actorKey),
      kind: inputs.mentions.find((mention) => mention.actorKey === actorKey)?.kind ?? inputs.kindOf(actorKey),
    })),
    quotes,
    passages: mergeRanges(draft.passages).map((range) => ({ text: article.text.slice(range.start, range.end), start: range.start, end: range.end })),
  };
}

/** Who a pronoun in the event's words stands for, and the people named, for its headline. */
function headlineHints(inputs: EventContext, draft: EventDraft): HeadlineHints {
  const inScope = inputs.mentions.filter((mention) => mention.start >= draft.scope.start && mention.end <= draft.scope.end);
  // A pronoun the speech reader resolved, else the person named last before the event's
  // words: news refers back to the latest person with "he" and "his".
  const pronoun = inScope.find((mention) => mention.source === 'pronoun') ?? lastPersonBefore(inputs.mentions, draft.scope.start);
  const personNames = [...new Set(inScope.filter((mention) => mention.kind === 'PERSON').map((mention) => inputs.nameOf(mention.actorKey)))];
  return { pronounName: pronoun === undefined ? null : shortName(inputs.nameOf(pronoun.actorKey), pronoun.kind), personNames };
}

// "In 1993, he", "He later": a personal pronoun as the subject, after at most a short opening phrase.
const LEADING_PERSONAL_PRONOUN = /^\s*(?:[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,5}\s*,\s*)?(?:he|she)\b/iu;

/** The person an opening "he" or "she" stands for: the one the speech reader resolved, else the last person named. */
function pronounSubject(inputs: EventContext, draft: EventDraft): Mention | undefined {
  if (draft.speaker !== null) return undefined;
  const opening = LEADING_PERSONAL_PRONOUN.exec(inputs.article.text.slice(draft.scope.start, draft.scope.end));
  if (opening === null) return undefined;
  const openingEnd = draft.scope.start + opening[0].length;
  const resolved = inputs.mentions.find((mention) => mention.source === 'pronoun' && mention.start >= draft.scope.start && mention.end <= openingEnd);
  return resolved ?? lastPersonBefore(inputs.mentions, draft.scope.start);
}

function lastPersonBefore(mentions: readonly Mention[], offset: number): Mention | undefined {
  let last: Mention | undefined;
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    if (mention.kind === 'PERSON' && mention.source !== 'description') last = mention;
  }
  return last;
}

/** People go by surname in headlines ("Bashir" for "Omar al-Bashir"); countries and bodies by their whole name. */
function shortName(name: string, kind: Mention['kind']): string {
  if (kind !== 'PERSON') return name;
  const surname = name.split(/\s+/).at(-1) ?? name;
  return surname.replace(/^(?:al|el)-(?=\p{Lu})/u, '');
}

/** A date found while grouping ("the following year") is left out of the title like the others. */
function withOwnDate(dateSpans: readonly TextSpan[], draft: EventDraft): readonly TextSpan[] {
  const own = draft.date?.span;
  if (own === undefined || dateSpans.some((span) => span.start === own.start)) return dateSpans;
  return [...dateSpans, own].sort((a, b) => a.start - b.start);
}

const TEMPORAL_CONJUNCTION = /\b(after|before|following|until|since|while)\b/i;

/** "Exports fell sharply last month after sanctions took effect": the "after …" part is another happening. */
function clauseBeforeAnotherHappening(article: ArticleText, scope: Range, date: Range | null): Range {
  if (date === null) return scope;
  const found = TEMPORAL_CONJUNCTION.exec(article.text.slice(date.end, scope.end));
  return found === null ? scope : { start: scope.start, end: date.end + found.index };
}

/** Where the reported words end in ", Ryabkov said." or "…,” said Zakharova.". */
function reportedWordsEnd(article: ArticleText, draft: EventDraft): number | null {
  const attribution = draft.attribution;
  if (attribution === null) return null;
  const subject = attribution.subject;
  const subjectToken = subject.kind === 'mention' ? subject.mention.tokenStart : subject.kind === 'pronoun' ? subject.tokenIndex : subject.tokenStart;
  const firstToken = Math.min(subjectToken, attribution.verbIndex);
  const start = article.tokens[firstToken]?.start ?? null;
  return start !== null && start > draft.scope.start ? start : null;
}

function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
