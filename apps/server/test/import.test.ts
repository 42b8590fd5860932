// Importing TimelineJS files over the API (and the CLI) against a real
// database: precision kept, media as sources, groups as kinds, drafts only,
// bad rows reported by line while the rest go in, and export → import giving
// back the same events.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { graphql } from '@chronicle/schema/test-client';
import { describe, expect, it } from 'vitest';
import { useEditorApi } from './support/test-api.ts';

const run = promisify(execFile);
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDED = 'venezuela-crisis-2019';

const Import = graphql(`
  mutation ImportTimeline($input: ImportTimelineInput!) {
    importTimeline(input: $input) {
      timeline { slug title description eventCount }
      events { id title kind status date { start end precision isRange display } citations { status source { url publisher title } } }
      skipped { line message }
      warnings { line message }
    }
  }
`);

// `first` as a variable: a literal one multiplies the query's cost.
const TimelineEvents = graphql(`
  query ImportTestEvents($filter: EventFilter!, $first: Int) {
    events(filter: $filter, first: $first) {
      totalCount
      nodes { title summary kind status date { start end precision isRange } citations { source { url } } }
    }
  }
`);

describe('importing a timeline', () => {
  const session = useEditorApi();

  const importFile = (input: { timeline: string; content: string; title?: string; format?: 'TIMELINEJS_JSON' | 'TIMELINEJS_CSV' }) =>
    session.api.request(Import, { input }, { token: session.token });

  async function eventsOf(timeline: string, statuses: ('DRAFT' | 'PUBLISHED')[]) {
    const { body } = await session.api.request(TimelineEvents, { filter: { timeline, statuses }, first: 200 }, { token: session.token });
    expect(body.errors).toBeUndefined();
    return body.data!.events.nodes;
  }

  /** What must survive a round trip, comparable across timelines. */
  const essence = (events: Awaited<ReturnType<typeof eventsOf>>) =>
    events
      .map((e) => ({ title: e.title, summary: e.summary, kind: e.kind, date: e.date, sources: e.citations.map((c) => c.source.url).sort() }))
      .sort((a, b) => (a.date.start + a.title).localeCompare(b.date.start + b.title));

  for (const [format, suffix] of [
    ['TIMELINEJS_JSON', 'timelinejs.json'],
    ['TIMELINEJS_CSV', 'csv'],
  ] as const) {
    it(`round trip through ${suffix}: the same events, dates, precisions and sources, as drafts`, async () => {
      const exported = await (await fetch(`${session.api.url}/timelines/${SEEDED}/export.${suffix}`)).text();
      const slug = `round-trip-${suffix.replace('.', '-')}`;
      const { body } = await importFile({ timeline: slug, content: exported, format });
      expect(body.errors).toBeUndefined();
      const result = body.data!.importTimeline;
      expect(result.skipped).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.events.every((e) => e.status === 'DRAFT')).toBe(true);

      const original = await eventsOf(SEEDED, ['PUBLISHED']);
      const imported = await eventsOf(slug, ['DRAFT']);
      expect(original.length).toBeGreaterThanOrEqual(59);
      expect(new Set(original.map((e) => e.date.precision))).toEqual(new Set(['DAY', 'WEEK', 'MONTH']));
      expect(essence(imported)).toEqual(essence(original));
      // Drafts: readers see none of it until an editor publishes.
      const reader = await session.api.request(TimelineEvents, { filter: { timeline: slug }, first: 200 });
      expect(reader.body.data?.events.totalCount).toBe(0);
    });
  }

  it("TimelineJS's own fields alone keep every date: months stay months; a week, which TimelineJS cannot say, its seven days", async () => {
    const exported = (await (await fetch(`${session.api.url}/timelines/${SEEDED}/export.timelinejs.json`)).json()) as { events: Record<string, unknown>[] };
    for (const slide of exported.events) delete slide.chronicle;
    const { body } = await importFile({ timeline: 'plain-timelinejs', content: JSON.stringify(exported) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.importTimeline.skipped).toEqual([]);
    const original = await eventsOf(SEEDED, ['PUBLISHED']);
    const imported = await eventsOf('plain-timelinejs', ['DRAFT']);
    const dates = (events: typeof original) => events.map((e) => `${e.title}|${e.kind}|${e.date.start}|${e.date.end}`).sort();
    expect(dates(imported)).toEqual(dates(original));
    const precisions = (events: typeof original) => Object.fromEntries(events.map((e) => [e.title, e.date.precision]));
    const expected = Object.fromEntries(original.map((e) => [e.title, e.date.precision === 'WEEK' ? 'DAY' : e.date.precision]));
    expect(precisions(imported)).toEqual(expected);
    expect(Object.values(expected)).toContain('MONTH');
  });

  it('a TimelineJS file from elsewhere: parts as precision, media as sources, groups as kinds, bad slides by line', async () => {
    const file = `{
  "title": { "text": { "headline": "Elections &amp; protests", "text": "<p>Kept by a newsroom.</p>" } },
  "events": [
    {
      "start_date": { "year": "2019", "month": "6" },
      "text": { "headline": "Talks <b>resume</b>", "text": "<p>Both sides met.</p>" },
      "media": { "url": "https://news.example/talks", "credit": "News Example", "caption": "Talks resume" },
      "group": "diplomatic"
    },
    { "start_date": { "year": 2018 }, "text": { "headline": "A year of shortages" }, "group": "Economy" },
    { "start_date": { "year": 2019, "month": 13 }, "text": { "headline": "Bad month" } },
    { "text": { "headline": "No date" } },
    {
      "start_date": { "year": 2019, "month": 3, "day": 7, "hour": 14 },
      "end_date": { "year": 2019, "month": 3, "day": 14 },
      "text": { "headline": "Blackout" },
      "media": { "url": "javascript:alert(1)" }
    },
    { "start_date": { "year": 2019, "month": 2, "day": 30 }, "text": { "headline": "No such day" } },
    { "start_date": { "year": 2019, "month": 4 }, "text": { "headline": "   " } }
  ]
}`;
    const { body } = await importFile({ timeline: 'newsroom-file', content: file });
    expect(body.errors).toBeUndefined();
    const result = body.data!.importTimeline;
    expect(result.timeline).toEqual({ slug: 'newsroom-file', title: 'Elections & protests', description: 'Kept by a newsroom.', eventCount: 0 });
    expect(result.events.map((e) => [e.title, e.kind, e.date.precision, e.date.start, e.date.end, e.date.display])).toEqual([
      ['Talks resume', 'DIPLOMATIC', 'MONTH', '2019-06-01', '2019-06-30', 'June 2019'],
      ['A year of shortages', 'OTHER', 'YEAR', '2018-01-01', '2018-12-31', '2018'],
      ['Blackout', 'OTHER', 'DAY', '2019-03-07', '2019-03-14', '7 – 14 March 2019'],
    ]);
    expect(result.events[0]!.citations).toEqual([
      { status: 'DRAFT', source: { url: 'https://news.example/talks', publisher: 'News Example', title: 'Talks resume' } },
    ]);
    expect(result.events[2]!.citations).toEqual([]);
    expect(result.skipped).toEqual([
      { line: 11, message: 'line 11: start month 13 is outside 1–12' },
      { line: 12, message: 'line 12: has no start_date' },
      { line: 19, message: 'line 19: start date 2019-2-30 does not exist' },
      { line: 20, message: 'line 20: has no headline' },
    ]);
    expect(result.warnings).toEqual([
      { line: 10, message: 'line 10: group "Economy" is not a kind of event; imported as OTHER' },
      { line: 13, message: 'line 13: time of day dropped: chronicle keeps days' },
      { line: 13, message: 'line 13: media "javascript:alert(1)" is not a web address; left out' },
    ]);
  });

  it('a Google Sheets CSV: Year and Month only is a MONTH event; malformed rows by line, the rest imported', async () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,Sheet title,About the sheet,,,,,title,,',
      '2019,6,,,,,,,,Talks resume,"Both sides met,',
      'in Oslo.",https://news.example/talks,News Example,,,,Diplomatic,',
      '2019,,5,,,,,,,Day without month,,,,,,,,',
      '2019,4,,,2019,5,,,,Protests spread,,,,,,,protest,',
      '2019,1,1,,,,,,,An era,,,,,,era,,',
      '2019,2,10,,2019,2,3,,,Ends before it starts,,,,,,,,',
      '2019,7,4,,,,,,,"Unclosed quote,,,,,,,,',
      '2019,8,1,,,,,,,After the quote,,,,,,,,',
    ].join('\r\n');
    const { body } = await importFile({ timeline: 'sheet-file', content: csv });
    expect(body.errors).toBeUndefined();
    const result = body.data!.importTimeline;
    expect(result.timeline.title).toBe('Sheet title');
    expect(result.events.map((e) => [e.title, e.kind, e.date.precision, e.date.start, e.date.end])).toEqual([
      ['Talks resume', 'DIPLOMATIC', 'MONTH', '2019-06-01', '2019-06-30'],
      ['Protests spread', 'PROTEST', 'MONTH', '2019-04-01', '2019-05-31'],
    ]);
    expect(result.events[0]!.citations.map((c) => c.source.url)).toEqual(['https://news.example/talks']);
    expect(result.skipped).toEqual([
      { line: 5, message: 'line 5: start date has a day but no month' },
      { line: 7, message: 'line 7: is an era, which chronicle does not keep' },
      { line: 8, message: 'line 8: ends before it starts' },
      { line: 9, message: 'line 9: has a quote that is never closed; this row and the rest of the file could not be read' },
    ]);
  });

  it('refuses, with a code and without writing anything, files and slugs it cannot take', async () => {
    const notJson = await importFile({ timeline: 'broken', content: '{\n  "events": [\n    { "start_date": }\n  ]\n}' });
    expect(notJson.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', line: 3 } });
    expect(notJson.body.errors?.[0]?.message).toMatch(/^The file cannot be imported: line 3: not valid JSON/);

    const noLayout = await importFile({ timeline: 'broken', content: 'Date,Title\n2019-01-01,Something\n' });
    expect(noLayout.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(noLayout.body.errors?.[0]?.message).toContain('no "Year" column');

    const allBad = await importFile({ timeline: 'broken', content: 'Year,Headline\n2019,\nabc,Title\n' });
    expect(allBad.body.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        skipped: [
          { line: 2, message: 'line 2: has no headline' },
          { line: 3, message: 'line 3: start year "abc" is not a whole number' },
        ],
      },
    });

    const badSlug = await importFile({ timeline: 'Not A Slug', content: 'Year,Headline\n2019,Fine\n' });
    expect(badSlug.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.timeline' } });

    const taken = await importFile({ timeline: SEEDED, content: 'Year,Headline\n2019,Fine\n' });
    expect(taken.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });

    expect(await session.api.database.db.timeline.count({ where: { slug: 'broken' } })).toBe(0);
    expect(await session.api.database.db.timeline.count({ where: { slug: 'not-a-slug' } })).toBe(0);

    const anonymous = await session.api.request(Import, { input: { timeline: 'anon', content: 'Year,Headline\n2019,Fine\n' } });
    expect(anonymous.status).toBe(401);
    expect(await session.api.database.db.timeline.count({ where: { slug: 'anon' } })).toBe(0);
  });

  it('npm run import: the same import from a terminal, skipped rows listed by line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'chronicle-import-'));
    try {
      const file = path.join(dir, 'sheet.csv');
      await writeFile(file, 'Year,Month,Headline,Group\n2019,6,From the terminal,Legal\n2019,13,Bad month,\n');
      const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, '--timeline', 'from-terminal'], {
        cwd: serverDir,
        env: { ...process.env, DATABASE_URL: session.api.database.url },
      }).catch((error: { code: number; stderr: string }) => error);
      expect('code' in failed ? failed.code : 0).toBe(1);
      expect(failed.stderr).toContain('1 draft event(s) imported into "from-terminal"');
      expect(failed.stderr).toContain('skipped: line 3: start month 13 is outside 1–12');
      const events = await eventsOf('from-terminal', ['DRAFT']);
      expect(events.map((e) => [e.title, e.kind, e.date.precision])).toEqual([['From the terminal', 'LEGAL', 'MONTH']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
