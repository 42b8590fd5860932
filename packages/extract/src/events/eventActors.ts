import { namedInModifier, type PersonProfile } from '../actors/descriptors.ts';
import { refOfKey, type Mention } from '../actors/mention.ts';
import { OUTLET_NOUNS } from '../actors/notSomeone.ts';
import type { ArticleText } from '../text/articleText.ts';
import { startingWithin } from '../text/sortedRanges.ts';
import type { ActorRef, ActorRole } from '../types.ts';
import { ROLE_NOUNS, TITLE_WORDS } from '../actors/vocabulary.ts';
import { inside, type EventDraft, type Range } from './eventDraft.ts';
import { inBackgroundPhrase } from './backgroundPhrase.ts';
import { isDestination } from './destination.ts';
import { ownCountriesTakingPart, type OwnCountry } from './ownCountry.ts';
import { ownsAGroup } from './ownerOfGroup.ts';
import { ownsWordsCited } from './ownerOfWords.ts';
import { isNewsChannel } from './newsChannel.ts';
import { inPersonDescription } from './personDescription.ts';
import { opensReportedClause } from './reportedClause.ts';
import { spokenAbout } from './spokenAbout.ts';
import { takesPower } from './takesPower.ts';

// Who took part in an event, and how:
// - SPEAKER: who made the statement (not a mere source: in "troops landed on Saturday,
//   the ministry said" the event is the landing);
// - SUBJECT: for other happenings, who it is about: the noun a dated relative clause
//   hangs on, else the first person named as such (not "Guaidó's" in "Guaidó's chief of
//   staff"), else the first actor;
// - TARGET: the first actor named after the verb (statements) or after the subject; a
//   country's forces a speaker talks about stand for the country (spokenAbout.ts);
// - PARTICIPANT: other people and countries named in the event's own words. Organisations
//   take part only in one of the roles above: named in passing they are mostly venues and
//   instruments ("said in the Federation Council", "the Venezuelan military").
// Demonyms only hint at a country and stay out. A speaker who is a voice of their state
// (a minister, a spokeswoman, an ambassador) brings the state in through their profile
// (Maria Zakharova → Russia); a head of state or anyone else acting or speaking acts as
// themselves ("Maduro was sworn in", not Venezuela). On the devset, countries that came
// in with any speaker or subject were the gold's 1 time in 8 (empty actor table) and 2 in
// 19 (sample data). All these own countries (a title's, a group's country word, a state
// voice's) take part only when the event names another country too (ownCountry.ts).

const ROLE_RANK: Record<ActorRole, number> = { SPEAKER: 0, SUBJECT: 1, TARGET: 2, PARTICIPANT: 3 };
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'outside', 'before']);

export interface EventActor {
  actorKey: string;
  actor: ActorRef;
  role: ActorRole;
}

export interface EventActorInputs {
  article: ArticleText;
  draft: EventDraft;
  mentions: readonly Mention[];
  profiles: ReadonlyMap<string, PersonProfile>;
  /** The speaker only reports the happening (", the ministry said"). */
  speakerIsSource: boolean;
  /** Where the reported words end, for reported happenings. */
  reportedEnd: number | null;
  /** The person a "he"/"she" opening the event's words stands for ("He survived a coup attempt"). */
  pronounSubject: Mention | undefined;
}

