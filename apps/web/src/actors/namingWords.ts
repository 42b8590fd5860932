// Where in a passage a proposed actor is named: its name, its aliases and, for
// a person, the surname alone ("Guaidó" for "Juan Guaidó"), so the editor sees
// the very words ingestion read as this actor before confirming or merging it.

export interface NamingSegment {
  text: string;
  naming: boolean;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words that name the actor, longest first so "Juan Guaidó" wins over "Guaidó". */
export function namingTerms(name: string, aliases: readonly string[], kind: string): string[] {
  const terms = new Set([name, ...aliases].map((term) => term.trim()).filter((term) => term.length > 1));
  if (kind === 'PERSON') {
    const surname = name.trim().split(/\s+/).at(-1);
    if (surname !== undefined && surname.length > 2 && surname !== name.trim()) terms.add(surname);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/** The passage cut into plain text and naming words (matched whole, ignoring case). */
export function namingSegments(passage: string, terms: readonly string[]): NamingSegment[] {
  if (terms.length === 0) return [{ text: passage, naming: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const segments: NamingSegment[] = [];
  let from = 0;
  for (const match of passage.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > from) segments.push({ text: passage.slice(from, at), naming: false });
    segments.push({ text: match[0], naming: true });
    from = at + match[0].length;
  }
  if (from < passage.length) segments.push({ text: passage.slice(from), naming: false });
  return segments;
}
