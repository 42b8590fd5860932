import type { PersonProfile } from '../actors/descriptors.ts';
import type { Mention } from '../actors/mention.ts';
import type { QuoteFinding } from '../quotes/findQuotes.ts';
import type { SentenceSpeech } from '../speech/speakers.ts';
import type { ArticleText } from '../text/articleText.ts';
import { firstTokenAtOrAfter } from '../text/tokenize.ts';
import type { DateMention, ProposedEvent } from '../types.ts';
import { anchorsAnEvent, scopeOfDate } from './anchors.ts';
import { eventSummary, eventTitle } from './describeEvent.ts';
import { eventActors } from './eventActors.ts';
import { inside, sameResolvedDate, type EventDraft, type Range } from './eventDraft.ts';
import { classifyEvent } from './eventKind.ts';
import { startsNewHappening } from './happenings.ts';

// Reads the article sentence by sentence and groups it into happenings:
// - a sentence with its own date starts an event (one per date; a date inside a
//   ", who … ," clause dates only that clause);
// - an undated sentence by a speaker who already has an event continues it, unless it
//   opens a new occasion ("During the weekly press conference, …"), which becomes an
//   event of its own dated like the speaker's previous one;
// - other undated sentences continue the event of their paragraph, or are background.

export interface EventInputs {
  article: ArticleText;
  dates: readonly DateMention[];
  /** Known and proposed mentions plus resolved pronouns and descriptions, in text order. */
  mentions: readonly Mention[];
  speech: readonly (SentenceSpeech | null)[];
  quotes: readonly QuoteFinding[];
  profiles: ReadonlyMap<string, PersonProfile>;
  nameOf: (actorKey: string) => string;
}

export function buildEvents(inputs: EventInputs): ProposedEvent[] {
  const { article } = inputs;
  const anchorsBySentence = groupAnchorsBySentence(article, inputs.dates);
  const drafts: EventDraft[] = [];
  const lastEventBySpeaker = new Map<string, EventDraft>();
  let current: EventDraft | null = null;

  for (const sentence of article.layout.sentences) {
    if (article.layout.paragraphs[sentence.paragraphIndex]?.kind !== 'body') continue;
    const sentenceRange: Range = { start: sentence.start, end: sentence.end };
    const speech = inputs.speech[sentence.index] ?? null;
    const speakerKey = speech?.speaker?.actorKey ?? carriedQuoteSpeaker(inputs.quotes, sentence.index);
    const anchors = anchorsBySentence.get(sentence.index) ?? [];

    if (anchors.length > 0) {
      const scopes = anchors.map((date) => ({ date, scope: scopeOfDate(article, sentence.index, date) }));
      const parentheticals = scopes.filter((entry) => entry.scope.parenthetical).map((entry) => entry.scope.range);
      for (const { date, scope } of scopes) {
        const excluded = scope.parenthetical ? [] : parentheticals;
        const verbOffset = speech === null ? -1 : (article.tokens[speech.attribution.verbIndex]?.start ?? -1);
        const speaks = speech?.speaker != null && inside(scope.range, verbOffset) && !excluded.some((range) => inside(range, verbOffset));
        const speaker = speaks ? (speech?.speaker ?? null) : null;
        if (current !== null && speaker !== null && current.speaker?.actorKey === speaker.actorKey && sameResolvedDate(current.date, date)) {
          current.passages.push(sentenceRange);
          current.lastParagraph = sentence.paragraphIndex;
          continue;
        }
        const draft: EventDraft = {
          date,
          dateSource: 'stated',
          scope: scope.range,
          excluded,
          passages: [scope.parenthetical ? scope.range : sentenceRange],
          speaker,
          attribution: speaks ? (speech?.attribution ?? null) : null,
          anchorSentence: sentence.index,
          lastParagraph: sentence.paragraphIndex,
        };
        drafts.push(draft);
        if (speaker !== null) lastEventBySpeaker.set(speaker.actorKey, draft);
        if (!scope.parenthetical || current === null) current = draft;
      }
      continue;
    }

    const previousBySpeaker = speakerKey === null ? undefined : lastEventBySpeaker.get(speakerKey);
    if (previousBySpeaker !== undefined && speakerKey !== null) {
      if (startsNewHappening(article, sentence.index, speech)) {
        const draft: EventDraft = {
          date: previousBySpeaker.date,
          dateSource: 'inherited',
          scope: sentenceRange,
          excluded: [],
          passages: [sentenceRange],
          speaker: speech?.speaker ?? previousBySpeaker.speaker,
          attribution: speech?.attribution ?? null,
          anchorSentence: sentence.index,
          lastParagraph: sentence.paragraphIndex,
        };
        drafts.push(draft);
        lastEventBySpeaker.set(speakerKey, draft);
        current = draft;
      } else {
        previousBySpeaker.passages.push(sentenceRange);
        previousBySpeaker.lastParagraph = sentence.paragraphIndex;
        current = previousBySpeaker;
      }
      continue;
    }
    const sameParagraph = current !== null && current.lastParagraph === sentence.paragraphIndex;
    const quiet = speakerKey === null || current?.speaker === null;
    if (current !== null && sameParagraph && quiet && !startsNewHappening(article, sentence.index, speech)) {
      current.passages.push(sentenceRange);
    }
  }
  return drafts.map((draft) => toEvent(inputs, draft));
}

