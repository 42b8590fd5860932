import type { ArticleText } from '../text/articleText.ts';
import type { Range } from './eventDraft.ts';

// "alleging fraud in the November elections that the party won in a landslide",
// "following the EU referendum of June 2016": a date inside a noun phrase dates the
// happening the noun names, not the sentence around it. Only the phrase (and a relative
// clause saying what happened in it) tells who took part; the rest of the sentence is
// another, undated happening. Two shapes leave no doubt that the date belongs to the
// noun: the date between "the" and the noun, and "the <noun> of <date>". The phrase
// must hang on a preposition: as subject or object of the sentence's verb, the noun is
// what the whole sentence tells of.

const GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'following', 'during', 'amid', 'despite', 'from', 'over', 'about', 'against']);
// prettier-ignore
const HAPPENING_NOUNS: ReadonlySet<string> = new Set([
  'election', 'elections', 'vote', 'referendum', 'poll', 'polls', 'coup', 'uprising', 'revolution', 'war', 'invasion',
  'attack', 'attacks', 'protests', 'summit', 'talks', 'agreement', 'deal', 'accord', 'treaty', 'ceasefire', 'truce',
]);
/** Words that end the noun and start something else. */
// prettier-ignore
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'where', 'when', 'in', 'on', 'at', 'of', 'by', 'for', 'with', 'to', 'and', 'or', 'but',
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would', 'could', 'after', 'before',
]);
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'where']);
const MAX_NOUN_WORDS = 3;
const MAX_MODIFIERS = 4;

/** The noun phrase the date at tokens [dateToken, dateEnd) dates, with its relative clause; null when the date dates the sentence. */
export function datedNounPhrase(article: ArticleText, dateToken: number, dateEnd: number, first: number, end: number): Range | null {
  const { tokens } = article;
  let the: number;
  let nounEnd: number;
  if (tokens[dateToken - 1]?.folded === 'the') {
    // "the November elections"
    the = dateToken - 1;
    nounEnd = dateEnd;
    while (nounEnd < end && nounEnd - dateEnd < MAX_NOUN_WORDS && isPlainWord(article, nounEnd)) nounEnd++;
    if (nounEnd === dateEnd) return null;
  } else if (tokens[dateToken - 1]?.folded === 'of' && HAPPENING_NOUNS.has(tokens[dateToken - 2]?.folded ?? '')) {
    // "the EU referendum of June 2016"
    the = dateToken - 3;
    while (the >= first && the > dateToken - 3 - MAX_MODIFIERS && tokens[the]?.folded !== 'the' && tokens[the]?.kind === 'word') the--;
    if (tokens[the]?.folded !== 'the') return null;
    nounEnd = dateEnd;
  } else {
    return null;
  }
  if (the <= first || !GOVERNING_PREPOSITIONS.has(tokens[the - 1]?.folded ?? '')) return null;
  let last = nounEnd;
  // "… elections that the party won", "… election, which Morales claimed to have won,"
  const opener = tokens[nounEnd]?.text === ',' ? nounEnd + 1 : nounEnd;
  if (RELATIVE_OPENERS.has(tokens[opener]?.folded ?? '')) {
    last = opener;
    while (last < end && tokens[last]?.text !== ',' && tokens[last]?.text !== ';') last++;
  }
  if (tokens[last - 1]?.kind === 'punct') last--;
  const start = tokens[the]?.start;
  const stop = tokens[last - 1]?.end;
  return start === undefined || stop === undefined ? null : { start, end: stop };
}

function isPlainWord(article: ArticleText, position: number): boolean {
  const token = article.tokens[position];
  return token !== undefined && token.kind === 'word' && !token.capitalized && !PHRASE_ENDS.has(token.folded);
}
