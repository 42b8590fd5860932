import { layoutArticle, type ArticleLayout, type Paragraph, type Sentence } from './layout.ts';
import { tokenize, type Token } from './tokenize.ts';

/** The article cut up once, shared by every recogniser: tokens and where each one sits. */
export interface ArticleText {
  text: string;
  tokens: Token[];
  layout: ArticleLayout;
  /** Sentence index for each token; -1 for tokens outside any sentence. */
  sentenceOfToken: Int32Array;
  /** Quote index for each token inside a quotation's marks; -1 elsewhere. */
  quoteOfToken: Int32Array;
  /** First and one-past-last token of each sentence. */
  sentenceTokens: { first: number; end: number }[];
  /** Folded words that occur in lowercase somewhere, i.e. ordinary words rather than names. */
  lowercaseWords: Set<string>;
}

export function readArticle(text: string, title?: string): ArticleText {
  const tokens = tokenize(text);
  const layout = layoutArticle(text, title);
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  const sentenceTokens = layout.sentences.map(() => ({ first: 0, end: 0 }));
  let sentenceCursor = 0;
  let quoteCursor = 0;
  const lowercaseWords = new Set<string>();
  for (const token of tokens) {
    while (sentenceCursor < layout.sentences.length && (layout.sentences[sentenceCursor]?.end ?? 0) <= token.start) sentenceCursor++;
    const sentence = layout.sentences[sentenceCursor];
    if (sentence !== undefined && sentence.start <= token.start) {
      sentenceOfToken[token.index] = sentenceCursor;
      const range = sentenceTokens[sentenceCursor];
      if (range !== undefined) {
        if (range.end === 0) range.first = token.index;
        range.end = token.index + 1;
      }
    }
    while (quoteCursor < layout.quotes.length && (layout.quotes[quoteCursor]?.end ?? 0) <= token.start) quoteCursor++;
    const quote = layout.quotes[quoteCursor];
    if (quote !== undefined && quote.contentStart <= token.start && token.end <= quote.contentEnd) quoteOfToken[token.index] = quoteCursor;
    if (token.kind === 'word' && !token.capitalized) lowercaseWords.add(token.folded);
  }
  return { text, tokens, layout, sentenceOfToken, quoteOfToken, sentenceTokens, lowercaseWords };
}

export function paragraphOf(article: ArticleText, sentence: Sentence): Paragraph | undefined {
  return article.layout.paragraphs[sentence.paragraphIndex];
}

/** Whether the token is the first word of its sentence (after an opening quote or a dateline). */
export function startsSentence(article: ArticleText, tokenIndex: number): boolean {
  const sentenceIndex = article.sentenceOfToken[tokenIndex] ?? -1;
  const range = article.sentenceTokens[sentenceIndex];
  if (range === undefined) return false;
  const sentence = article.layout.sentences[sentenceIndex];
  const paragraph = sentence === undefined ? undefined : paragraphOf(article, sentence);
  for (let index = range.first; index < tokenIndex; index++) {
    const token = article.tokens[index];
    if (token === undefined) continue;
    if (paragraph !== undefined && token.start < paragraph.proseStart) continue;
    if (token.kind !== 'punct') return false;
  }
  return true;
}
