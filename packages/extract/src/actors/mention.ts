import type { ActorKind, ActorRef, MentionSource } from '../types.ts';

/** One place in the text that refers to an actor, known or proposed. */
export interface Mention {
  /** "known:<id>" or "proposed:<key>"; one string to compare actors by. */
  actorKey: string;
  ref: ActorRef;
  kind: ActorKind;
  start: number;
  end: number;
  /** Token range, end exclusive; pronoun and description mentions cover their words. */
  tokenStart: number;
  tokenEnd: number;
  source: MentionSource;
  possessive: boolean;
  /** For a group named after a country ("Russian troops"): the country, which takes part with it. */
  country?: Pick<Mention, 'actorKey' | 'ref'>;
}

export function knownKey(actorId: string): string {
  return `known:${actorId}`;
}

export function proposedKey(key: string): string {
  return `proposed:${key}`;
}

/** The actor key of a reference: the inverse of refOfKey. */
export function keyOfRef(ref: ActorRef): string {
  return ref.kind === 'known' ? knownKey(ref.actorId) : proposedKey(ref.proposedKey);
}

export function refOfKey(actorKey: string): ActorRef {
  if (actorKey.startsWith('known:')) return { kind: 'known', actorId: actorKey.slice('known:'.length) };
  return { kind: 'proposed', proposedKey: actorKey.slice('proposed:'.length) };
}

/** Names (and their misspellings) point at an actor outright; demonyms and pronouns only hint. */
export function isNamed(mention: Mention): boolean {
  return mention.source === 'name' || mention.source === 'alias' || mention.source === 'surname' || mention.source === 'misspelling';
}

/** Lookup of mentions by the tokens they cover. */
export class MentionTable {
  private readonly byToken: (Mention | undefined)[];
  readonly all: Mention[] = [];

  constructor(tokenCount: number) {
    this.byToken = new Array<Mention | undefined>(tokenCount);
  }

  private sortedCache: Mention[] | null = null;

  /** Tokens already claimed keep their mention: a demonym inside "Russian Foreign Ministry" stays findable. */
  add(mention: Mention): void {
    this.all.push(mention);
    this.sortedCache = null;
    for (let index = mention.tokenStart; index < mention.tokenEnd; index++) this.byToken[index] ??= mention;
  }

  at(tokenIndex: number): Mention | undefined {
    return this.byToken[tokenIndex];
  }

  /** The mention whose last token is `tokenIndex`. */
  endingAt(tokenIndex: number): Mention | undefined {
    const mention = this.byToken[tokenIndex];
    if (mention === undefined || mention.tokenEnd - 1 === tokenIndex) return mention;
    // Only overlapping mentions (a demonym inside an organisation's name) get here.
    return this.sorted().find((candidate) => candidate.tokenEnd - 1 === tokenIndex);
  }

  /** The mention whose first token is `tokenIndex`. */
  startingAt(tokenIndex: number): Mention | undefined {
    const mention = this.byToken[tokenIndex];
    return mention !== undefined && mention.tokenStart === tokenIndex ? mention : undefined;
  }

  inRange(start: number, end: number): Mention[] {
    return this.sorted().filter((mention) => mention.start >= start && mention.end <= end);
  }

  sorted(): Mention[] {
    this.sortedCache ??= [...this.all].sort((a, b) => a.start - b.start || a.end - b.end);
    return this.sortedCache;
  }
}