function groupAnchorsBySentence(article: ArticleText, dates: readonly DateMention[]): Map<number, DateMention[]> {
  const bySentence = new Map<number, DateMention[]>();
  for (const date of dates) {
    if (!anchorsAnEvent(article, date)) continue;
    const sentenceIndex = article.sentenceOfToken[firstTokenAtOrAfter(article.tokens, date.span.start)] ?? -1;
    if (sentenceIndex < 0) continue;
    const list = bySentence.get(sentenceIndex) ?? [];
    list.push(date);
    bySentence.set(sentenceIndex, list);
  }
  return bySentence;
}

/** A quotation standing alone after an attributed one keeps its speaker. */
function carriedQuoteSpeaker(quotes: readonly QuoteFinding[], sentenceIndex: number): string | null {
  const quote = quotes.find((finding) => finding.sentenceIndex === sentenceIndex && finding.quote.speaker !== null);
  const speaker = quote?.quote.speaker;
  if (speaker === undefined || speaker === null) return null;
  return speaker.kind === 'known' ? `known:${speaker.actorId}` : `proposed:${speaker.proposedKey}`;
}

function toEvent(inputs: EventInputs, draft: EventDraft): ProposedEvent {
  const { article } = inputs;
  const speakerName = draft.speaker === null ? null : inputs.nameOf(draft.speaker.actorKey);
  const blanked = blankOut(article, draft.scope, inputs.dates);
  const reportedFirst =
    draft.attribution?.trailing === true ? blankOut(article, { start: draft.scope.start, end: article.tokens[draft.attribution.verbIndex]?.start ?? draft.scope.end }, inputs.dates) : null;
  const quotes = inputs.quotes
    .map((finding) => finding.quote)
    .filter((quote) => draft.passages.some((passage) => inside(passage, quote.span.start)) && !draft.excluded.some((range) => inside(range, quote.span.start)));
  return {
    title: eventTitle(article, draft, inputs.dates, speakerName),
    summary: eventSummary(article, draft),
    kind: classifyEvent({ clause: blanked, isStatement: draft.attribution !== null, reportedFirst }),
    date: draft.date,
    dateSource: draft.dateSource,
    actors: eventActors(article, draft, inputs.mentions, inputs.profiles).map(({ actor, role }) => ({ actor, role })),
    quotes,
    passages: mergeRanges(draft.passages).map((range) => ({ text: article.text.slice(range.start, range.end), start: range.start, end: range.end })),
  };
}

/** The scope's text with quotations and date expressions replaced by spaces, for cue words. */
function blankOut(article: ArticleText, range: Range, dates: readonly DateMention[]): string {
  const characters = article.text.slice(range.start, range.end).split('');
  const blank = (start: number, end: number): void => {
    for (let offset = Math.max(start, range.start); offset < Math.min(end, range.end); offset++) characters[offset - range.start] = ' ';
  };
  for (const quote of article.layout.quotes) blank(quote.start, quote.end);
  for (const date of dates) blank(date.span.start, date.span.end);
  return characters.join('');
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
