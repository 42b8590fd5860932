// Ingestion through the job queue, over GraphQL, with workers running in the
// server's process as npm start runs them, against pages served locally.
import { graphql } from '@chronicle/schema/test-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_POLICY } from '../src/ingest/url/safe-fetch.ts';
import { templateArticle, templatePage } from './support/article-template.ts';
import { page, startPageServer, type PageServer } from '@chronicle/testing';
import { seedActorsOnly } from './support/seed-actors-only.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

const Enqueue = graphql(`
  mutation EnqueueIngestion($input: EnqueueIngestionInput!) {
    enqueueIngestion(input: $input) { id kind state url attempts lastError }
  }
`);

const Jobs = graphql(`
  query IngestionJobs($first: Int) {
    ingestionJobs(first: $first) { id kind state url title attempts lastError finishedAt source { id url title } }
  }
`);

const Retry = graphql(`
  mutation RetryIngestionJob($id: ID!) {
    retryIngestionJob(id: $id) { id state lastError }
  }
`);

describe('ingestion on the job queue', () => {
  let api: TestApi;
  let pages: PageServer;
  let token: string;

  const jobs = async () => {
    const { body } = await api.request(Jobs, { first: 100 }, { token });
    expect(body.errors).toBeUndefined();
    return body.data!.ingestionJobs;
  };
  /** Polls the jobs list until the job is in one of the states (workers run on their own time). */
  const waitForJob = async (id: string, states: string[], timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const job = (await jobs()).find((j) => j.id === id);
      if (job && states.includes(job.state)) return job;
      if (Date.now() > until) throw new Error(`job ${id} is ${job?.state ?? 'missing'}, not ${states.join('/')}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const enqueue = async (input: Record<string, string>) => {
    const { body } = await api.request(Enqueue, { input }, { token });
    expect(body.errors).toBeUndefined();
    return body.data!.enqueueIngestion;
  };

  beforeAll(async () => {
    pages = await startPageServer();
    api = await startTestApi({
      seed: false,
      fetchPolicy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['localhost'] },
      workers: { concurrency: 2, feedCron: 'off', monitorIntervalSeconds: 1 },
    });
    await seedActorsOnly(api.database.db);
    token = await api.editorToken();
  });
  afterAll(async () => {
    await api.close();
    await pages.close();
  });

  it('queues a link; a worker ingests it and the job shows DONE with its source; the same link again writes nothing new', async () => {
    const article = templateArticle(1);
    pages.route('/a1', page(templatePage(article)));
    const queued = await enqueue({ url: `${pages.origin}/a1`, timeline: 'venezuela-crisis-2019' });
    expect(queued).toMatchObject({ kind: 'URL', url: `${pages.origin}/a1`, lastError: null });
    const done = await waitForJob(queued.id, ['DONE', 'FAILED']);
    expect(done).toMatchObject({
      state: 'DONE',
      attempts: 1,
      lastError: null,
      title: article.title,
      source: { url: `${pages.origin}/a1`, title: article.title },
    });
    expect(done.finishedAt).not.toBeNull();

    const sources = await api.database.db.source.count();
    const events = await api.database.db.event.count();
    const again = await waitForJob((await enqueue({ url: `${pages.origin}/a1` })).id, ['DONE', 'FAILED']);
    expect(again).toMatchObject({ state: 'DONE', source: { id: done.source!.id } });
    expect(await api.database.db.source.count()).toBe(sources);
    expect(await api.database.db.event.count()).toBe(events);
  });

  it('writes one source when the same link is queued twice at once', async () => {
    const article = templateArticle(5);
    pages.route('/twice', page(templatePage(article)));
    const [first, second] = await Promise.all([enqueue({ url: `${pages.origin}/twice` }), enqueue({ url: `${pages.origin}/twice` })]);
    const done = await Promise.all([waitForJob(first.id, ['DONE', 'FAILED']), waitForJob(second.id, ['DONE', 'FAILED'])]);
    expect(done.map((j) => j.state)).toEqual(['DONE', 'DONE']);
    expect(done[0].source!.id).toBe(done[1].source!.id);
    expect(await api.database.db.source.count({ where: { url: `${pages.origin}/twice` } })).toBe(1);
  });

  it('queues pasted text, which needs a publication day', async () => {
    const article = templateArticle(2);
    const queued = await enqueue({ text: article.text, publishedOn: article.publishedOn, title: article.title });
    expect(queued.kind).toBe('TEXT');
    expect(await waitForJob(queued.id, ['DONE', 'FAILED'])).toMatchObject({ state: 'DONE', source: { title: article.title } });

    const undated = await api.request(Enqueue, { input: { text: templateArticle(3).text } }, { token });
    expect(undated.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/publication date/),
      extensions: { code: 'BAD_USER_INPUT', field: 'publishedOn' },
    });
  });

  it('fails a job the page dooms (a PDF) at once, with the reason; retryIngestionJob runs it again and it succeeds once the page is fixed', async () => {
    let pdf = true;
    const article = templateArticle(4);
    pages.route('/fixed-later', (req, res) => (pdf ? page('%PDF-1.7 …', 'application/pdf') : page(templatePage(article)))(req, res));
    const queued = await enqueue({ url: `${pages.origin}/fixed-later` });
    const failed = await waitForJob(queued.id, ['FAILED', 'DONE']);
    expect(failed).toMatchObject({
      state: 'FAILED',
      attempts: 1,
      lastError: expect.stringMatching(/answered with "application\/pdf"; chronicle reads HTML and plain-text pages only/),
      source: null,
    });

    pdf = false;
    const retried = await api.request(Retry, { id: queued.id }, { token });
    expect(retried.body.errors).toBeUndefined();
    const again = retried.body.data!.retryIngestionJob;
    expect(again.id).not.toBe(queued.id);
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(again.state);
    expect(await waitForJob(again.id, ['DONE', 'FAILED'], 5_000)).toMatchObject({ state: 'DONE', source: { title: article.title } });

    const notFailed = await api.request(Retry, { id: again.id }, { token });
    expect(notFailed.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/only a failed or cancelled job can be retried/),
      extensions: { code: 'CONFLICT' },
    });
  });

  it('keeps retrying a page whose server fails, showing the error and the attempts made', async () => {
    pages.route('/down', (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('maintenance');
    });
    const queued = await enqueue({ url: `${pages.origin}/down` });
    const retrying = await waitForJob(queued.id, ['RETRYING', 'FAILED', 'DONE']);
    expect(retrying).toMatchObject({ state: 'RETRYING', attempts: 1, lastError: expect.stringMatching(/answered HTTP 503/) });
  });

  it('refuses a link that is no http(s) address, input with neither link nor text, and anyone without an editor token', async () => {
    const ftp = await api.request(Enqueue, { input: { url: 'ftp://example.org/a' } }, { token });
    expect(ftp.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/only http:\/\/ and https:\/\/ addresses are/),
      extensions: { code: 'BAD_USER_INPUT', field: 'url' },
    });
    const empty = await api.request(Enqueue, { input: { timeline: 'venezuela-crisis-2019' } }, { token });
    expect(empty.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });

    const anonymous = await api.request(Enqueue, { input: { url: `${pages.origin}/a1` } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const list = await api.request(Jobs, { first: 5 });
    expect(list.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await api.request(Jobs, { first: 101 }, { token });
    expect(tooMany.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
