import type { SentenceSpeech } from '../speech/speakers.ts';
import type { ArticleText } from '../text/articleText.ts';
import type { Sentence } from '../text/layout.ts';
import type { DateMention } from '../types.ts';
import { scopeOfDate } from './anchors.ts';
import { inside, sameResolvedDate, type EventDraft, type Range } from './eventDraft.ts';
import { nearestCue, type CueHit } from './eventKind.ts';
import { goesOnAboutLead } from './leadPerson.ts';
import { startsNewHappening } from './happenings.ts';
import { dateRelativeToEvent } from './relativeToEvent.ts';
import { actorOfUndatedHappening, isUndatedLedeHappening } from './undatedHappening.ts';
import type { Mention } from '../actors/mention.ts';

// Reads the article sentence by sentence and groups it into happenings:
// - a sentence with its own date starts an event (one per date; a date inside a
//   ", who … ," clause dates only that clause, a date inside reported words dates what
//   was reported); "Hours earlier," / "The same day," date a sentence against the
//   event just told;
// - an undated sentence by a speaker who already has an event continues it, unless it
//   is a new occasion (see happenings.ts), which becomes an event of its own dated like
//   the speaker's previous one;
// - other undated sentences continue the event of their paragraph when no new voice
//   speaks in them, or are background.

/** A sentence whose subject is one of the reporters who gathered the story. */
const REPORTER_SUBJECT =
  /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}(?:journalist|reporter|correspondent|photographer|cameraman|staff writer)s?\b/u;

interface SentenceContext {
  sentence: Sentence;
  range: Range;
  speech: SentenceSpeech | null;
  /** The speaker's actor key, also for a quotation carrying on an earlier speaker. */
  speakerKey: string | null;
}

export class EventWalk {
  readonly drafts: EventDraft[] = [];
  private readonly lastEventBySpeaker = new Map<string, EventDraft>();
  private current: EventDraft | null = null;

  constructor(
    private readonly article: ArticleText,
    private readonly cues: readonly CueHit[],
    private readonly speech: readonly (SentenceSpeech | null)[],
    private readonly quoteSpeakers: ReadonlyMap<number, string>,
    private readonly mentions: readonly Mention[],
    private readonly tags: readonly string[],
    /** The publication day as a date with no words of its own, for an undated lede; null when unknown. */
    private readonly publication: DateMention | null,
  ) {}

  read(sentence: Sentence, ownDates: readonly DateMention[]): void {
    const speech = this.speech[sentence.index] ?? null;
    const context: SentenceContext = {
      sentence,
      range: { start: sentence.start, end: sentence.end },
      speech,
      speakerKey: speech?.speaker?.actorKey ?? this.quoteSpeakers.get(sentence.index) ?? null,
    };
    const prose = Math.max(sentence.start, this.article.layout.paragraphs[sentence.paragraphIndex]?.proseStart ?? 0);
    const againstEvent = dateRelativeToEvent(this.article.text.slice(prose, sentence.end), prose, this.current?.date ?? null);
    // "An AFP journalist early on Sunday saw one of the planes": how the news was gathered, not news.
    const anchors = REPORTER_SUBJECT.test(this.article.text.slice(prose, sentence.end)) ? [] : againstEvent === null ? ownDates : [againstEvent, ...ownDates];
    if (anchors.length > 0) {
      const speakerHasEvent = this.dated(context, anchors);
      // Dates that all belong to clauses or reported words leave the speaker's own words
      // free to carry on their statement; nothing else of the sentence joins other events.
      if (!speakerHasEvent && context.speakerKey !== null) this.spoken(context, context.speakerKey);
      return;
    }
    if (context.speakerKey !== null) this.spoken(context, context.speakerKey);
    else this.quiet(context);
  }

