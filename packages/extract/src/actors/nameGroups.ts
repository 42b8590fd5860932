import type { ActorKind, ProposedActor } from '../types.ts';
import { slugify } from '../text/fold.ts';
import { proposedKey, type Mention, type MentionTable } from './mention.ts';
import type { Token } from '../text/tokenize.ts';

export interface NameOccurrence {
  words: Token[];
  /** The name as written, from its first to its last word. */
  surface: string;
  kind: ActorKind;
  /** Something in the context says this is a person (or the kind is certain from the name itself). */
  confirmed: boolean;
}

/**
 * Occurrences of one name become one actor. A person's bare surname joins the full name
 * it ends ("Abrams" → "Elliott Abrams"); a person is proposed only if some occurrence
 * was confirmed by its context.
 */
export function groupIntoActors(text: string, occurrences: NameOccurrence[], mentions: MentionTable, tags: readonly string[]): ProposedActor[] {
  const byName = new Map<string, { name: string; kind: ActorKind; confirmed: boolean; occurrences: NameOccurrence[] }>();
  for (const occurrence of occurrences) {
    const fuller = fullerName(occurrence, occurrences, mentions, tags) ?? occurrence;
    const key = nameKey(fuller);
    const group = byName.get(key) ?? { name: fuller.surface, kind: fuller.kind, confirmed: false, occurrences: [] };
    group.confirmed ||= occurrence.confirmed;
    group.occurrences.push(occurrence);
    byName.set(key, group);
  }
  const proposals: ProposedActor[] = [];
  for (const [key, group] of byName) {
    if (!group.confirmed) continue;
    const proposal: ProposedActor = { key, name: group.name, kind: group.kind, mentions: [] };
    for (const occurrence of group.occurrences) {
      const mention = toMention(key, group.kind, group.name, occurrence);
      if (mention === null) continue;
      mentions.add(mention);
      proposal.mentions.push({ text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end });
    }
    proposals.push(proposal);
  }
  return proposals;
}

/**
 * The longer name an occurrence shortens: a person's surname or last names ("Abrams" →
 * "Elliott Abrams", "Suu Kyi" → "Aung San Suu Kyi"), a body's head or tail ("Elections
 * Committee" → "Central Elections Committee", "Nagorno-Karabakh" → "Nagorno-Karabakh Republic").
 */
function fullerName(
  occurrence: NameOccurrence,
  occurrences: readonly NameOccurrence[],
  mentions: MentionTable,
  tags: readonly string[],
): NameOccurrence | undefined {
  const words = occurrence.words.map((word) => word.folded);
  // "European" starts "European Parliament" but is an adjective on its own ("European and Latin American countries").
  const after = tags[(occurrence.words[occurrence.words.length - 1]?.index ?? -2) + 1];
  const demonym =
    after === 'NOUN' || after === 'CCONJ' || occurrence.words.every((word) => mentions.at(word.index)?.source === 'demonym' || tags[word.index] === 'ADJ');
  let fullest: NameOccurrence | undefined;
  for (const other of occurrences) {
    if (other.words.length <= words.length || (fullest !== undefined && fullest.words.length >= other.words.length)) continue;
    const folded = other.words.map((word) => word.folded);
    const isTail = folded.slice(folded.length - words.length).join(' ') === words.join(' ');
    const isHead = folded.slice(0, words.length).join(' ') === words.join(' ');
    const person = other.kind === 'PERSON' && occurrence.kind === 'PERSON' && isTail;
    const body = other.kind !== 'PERSON' && ((isTail && occurrence.kind === other.kind) || (isHead && occurrence.kind !== other.kind && !demonym));
    if (person || body) fullest = other;
  }
  return fullest;
}

function nameKey(occurrence: NameOccurrence): string {
  return slugify(occurrence.surface);
}

function toMention(key: string, kind: ActorKind, fullName: string, occurrence: NameOccurrence): Mention | null {
  const first = occurrence.words[0];
  const last = occurrence.words[occurrence.words.length - 1];
  if (first === undefined || last === undefined) return null;
  const isSurname = kind === 'PERSON' && occurrence.words.length === 1 && fullName.includes(' ');
  return {
    actorKey: proposedKey(key),
    ref: { kind: 'proposed', proposedKey: key },
    kind,
    start: first.start,
    end: last.end,
    tokenStart: first.index,
    tokenEnd: last.index + 1,
    source: isSurname ? 'surname' : 'name',
    possessive: last.possessive,
  };
}