export function eventActors(inputs: EventActorInputs): EventActor[] {
  const { article, draft, profiles } = inputs;
  const roles = new Map<string, EventActor>();
  const assign = (mention: Pick<Mention, 'actorKey' | 'ref'>, role: ActorRole): void => {
    const existing = roles.get(mention.actorKey);
    if (existing === undefined || ROLE_RANK[role] < ROLE_RANK[existing.role])
      roles.set(mention.actorKey, { actorKey: mention.actorKey, actor: mention.ref, role });
  };
  const inEvent = draft.passages
    .flatMap((passage) => startingWithin(inputs.mentions, passage.start, passage.end))
    .filter(
      (mention) =>
        belongsToEvent(draft, mention) &&
        !describesPerson(article, mention) &&
        !inPersonDescription(article, inputs.mentions, mention) &&
        !isNewsChannel(article, mention),
    );
  // "protests demanding Bashir's removal", "aimed at overthrowing President X": the one to be
  // removed is what the actors want, not one of them.
  // "According to BBC News, the OAS announced": the outlet carried the words; the event is theirs.
  const speaker = inputs.speakerIsSource || (draft.speaker !== null && isNewsChannel(article, draft.speaker)) ? null : draft.speaker;
  const verbIndex = speaker === null ? -1 : (draft.attribution?.verbIndex ?? -1);
  const outsideQuotes = inEvent.filter(
    (mention) =>
      article.quoteOfToken[mention.tokenStart] === -1 &&
      !isToBeRemoved(article, mention) &&
      !opensReportedClause(article, verbIndex, mention) &&
      !inBackgroundPhrase(article, mention),
  );
  if (speaker !== null) {
    assign(speaker, 'SPEAKER');
    // "Pence met leaders of the Lima Group … and promised …": with a shared subject the
    // one acted on follows the subject, not the later verb.
    const from = draft.attribution?.coordinated === true ? speaker.end : article.tokens[draft.attribution?.verbIndex ?? -1]?.end;
    const countries = profiles.get(speaker.actorKey)?.affiliationKeys ?? new Set<string>();
    // "rejected Figuera's allegation that …": what the owner has is the target, as for a subject below.
    // "said he would go to X": where the speaker's words send someone holds the target's place
    // and takes no part (destination.ts), so the quotation's first actor does not stand in for it.
    const first = from === undefined ? undefined : firstActorAfter(article, outsideQuotes, draft.scope, from, speaker.actorKey, countries, true);
    const target = first !== undefined && isDestination(article, first) ? undefined : first;
    // "“All Cuban soldiers must go home,” Trump tweeted": with no one acted on outside the
    // quotation, the first actor the speaker's own words name is what they are about.
    const quoted =
      first !== undefined
        ? target
        : inEvent.find(
            (mention) =>
              article.quoteOfToken[mention.tokenStart] !== -1 &&
              inside(draft.scope, mention.start) &&
              mention.actorKey !== speaker.actorKey &&
              !countries.has(mention.actorKey),
          );
    if (quoted !== undefined) assign(spokenAbout(quoted), 'TARGET');
  } else {
    const about: Range = inputs.reportedEnd === null ? draft.scope : { start: draft.scope.start, end: inputs.reportedEnd };
    // The owner a group is named after ("the delegation representing X arrived") is not who acted.
    const candidates = outsideQuotes.filter(
      (mention) =>
        inside(about, mention.start) && mention.actorKey !== draft.speaker?.actorKey && (mention.possessive || !ownsAGroup(article, mention, inputs.mentions)),
    );
    const subject =
      (inputs.pronounSubject !== undefined && openingActor(article, about, candidates) === undefined ? inputs.pronounSubject : undefined) ??
      subjectOf(article, draft, about, candidates);
    if (subject !== undefined) {
      assign(subject, 'SUBJECT');
      const countries = profiles.get(subject.actorKey)?.affiliationKeys ?? new Set<string>();
      const target = firstActorAfter(article, candidates, about, subject.end, subject.actorKey, countries, true);
      if (target !== undefined) assign(target, 'TARGET');
    }
  }
  const groupStates: OwnCountry[] = [];
  const attributionWords: Range | null = inputs.speakerIsSource && inputs.reportedEnd !== null ? { start: inputs.reportedEnd, end: draft.scope.end } : null;
  for (const mention of outsideQuotes) {
    // The source ("…, Norway's foreign ministry said") is not a participant, though it may be named in what it reports.
    if (attributionWords !== null && inside(attributionWords, mention.start)) continue;
    // A country named only in the paragraphs that carry a statement on ("… list of countries —
    // Guatemala, Brazil, Chile") is what was talked about, not who took part. (Measured on the
    // devset: 3 of 11 such countries were the gold's.)
    if (mention.kind === 'COUNTRY' && !inside(draft.scope, mention.start)) continue;
    // A capital named in passing is where it happened ("the streets of Caracas", "in Baghdad"),
    // not its state taking part; the state acts through it only as subject or speaker
    // ("Moscow said"). (Devset, empty table: 1 of 6 such countries were the gold's.)
    if (mention.source === 'capital') continue;
    if (mention.kind === 'COUNTRY' && namedInModifier(article, mention)) continue;
    if (mention.kind === 'COUNTRY' && placesSomewhere(article, mention)) continue;
    if (speaker !== null && isDestination(article, mention)) continue;
    if (mention.kind === 'COUNTRY' && insideLongerName(inEvent, mention)) continue;
    if (ownsAGroup(article, mention, inputs.mentions)) {
      // "the delegation representing Venezuelan President X": the group acts for the state in its owner's title.
      const title = titleCountry(article, inputs.mentions, mention);
      if (title !== undefined) groupStates.push(title);
      continue;
    }
    if (speaker !== null && ownsWordsCited(article, mention)) continue;
    if (mention.kind === 'PERSON' || mention.kind === 'COUNTRY') assign(mention, 'PARTICIPANT');
  }
  // "clashes on the Armenian-Azerbaijani border", "Israeli-Palestinian talks": a pair of
  // countries joined by a hyphen names the two sides, demonyms included.
  for (const pair of countryPairs(article, draft, inputs.mentions)) for (const country of pair) assign(country, 'PARTICIPANT');
  // The own countries of those acting take part only beside another country (ownCountry.ts).
  const own: OwnCountry[] = [...groupStates];
  // "Russian troops landed": Russia takes part with its troops. Its opposition, protesters or
  // rebels ("the Venezuelan opposition", "Hong Kong protesters") stand against the state, and
  // so do forces that take power ("Myanmar's military seized power").
  for (const mention of inEvent) {
    if (mention.country !== undefined && mention.kind !== 'GROUP' && roles.has(mention.actorKey) && !takesPower(article, mention)) own.push(mention.country);
  }
  // "talks with Venezuelan President Nicolás Maduro": a country written in the title of
  // anyone taking part takes part with them, if another country is in the event. Only in the
  // event's own words: the people named with their titles in the sentences that go on with
  // it ("later he spoke beside Chilean President X") were there; their countries were not sides.
  for (const person of outsideQuotes) {
    if (person.kind !== 'PERSON' || !roles.has(person.actorKey) || !inside(draft.scope, person.start)) continue;
    const title = titleCountry(article, inputs.mentions, person);
    if (title !== undefined) own.push(title);
  }
  // "Russian state news agency Sputnik reported": a state outlet speaks for its country.
  for (const body of outsideQuotes) {
    const role = roles.get(body.actorKey)?.role;
    if (body.kind !== 'ORGANIZATION' || (role !== 'SPEAKER' && role !== 'SUBJECT')) continue;
    const state = stateOfOutlet(article, inputs.mentions, body);
    if (state !== undefined) assign(state, 'PARTICIPANT');
  }
  for (const actor of [...roles.values()]) {
    if (actor.role !== 'SPEAKER' || !speaksForState(profiles.get(actor.actorKey))) continue;
    for (const affiliationKey of profiles.get(actor.actorKey)?.affiliationKeys ?? []) {
      own.push({ actorKey: affiliationKey, ref: refOfKey(affiliationKey) });
    }
  }
  // Another country: one taking part, or one named in the event's words even as a place ("landed in Caracas").
  const countryKeys = new Set(inputs.mentions.filter((mention) => mention.kind === 'COUNTRY').map((mention) => mention.actorKey));
  const named = new Set([
    ...[...roles.keys()].filter((key) => countryKeys.has(key)),
    ...inEvent.filter((mention) => mention.kind === 'COUNTRY').map((mention) => mention.actorKey),
  ]);
  for (const country of ownCountriesTakingPart(own, named)) assign(country, 'PARTICIPANT');
  return [...roles.values()].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
}

