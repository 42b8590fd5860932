import type { PersonProfile } from '../actors/descriptors.ts';
import type { Mention } from '../actors/mention.ts';
import type { QuoteFinding } from '../quotes/findQuotes.ts';
import type { SentenceSpeech } from '../speech/speakers.ts';
import type { ArticleText } from '../text/articleText.ts';
import { firstTokenAtOrAfter } from '../text/tokenize.ts';
import type { DateMention, ProposedEvent } from '../types.ts';
import { anchorsAnEvent, scopeOfDate } from './anchors.ts';
import { blankedText } from './blankOut.ts';
import { eventSummary, eventTitle } from './describeEvent.ts';
import { eventActors } from './eventActors.ts';
import { inside, sameResolvedDate, type EventDraft, type Range } from './eventDraft.ts';
import { announcesAMeasure, classifyEvent, findCues, nearestCue, type CueHit } from './eventKind.ts';
import { startsNewHappening } from './happenings.ts';

// Reads the article sentence by sentence and groups it into happenings:
// - a sentence with its own date starts an event (one per date; a date inside a
//   ", who … ," clause dates only that clause, a date inside reported words dates what
//   was reported);
// - an undated sentence by a speaker who already has an event continues it, unless it
//   is a new occasion (see happenings.ts), which becomes an event of its own dated like
//   the speaker's previous one;
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
  const cues = findCues(blankedText(article, inputs.dates));
  const cueOf = (range: Range): ReturnType<typeof nearestCue> => nearestCue(cues, range, null);

  for (const sentence of article.layout.sentences) {
    if (article.layout.paragraphs[sentence.paragraphIndex]?.kind !== 'body') continue;
    const sentenceRange: Range = { start: sentence.start, end: sentence.end };
    const speech = inputs.speech[sentence.index] ?? null;
    const speaker = speech?.speaker ?? null;
    const speakerKey = speaker?.actorKey ?? carriedQuoteSpeaker(inputs.quotes, sentence.index);
    const anchors = anchorsBySentence.get(sentence.index) ?? [];
    let speechHasEvent = false;

    if (anchors.length > 0) {
      const scopes = anchors.map((date) => ({ date, scope: scopeOfDate(article, sentence.index, date, speech?.attribution ?? null) }));
      const relativeClauses = scopes.flatMap(({ scope }) => (scope.clause === null ? [] : [scope.clause]));
      for (const { date, scope } of scopes) {
        const excluded = scope.kind === 'sentence' ? [...scope.excluded, ...relativeClauses] : scope.excluded;
        const verbOffset = speech === null ? -1 : (article.tokens[speech.attribution.verbIndex]?.start ?? -1);
        const speaks = speaker !== null && scope.kind !== 'reported' && inside(scope.range, verbOffset) && !excluded.some((range) => inside(range, verbOffset));
        const eventSpeaker = speaks ? speaker : null;
        speechHasEvent ||= speaks;
        if (current !== null && eventSpeaker !== null && current.speaker?.actorKey === eventSpeaker.actorKey && sameResolvedDate(current.date, date)) {
          current.passages.push(sentenceRange);
          current.lastParagraph = sentence.paragraphIndex;
          continue;
        }
        const draft: EventDraft = {
          date,
          dateSource: 'stated',
          scope: scope.range,
          scopeKind: scope.kind,
          excluded,
          passages: [scope.kind === 'sentence' ? sentenceRange : scope.range],
          speaker: eventSpeaker,
          attribution: speaks ? (speech?.attribution ?? null) : null,
          antecedentToken: scope.antecedentToken,
          anchorSentence: sentence.index,
          lastParagraph: sentence.paragraphIndex,
        };
        drafts.push(draft);
        if (eventSpeaker !== null) lastEventBySpeaker.set(eventSpeaker.actorKey, draft);
        if (scope.kind === 'sentence' || current === null) current = draft;
      }
      // A sentence whose dates all belong to clauses or reported words may still carry
      // on its speaker's statement; nothing else of it joins other events.
      if (speechHasEvent || speakerKey === null) continue;
    }

    const previousBySpeaker = speakerKey === null ? undefined : lastEventBySpeaker.get(speakerKey);
    if (previousBySpeaker !== undefined && speakerKey !== null) {
      const isNew = startsNewHappening({
        article,
        sentenceIndex: sentence.index,
        speech,
        sentenceCue: cueOf(sentenceRange),
        previousCue: cueOf(previousBySpeaker.scope),
      });
      if (isNew) {
        const draft: EventDraft = {
          date: previousBySpeaker.date,
          dateSource: 'inherited',
          scope: sentenceRange,
          scopeKind: 'sentence',
          excluded: [],
          passages: [sentenceRange],
          speaker: speaker ?? previousBySpeaker.speaker,
          attribution: speech?.attribution ?? null,
          antecedentToken: null,
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
    // A new voice is a new happening; without a date of its own it stays out of the timeline.
    if (anchors.length > 0 || speakerKey !== null || current === null || current.lastParagraph !== sentence.paragraphIndex) continue;
    const isNew = startsNewHappening({ article, sentenceIndex: sentence.index, speech, sentenceCue: null, previousCue: null });
    if (!isNew) current.passages.push(sentenceRange);
  }
  return drafts.map((draft) => toEvent(inputs, draft, cues));
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

function toEvent(inputs: EventInputs, draft: EventDraft, cues: readonly CueHit[]): ProposedEvent {
  const { article, dates } = inputs;
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
      clause: draft.scope,
      date,
      isStatement: attribution !== null,
      announced: attribution !== null && verbEnd !== null && announcesAMeasure(attribution.verb) ? { start: verbEnd, end: draft.scope.end } : null,
      otherPassages: draft.passages.slice(1),
    });
  const quotes = inputs.quotes
    .map((finding) => finding.quote)
    .filter((quote) => draft.passages.some((passage) => inside(passage, quote.span.start)) && !draft.excluded.some((range) => inside(range, quote.span.start)));
  const speakerName = draft.speaker === null ? null : inputs.nameOf(draft.speaker.actorKey);
  return {
    title: eventTitle(article, draft, dates, speakerIsSource ? null : speakerName, reportedEnd),
    summary: eventSummary(article, draft),
    kind,
    date: draft.date,
    dateSource: draft.dateSource,
    actors: eventActors({ article, draft, mentions: inputs.mentions, profiles: inputs.profiles, speakerIsSource, reportedEnd }).map(({ actor, role }) => ({ actor, role })),
    quotes,
    passages: mergeRanges(draft.passages).map((range) => ({ text: article.text.slice(range.start, range.end), start: range.start, end: range.end })),
  };
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