  /** One event per date; returns whether the sentence's speaker got (or joined) one. */
  private dated(context: SentenceContext, anchors: readonly DateMention[]): boolean {
    const { article } = this;
    const { sentence, speech } = context;
    const speaker = speech?.speaker ?? null;
    const scopes = anchors.map((date) => ({ date, scope: scopeOfDate(article, sentence.index, date, speech?.attribution ?? null) }));
    const relativeClauses = scopes.flatMap(({ scope }) => (scope.clause === null ? [] : [scope.clause]));
    const verbOffset = speech === null ? -1 : (article.tokens[speech.attribution.verbIndex]?.start ?? -1);
    let speakerHasEvent = false;
    for (const { date, scope } of scopes) {
      const excluded = scope.kind === 'sentence' ? [...scope.excluded, ...relativeClauses] : scope.excluded;
      const speaks = speaker !== null && scope.kind !== 'reported' && inside(scope.range, verbOffset) && !excluded.some((range) => inside(range, verbOffset));
      const eventSpeaker = speaks ? speaker : null;
      speakerHasEvent ||= speaks;
      const current = this.current;
      if (current !== null && eventSpeaker !== null && current.speaker?.actorKey === eventSpeaker.actorKey && sameResolvedDate(current.date, date)) {
        this.extend(current, context);
        continue;
      }
      const draft: EventDraft = {
        date,
        dateSource: 'stated',
        scope: scope.range,
        excluded,
        ...(scope.describing === undefined ? {} : { describing: scope.describing }),
        passages: [scope.kind === 'sentence' ? context.range : scope.range],
        speaker: eventSpeaker,
        attribution: speaks ? (speech?.attribution ?? null) : null,
        antecedentToken: scope.antecedentToken,
        lastParagraph: sentence.paragraphIndex,
      };
      this.drafts.push(draft);
      if (eventSpeaker !== null) this.lastEventBySpeaker.set(eventSpeaker.actorKey, draft);
      if (scope.kind === 'sentence' || this.current === null) this.current = draft;
    }
    return speakerHasEvent;
  }

  /** An undated sentence by a speaker: more of their last statement, or a new occasion dated like it. */
  private spoken(context: SentenceContext, speakerKey: string): void {
    const previous = this.lastEventBySpeaker.get(speakerKey);
    // A new voice without a date stays out of the timeline. (Measured on the devset: taking
    // named new voices in as events of the day added 27 events of which 5 were right.)
    if (previous === undefined) {
      // Except one speaking, in its paragraph, of the person its event is about (leadPerson.ts).
      const current = this.current;
      if (current !== null && goesOnAboutLead(this.article, this.mentions, current, context.sentence, 'naming')) {
        this.extend(current, context);
        return;
      }
      // Except in the lede: news opens with the newest statement and leaves its day to the
      // dateline. A lede names its speaker: "…," he said goes on with someone already met.
      const named = context.speech?.speaker?.source !== 'pronoun';
      if (named && this.isLede(context.sentence)) this.ledeHappening(context, context.speech?.speaker ?? null, context.speech?.attribution ?? null);
      else if (named && this.confirmsLede(context)) this.extend(this.current as EventDraft, context);
      return;
    }
    const isNew = startsNewHappening({
      article: this.article,
      sentenceIndex: context.sentence.index,
      speech: context.speech,
      sentenceCue: nearestCue(this.cues, context.range, null),
      previousCue: nearestCue(this.cues, previous.scope, null),
    });
    if (!isNew) {
      this.extend(previous, context);
      this.current = previous;
      return;
    }
    const draft = inheritedDraft(context, previous, context.speech?.speaker ?? previous.speaker, context.speech?.attribution ?? null);
    this.drafts.push(draft);
    this.lastEventBySpeaker.set(speakerKey, draft);
    this.current = draft;
  }

  /**
   * A sentence with neither date nor speaker continues its paragraph's event, unless a
   * named actor other than the event's does something in it: then it is a happening of
   * its own, dated like the one before it.
   */
  private quiet(context: SentenceContext): void {
    const current = this.current;
    const prose = this.article.layout.paragraphs[context.sentence.paragraphIndex]?.proseStart ?? 0;
    if (this.isLede(context.sentence) && isUndatedLedeHappening(this.article, context.sentence, prose, this.tags)) {
      this.ledeHappening(context);
      return;
    }
    const speechVerb = context.speech?.attribution.verbIndex ?? -1;
    const actor = current === null ? null : actorOfUndatedHappening(this.article, context.sentence, prose, this.mentions, this.tags, speechVerb);
    if (current !== null && actor !== null && !this.involves(current, actor)) {
      this.undated(context);
      return;
    }
    if (current === null || current.lastParagraph !== context.sentence.paragraphIndex) return;
    const isNew = startsNewHappening({
      article: this.article,
      sentenceIndex: context.sentence.index,
      speech: context.speech,
      sentenceCue: null,
      previousCue: null,
    });
    if (!isNew || goesOnAboutLead(this.article, this.mentions, current, context.sentence, 'pronoun')) current.passages.push(context.range);
  }

