import { tagWords, type TaggedWord } from '../text/partOfSpeech.ts';

// Turns the clause an event was found in into a headline an editor could publish: the
// subject first, present tense ("Bashir dissolves the council"), no dateline or
// introductory phrase, no apposition, a pronoun replaced by the name it stands for, and
// at most 80 characters cut where a clause or phrase ends, never with an ellipsis.

export const HEADLINE_LENGTH = 80;

export interface HeadlineHints {
  /** The name a leading pronoun stands for ("He invoked …" → "Guaidó invokes …"). */
  pronounName: string | null;
  /** Full names of people in the event, shortened to surnames when the headline is too long. */
  personNames: readonly string[];
  /** Who reports the happening (", the ministry said"), to attribute it in the headline. */
  sourceName?: string | null;
}

const COLLECTIVE_PLURALS = new Set(['police', 'people', 'authorities', 'troops', 'forces']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const LEADING_FURNITURE = [
  /^(?:\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*(?:updated\s*)?)+/i,
  // Datelines: "HONG KONG:", "Caracas, (AFP/APP):", "MOSCOW (Reuters) -".
  // In capitals, or naming the agency: "May said: …" is a speaker, not a place.
  /^[\p{Lu}][\p{Lu} .'-]{1,40}?,?\s*(?:\([^)]{1,30}\))?\s*[:–—-]\s+/u,
  /^[\p{Lu}][\p{L} .'-]{1,40}?,?\s*\([^)]{1,30}\)\s*[:–—-]\s+/u,
];
// prettier-ignore
const SPEECH_LEMMAS = new Set(['say', 'tell', 'announce', 'state', 'declare', 'claim', 'warn', 'insist', 'add', 'note', 'report', 'confirm', 'deny', 'argue', 'write', 'tweet']);

export function toHeadline(clause: string, hints: HeadlineHints): string {
  let text = clause.replace(/\s+/g, ' ').trim();
  for (const pattern of LEADING_FURNITURE) text = text.replace(pattern, '');
  let words = tagWords(text);
  words = dropLinkingWords(words);
  words = dropLeadingAdverbial(words);
  words = dropRelativeOpener(words);
  words = dropAppositionAfterSubject(words);
  words = replaceLeadingPronoun(words, hints.pronounName);
  words = compactListedSubject(words);
  words = toPresentTense(words);
  let headline = fit(words, HEADLINE_LENGTH);
  if (headline.length > HEADLINE_LENGTH || fit(words, Number.POSITIVE_INFINITY).length > HEADLINE_LENGTH) {
    const shortened = tagWords(shortenNames(join(words), hints.personNames));
    headline = fit(shortened, HEADLINE_LENGTH);
  }
  return finish(headline);
}

function join(words: readonly TaggedWord[]): string {
  return words.map((word, index) => (index === 0 ? word.text : word.space + word.text)).join('');
}

const LINKING_ADVERBS: ReadonlySet<string> = new Set(['earlier', 'later', 'meanwhile', 'then', 'separately', 'subsequently']);
/** Headlines name people without "Mr" or "Mrs". */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Dr)$/;

/** "Earlier Mrs May made …" → "May made …": a lone linking adverb before the subject, and an honorific. */
function dropLinkingWords(words: TaggedWord[]): TaggedWord[] {
  let rest = words;
  if (LINKING_ADVERBS.has(rest[0]?.text.toLowerCase() ?? '') && rest[1]?.text !== ',') rest = withoutLeadingSpace(rest.slice(1));
  if (HONORIFICS.test(rest[0]?.text ?? '')) {
    const name = rest[1]?.text === '.' ? 2 : 1;
    if (/^\p{Lu}/u.test(rest[name]?.text ?? '')) rest = withoutLeadingSpace(rest.slice(name));
  }
  return rest;
}

/** "In its latest move against Caracas, the US …", "On Thursday, …", "Raising his hand, Guaido …". */
function dropLeadingAdverbial(words: TaggedWord[]): TaggedWord[] {
  const first = words[0];
  if (first === undefined) return words;
  const introduces = first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || (first.pos === 'VERB' && /ing$/i.test(first.text));
  if (!introduces) return words;
  const comma = words.findIndex((word, index) => index > 0 && word.text === ',');
  if (comma < 0 || comma > 25) return words;
  // "Earlier Mrs May made a plea, telling them …": an adverb opening a whole clause, not a phrase.
  if (first.pos === 'ADV' && words.slice(1, comma).some((word) => (word.pos === 'VERB' || word.pos === 'AUX') && !/ing$/i.test(word.text))) return words;
  const rest = words.slice(comma + 1);
  return rest.some((word) => word.pos === 'VERB' || word.pos === 'AUX') ? withoutLeadingSpace(rest) : words;
}

/** "Guaido, the fresh-faced head of the congress, took …" → "Guaido took …"; "Guaido, 35, said" too. */
function dropAppositionAfterSubject(words: TaggedWord[]): TaggedWord[] {
  const subjectEnd = words.findIndex(
    (word) => word.pos !== 'PROPN' && word.pos !== 'NOUN' && word.pos !== 'DET' && !(word.pos === 'PART' && word.text.startsWith("'")),
  );
  if (subjectEnd <= 0 || words[subjectEnd]?.text !== ',') return words;
  const close = words.findIndex((word, index) => index > subjectEnd && word.text === ',');
  if (close < 0 || close - subjectEnd > 16) return words;
  const inside = words.slice(subjectEnd + 1, close);
  if (inside.some((word) => (word.pos === 'VERB' && !/(?:ed|en)$/i.test(word.text)) || word.pos === 'AUX')) return words;
  const after = words[close + 1];
  if (after === undefined || (after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'ADV')) return words;
  return [...words.slice(0, subjectEnd), ...words.slice(close + 1)];
}

/** "Suu Kyi, who won a Nobel Peace Prize …" → "Suu Kyi won …": the relative clause is the happening. */
function dropRelativeOpener(words: TaggedWord[]): TaggedWord[] {
  const comma = words.findIndex((word) => word.pos !== 'PROPN');
  if (comma <= 0 || words[comma]?.text !== ',' || words[comma + 1]?.text.toLowerCase() !== 'who' || words[comma + 2]?.pos !== 'VERB') return words;
  return [...words.slice(0, comma), ...words.slice(comma + 2)];
}

const VAGUE_CONJUNCTS = /^(?:several|other|many|some|a|dozens|more|most|various|numerous)$/i;

/**
 * "Canada as well as Brazil, Colombia and several other Latin American nations followed
 * suit" → "Canada, Brazil and Colombia followed suit": a headline names the members of a
 * listed subject and leaves out the vague rest.
 */
function compactListedSubject(words: TaggedWord[]): TaggedWord[] {
  const verbAt = mainVerbIndex(words);
  if (verbAt <= 3) return words;
  const subject = words.slice(0, verbAt);
  if (!subject.some((word) => word.text === ',' || word.pos === 'CCONJ' || word.text.toLowerCase() === 'well')) return words;
  const names: TaggedWord[][] = [];
  let current: TaggedWord[] = [];
  let vagueTail = false;
  for (let index = 0; index < subject.length; index++) {
    const word = subject[index];
    if (word === undefined) continue;
    const asWellAs = word.text.toLowerCase() === 'as' && subject[index + 1]?.text.toLowerCase() === 'well' && subject[index + 2]?.text.toLowerCase() === 'as';
    if (asWellAs || word.text === ',' || word.pos === 'CCONJ') {
      if (current.length > 0) names.push(current);
      current = [];
      if (asWellAs) index += 2;
      if (word.pos === 'CCONJ' && VAGUE_CONJUNCTS.test(subject[index + 1]?.text ?? '')) {
        vagueTail = true;
        break;
      }
      continue;
    }
    current.push(word);
  }
  if (!vagueTail && current.length > 0) names.push(current);
  if (names.length < 2 || names.some((name) => !name.every((word) => word.pos === 'PROPN' || word.pos === 'DET'))) return words;
  const rebuilt: TaggedWord[] = [];
  names.forEach((name, position) => {
    const separator = position === 0 ? '' : position === names.length - 1 ? 'and' : ',';
    if (separator === ',') rebuilt.push({ text: ',', pos: 'PUNCT', lemma: ',', space: '' });
    if (separator === 'and') rebuilt.push({ text: 'and', pos: 'CCONJ', lemma: 'and', space: ' ' });
    name.forEach((word, offset) => rebuilt.push({ ...word, space: offset === 0 ? (position === 0 ? '' : ' ') : word.space }));
  });
  return [...rebuilt, ...words.slice(verbAt)];
}

function replaceLeadingPronoun(words: TaggedWord[], name: string | null): TaggedWord[] {
  const first = words[0];
  if (first === undefined || name === null) return words;
  const pronoun = first.text.toLowerCase();
  // "His allies in Washington …" → "Guaidó's allies in Washington …".
  if (pronoun === 'his' || pronoun === 'her') return [{ ...first, text: `${name}'s`, pos: 'PROPN', lemma: name.toLowerCase() }, ...words.slice(1)];
  if (!PERSONAL_PRONOUNS.has(pronoun)) return words;
  return [{ ...first, text: name, pos: 'PROPN', lemma: name.toLowerCase() }, ...words.slice(1)];
}

/**
 * The main verb and the verbs coordinated with it go to the present, as headlines
 * tell the past: "was sworn in" → "is sworn in", "has voted" → "votes", "said" → "says".
 */
function toPresentTense(words: TaggedWord[]): TaggedWord[] {
  const verbAt = mainVerbIndex(words);
  if (verbAt <= 0) return words;
  // "The sanctions on PDVSA, announced": a participle after a comma describes the noun;
  // headlines say it in the passive without the article ("Sanctions on PDVSA announced").
  if (words[verbAt - 1]?.text === ',' && /(?:ed|en)$/i.test(words[verbAt]?.text ?? '') && verbAt === words.length - 1) {
    const noun = words.slice(0, verbAt - 1);
    const withoutArticle = /^(?:the|a|an)$/i.test(noun[0]?.text ?? '') ? withoutLeadingSpace(noun.slice(1)) : noun;
    return [...withoutArticle, ...words.slice(verbAt)];
  }
  // "An election that the opposition boycotted": the verb belongs to a relative clause.
  if (words.slice(0, verbAt).some((word) => /^(?:that|which|who|whom)$/i.test(word.text))) return words;
  const plural = isPluralSubject(words.slice(0, verbAt));
  const result = [...words];
  const verb = result[verbAt];
  if (verb === undefined) return words;
  const lemma = verb.lemma.toLowerCase();
  if (verb.pos === 'AUX' && lemma === 'be' && /^(?:was|were)$/i.test(verb.text)) {
    result[verbAt] = { ...verb, text: plural ? 'are' : 'is' };
  } else if (verb.pos === 'AUX' && lemma === 'have') {
    const next = result[verbAt + 1];
    if (next?.lemma === 'be' && result[verbAt + 2]?.pos === 'VERB') {
      result.splice(verbAt, 2, { ...verb, text: plural ? 'are' : 'is' });
    } else if (next?.pos === 'VERB') {
      result.splice(verbAt, 2, { ...next, space: verb.space, text: present(next.lemma, plural) });
    }
  } else if (verb.pos === 'ADJ') {
    result[verbAt] = { ...verb, text: present(verbLemma(verb.text), plural) };
  } else if (verb.pos === 'VERB' && isPastForm(verb)) {
    result[verbAt] = { ...verb, text: present(verb.lemma, plural) };
    presentCoordinatedVerbs(result, verbAt, plural);
  }
  dropThatAfterSpeech(result);
  return result;
}

/** The first verb that is not part of a compound word ("self-declared interim president"). */
function mainVerbIndex(words: readonly TaggedWord[]): number {
  return words.findIndex((word, index) => {
    if (words[index - 1]?.text === '-' || words[index + 1]?.text === '-') return false;
    // "a failed uprising", "a statement released by the Pentagon": participles describing a noun.
    if (
      word.pos === 'VERB' &&
      /(?:ed|en)$/i.test(word.text) &&
      (words[index - 1]?.pos === 'DET' || (words[index - 1]?.pos === 'NOUN' && words[index + 1]?.text.toLowerCase() === 'by'))
    )
      return false;
    // "Human Rights Watch condemned": a capitalised word inside the sentence is part of a name.
    if (index > 0 && /^\p{Lu}/u.test(word.text)) return false;
    if (word.pos === 'VERB' || word.pos === 'AUX') return true;
    // The tagger sometimes reads a past verb as an adjective: "the dam darkened the country".
    return index > 0 && word.pos === 'ADJ' && /ed$/i.test(word.text) && words[index + 1]?.pos === 'DET' && words[index - 1]?.pos === 'NOUN';
  });
}

/** "dissolved the council and restored civilian rule": the second verb shares the subject. */
function presentCoordinatedVerbs(words: TaggedWord[], from: number, plural: boolean): void {
  for (let index = from + 1; index < words.length - 1; index++) {
    const word = words[index];
    const next = words[index + 1];
    if (word === undefined || next === undefined) continue;
    if (word.text === ',' || word.text === ';' || word.pos === 'SCONJ') return;
    if (word.pos === 'CCONJ' && next.pos === 'VERB' && /ed$/i.test(next.text)) words[index + 1] = { ...next, text: present(next.lemma, plural) };
  }
}

function dropThatAfterSpeech(words: TaggedWord[]): void {
  const verbAt = words.findIndex((word) => word.pos === 'VERB');
  const verb = words[verbAt];
  if (verb === undefined || !SPEECH_LEMMAS.has(verb.lemma)) return;
  // "told reporters that …": one object may stand between the verb and "that".
  const thatAt = [verbAt + 1, verbAt + 2].find((index) => words[index]?.text.toLowerCase() === 'that');
  if (thatAt !== undefined && (thatAt === verbAt + 1 || /^(?:NOUN|PRON|PROPN)$/.test(words[verbAt + 1]?.pos ?? ''))) words.splice(thatAt, 1);
}

/** The lemma of a word the tagger took for an adjective, read again where only a verb fits. */
function verbLemma(word: string): string {
  const retagged = tagWords(`they ${word} it`)[1];
  return retagged?.pos === 'VERB' ? retagged.lemma : word.replace(/ed$/i, '');
}

function isPastForm(word: TaggedWord): boolean {
  const text = word.text.toLowerCase();
  if (/ing$/.test(text)) return false;
  if (text !== word.lemma && /s$/.test(text) && !/ss$/.test(text) && `${word.lemma}s` === text) return false;
  if (text === word.lemma && `${text}` !== 'hit' && !/(?:ut|et|st|it)$/.test(text)) return false;
  return true;
}

function isPluralSubject(subject: readonly TaggedWord[]): boolean {
  // "Thousands of supporters of …": the head is the noun before the first preposition.
  const ofAt = subject.findIndex((word) => word.pos === 'ADP');
  const core = ofAt > 0 ? subject.slice(0, ofAt) : subject;
  if (core.some((word) => word.pos === 'CCONJ' && word.text.toLowerCase() === 'and')) return true;
  // "Two of eight seats …": a number above one heads a plural.
  const last = core[core.length - 1];
  if (last?.pos === 'NUM' && !/^(?:one|1)$/i.test(last.text)) return true;
  const head = [...core].reverse().find((word) => word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'PRON');
  if (head === undefined) return false;
  const text = head.text.toLowerCase();
  if (head.pos === 'PRON') return text === 'they' || text === 'we';
  // "MPs", "NGOs": an acronym with a plural s.
  if (/^\p{Lu}{2,}s$/u.test(head.text)) return true;
  if (COLLECTIVE_PLURALS.has(text)) return true;
  // A capitalised first word is often tagged as a name ("Farmers"); read it again in lowercase.
  const lemma = head === subject[0] && head.pos === 'PROPN' ? (tagWords(`the ${text}`)[1]?.lemma ?? text) : head.lemma.toLowerCase();
  return lemma !== text && (text === `${lemma}s` || text === `${lemma}es` || (lemma.endsWith('y') && text === `${lemma.slice(0, -1)}ies`));
}

export function present(lemma: string, plural: boolean): string {
  const base = lemma.toLowerCase();
  if (plural) return base === 'be' ? 'are' : base;
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const CUT_BEFORE_POS = new Set(['ADP', 'SCONJ', 'CCONJ']);
const CUT_BEFORE_PUNCT = new Set([',', ';', '—', '–', '(', ':']);
const WEAK_ENDING_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'AUX', 'ADJ', 'NUM', 'PUNCT']);

/** The longest prefix within `limit` that ends where a clause or phrase ends. */
function fit(words: readonly TaggedWord[], limit: number): string {
  const whole = join(withoutWeakEnding(words));
  if (whole.length <= limit) return whole;
  const verbAt = Math.max(1, mainVerbIndex(words));
  // What someone said needs its content: "X tells reporters" is not a headline.
  const minimumEnd = verbAt + (SPEECH_LEMMAS.has(words[verbAt]?.lemma ?? '') ? 4 : 1);
  let best: { end: number; score: number } | null = null;
  let length = 0;
  for (let end = 1; end <= words.length; end++) {
    const word = words[end - 1];
    if (word === undefined) break;
    length += (end === 1 ? 0 : word.space.length) + word.text.length;
    if (length > limit) break;
    const next = words[end];
    if (end <= minimumEnd || next === undefined) continue;
    if (WEAK_ENDING_POS.has(word.pos) && !/^\p{Lu}/u.test(word.text)) continue;
    const atPunctuation = CUT_BEFORE_PUNCT.has(next.text);
    const atPhrase = CUT_BEFORE_POS.has(next.pos) || (next.pos === 'VERB' && /ing$/i.test(next.text));
    if (!atPunctuation && !atPhrase) continue;
    // A clause boundary is worth more than a phrase boundary; longer is better within each.
    const score = length + (atPunctuation ? limit / 2 : 0);
    if (best === null || score >= best.score) best = { end, score };
  }
  if (best !== null) return join(withoutWeakEnding(words.slice(0, best.end)));
  // No boundary fits: the longest run of whole words that does not end on a function word.
  let end = 0;
  let total = 0;
  for (const [index, word] of words.entries()) {
    total += (index === 0 ? 0 : word.space.length) + word.text.length;
    if (total > limit) break;
    end = index + 1;
  }
  while (end > 1 && WEAK_ENDING_POS.has(words[end - 1]?.pos ?? '')) end--;
  return join(words.slice(0, end));
}

/** A headline does not stop on "of", "the", "and" or "to". */
function withoutWeakEnding(words: readonly TaggedWord[]): TaggedWord[] {
  let end = words.length;
  while (end > 1 && isWeakEnding(words[end - 1], words[end - 2])) end--;
  return words.slice(0, end);
}

function isWeakEnding(word: TaggedWord | undefined, before: TaggedWord | undefined): boolean {
  if (word === undefined || /^[)”"’]$/.test(word.text)) return false;
  // "step down", "was over": a particle after its verb ends a phrase.
  if (word.pos === 'ADP' && (before?.pos === 'VERB' || before?.pos === 'AUX')) return false;
  return /^(?:ADP|DET|CCONJ|SCONJ|PART|PUNCT)$/.test(word.pos);
}

function shortenNames(text: string, personNames: readonly string[]): string {
  let result = text;
  for (const name of [...personNames].sort((a, b) => b.length - a.length)) {
    const parts = name.split(/\s+/);
    const surname = parts[parts.length - 1];
    if (parts.length < 2 || surname === undefined) continue;
    result = result.split(name).join(surname);
  }
  return result;
}

function withoutLeadingSpace(words: TaggedWord[]): TaggedWord[] {
  const [first, ...rest] = words;
  return first === undefined ? words : [{ ...first, space: '' }, ...rest];
}

/** Capital first letter, no trailing punctuation, quotation marks only in pairs. */
function finish(text: string): string {
  let result = text.replace(/[\s,;:.–—-]+$/, '').trim();
  const curlyOpen = (result.match(/“/g) ?? []).length;
  const curlyClose = (result.match(/”/g) ?? []).length;
  if (curlyOpen !== curlyClose) result = result.replace(/[“”]/g, '');
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.replace(/"/g, '');
  result = result.replace(/\s+/g, ' ').trim();
  return result.charAt(0).toUpperCase() + result.slice(1);
}
