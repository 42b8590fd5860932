import type { ArticleText } from '../text/articleText.ts';
import type { PersonProfile } from '../actors/descriptors.ts';
import { isNamed, refOfKey, type Mention, type MentionTable } from '../actors/mention.ts';
import { ROLE_NOUNS, ROLE_SYNONYMS } from '../actors/vocabulary.ts';
import type { Subject } from './attribution.ts';

// Decides who "he" and "the Russian vice chancellor" are, the way a reader does: the
// pronoun is the person the story was just about; a description is one of the last few
// people named, preferring one whose known role and country fit the description.

const CANDIDATE_PEOPLE = 3;

export class Discourse {
  private lastPersonInFocus: string | null = null;
  private readonly namedPeople: Mention[];

  constructor(
    private readonly article: ArticleText,
    mentions: MentionTable,
    private readonly profiles: ReadonlyMap<string, PersonProfile>,
  ) {
    this.namedPeople = mentions.sorted().filter((mention) => mention.kind === 'PERSON' && isNamed(mention));
  }

  /** The mention the subject stands for; pronouns and descriptions get a new mention of the person they mean. */
  resolve(subject: Subject): Mention | null {
    if (subject.kind === 'mention') return subject.mention;
    if (subject.kind === 'pronoun') {
      const token = this.article.tokens[subject.tokenIndex];
      const actorKey = this.lastPersonInFocus ?? this.recentPeopleBefore(subject.tokenIndex)[0] ?? null;
      if (token === undefined || actorKey === null) return null;
      return this.corefMention(actorKey, subject.tokenIndex, subject.tokenIndex + 1, 'pronoun');
    }
    const actorKey = this.bestFitForDescription(subject);
    return actorKey === null ? null : this.corefMention(actorKey, subject.tokenStart, subject.tokenEnd, 'description');
  }

  /** The person a later "he" or "she" refers to. */
  focusOn(actorKey: string): void {
    this.lastPersonInFocus = actorKey;
  }

  private bestFitForDescription(subject: Extract<Subject, { kind: 'description' }>): string | null {
    const roles = subject.roleText.split(' ').filter((word) => ROLE_NOUNS.has(word));
    let best: string | null = null;
    let bestScore = -1;
    for (const actorKey of this.recentPeopleBefore(subject.tokenStart)) {
      const profile = this.profiles.get(actorKey);
      const affiliations = profile?.affiliationKeys ?? new Set<string>();
      const sharesCountry = subject.affiliationKeys.some((key) => affiliations.has(key));
      if (subject.affiliationKeys.length > 0 && affiliations.size > 0 && !sharesCountry) continue;
      const fitsRole = roles.some((role) =>
        (ROLE_SYNONYMS.get(role) ?? [role]).some((name) => profile?.roleTexts.some((text) => text.includes(name)) === true),
      );
      const score = Number(fitsRole) + Number(sharesCountry);
      // Candidates come most recent first, so a strictly higher score is needed to pass over the nearer person.
      if (score > bestScore) {
        best = actorKey;
        bestScore = score;
      }
    }
    return best;
  }

  private recentPeopleBefore(tokenIndex: number): string[] {
    // Binary search for the last person named before the token, then walk back.
    let low = 0;
    let high = this.namedPeople.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.namedPeople[middle]?.tokenEnd ?? 0) <= tokenIndex) low = middle + 1;
      else high = middle;
    }
    const keys: string[] = [];
    for (let position = low - 1; position >= 0 && keys.length < CANDIDATE_PEOPLE; position--) {
      const mention = this.namedPeople[position];
      if (mention !== undefined && !keys.includes(mention.actorKey)) keys.push(mention.actorKey);
    }
    return keys;
  }

  private corefMention(actorKey: string, tokenStart: number, tokenEnd: number, source: 'pronoun' | 'description'): Mention | null {
    const first = this.article.tokens[tokenStart];
    const last = this.article.tokens[tokenEnd - 1];
    if (first === undefined || last === undefined) return null;
    return { actorKey, ref: refOfKey(actorKey), kind: 'PERSON', start: first.start, end: last.end, tokenStart, tokenEnd, source, possessive: last.possessive };
  }
}
