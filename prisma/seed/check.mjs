#!/usr/bin/env node
// Self-check for the seed data set in this folder. Plain Node, no dependencies:
//   node prisma/seed/check.mjs
// Exits non-zero and lists every problem when the data is inconsistent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const seedDir = path.dirname(fileURLToPath(import.meta.url));

const SEED_SOURCE = 'fortruss-2019-06-25-ryabkov';
const SEED_TEXT_NAME = 'ryabkov-venezuela-2019-06.txt';
// The repository reads only its own files: the seed article is kept beside the data.
const seedTextCandidates = [path.join(seedDir, 'articles', SEED_TEXT_NAME)];

const KINDS = {
  actor: ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'],
  event: ['STATEMENT', 'POLITICAL', 'MILITARY', 'DIPLOMATIC', 'SANCTION', 'ECONOMIC', 'PROTEST', 'LEGAL', 'OTHER'],
  precision: ['DAY', 'WEEK', 'MONTH', 'YEAR'],
  role: ['SPEAKER', 'SUBJECT', 'TARGET', 'PARTICIPANT'],
  stance: ['SUPPORTS', 'OPPOSES', 'RECOGNIZES'],
};

// The five events a careful reader takes from the seed article.
const SEED_EVENTS = [
  { key: 'ryabkov-federation-council-statement', precision: 'DAY', start: '2019-06-25', dateExpression: 'On Tuesday', actors: ['sergei-ryabkov'] },
  { key: 'zakharova-urges-us-not-to-divide-military', precision: 'MONTH', start: '2019-06', dateExpression: 'Earlier this month', actors: ['maria-zakharova', 'united-states'] },
  { key: 'zakharova-condemns-cuba-sanctions', precision: 'MONTH', start: '2019-06', dateExpression: null, actors: ['maria-zakharova', 'cuba', 'united-states'] },
  { key: 'guaido-self-proclamation', precision: 'DAY', start: '2019-01-23', dateExpression: 'January 23', actors: ['juan-guaido'] },
  { key: 'maduro-second-inauguration', precision: 'DAY', start: '2019-01-10', dateExpression: 'January 10', actors: ['nicolas-maduro'] },
];

const problems = [];
let checks = 0;
const check = (ok, message) => {
  checks += 1;
  if (!ok) problems.push(message);
  return ok;
};

function load(name) {
  try {
    return JSON.parse(readFileSync(path.join(seedDir, name), 'utf8'));
  } catch (error) {
    problems.push(`${name}: cannot be read as JSON (${error.message})`);
    return null;
  }
}

// ---- dates -------------------------------------------------------------
function calendarDay(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? date : null;
}

/** The first day of the period a seed date names, or null when it does not fit its precision. */
function periodStart(value, precision) {
  if (typeof value !== 'string') return null;
  switch (precision) {
    case 'DAY':
      return calendarDay(value);
    case 'WEEK': {
      const date = calendarDay(value);
      return date && date.getUTCDay() === 1 ? date : null; // must be the Monday
    }
    case 'MONTH':
      return /^\d{4}-\d{2}$/.test(value) ? calendarDay(`${value}-01`) : null;
    case 'YEAR':
      return /^\d{4}$/.test(value) ? calendarDay(`${value}-01-01`) : null;
    default:
      return null;
  }
}

const wordCount = (text) => text.trim().split(/\s+/).filter(Boolean).length;
const isNonEmptyString = (v) => typeof v === 'string' && v.trim().length > 0;
const isCountry = (v) => v === null || (typeof v === 'string' && /^[A-Z]{2}$/.test(v));

function uniqueKeys(items, label, keyOf = (x) => x.key) {
  const seen = new Set();
  for (const item of items) {
    const key = keyOf(item);
    check(isNonEmptyString(key), `${label}: missing key`);
    check(!seen.has(key), `${label}: duplicate key "${key}"`);
    seen.add(key);
  }
  return seen;
}

// ---- load ----------------------------------------------------------------
const actors = load('actors.json') ?? [];
const sources = load('sources.json') ?? [];
const events = load('events.json') ?? [];
const stances = load('stances.json') ?? [];
const timeline = load('timeline.json') ?? {};

const seedTextPath = seedTextCandidates.find((p) => existsSync(p));
const seedText = seedTextPath ? readFileSync(seedTextPath, 'utf8') : null;

