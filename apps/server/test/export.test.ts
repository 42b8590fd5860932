// The export addresses over HTTP against a real database: what readers may
// see and nothing more, dates as precise as chronicle knows them, CSV that a
// spreadsheet cannot run, and a calendar of all-day spans.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineJsFile } from '../src/export/timelinejs.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const SLUG = 'export-test';

describe('timeline export', () => {
  let api: TestApi;
  const day = (value: string) => new Date(`${value}T00:00:00Z`);

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    const { db } = api.database;
    const timeline = await db.timeline.create({ data: { slug: SLUG, title: 'Export test', description: 'Fixtures for the export.' } });
    const on = { timelines: { create: { timelineId: timeline.id } } };
    const publicSource = await db.source.create({
      data: {
        title: 'Minister resigns',
        publisher: 'Daily Record',
        url: 'https://example.org/minister',
        publishedOn: day('2019-06-03'),
        contentHash: 'a'.repeat(64),
      },
    });
    const draftSource = await db.source.create({
      data: { title: 'Unreviewed claim', publisher: 'Rumour Mill', url: 'https://example.org/rumour', contentHash: 'b'.repeat(64) },
    });
    const speaker = await db.actor.create({ data: { slug: 'ana-export', name: 'Ana Export', kind: 'PERSON' } });
    const month = await db.event.create({
      data: {
        title: 'Minister resigns',
        summary: 'The minister left office during June.',
        kind: 'POLITICAL',
        status: 'PUBLISHED',
        precision: 'MONTH',
        startsOn: day('2019-06-01'),
        endsOn: day('2019-06-30'),
        place: 'Caracas',
        ...on,
      },
    });
    await db.eventActor.create({ data: { eventId: month.id, actorId: speaker.id, role: 'SPEAKER' } });
    await db.citation.create({ data: { eventId: month.id, sourceId: publicSource.id, passage: 'He resigned in June.', status: 'PUBLISHED' } });
    // Evidence still under review: readers never see it, so neither does an export.
    await db.citation.create({ data: { eventId: month.id, sourceId: draftSource.id, passage: 'Secret passage', status: 'DRAFT' } });
    await db.quote.create({
      data: { eventId: month.id, speakerId: speaker.id, sourceId: publicSource.id, text: 'I am leaving.', verb: 'said', status: 'PUBLISHED' },
    });
    await db.quote.create({ data: { eventId: month.id, speakerId: speaker.id, sourceId: draftSource.id, text: 'Secret quote', status: 'DRAFT' } });
    await db.event.create({
      data: {
        title: '=HYPERLINK("http://evil.example","click")',
        summary: '@SUM(A1:A9)',
        kind: 'LEGAL',
        status: 'PUBLISHED',
        precision: 'DAY',
        startsOn: day('2019-01-23'),
        endsOn: day('2019-01-23'),
        ...on,
      },
    });
    await db.event.create({
      data: {
        title: 'Talks in Oslo',
        kind: 'DIPLOMATIC',
        status: 'PUBLISHED',
        precision: 'WEEK',
        startsOn: day('2019-03-04'),
        endsOn: day('2019-03-10'),
        ...on,
      },
    });
    await db.event.create({
      data: {
        title: 'A year of shortages',
        kind: 'ECONOMIC',
        status: 'PUBLISHED',
        precision: 'YEAR',
        startsOn: day('2018-01-01'),
        endsOn: day('2018-12-31'),
        ...on,
      },
    });
    await db.event.create({
      data: {
        title: 'Blackout',
        kind: 'OTHER',
        status: 'PUBLISHED',
        precision: 'DAY',
        isRange: true,
        startsOn: day('2019-03-07'),
        endsOn: day('2019-03-14'),
        ...on,
      },
    });
    await db.event.create({
      data: {
        title: 'Protests spread',
        kind: 'PROTEST',
        status: 'PUBLISHED',
        precision: 'MONTH',
        isRange: true,
        startsOn: day('2019-04-01'),
        endsOn: day('2019-05-31'),
        ...on,
      },
    });
    await db.event.create({
      data: { title: 'Draft nobody may read', kind: 'OTHER', status: 'DRAFT', precision: 'DAY', startsOn: day('2019-02-01'), endsOn: day('2019-02-01'), ...on },
    });
    await db.event.create({
      data: { title: 'Rejected rumour', kind: 'OTHER', status: 'REJECTED', precision: 'DAY', startsOn: day('2019-02-02'), endsOn: day('2019-02-02'), ...on },
    });
  });
  afterAll(() => api.close());

  const get = (path: string) => fetch(`${api.url}${path}`);

  it('TimelineJS JSON: one slide per published event, each date with only the parts chronicle knows', async () => {
    const response = await get(`/timelines/${SLUG}/export.timelinejs.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const file = (await response.json()) as TimelineJsFile;
    expect(file.title.text.headline).toBe('Export test');
    const byTitle = new Map(file.events.map((e) => [e.text.headline, e]));
    expect([...byTitle.keys()].sort()).toEqual(
      [
        '=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)',
        'A year of shortages',
        'Blackout',
        'Minister resigns',
        'Protests spread',
        'Talks in Oslo',
      ].sort(),
    );
    const month = byTitle.get('Minister resigns')!;
    expect(month.start_date).toEqual({ year: 2019, month: 6 });
    expect(month.end_date).toBeUndefined();
    expect(month.group).toBe('Political');
    // A source's page is a link in the text, never media: TimelineJS would load it as a picture from the publisher.
    expect(month).not.toHaveProperty('media');
    expect(month.text.text).toContain('The minister left office during June.');
    expect(month.text.text).toContain('I am leaving.');
    expect(month.text.text).toContain('href="https://example.org/minister"');
    expect(JSON.stringify(file)).not.toMatch(/Secret|Rumour Mill|Draft nobody|Rejected rumour/);
    expect(byTitle.get('A year of shortages')!.start_date).toEqual({ year: 2018 });
    expect(byTitle.get('Protests spread')).toMatchObject({ start_date: { year: 2019, month: 4 }, end_date: { year: 2019, month: 5 } });
    expect(byTitle.get('Blackout')).toMatchObject({ start_date: { year: 2019, month: 3, day: 7 }, end_date: { year: 2019, month: 3, day: 14 } });
    expect(byTitle.get('Talks in Oslo')).toMatchObject({
      start_date: { year: 2019, month: 3, day: 4 },
      end_date: { year: 2019, month: 3, day: 10 },
      display_date: 'week of 4 March 2019',
      chronicle: { precision: 'WEEK' },
    });
  });

  it('narrows to the window and kinds in the query string', async () => {
    const response = await get(`/timelines/${SLUG}/export.timelinejs.json?from=2019-06-30&to=2019-07-31&kinds=political,legal`);
    const file = (await response.json()) as TimelineJsFile;
    // "June 2019" meets a window that touches its last day.
    expect(file.events.map((e) => e.text.headline)).toEqual(['Minister resigns']);
  });

  it('refuses a malformed filter or an unknown timeline with a coded JSON error', async () => {
    const bad = await get(`/timelines/${SLUG}/export.csv?from=June`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const kind = await get(`/timelines/${SLUG}/export.csv?kinds=WAR`);
    expect(kind.status).toBe(400);
    const missing = await get('/timelines/no-such-timeline/export.ics');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it("CSV: the TimelineJS sheet columns then chronicle's, RFC 4180, formulas neutralised", async () => {
    const response = await get(`/timelines/${SLUG}/export.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${SLUG}.csv"`);
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,id,precision,start,end,actors,sources',
    );
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows).toHaveLength(6);
    const month = rows.find((r) => r.Headline === 'Minister resigns')!;
    expect(month).toMatchObject({
      Year: '2019',
      Month: '6',
      Day: '',
      'End Year': '',
      precision: 'MONTH',
      start: '2019-06-01',
      end: '2019-06-30',
      Group: 'Political',
    });
    expect(month.actors).toBe('Ana Export (speaker)');
    expect(month.sources).toBe('Daily Record: Minister resigns (2019-06-03) https://example.org/minister');
    const formula = rows.find((r) => r.Group === 'Legal')!;
    expect(formula.Headline).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(formula.Text).toBe("'@SUM(A1:A9)");
    // Quotes inside a field are doubled, as RFC 4180 says.
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(rows.find((r) => r.Headline === 'A year of shortages')).toMatchObject({ Year: '2018', Month: '', Day: '', precision: 'YEAR' });
    expect(text).not.toMatch(/Secret|Draft nobody/);
  });

  it('iCalendar: all-day events over their spans, imprecise ones saying so', async () => {
    const response = await get(`/timelines/${SLUG}/export.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = (await response.text()).replace(/\r\n[ \t]/g, '');
    const events = text.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(6);
    const find = (summary: string) => events.find((e) => e.includes(`SUMMARY:${summary}`))!;
    const month = find('Minister resigns');
    expect(month).toContain('DTSTART;VALUE=DATE:20190601');
    expect(month).toContain('DTEND;VALUE=DATE:20190701');
    expect(month).toMatch(/DESCRIPTION:Known to the month: June 2019/);
    expect(month).toContain('LOCATION:Caracas');
    const single = find('=HYPERLINK');
    expect(single).toContain('DTSTART;VALUE=DATE:20190123');
    expect(single).toContain('DTEND;VALUE=DATE:20190124');
    expect(find('Blackout')).toContain('DTEND;VALUE=DATE:20190315');
    expect(find('A year of shortages')).toMatch(
      /DTSTART;VALUE=DATE:20180101[\s\S]*DTEND;VALUE=DATE:20190101|DTEND;VALUE=DATE:20190101[\s\S]*DTSTART;VALUE=DATE:20180101/,
    );
    expect(find('A year of shortages')).toContain('Known to the year: 2018');
    expect(text).not.toMatch(/Secret|Draft nobody/);
  });

  it('the timeline page carries its published events as schema.org JSON-LD, months as months', async () => {
    const response = await get(`/?timeline=${SLUG}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(script).not.toBeNull();
    const ld = JSON.parse(script![1]!) as { '@context': string; itemListElement: { item: Record<string, unknown> }[] };
    expect(ld['@context']).toBe('https://schema.org');
    const items = ld.itemListElement.map((e) => e.item);
    expect(items).toHaveLength(6);
    expect(items.find((i) => i.name === 'Minister resigns')).toMatchObject({
      '@type': 'Event',
      startDate: '2019-06',
      location: { name: 'Caracas' },
      subjectOf: [
        {
          '@type': 'NewsArticle',
          headline: 'Minister resigns',
          url: 'https://example.org/minister',
          publisher: { name: 'Daily Record' },
          datePublished: '2019-06-03',
        },
      ],
    });
    expect(items.find((i) => i.name === 'A year of shortages')).toMatchObject({ startDate: '2018' });
    expect(items.find((i) => i.name === 'Protests spread')).toMatchObject({ startDate: '2019-04', endDate: '2019-05' });
    expect(html).not.toMatch(/Secret|Draft nobody/);
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\?url=/);
  });

  it('exports every event of a timeline longer than a page; the page itself describes its first 200', async () => {
    const { db } = api.database;
    const big = await db.timeline.create({ data: { slug: 'export-big', title: 'Long' } });
    const days = Array.from({ length: 205 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)));
    await db.event.createMany({
      data: days.map((d, i) => ({
        title: `Day ${i + 1}`,
        kind: 'OTHER' as const,
        status: 'PUBLISHED' as const,
        precision: 'DAY' as const,
        startsOn: d,
        endsOn: d,
      })),
    });
    const rows = await db.event.findMany({ where: { title: { startsWith: 'Day ' } }, select: { id: true } });
    await db.timelineEvent.createMany({ data: rows.map((r) => ({ timelineId: big.id, eventId: r.id })) });
    const file = (await (await get('/timelines/export-big/export.timelinejs.json')).json()) as TimelineJsFile;
    expect(file.events).toHaveLength(205);
    expect(new Set(file.events.map((e) => e.unique_id)).size).toBe(205);
    const html = await (await get('/?timeline=export-big')).text();
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { itemListElement: unknown[] };
    expect(ld.itemListElement).toHaveLength(200);
  });
});
