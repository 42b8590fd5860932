// Extraction (articles per second on ~1,000-word articles, no database) and
// ingestion through the API (ingestArticle over HTTP, each article new).
import { performance } from 'node:perf_hooks';
import { createPrismaClient, loadSeed, readSeedData } from '@chronicle/db';
import { createExtractor } from '@chronicle/extract';
import { startServer } from '../src/app.ts';
import { createApiToken } from '../src/auth/api-tokens.ts';
import { loadKnownActors } from '../src/ingest/known-actors.ts';
import { runLoad } from './load.ts';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';

// Paragraphs in the style of wire reports, recombined into distinct articles.
const PARAGRAPHS = [
  'CARACAS, June 20 (Wire) - Venezuelan President Nicolás Maduro said on Tuesday that his government would not accept what he called foreign interference, speaking to supporters outside the Miraflores palace.',
  '"We will defend our sovereignty," Maduro said, adding that the armed forces remained loyal to the constitution.',
  'Opposition leader Juan Guaidó, whom the United States and most Latin American countries recognise as interim president, called for new protests last week.',
  'Russian Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow earlier this month that Russian specialists would stay in Venezuela as long as needed under existing contracts.',
  'The European Union said in a statement on Monday that it supported a negotiated solution and free and fair presidential elections.',
  'Colombian President Iván Duque warned that the border crossings would remain closed until humanitarian aid could enter.',
  "In January, the Lima Group said it did not recognise the legitimacy of Maduro's new term, which began on January 10.",
  'US Secretary of State Mike Pompeo said on Wednesday that "all options" remained available, while China urged restraint.',
  'Oil exports fell sharply last month after sanctions on the state oil company PDVSA took effect, analysts said.',
  'Spokeswoman Maria Zakharova told a weekly briefing that Moscow condemned what she called attempts to divide the Venezuelan military.',
];

function article(i: number, words = 1_000): string {
  const parts: string[] = [`Report number ${i}.`];
  let count = 3;
  for (let k = 0; count < words; k += 1) {
    const paragraph = PARAGRAPHS[(i + k * 7) % PARAGRAPHS.length]!;
    parts.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

export async function benchIngestion(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  const seedData = await readSeedData();
  if ((await db.timeline.count({ where: { slug: seedData.timeline.slug } })) === 0) await loadSeed(db, seedData);
  const knownActors = await loadKnownActors(db);

  // Extraction alone: the package with the data set's actors, compiled once.
  const extractor = createExtractor(knownActors);
  const sample = Array.from({ length: 50 }, (_, i) => article(i));
  for (const text of sample.slice(0, 5)) extractor.extract({ text, publishedAt: '2019-06-25' });
  const extractRuns = 300;
  const started = performance.now();
  for (let i = 0; i < extractRuns; i += 1) extractor.extract({ text: sample[i % sample.length]!, publishedAt: '2019-06-25' });
  const extractSeconds = (performance.now() - started) / 1000;
  const articlesPerSecond = extractRuns / extractSeconds;
  const words = sample[0]!.split(/\s+/).length;
  log(`extraction: ${articlesPerSecond.toFixed(1)} articles/s (${words}-word articles, ${knownActors.length} known actors)`);

  // Ingestion over HTTP: every request a new article (a unique first line).
  const api = await startServer({ databaseUrl, port: 0, production: true });
  const { token } = await createApiToken(db, `bench ${Date.now()}`);
  const runId = Date.now();
  const mutation = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created proposedEvents { id } } }';
  const ingestRequests = 100;
  const result = await runLoad(
    async (i) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: mutation, variables: { input: { text: `Run ${runId}. ${article(i)}`, publishedOn: '2019-06-25' } } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (!response.ok || body.errors) throw new Error(`ingestArticle failed: ${JSON.stringify(body)}`);
    },
    { requests: ingestRequests, concurrency: 4 },
  );
  await api.close();
  await db.$disconnect();
  log(`ingestion: ${result.requestsPerSecond.toFixed(1)} articles/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms`);

  await writeSection(
    'ingestion',
    `## Extraction and ingestion

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}.
Articles: ${words}-word wire-style reports made from ten paragraphs in varying order; ${knownActors.length} known actors (the data set's).

| | articles/s | p50 | p99 |
|---|---:|---:|---:|
| extraction only (\`@chronicle/extract\`, one thread, ${extractRuns} articles) | ${articlesPerSecond.toFixed(1)} | ${(1000 / articlesPerSecond).toFixed(1)} ms (mean) | |
| \`ingestArticle\` over HTTP (${ingestRequests} new articles, 4 concurrent editors) | ${result.requestsPerSecond.toFixed(1)} | ${result.p50.toFixed(0)} ms | ${result.p99.toFixed(0)} ms |

Ingestion includes loading the known actors, extraction, and one transaction that writes the source, draft events, citations, quotes, proposed actors and stances.
This is the contended case: every article repeats the same ten paragraphs, so from the second one on most proposals match events already held, and concurrent requests queue on those events' row locks.`,
  );
}
