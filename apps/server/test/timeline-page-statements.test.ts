// The timeline page (the web app's own TimelineEvents document) costs at most
// two SQL statements whatever its size, and what that one-statement path
// returns is what the DataLoaders return for the same events.
import { TimelineEventsDocument } from '@chronicle/schema/client/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

// Every field the timeline shows of an event, asked of `event(id:)`, which loads through the DataLoaders.
const EVENT_FIELDS = `id title isKey salience dateDisagreement kind date { start end precision isRange display }
  actors { role actor { id name } } citations { id source { id publisher } }`;

describe('the timeline page', () => {
  let api: TestApi;
  let statements = 0;
  let lastStatement = '';
  beforeAll(async () => {
    api = await startTestApi({
      seed: true,
      onQuery: (sql) => {
        statements += 1;
        lastStatement = sql;
      },
    });
    // The seed has ~60 events in 2019; 240 more in one month, each with actors, citations (one a draft) and quotes.
    const db = api.database.db;
    const actors = await db.actor.findMany({ take: 3 });
    const sources = await db.source.findMany({ take: 2 });
    for (let i = 0; i < 240; i += 1) {
      await db.event.create({
        data: {
          title: `Synthetic ${i}`,
          kind: 'OTHER',
          status: 'PUBLISHED',
          precision: 'DAY',
          isKey: i % 7 === 0,
          startsOn: new Date(Date.UTC(2019, 7, 1 + (i % 28))),
          endsOn: new Date(Date.UTC(2019, 7, 1 + (i % 28))),
          actors: { create: actors.map((a, j) => ({ actorId: a.id, role: j === 0 ? 'SPEAKER' : 'SUBJECT' })) },
          citations: {
            create: [
              {
                sourceId: sources[0]!.id,
                passage: `passage ${i}`,
                status: 'PUBLISHED',
                resolvedStartsOn: new Date(Date.UTC(2019, 7, 2)),
                resolvedEndsOn: new Date(Date.UTC(2019, 7, 2)),
                resolvedPrecision: 'DAY',
              },
              { sourceId: sources[1]!.id, passage: `draft passage ${i}`, status: 'DRAFT' },
            ],
          },
          quotes: { create: [{ text: `quote ${i}`, speakerId: actors[0]!.id, sourceId: sources[0]!.id, status: 'PUBLISHED' }] },
        },
      });
    }
  });
  afterAll(() => api.close());

  const timelinePage = async (first: number, token?: string) => {
    statements = 0;
    const { body } = await api.request(TimelineEventsDocument, { filter: { from: '2019-01-01', to: '2019-12-31' }, first }, { token });
    expect(body.errors).toBeUndefined();
    return { statements, events: body.data!.events };
  };

  it('costs at most two statements at 5, 50 and 200 events', async () => {
    await timelinePage(5); // Prisma prepares lazily
    for (const first of [5, 50, 200]) {
      const page = await timelinePage(first);
      expect(page.events.nodes).toHaveLength(first);
      expect(page.events.totalCount).toBeGreaterThan(200);
      expect(
        page.events.nodes.some((n) => n.actors.length > 0 && n.citations.length > 0),
        'relations load',
      ).toBe(true);
      expect(page.statements, `first: ${first}`).toBeLessThanOrEqual(2);
    }
  });

  it.each([
    ['a reader', false],
    ['an editor', true],
  ])('shows %s what the DataLoaders show for the same events', async (_, asEditor) => {
    const token = asEditor ? await api.editorToken() : undefined;
    const page = await timelinePage(200, token);
    const ids = page.events.nodes.map((n) => n.id);
    const oneByOne: unknown[] = [];
    // 15 lookups a request: the alias and token limits of hostile-document protection.
    for (let start = 0; start < ids.length; start += 15) {
      const lookups = ids.slice(start, start + 15).map((id, i) => `e${i}: event(id: ${JSON.stringify(id)}) { ${EVENT_FIELDS} }`);
      const { body } = await api.request<Record<string, unknown>, Record<string, never>>(`{ ${lookups.join('\n')} }`, {}, { token });
      expect(body.errors).toBeUndefined();
      oneByOne.push(...lookups.map((_, i) => body.data![`e${i}`]));
    }
    // The timeline's document asks __typename on nested objects; the lookups do not.
    const withoutTypename = JSON.parse(JSON.stringify(page.events.nodes), (key, value: unknown) => (key === '__typename' ? undefined : value)) as unknown[];
    expect(withoutTypename).toEqual(oneByOne);
    // A synthetic event has one published citation and one draft: an editor sees both, a reader one.
    const synthetic = page.events.nodes.find((n) => n.title.startsWith('Synthetic'))!;
    expect(synthetic.citations).toHaveLength(asEditor ? 2 : 1);
  });

  it('builds only the fields a page shows, and another path to the same rows in the request still gets every field', async () => {
    const window = { from: '2019-08-01', to: '2019-08-31' };
    const page = await api.request<
      { events: { nodes: { id: string; title: string; actors: { actor: { name: string } }[]; citations: { passage: string }[] }[] } },
      typeof window
    >(
      `query ($from: Date!, $to: Date!) { events(filter: { from: $from, to: $to }, first: 20) { nodes { id title actors { actor { name } } citations { passage } } } }`,
      window,
    );
    expect(page.body.errors).toBeUndefined();
    expect(lastStatement).toContain("'title'");
    for (const unshown of ["'summary'", "'description'", "'dateExpression'", "'publisher'"]) expect(lastStatement).not.toContain(unshown);

    // The same events asked again in the same request through a path the DataLoaders serve (each citation's
    // event): the page's trimmed rows must not stand in for whole ones there. The whole ones, for comparison,
    // come from lookups in a request of their own (in the same request they would fill the loader first).
    const ids = page.body.data!.events.nodes.slice(0, 5).map((n) => n.id);
    const eventFields = 'id summary place date { display }';
    const viaPage = await api.request<{ events: { nodes: { citations: { event: unknown }[] }[] } }, typeof window>(
      `query ($from: Date!, $to: Date!) {
        events(filter: { from: $from, to: $to }, first: 5) { nodes { id title actors { actor { name } } citations { passage event { ${eventFields} } } } }
      }`,
      window,
    );
    const lookups = await api.request<Record<string, unknown>, Record<string, never>>(
      `{ ${ids.map((id, i) => `e${i}: event(id: ${JSON.stringify(id)}) { ${eventFields} }`).join('\n')} }`,
      {},
    );
    expect(viaPage.body.errors).toBeUndefined();
    expect(lookups.body.errors).toBeUndefined();
    expect(viaPage.body.data!.events.nodes.map((n) => n.citations[0]!.event)).toEqual(ids.map((_, i) => lookups.body.data![`e${i}`]));
  });
});