// ---- actors ----------------------------------------------------------------
const actorKeys = uniqueKeys(actors, 'actor');
check(actors.length >= 40 && actors.length <= 60, `actors: expected 40-60, found ${actors.length}`);
for (const a of actors) {
  const at = `actor ${a.key}`;
  check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.key ?? ''), `${at}: key must be kebab-case`);
  check(isNonEmptyString(a.name), `${at}: name missing`);
  check(KINDS.actor.includes(a.kind), `${at}: bad kind ${a.kind}`);
  check(Array.isArray(a.aliases) && a.aliases.length > 0 && a.aliases.every(isNonEmptyString), `${at}: aliases must be a non-empty list of strings`);
  check(new Set(a.aliases ?? []).size === (a.aliases ?? []).length, `${at}: duplicate alias`);
  check(isNonEmptyString(a.description), `${at}: description missing`);
  check(isCountry(a.country), `${at}: country must be ISO alpha-2 or null`);
}
const requiredAliases = {
  'sergei-ryabkov': ['Ryabkov', 'Sergei Ryabkov', 'Sergey Ryabkov', 'deputy foreign minister of Russia', 'Russian deputy foreign minister', 'the Russian vice chancellor'],
  'nicolas-maduro': ['Maduro', 'Nicolas Maduro', 'President Maduro'],
  'juan-guaido': ['Guaidó', 'Guaido', 'Juan Guaido'],
  russia: ['Moscow', 'Russian Federation', 'Kremlin'],
  'united-states': ['USA', 'US', 'U.S.', 'Washington', 'United States of America'],
  'european-union': ['EU', 'the European Union'],
};
for (const [key, aliases] of Object.entries(requiredAliases)) {
  const actor = actors.find((a) => a.key === key);
  if (check(actor, `actor ${key}: required actor missing`)) {
    for (const alias of aliases) check(actor.aliases.includes(alias), `actor ${key}: alias "${alias}" missing`);
  }
}
// Every alias should point at one actor only, or extraction cannot tell them apart.
const aliasOwner = new Map();
for (const a of actors) {
  for (const alias of [a.name, ...(a.aliases ?? [])]) {
    const owner = aliasOwner.get(alias.toLowerCase());
    check(!owner || owner === a.key, `alias "${alias}" used by both ${owner} and ${a.key}`);
    aliasOwner.set(alias.toLowerCase(), a.key);
  }
}

// ---- sources ---------------------------------------------------------------
const sourceKeys = uniqueKeys(sources, 'source');
for (const s of sources) {
  const at = `source ${s.key}`;
  check(isNonEmptyString(s.title), `${at}: title missing`);
  check(isNonEmptyString(s.publisher), `${at}: publisher missing`);
  check(s.url === null || /^https?:\/\/[^\s]+$/.test(s.url ?? ''), `${at}: url must be http(s) or null`);
  check(calendarDay(s.publishedOn) !== null, `${at}: publishedOn must be YYYY-MM-DD`);
  check(s.publisherCountry === undefined || isCountry(s.publisherCountry), `${at}: publisherCountry must be ISO alpha-2 or null`);
  check(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(s.language ?? ''), `${at}: language must be a BCP 47 tag`);
}
const urls = sources.map((s) => s.url).filter(Boolean);
check(new Set(urls).size === urls.length, 'sources: two sources share one URL');
const seedSource = sources.find((s) => s.key === SEED_SOURCE);
if (check(seedSource, `source ${SEED_SOURCE} missing`)) {
  check(seedSource.publisher === 'Fort Russ', `${SEED_SOURCE}: publisher must be "Fort Russ"`);
  check(seedSource.publishedOn === '2019-06-25', `${SEED_SOURCE}: publishedOn must be 2019-06-25`);
  check(seedSource.url === 'https://fort-russ.com/2019/06/deputy-foreign-minister-reveals-why-russian-military-arrived-in-venezuela/', `${SEED_SOURCE}: url differs from the seed JSON`);
}

/** Passages are checked against the text we hold; for other sources we hold none, so they must be null. */
function checkPassage(sourceKey, passage, where) {
  if (passage === null || passage === undefined) return;
  check(isNonEmptyString(passage), `${where}: passage must be null or a non-empty string`);
  if (sourceKey !== SEED_SOURCE) {
    check(false, `${where}: passage given for ${sourceKey}, whose text we do not hold`);
    return;
  }
  if (seedText !== null) check(seedText.includes(passage), `${where}: passage not found verbatim in ${SEED_TEXT_NAME}: "${passage}"`);
}

/** The date a source gives, resolved: a period of the given precision, optionally to another one. */
function checkResolved(resolved, where) {
  if (!check(resolved !== null && typeof resolved === 'object', `${where}: resolved must be { precision, start, end }`)) return;
  if (!check(KINDS.precision.includes(resolved.precision), `${where}: resolved has a bad precision ${resolved.precision}`)) return;
  const start = periodStart(resolved.start, resolved.precision);
  check(start !== null, `${where}: resolved start "${resolved.start}" does not fit ${resolved.precision}`);
  if (resolved.end !== null) {
    const end = periodStart(resolved.end, resolved.precision);
    check(end !== null && (!start || end >= start), `${where}: resolved end "${resolved.end}" must fit ${resolved.precision} and not come before the start`);
  }
}

