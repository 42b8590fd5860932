import { isNamed, type Mention } from '../actors/mention.ts';
import type { ArticleText } from '../text/articleText.ts';
import type { Sentence } from '../text/layout.ts';

// A sentence without a date of its own can still tell a happening of its own: "Canada
// as well as Brazil and Colombia followed suit", "Maduro responded by breaking
// diplomatic ties". News tells the day's happenings one after another and dates only the
// first; a careful reader dates the others like the happening told before them.

/** Words that open a sentence before its subject: "Earlier,", "In response,", "Later that day,". */
const LEADING_ADVERBIAL = /^(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,5}),\s*/u;
/** "Raising his right hand in union with thousands of supporters, ": a participle phrase before the subject. */
const PARTICIPLE_OPENER = /^\p{Lu}\p{L}+ing\b[^,.;:“”"]{0,100},\s*/u;
const TITLE_BEFORE_SUBJECT = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/iu;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
const BACKGROUND_VERBS = /^(?:is|are|was|were|has|have|had|would|could|should|might|may|must|can|will|remains?|seems?|appears?)$/i;

/**
 * The actor a sentence is about, when the sentence opens with a named actor (after at
 * most a short introductory phrase) who then does something in the past tense; null
 * for background ("Maduro has ruled since 2013"), states and everything else.
 */
export function actorOfUndatedHappening(
  article: ArticleText,
  sentence: Sentence,
  proseStart: number,
  mentions: readonly Mention[],
  tags: readonly string[],
  /** The verb of the sentence's attribution, if any: "Guaido said" tells words, not a happening. */
  speechVerbIndex = -1,
): Mention | null {
  const start = Math.max(sentence.start, proseStart);
  const text = article.text.slice(start, sentence.end);
  if (/^[“"«‘']/.test(text)) return null;
  const lead = LEADING_ADVERBIAL.exec(text) ?? PARTICIPLE_OPENER.exec(text);
  const subjectStart = start + (lead !== null && (lead[0].length < 40 || PARTICIPLE_OPENER.test(lead[0])) ? lead[0].length : 0);
  // The subject opens the clause, after at most "the" and a title ("President Luis Mora").
  const subject = mentions.find(
    (mention) => mention.start >= subjectStart && mention.end <= sentence.end && TITLE_BEFORE_SUBJECT.test(article.text.slice(subjectStart, mention.start)),
  );
  if (subject === undefined || !isNamed(subject) || subject.possessive) return null;
  let position = subject.tokenEnd;
  // "Canada as well as Brazil, Colombia and several other nations followed suit": skip the rest of a listed subject.
  for (let steps = 0; steps < 14 && position < article.tokens.length; steps++) {
    const token = article.tokens[position];
    const tag = tags[position];
    if (token === undefined || token.start >= sentence.end) return null;
    if (tag === 'VERB') return isPastTense(token.folded) && position !== speechVerbIndex ? subject : null;
    if (tag === 'AUX') return BACKGROUND_VERBS.test(token.folded) && !/^(?:was|were)$/.test(token.folded) ? null : subject;
    if (token.text === ',' && steps === 0) {
      // "Guaido, the fresh-faced head of the congress, took …": step over an apposition; any other comma ends the subject.
      const after = appositionEnd(article, position, sentence.end);
      if (after === null) return null;
      position = after;
      continue;
    }
    position++;
  }
  return null;
}

/**
 * Whether the article's opening sentence, undated, tells a happening: a subject
 * ("The Cabinet of Ministers of Armenia", "Attackers") followed by a verb in the past
 * tense. News opens with the newest happening and often leaves its day to the dateline,
 * so such a lede is dated by the publication. (Requiring a named actor as the subject
 * found one event fewer on the devset and no fewer wrong ones.)
 */
export function isUndatedLedeHappening(article: ArticleText, sentence: Sentence, proseStart: number, tags: readonly string[]): boolean {
  const start = Math.max(sentence.start, proseStart);
  const text = article.text.slice(start, sentence.end);
  if (/^[“"«‘']/.test(text)) return false;
  const firstToken = article.tokens.findIndex((token) => token.start >= start);
  if (firstToken < 0) return false;
  let skippedAside = false;
  for (let position = firstToken; position < firstToken + 24 && position < article.tokens.length; position++) {
    const token = article.tokens[position];
    if (token === undefined || token.start >= sentence.end) return false;
    if (token.text === ',') {
      // One aside between subject and verb: "X's main rival, Svetlana Tikhanovskaya, has left".
      const close = skippedAside ? -1 : article.tokens.findIndex((candidate, index) => index > position && index <= position + 12 && candidate.text === ',');
      if (close < 0) return false;
      skippedAside = true;
      position = close;
      continue;
    }
    const tag = tags[position];
    if (tag !== 'VERB' && tag !== 'AUX') continue;
    if (position === firstToken) return false;
    if (tag === 'VERB') return isPastTense(token.folded);
    // "Svetlana Tikhanovskaya has left the country": the present perfect tells news too.
    // "Despite a collapse that has driven millions abroad, …": that verb is the relative clause's.
    if (RELATIVE_PRONOUNS.has(article.tokens[position - 1]?.folded ?? '')) return false;
    return /^(?:has|have)$/.test(token.folded) && tags[position + 1] === 'VERB' && isPastParticiple(article.tokens[position + 1]?.folded ?? '');
  }
  return false;
}

/** The token after an apposition opened by the comma at `comma` ("…, the head of the congress, …"); null when it is none. */
function appositionEnd(article: ArticleText, comma: number, sentenceEnd: number): number | null {
  const opener = article.tokens[comma + 1];
  if (opener === undefined || !/^(?:the|a|an|who|whose|\d+)$/.test(opener.folded)) return null;
  for (let position = comma + 2; position < comma + 20; position++) {
    const token = article.tokens[position];
    if (token === undefined || token.start >= sentenceEnd) return null;
    if (token.text === ',') return position + 1;
  }
  return null;
}

function isPastTense(word: string): boolean {
  return /ed$/.test(word) || IRREGULAR_PAST.has(word);
}

/** "has taken", "have seized": after "has", a participle that is no past form of its own tells the news too. */
function isPastParticiple(word: string): boolean {
  return isPastTense(word) || IRREGULAR_PARTICIPLES.has(word);
}

// Irregular past forms of verbs that tell happenings in news copy.
// prettier-ignore
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'took', 'gave', 'went', 'came', 'made', 'met', 'left', 'led', 'held', 'won', 'lost', 'broke', 'began', 'fled', 'fought',
  'sent', 'spent', 'struck', 'stood', 'swore', 'threw', 'told', 'said', 'wrote', 'drew', 'rose', 'fell', 'shot', 'hit',
  'cut', 'set', 'put', 'sought', 'brought', 'bought', 'caught', 'felt', 'kept', 'paid', 'ran', 'saw', 'sat', 'spoke',
  'stole', 'withdrew', 'overthrew', 'froze', 'chose', 'arose', 'bore', 'forbade', 'forgave', 'hid', 'laid', 'lit', 'quit',
  'rode', 'sank', 'shook', 'slew', 'split', 'spread', 'stuck', 'stung', 'swept', 'swung', 'tore', 'upheld', 'woke', 'wore',
]);

// Irregular past participles that differ from the past form ("took" / "taken").
// prettier-ignore
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'taken', 'given', 'gone', 'begun', 'broken', 'chosen', 'driven', 'fallen', 'flown', 'known', 'shown', 'seen', 'spoken',
  'stolen', 'sworn', 'thrown', 'written', 'risen', 'frozen', 'withdrawn', 'overthrown', 'beaten', 'done', 'drawn', 'grown',
  'hidden', 'ridden', 'shaken', 'torn', 'worn', 'arisen', 'forbidden', 'forgiven', 'struck', 'undertaken', 'overtaken',
]);