  /** The article's first sentence of prose, read before any event. */
  private isLede(sentence: Sentence): boolean {
    if (this.publication === null) return false;
    const paragraphs = this.article.layout.paragraphs;
    const paragraph = paragraphs[sentence.paragraphIndex];
    const opensParagraph = this.article.layout.sentences.find((candidate) => candidate.paragraphIndex === sentence.paragraphIndex)?.index === sentence.index;
    if (paragraph === undefined || !opensParagraph) return false;
    const firstBody = paragraphs.find((candidate) => candidate.kind === 'body');
    if (firstBody?.index === paragraph.index) return this.drafts.length === 0;
    // A live page's posts each open under a crosshead ("Sudan Army takes control of the streets: eyewitness").
    const before = paragraphs.slice(0, paragraph.index).reverse();
    const heading = before.findIndex((candidate) => candidate.kind !== 'body');
    return (
      heading >= 0 &&
      heading <= 1 &&
      before.slice(heading).some((candidate) => candidate.kind === 'body') &&
      before.slice(0, heading).every((candidate) => candidate.kind === 'body' && candidate.end - candidate.start < 80)
    );
  }

  /**
   * "X has left the country. 'She is safe,' the foreign minister of Y said.": right after an
   * undated lede that no person speaks, a named new voice in the same or the next paragraph
   * gives the news its source, and takes part in it. (Devset: two pages gained a gold actor
   * each, none lost one.) A lede a person speaks is answered by a new voice, not confirmed.
   */
  private confirmsLede(context: SentenceContext): boolean {
    const lede = this.current;
    if (lede === null || this.drafts.length !== 1 || lede.dateSource !== 'published' || lede.speaker?.kind === 'PERSON') return false;
    const ledeParagraph = this.article.layout.paragraphs.find((paragraph) => paragraph.start <= lede.scope.start && lede.scope.start < paragraph.end);
    return ledeParagraph !== undefined && context.sentence.paragraphIndex - ledeParagraph.index <= 1;
  }

  /** An undated opening happening, dated by the publication (see isUndatedLedeHappening). */
  private ledeHappening(context: SentenceContext, speaker: EventDraft['speaker'] = null, attribution: EventDraft['attribution'] = null): void {
    const draft: EventDraft = {
      date: this.publication,
      dateSource: 'published',
      scope: context.range,
      excluded: [],
      passages: [context.range],
      speaker,
      attribution,
      antecedentToken: null,
      lastParagraph: context.sentence.paragraphIndex,
    };
    this.drafts.push(draft);
    if (speaker !== null) this.lastEventBySpeaker.set(speaker.actorKey, draft);
    this.current = draft;
  }

  /** Whether the actor is the one the event is about (its speaker, or named first in its words). */
  private involves(draft: EventDraft, actor: Mention): boolean {
    if (draft.speaker?.actorKey === actor.actorKey) return true;
    const first = this.mentions.find((mention) => mention.start >= draft.scope.start && mention.end <= draft.scope.end && mention.source !== 'demonym');
    return first?.actorKey === actor.actorKey;
  }

  /** A happening without a date of its own, dated like the event told just before it. */
  private undated(context: SentenceContext): void {
    const current = this.current;
    if (current === null) return;
    const draft = inheritedDraft(context, current, null, null);
    this.drafts.push(draft);
    this.current = draft;
  }

  private extend(draft: EventDraft, context: SentenceContext): void {
    draft.passages.push(context.range);
    draft.lastParagraph = context.sentence.paragraphIndex;
  }
}

/** An event for a sentence without a date of its own, dated like `datedLike`. */
function inheritedDraft(context: SentenceContext, datedLike: EventDraft, speaker: EventDraft['speaker'], attribution: EventDraft['attribution']): EventDraft {
  return {
    date: datedLike.date,
    dateSource: 'inherited',
    scope: context.range,
    excluded: [],
    passages: [context.range],
    speaker,
    attribution,
    antecedentToken: null,
    lastParagraph: context.sentence.paragraphIndex,
  };
}