// ---- events ----------------------------------------------------------------
const eventKeys = uniqueKeys(events, 'event');
check(events.length >= 35, `events: expected at least 35, found ${events.length}`);
let quoteCount = 0;
for (const e of events) {
  const at = `event ${e.key}`;
  check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.key ?? ''), `${at}: key must be kebab-case`);
  check(isNonEmptyString(e.title) && e.title.length <= 90, `${at}: title missing or over 90 characters`);
  check(isNonEmptyString(e.summary), `${at}: summary missing`);
  check(KINDS.event.includes(e.kind), `${at}: bad kind ${e.kind}`);
  check(KINDS.precision.includes(e.precision), `${at}: bad precision ${e.precision}`);
  const start = periodStart(e.start, e.precision);
  check(start !== null, `${at}: start "${e.start}" does not fit precision ${e.precision}${e.precision === 'WEEK' ? ' (WEEK starts on a Monday)' : ''}`);
  check(start === null || start.getUTCFullYear() === 2019, `${at}: start is not in 2019`);
  if (e.end !== null) {
    const end = periodStart(e.end, e.precision);
    check(end !== null, `${at}: end "${e.end}" does not fit precision ${e.precision}`);
    check(!start || !end || end >= start, `${at}: end must not come before start`);
  }
  check(e.place === null || isNonEmptyString(e.place), `${at}: place must be a string or null`);
  check(isCountry(e.country), `${at}: country must be ISO alpha-2 or null`);
  check(e.isKey === undefined || typeof e.isKey === 'boolean', `${at}: isKey must be true or false`);

  check(Array.isArray(e.actors) && e.actors.length > 0, `${at}: needs at least one actor`);
  const roles = new Set();
  for (const { actor, role } of e.actors ?? []) {
    check(actorKeys.has(actor), `${at}: unknown actor "${actor}"`);
    check(KINDS.role.includes(role), `${at}: bad role ${role} for ${actor}`);
    check(!roles.has(`${actor}/${role}`), `${at}: actor ${actor} listed twice as ${role}`);
    roles.add(`${actor}/${role}`);
  }

  check(Array.isArray(e.citations) && e.citations.length > 0, `${at}: needs at least one citation`);
  const citedSources = new Set();
  for (const c of e.citations ?? []) {
    check(sourceKeys.has(c.source), `${at}: unknown source "${c.source}"`);
    check(!citedSources.has(c.source), `${at}: cites ${c.source} twice`);
    citedSources.add(c.source);
    check(c.dateExpression === null || isNonEmptyString(c.dateExpression), `${at}: dateExpression must be a string or null`);
    checkPassage(c.source, c.passage, `${at} citation`);
    if (c.resolved !== undefined) checkResolved(c.resolved, `${at} citation of ${c.source}`);
  }

  for (const q of e.quotes ?? []) {
    quoteCount += 1;
    check(actorKeys.has(q.speaker), `${at}: quote speaker "${q.speaker}" unknown`);
    check(sourceKeys.has(q.source), `${at}: quote source "${q.source}" unknown`);
    check(citedSources.has(q.source), `${at}: quote source ${q.source} is not among the event's citations`);
    check(isNonEmptyString(q.text) && wordCount(q.text) <= 30, `${at}: quote missing or over 30 words`);
    if (q.source === SEED_SOURCE && seedText !== null) {
      check(seedText.includes(q.text), `${at}: quote not found verbatim in ${SEED_TEXT_NAME}: "${q.text}"`);
    }
  }
}

for (const expected of SEED_EVENTS) {
  const e = events.find((x) => x.key === expected.key);
  if (!check(e, `seed event ${expected.key} missing`)) continue;
  check(e.precision === expected.precision && e.start === expected.start && e.end === null,
    `seed event ${expected.key}: expected ${expected.precision} ${expected.start}, found ${e.precision} ${e.start}${e.end ? `..${e.end}` : ''}`);
  const citation = (e.citations ?? []).find((c) => c.source === SEED_SOURCE);
  if (check(citation, `seed event ${expected.key}: does not cite ${SEED_SOURCE}`)) {
    check(isNonEmptyString(citation.passage), `seed event ${expected.key}: citation of the seed article needs a passage`);
    check(citation.dateExpression === expected.dateExpression, `seed event ${expected.key}: dateExpression should be ${JSON.stringify(expected.dateExpression)}`);
  }
  for (const actor of expected.actors) {
    check((e.actors ?? []).some((a) => a.actor === actor), `seed event ${expected.key}: actor ${actor} missing`);
  }
}

