// Framing words: the loaded terms an outlet chooses for the same facts
// ("troops" or "specialists", "coup" or "interim president"). An account's
// framing words are highlighted where the other accounts do not use them, so
// a reader sees at a glance where the sources part ways.

/** Lower-case terms, longest first so "military personnel" wins over "military". Several languages of the sample data. */
// prettier-ignore
const FRAMING_TERMS = [
  'military technical cooperation', 'military personnel', 'interim president', 'self-proclamation', 'self-proclaimed',
  'legitimate authorities', 'humanitarian aid', 'get out', 'coup attempt', 'opposition leader',
  'troops', 'soldiers', 'soldati', 'soldados', 'tropas', 'military', 'specialists', 'technicians', 'maintenance', 'contracts',
  'routine', 'presence', 'invasion', 'intervention', 'interference', 'coup', 'golpe', 'usurper', 'regime', 'dictator',
  'dictatorship', 'illegitimate', 'legitimate', 'puppet', 'sanctions', 'blockade', 'aid', 'threat', 'dishonest',
].sort((a, b) => b.length - a.length);

export interface Segment {
  text: string;
  /** A framing word this account uses and some other account does not. */
  framing: boolean;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${FRAMING_TERMS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The framing terms a text uses, lower-case. */
export function framingTerms(text: string): Set<string> {
  return new Set([...text.matchAll(PATTERN)].map((m) => (m[1] ?? '').toLowerCase()));
}

/**
 * Per account, the framing terms it uses that at least one other account
 * does not: where they differ. With a single account nothing differs.
 */
export function distinctiveTerms(accounts: readonly string[]): Set<string>[] {
  const used = accounts.map(framingTerms);
  return used.map((terms, i) => {
    const others = used.filter((_, j) => j !== i);
    if (others.length === 0) return new Set<string>();
    return new Set([...terms].filter((term) => others.some((other) => !other.has(term))));
  });
}

/** The text cut into plain runs and the framing words to highlight (React renders them as text, never HTML). */
export function framingSegments(text: string, highlight: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(PATTERN)) {
    const word = match[1] ?? '';
    if (!highlight.has(word.toLowerCase()) || match.index === undefined) continue;
    if (match.index > at) segments.push({ text: text.slice(at, match.index), framing: false });
    segments.push({ text: word, framing: true });
    at = match.index + word.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), framing: false });
  return segments;
}