function subjectOf(article: ArticleText, draft: EventDraft, about: Range, candidates: readonly Mention[]): Mention | undefined {
  if (draft.antecedentToken !== null) {
    const antecedent = candidates.find((mention) => mention.tokenStart <= (draft.antecedentToken ?? -1) && (draft.antecedentToken ?? -1) < mention.tokenEnd);
    if (antecedent !== undefined) return antecedent;
  }
  // The actor the clause opens with is its grammatical subject, person or not: in "Canada
  // as well as Brazil … followed suit in throwing their support behind Guaido", Canada acts.
  const opening = openingActor(article, about, candidates);
  if (opening !== undefined) return opening;
  // An owner ("Maduro's government", "Guaidó's chief of staff") is not what the sentence is about.
  // Nor is the body it happened in: "voted down the deal in the House of Commons".
  // A group read from the country word itself ("protests … in Sudan": its protesters) stands where the country does.
  const actors = candidates.filter((mention) => mention.kind === 'COUNTRY' || !isVenue(article, mention) || standsForCountryWord(candidates, mention));
  const owners = actors.filter((mention) => mention.possessive);
  const named = actors.filter((mention) => !mention.possessive && (mention.kind !== 'COUNTRY' || !standsForCountryWord(actors, mention)));
  return named.find((mention) => mention.kind === 'PERSON') ?? named[0] ?? owners.find((mention) => mention.kind === 'PERSON') ?? owners[0];
}

