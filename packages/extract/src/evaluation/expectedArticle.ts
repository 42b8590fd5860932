// The shape of an article's expected-events file (see fixtures/articles/*.json), read
// from parsed JSON with checks that name the offending field.

export type ExpectedPrecision = 'day' | 'week' | 'month' | 'year';

export interface ExpectedEvent {
  /** "2019-06-25", "2019-06" or "2019"; for weeks any day of the week or "2019-W25". */
  date: string;
  precision: ExpectedPrecision;
  kind: string | null;
  actors: string[];
  what: string;
  /** Last day of a range, when the event spans several days. */
  end: string | null;
  /** The title an editor would give the event, where the file has one. */
  headline: string | null;
}

export interface ExpectedStance {
  actors: string[];
  stance: string;
  target: string;
}

export interface ExpectedArticle {
  file: string | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  expectedEvents: ExpectedEvent[];
  expectedStances: ExpectedStance[] | null;
}

const PRECISIONS: readonly ExpectedPrecision[] = ['day', 'week', 'month', 'year'];

export function parseExpectedArticle(json: unknown): ExpectedArticle {
  const root = asRecord(json, 'expected file');
  const events = root['expectedEvents'];
  if (!Array.isArray(events)) throw new Error('expected file: "expectedEvents" must be an array');
  const stances = root['expectedStances'];
  if (stances !== undefined && !Array.isArray(stances)) throw new Error('expected file: "expectedStances" must be an array');
  return {
    file: optionalString(root, 'file'),
    title: optionalString(root, 'title'),
    publisher: optionalString(root, 'publisher'),
    url: optionalString(root, 'url'),
    publishedAt: optionalString(root, 'publishedAt'),
    expectedEvents: events.map((event, index) => parseEvent(event, `expectedEvents[${index}]`)),
    expectedStances: stances === undefined ? null : stances.map((stance, index) => parseStance(stance, `expectedStances[${index}]`)),
  };
}

export function parseEvent(json: unknown, where: string): ExpectedEvent {
  const event = asRecord(json, where);
  const given = event['precision'];
  const precision = typeof given === 'string' ? given.toLowerCase() : '';
  if (!PRECISIONS.includes(precision as ExpectedPrecision)) throw new Error(`${where}: precision must be one of ${PRECISIONS.join(', ')}`);
  const date = event['date'];
  if (typeof date !== 'string' || date === '') throw new Error(`${where}: "date" must be a non-empty string`);
  return {
    date,
    precision: precision as ExpectedPrecision,
    kind: optionalString(event, 'kind'),
    actors: stringArray(event['actors'] ?? [], `${where}.actors`),
    what: optionalString(event, 'what') ?? '',
    end: optionalString(event, 'end'),
    headline: optionalString(event, 'headline'),
  };
}

function parseStance(json: unknown, where: string): ExpectedStance {
  const stance = asRecord(json, where);
  const target = stance['target'];
  const kind = stance['stance'];
  if (typeof target !== 'string' || typeof kind !== 'string') throw new Error(`${where}: "stance" and "target" must be strings`);
  return { actors: stringArray(stance['actors'], `${where}.actors`), stance: kind, target };
}

function asRecord(json: unknown, where: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${where} must be an object`);
  return json as Record<string, unknown>;
}

function optionalString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' ? value : null;
}

function stringArray(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`${where} must be an array of strings`);
  return value;
}
