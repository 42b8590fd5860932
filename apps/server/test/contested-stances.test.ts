// Where one article says an actor backs another and a second says it opposes
// them, both stances stay on file and each names the other in `contestedBy`,
// within what the viewer may see: a reader never learns of a draft account.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const backingArticle = [
  'Neighbours urge talks in Caracas',
  'MEXICO CITY, March 4 (Wire) - Latin American diplomats met on Monday to discuss the crisis in Venezuela.',
  "Mexico supports Maduro's government, officials in Mexico City said on Monday, and called for talks.",
].join('\n\n');

const opposingArticle = [
  'A change of tone in Mexico City',
  'MEXICO CITY, May 6 (Wire) - Mexican lawmakers debated the crisis in Venezuela on Monday.',
  'Mexico opposes Maduro, a senior lawmaker said on Monday, after weeks of calls for talks.',
].join('\n\n');

const IngestForContest = graphql(`
  mutation IngestForContest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { proposedStances { stance { id kind status actor { name } target { name } } } }
  }
`);
const ContestedStances = graphql(`
  query ContestedStances($kind: StanceKind) {
    stances(kind: $kind) { id kind status actor { name } target { name } contestedBy { id kind status citations { source { publishedOn } } } }
  }
`);
const PublishForContest = graphql(`mutation PublishForContest($id: ID!) { publishStance(id: $id) { id status } }`);

describe('contested stances', () => {
  let api: TestApi;
  let token: string;
  const ids: { supports?: string; opposes?: string } = {};

  async function mexicoTowardsMaduro(text: string, publishedOn: string, kind: 'SUPPORTS' | 'OPPOSES'): Promise<string> {
    const { body } = await api.request(IngestForContest, { input: { text, publishedOn, publisher: 'Wire' } }, { token });
    expect(body.errors).toBeUndefined();
    const found = body.data!.ingestArticle.proposedStances.find(
      ({ stance }) => stance.actor.name === 'Mexico' && stance.target.name === 'Nicolás Maduro' && stance.kind === kind,
    );
    expect(found, `Mexico ${kind} Maduro`).toBeDefined();
    return found!.stance.id;
  }

  async function seen(kind: 'SUPPORTS' | 'OPPOSES', asEditor: boolean) {
    const { body } = await api.request(ContestedStances, { kind }, asEditor ? { token } : {});
    expect(body.errors).toBeUndefined();
    return body.data!.stances.find((stance) => stance.actor.name === 'Mexico' && stance.target.name === 'Nicolás Maduro') ?? null;
  }

  beforeAll(async () => {
    api = await startTestApi({ seed: true });
    token = await api.editorToken();
    ids.supports = await mexicoTowardsMaduro(backingArticle, '2019-03-04', 'SUPPORTS');
    ids.opposes = await mexicoTowardsMaduro(opposingArticle, '2019-05-06', 'OPPOSES');
  });
  afterAll(() => api.close());

  it('an editor sees each account contested by the other, with its own source date', async () => {
    const supports = await seen('SUPPORTS', true);
    expect(supports?.contestedBy).toEqual([{ id: ids.opposes, kind: 'OPPOSES', status: 'DRAFT', citations: [{ source: { publishedOn: '2019-05-06' } }] }]);
    const opposes = await seen('OPPOSES', true);
    expect(opposes?.contestedBy.map((stance) => stance.id)).toEqual([ids.supports]);
  });

  it('a reader sees a published account as contested only once the other one is published', async () => {
    expect((await api.request(PublishForContest, { id: ids.supports! }, { token })).body.errors).toBeUndefined();
    expect((await seen('SUPPORTS', false))?.contestedBy).toEqual([]);
    expect(await seen('OPPOSES', false)).toBeNull();
    expect((await api.request(PublishForContest, { id: ids.opposes! }, { token })).body.errors).toBeUndefined();
    expect((await seen('SUPPORTS', false))?.contestedBy.map((stance) => stance.id)).toEqual([ids.opposes]);
  });

  it('backing and recognition do not contest each other', async () => {
    const { body } = await api.request(ContestedStances, { kind: 'RECOGNIZES' });
    const unitedStates = body.data!.stances.find((stance) => stance.actor.name === 'United States' && stance.target.name === 'Juan Guaidó');
    expect(unitedStates).toBeDefined();
    expect(unitedStates!.contestedBy).toEqual([]);
  });
});
