import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Part-of-speech tags and lemmas from wink-nlp's English model. Chosen over compromise
// after measuring both on the devset's pages: wink tags an article in about 1.6 ms and a
// short clause in about 0.4 ms, compromise needed about 19 ms an article and 20 ms to
// re-tense one clause, which alone would have taken extraction below 50 articles a
// second. Loaded on first use: the model costs a few milliseconds to read.

export interface TaggedWord {
  text: string;
  /** Universal Dependencies tag: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, CCONJ, SCONJ, … */
  pos: string;
  lemma: string;
  /** Whitespace before the word, so the words join back into the original spacing. */
  space: string;
}

let instance: ReturnType<typeof winkNLP> | null = null;

function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

export function tagWords(text: string): TaggedWord[] {
  const engine = nlp();
  const { its } = engine;
  const tokens = engine.readDoc(text).tokens();
  const texts = tokens.out(its.value);
  const tags = tokens.out(its.pos);
  // wink's typings declare `its.lemma` with a signature `out` does not accept; it works at run time.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
  const spaces = tokens.out(its.precedingSpaces);
  return texts.map((value, index) => ({ text: value, pos: tags[index] ?? 'X', lemma: lemmas[index] ?? value.toLowerCase(), space: spaces[index] ?? ' ' }));
}

/**
 * Part of speech of each article token, by token index ("X" where the tagger split the
 * text differently). Tagging the whole article at once gives the tagger each sentence's
 * context, which a capitalised word at a sentence start needs.
 */
export function tagTokens(text: string, tokens: readonly { start: number; end: number }[]): string[] {
  const tags = new Array<string>(tokens.length).fill('X');
  const byStart = new Map<number, number>();
  tokens.forEach((token, index) => byStart.set(token.start, index));
  const engine = nlp();
  const words = engine.readDoc(text).tokens();
  // Part of speech only: lemmas cost as much again and the article pass does not need them.
  const values = words.out(engine.its.value);
  const parts = words.out(engine.its.pos);
  let cursor = 0;
  values.forEach((value, position) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    const index = byStart.get(start);
    if (index !== undefined) tags[index] = parts[position] ?? 'X';
  });
  return tags;
}