function openingActor(article: ArticleText, about: Range, candidates: readonly Mention[]): Mention | undefined {
  // "In its latest move against Caracas, the US slapped …": who is named in an opening
  // prepositional phrase is not the subject of the clause after its comma.
  const intro = INTRO_PHRASE.exec(article.text.slice(about.start, about.end));
  if (intro !== null) {
    const rest: Range = { start: about.start + intro[0].length, end: about.end };
    const after = candidates.filter((mention) => mention.start >= rest.start);
    if (after.length > 0 && after.length < candidates.length) return openingActor(article, rest, after);
  }
  const earliest = candidates.find((mention) => mention.source !== 'demonym');
  // "Myanmar's military seized power": the group the country's name opens is the subject.
  const first =
    earliest === undefined
      ? undefined
      : candidates
          .filter((mention) => mention.start === earliest.start && mention.source !== 'demonym')
          .reduce((longest, mention) => (mention.end > longest.end ? mention : longest));
  if (first === undefined || first.possessive) return undefined;
  const lead = article.text.slice(about.start, first.start);
  // "US President Donald Trump has ordered …": the country names the title's holder's office.
  const holder = first.kind === 'COUNTRY' ? titleHolderAfter(article, first, candidates) : undefined;
  if (holder !== undefined) return OPENING_LEAD.test(lead) ? holder : undefined;
  return OPENING_LEAD.test(lead) ? first : undefined;
}