// The Ryabkov/Trump disagreement: Moscow's account and Washington's of the Russian arrival, each with its source.
const arrival = events.find((e) => e.key === 'russian-aircraft-land-in-caracas');
if (check(arrival, 'event russian-aircraft-land-in-caracas missing')) {
  const speakers = new Map((arrival.quotes ?? []).map((q) => [q.speaker, q.source]));
  check(speakers.get('sergei-ryabkov') === SEED_SOURCE, 'russian-aircraft-land-in-caracas: needs Ryabkov\'s account, quoted from the seed article');
  check(speakers.get('donald-trump') === 'thehill-2019-03-27-russia-get-out', 'russian-aircraft-land-in-caracas: needs Trump\'s account, quoted from The Hill');
}
// Sources that resolve an event to different dates: the "sources disagree on the date" sample.
const disagreeing = events.filter((e) => new Set((e.citations ?? []).filter((c) => c.resolved).map((c) => JSON.stringify(c.resolved))).size > 1);
check(disagreeing.length >= 1, 'events: no event whose sources resolve to different dates');
for (const key of ['maduro-second-inauguration', 'guaido-self-proclamation', 'ryabkov-federation-council-statement']) {
  check(events.find((e) => e.key === key)?.isKey === true, `event ${key}: should be a key event`);
}

// ---- stances ---------------------------------------------------------------
uniqueKeys(stances, 'stance', (s) => `${s.actor}/${s.stance}/${s.target}`);
for (const s of stances) {
  const at = `stance ${s.actor} ${s.stance} ${s.target}`;
  check(actorKeys.has(s.actor), `${at}: unknown actor`);
  check(actorKeys.has(s.target), `${at}: unknown target`);
  check(s.actor !== s.target, `${at}: actor and target are the same`);
  check(KINDS.stance.includes(s.stance), `${at}: bad stance`);
  if (check(Array.isArray(s.citations), `${at}: citations must be a list`)) {
    uniqueKeys(s.citations, `${at} citation`, (c) => `${c.source}/${c.passage}`);
    for (const c of s.citations) {
      check(sourceKeys.has(c.source), `${at}: unknown source "${c.source}"`);
      checkPassage(c.source, c.passage, `${at} citation`);
    }
  }
  if (s.since === null) {
    check(s.sincePrecision === null, `${at}: sincePrecision without since`);
  } else {
    check(KINDS.precision.includes(s.sincePrecision), `${at}: since needs a sincePrecision`);
    check(periodStart(s.since, s.sincePrecision) !== null, `${at}: since "${s.since}" does not fit ${s.sincePrecision}`);
  }
}
const hasStance = (actor, stance, target) => stances.some((s) => s.actor === actor && s.stance === stance && s.target === target);
for (const a of ['russia', 'china', 'cuba', 'bolivia', 'iran', 'turkey']) {
  check(hasStance(a, 'SUPPORTS', 'nicolas-maduro'), `stances: ${a} SUPPORTS nicolas-maduro missing`);
}
for (const a of ['european-union', 'united-states', 'brazil']) {
  check(hasStance(a, 'SUPPORTS', 'juan-guaido'), `stances: ${a} SUPPORTS juan-guaido missing`);
}

// ---- timeline --------------------------------------------------------------
check(timeline.slug === 'venezuela-crisis-2019', 'timeline: slug must be venezuela-crisis-2019');
check(isNonEmptyString(timeline.title) && isNonEmptyString(timeline.description), 'timeline: title and description required');

// ---- report ----------------------------------------------------------------
const usedActors = new Set([
  ...events.flatMap((e) => (e.actors ?? []).map((a) => a.actor)),
  ...events.flatMap((e) => (e.quotes ?? []).map((q) => q.speaker)),
  ...stances.flatMap((s) => [s.actor, s.target]),
]);
const unusedActors = [...actorKeys].filter((k) => !usedActors.has(k));
const citedSourceKeys = new Set([...events.flatMap((e) => (e.citations ?? []).map((c) => c.source)), ...stances.flatMap((s) => (s.citations ?? []).map((c) => c.source))]);
const unusedSources = [...sourceKeys].filter((k) => !citedSourceKeys.has(k));

console.log(`seed: ${actors.length} actors, ${sources.length} sources, ${events.length} events, ${stances.length} stances, ${quoteCount} quotes`);
console.log(seedText === null
  ? `seed text ${SEED_TEXT_NAME} not found: verbatim passage checks skipped`
  : `passages and quotes of ${SEED_SOURCE} checked against ${seedTextPath}`);
if (unusedActors.length) console.log(`note: actors in no event or stance: ${unusedActors.join(', ')}`);
if (unusedSources.length) console.log(`note: sources cited nowhere: ${unusedSources.join(', ')}`);
for (const p of problems) console.error(`FAIL ${p}`);
console.log(`${checks - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