const INTRO_PHRASE = /^\s*(?:in|after|despite|following|amid|before|during|against|unlike|like|with)\s[^,.;:"“”]{1,80},\s*/iu;

/** At most a short introductory phrase ("On Monday,", "In Caracas,") and "the" or a crowd's size ("Thousands of") before the subject. */
const OPENING_LEAD = /^\s*(?:[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,4}\s*,\s*)?(?:the\s+|(?:tens\s+of\s+)?(?:thousands|hundreds|dozens)\s+of\s+)?$/iu;

function titleHolderAfter(article: ArticleText, country: Mention, candidates: readonly Mention[]): Mention | undefined {
  const person = candidates.find((mention) => mention.start > country.start && mention.kind === 'PERSON');
  if (person === undefined || person.tokenStart - country.tokenEnd > 4) return undefined;
  const between = article.tokens.slice(country.tokenEnd, person.tokenStart);
  return between.length > 0 && between.every((token) => token.capitalized && TITLE_WORDS.has(token.folded)) ? person : undefined;
}

/**
 * The country word of "Hong Kong protesters", "the U.S. military", "the U.S. Embassy": the
 * body takes part or not, and brings its country along (below) when it acts for it.
 */
function insideLongerName(mentions: readonly Mention[], country: Mention): boolean {
  return mentions.some(
    (body) =>
      body !== country && body.kind !== 'COUNTRY' && body.kind !== 'PERSON' && body.tokenStart <= country.tokenStart && country.tokenEnd <= body.tokenEnd,
  );
}

function countryPairs(article: ArticleText, draft: EventDraft, mentions: readonly Mention[]): [Mention, Mention][] {
  const countries = draft.passages
    .flatMap((passage) => startingWithin(mentions, passage.start, passage.end))
    .filter((mention) => mention.kind === 'COUNTRY' && mention.source !== 'capital' && inside(draft.scope, mention.start));
  const pairs: [Mention, Mention][] = [];
  countries.forEach((left, position) => {
    const right = countries[position + 1];
    const hyphen = article.tokens[left.tokenEnd];
    if (right === undefined || right.actorKey === left.actorKey || left.possessive || article.quoteOfToken[left.tokenStart] !== -1) return;
    if (hyphen?.text === '-' && hyphen.start === left.end && right.tokenStart === left.tokenEnd + 1 && right.start === hyphen.end) pairs.push([left, right]);
  });
  return pairs;
}

/** The country opening a person's capitalised title right before the name: "Venezuelan President Nicolás Maduro". */
function titleCountry(article: ArticleText, mentions: readonly Mention[], person: Mention): Mention | undefined {
  let position = person.tokenStart - 1;
  while (position >= 0 && position > person.tokenStart - 5) {
    const token = article.tokens[position];
    if (token === undefined || token.kind !== 'word' || !token.capitalized || !TITLE_WORDS.has(token.folded)) break;
    position--;
  }
  // A table's alias may hold the title ("President Nicolás Maduro" as one name): the country is then right before the name.
  if (position === person.tokenStart - 1 && !opensWithTitle(article, person)) return undefined;
  return mentions.find((mention) => mention.kind === 'COUNTRY' && mention.tokenEnd === position + 1 && !mention.possessive);
}

/** "President Nicolás Maduro" as one known name: the mention opens with a capitalised title word. */
function opensWithTitle(article: ArticleText, person: Mention): boolean {
  const first = article.tokens[person.tokenStart];
  return person.tokenEnd - person.tokenStart > 1 && first !== undefined && first.capitalized && TITLE_WORDS.has(first.folded);
}

const STATE_OUTLET_WORDS: ReadonlySet<string> = new Set([
  'state',
  'run',
  'official',
  'government',
  'news',
  'agency',
  'television',
  'tv',
  'media',
  'broadcaster',
]);

/** The country before "state news agency", "state-run television" and the like, right before an outlet's name. */
function stateOfOutlet(article: ArticleText, mentions: readonly Mention[], body: Mention): Mention | undefined {
  let position = body.tokenStart - 1;
  let state = false;
  while (position >= 0 && position > body.tokenStart - 6) {
    const token = article.tokens[position];
    if (token === undefined || (token.text !== '-' && (token.kind !== 'word' || token.capitalized || !STATE_OUTLET_WORDS.has(token.folded)))) break;
    state ||= token.folded === 'state' || token.folded === 'official' || token.folded === 'government';
    position--;
  }
  if (!state || !OUTLET_NOUNS.has(article.tokens[body.tokenStart - 1]?.folded ?? '')) return undefined;
  return mentions.find((mention) => mention.kind === 'COUNTRY' && mention.tokenEnd === position + 1);
}

function firstActorAfter(
  article: ArticleText,
  mentions: readonly Mention[],
  within: Range,
  after: number,
  skipKey: string,
  skipCountries: ReadonlySet<string>,
  skipPossessives: boolean,
): Mention | undefined {
  return mentions.find(
    (mention) =>
      inside(within, mention.start) &&
      mention.start >= after &&
      mention.actorKey !== skipKey &&
      !skipCountries.has(mention.actorKey) &&
      !(skipPossessives && mention.possessive) &&
      !isVenue(article, mention) &&
      !(mention.kind === 'COUNTRY' && namedInModifier(article, mention)),
  );
}

const REMOVAL_VERBS: ReadonlySet<string> = new Set([
  'oust',
  'ousting',
  'overthrow',
  'overthrowing',
  'topple',
  'toppling',
  'unseat',
  'unseating',
  'depose',
  'deposing',
]);
const REMOVAL_NOUNS: ReadonlySet<string> = new Set(['removal', 'departure', 'ouster', 'ousting', 'overthrow', 'toppling']);

/** A person named as the object of a removal: "to oust Maduro", "the departure of embattled President X", "X's removal". */
function isToBeRemoved(article: ArticleText, mention: Mention): boolean {
  if (mention.kind !== 'PERSON') return false;
  if (mention.possessive) return REMOVAL_NOUNS.has(article.tokens[mention.tokenEnd]?.folded ?? '');
  let position = mention.tokenStart - 1;
  let plain = 0;
  // Back over the title, the country and an epithet: "overthrowing Venezuelan President", "the departure of embattled President".
  for (; position >= 0 && position >= mention.tokenStart - 5; position--) {
    const token = article.tokens[position];
    if (token === undefined || token.kind !== 'word') return false;
    if (token.capitalized || TITLE_WORDS.has(token.folded) || token.folded === 'the') continue;
    if (REMOVAL_VERBS.has(token.folded) || token.folded === 'of' || plain > 0) break;
    plain++;
  }
  const word = article.tokens[position]?.folded ?? '';
  if (REMOVAL_VERBS.has(word)) return true;
  return word === 'of' && REMOVAL_NOUNS.has(article.tokens[position - 1]?.folded ?? '');
}

/** "in the Federation Council", "into Moscow": an organisation or a capital named as the place where something happened. */
function isVenue(article: ArticleText, mention: Mention): boolean {
  if (mention.source === 'capital') return true;
  if (mention.kind === 'PERSON' || mention.kind === 'COUNTRY') return false;
  const before = article.tokens[mention.tokenStart - 1];
  const preposition = before?.folded === 'the' ? article.tokens[mention.tokenStart - 2] : before;
  return LOCATIVES.has(preposition?.folded ?? '');
}

// prettier-ignore
const PART_NOUNS: ReadonlySet<string> = new Set([
  'region', 'regions', 'province', 'provinces', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'part', 'parts',
  'area', 'areas', 'district', 'districts', 'territory', 'outskirts', 'north', 'south', 'east', 'west', 'interior', 'streets',
]);

/** A group and a country read from the same words: with `mention` a country, whether such a group is there too. */
function standsForCountryWord(mentions: readonly Mention[], mention: Mention): boolean {
  return mentions.some(
    (other) =>
      other !== mention &&
      (other.kind === 'COUNTRY') !== (mention.kind === 'COUNTRY') &&
      other.kind !== 'PERSON' &&
      mention.kind !== 'PERSON' &&
      other.tokenStart === mention.tokenStart &&
      other.tokenEnd === mention.tokenEnd,
  );
}

/** "the Darfur region of Sudan", "parts of Venezuela": a country after a part of it places the event, it does not act. */
function placesSomewhere(article: ArticleText, mention: Mention): boolean {
  if (article.tokens[mention.tokenStart - 1]?.folded !== 'of') return false;
  const part = article.tokens[mention.tokenStart - 2];
  return part !== undefined && !part.capitalized && PART_NOUNS.has(part.folded);
}

const WRITERS: ReadonlySet<string> = new Set(['journalist', 'reporter', 'blogger', 'writer']);

/** "an independent Venezuela journalist", "Hong Kong leader Carrie Lam": the country describes a person, like a demonym. */
function describesPerson(article: ArticleText, mention: Mention): boolean {
  const next = article.tokens[mention.tokenEnd];
  const role = next !== undefined && next.kind === 'word' && !next.capitalized && (ROLE_NOUNS.has(next.folded) || WRITERS.has(next.folded));
  return mention.kind === 'COUNTRY' && !mention.possessive && role;
}

function belongsToEvent(draft: EventDraft, mention: Mention): boolean {
  const described = draft.describing?.some((range) => inside(range, mention.start)) === true;
  return mention.source !== 'demonym' && (described || !draft.excluded.some((range) => inside(range, mention.start)));
}

/** Titles of people whose words are their government's: "foreign ministry spokeswoman", "ambassador to the UN". */
const STATE_VOICES = /\b(?:minister|ministry|spokes(?:man|woman|person)|ambassador|envoy|diplomat|representative|secretary|official)\b/i;

function speaksForState(profile: PersonProfile | undefined): boolean {
  return profile !== undefined && profile.roleTexts.some((text) => STATE_VOICES.test(text));
}
